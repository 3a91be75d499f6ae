/**
 * Wide (CJK) characters: between two of them Chinese puts no space, so a line break there is
 * joined with nothing (escape.ts for ledger text, the .docx writer for the Markdown's soft breaks).
 * By code point, so ideographs outside the BMP (Extension B and later, written as surrogate pairs)
 * count like any other.
 */
export function isWideCodePoint(cp: number): boolean {
  return (
    (cp >= 0x3000 && cp <= 0x9fff) || // CJK punctuation, kana, bopomofo, Extension A, unified ideographs
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals
    (cp >= 0xac00 && cp <= 0xd7af) || // hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xffef) || // full-width and half-width forms
    (cp >= 0x20000 && cp <= 0x3ffff) || // Extensions B–H, compatibility supplement
    cp === 0x201c ||
    cp === 0x201d ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x2014 ||
    cp === 0x2026
  );
}

/** Whether the character ending just before `end` is wide (a surrogate pair read as one). */
export function wideBefore(text: string, end: number): boolean {
  if (end <= 0) return false;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isWideCodePoint(((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000);
  }
  return isWideCodePoint(c);
}

/** Whether the character starting at `start` is wide. */
export function wideAt(text: string, start: number): boolean {
  return start < text.length && isWideCodePoint(text.codePointAt(start)!);
}

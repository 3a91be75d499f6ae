/**
 * How Chinese text is joined across a line break — one rule for ledger text (render/escape.ts) and
 * for the soft breaks of the report Markdown (docx/markdown-read.ts): Chinese has no spaces
 * between words, so a break between two wide characters (CJK ideographs of every plane, kana,
 * hangul, full-width and CJK punctuation, the curly quotes, — and …) disappears; any other break
 * becomes one space, as between Latin words.
 */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]|[\ud840-\ud87f][\udc00-\udfff]/u;
const LINE_BREAK = /[ \t]*(?:\r\n|\r|\n)[ \t]*/g;

function isWide(text: string, at: number, before: boolean): boolean {
  // a character outside the Basic Multilingual Plane is two code units: look at the whole pair
  const code = before ? text.codePointAt(Math.max(0, at - (isLowSurrogate(text.charCodeAt(at - 1)) ? 2 : 1))) : text.codePointAt(at);
  return code !== undefined && WIDE.test(String.fromCodePoint(code));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Join the line breaks inside one text by the rule above; trailing breaks are dropped. */
export function joinLines(text: string): string {
  const trimmed = text.replace(/(?:\r\n|\r|\n)+$/, '');
  return trimmed.replace(LINE_BREAK, (match, offset: number, whole: string) =>
    isWide(whole, offset, true) && isWide(whole, offset + match.length, false) ? '' : ' ',
  );
}

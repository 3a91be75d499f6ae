/**
 * The one form in which the public version matches names: masking (redact.ts) and the check of
 * what survives it (survivors.ts) both fold text with `foldForMatching`, so a spelling that a
 * reader cannot tell from the name is found by both or by neither.
 *
 * Folding, per code point (and the combining marks that follow it):
 * - NFKC: full-width Latin and digits → ASCII, CJK compatibility ideographs (U+F900…) and Kangxi
 *   radicals → the unified ideograph, a letter + combining accent → the precomposed letter,
 *   half-width katakana → full-width, no-break and ideographic spaces → a space;
 * - default-ignorable and format characters are dropped: zero-width space and joiners, word
 *   joiner, BOM, soft hyphen, bidi controls and isolates, variation selectors, tag characters;
 * - whitespace (spaces and tabs of every width) collapses to one space, and disappears at either
 *   end and between two wide (CJK) characters, where a reader sees none: 王　五 reads as 王五;
 * - a line break is kept as a barrier that no name can match across: a Markdown line break may
 *   end a heading or a table row, so text on both sides of it is never joined.
 * In Markdown mode, backslash escapes of ASCII punctuation and character references (`&#21521;`,
 * `&#x5411;`, `&amp;`, `&nbsp;`) are read as the character they stand for.
 *
 * Every folded character keeps the source span it came from, so a match can be replaced in the
 * source. One pass, linear in the text.
 */

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, the start of the source span it came from. */
  from: Int32Array;
  /** …and the end of that span (exclusive). */
  to: Int32Array;
}

/** Folded units and their spans, in typed arrays: a public build folds reports of megabytes. */
class Builder {
  units: Uint16Array;
  from: Int32Array;
  to: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
  }
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) {
      const grow = <T extends Uint16Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2 + 16);
        b.set(a);
        return b;
      };
      this.units = grow(this.units, (n) => new Uint16Array(n));
      this.from = grow(this.from, (n) => new Int32Array(n));
      this.to = grow(this.to, (n) => new Int32Array(n));
    }
    this.units[this.length] = unit;
    this.from[this.length] = start;
    this.to[this.length] = end;
    this.length++;
  }
  finish(): Folded {
    const units = this.units.subarray(0, this.length);
    const text = new TextDecoder('utf-16le').decode(units);
    return { text, from: this.from.subarray(0, this.length), to: this.to.subarray(0, this.length) };
  }
}

// Default-ignorable and format characters, except the prepended concatenation marks, which print.
const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u;
const VISIBLE_FORMAT = new Set([0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6dd, 0x70f, 0x890, 0x891, 0x8e2, 0x110bd, 0x110cd]);
const MARK = /^\p{M}$/u;
const WHITESPACE = /^\s$/u;
const WIDE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uff60\ufe30-\ufe4f\u2e80-\u2fdf\u31c0-\u31ef\u201c\u201d\u2018\u2019\u2014\u2026]$/u;

/**
 * A test of one code point, asked once per distinct code point (property escapes cost a string and
 * a regular expression run each); `below` is the first code point that can pass.
 */
function memoised(below: number, test: (cp: number) => boolean): (cp: number) => boolean {
  const known = new Map<number, boolean>();
  return (cp) => {
    if (cp < below) return false;
    let answer = known.get(cp);
    if (answer === undefined) {
      answer = test(cp);
      known.set(cp, answer);
    }
    return answer;
  };
}

const isIgnorable = memoised(0xad, (cp) => !VISIBLE_FORMAT.has(cp) && IGNORABLE.test(String.fromCodePoint(cp)));

/** Code points that NFKC may combine with the one before: marks, Hangul vowel and final jamo, half-width voicing marks. */
const continuesSegment = memoised(
  0x300,
  (cp) => (cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff) || cp === 0xff9e || cp === 0xff9f || MARK.test(String.fromCodePoint(cp)),
);

const isWide = memoised(0x2000, (cp) => WIDE.test(String.fromCodePoint(cp)));

const nfkcMemo = new Map<number, string>();
function nfkcOf(cp: number): string {
  let known = nfkcMemo.get(cp);
  if (known === undefined) {
    known = String.fromCodePoint(cp).normalize('NFKC');
    nfkcMemo.set(cp, known);
  }
  return known;
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `&#21521;`, `&#x5411;` or a named reference at `i`: the character and the reference's length, or undefined. */
export function characterReferenceAt(text: string, i: number): { char: string; length: number } | undefined {
  if (text.charCodeAt(i) !== 0x26) return undefined;
  // a reference is short: look for its `;` nearby only, so a run of `&` costs no more than its length
  const semi = text.slice(i + 1, i + 34).indexOf(';');
  if (semi < 0) return undefined;
  const end = i + 1 + semi;
  const body = text.slice(i + 1, end);
  let code: number;
  if (/^#[0-9]{1,7}$/.test(body)) code = parseInt(body.slice(1), 10);
  else if (/^#[xX][0-9a-fA-F]{1,6}$/.test(body)) code = parseInt(body.slice(2), 16);
  else {
    const named = NAMED_REFERENCES[body];
    return named === undefined ? undefined : { char: named, length: end - i + 1 };
  }
  // CommonMark: 0 and invalid code points become U+FFFD
  const char = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
  return { char, length: end - i + 1 };
}

const isAsciiPunctuation = (c: number): boolean => (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);

/** Fold `text` for matching (see the module comment). `markdown`: read escapes and character references. */
export function foldForMatching(text: string, options: { markdown?: boolean } = {}): Folded {
  const markdown = options.markdown === true;
  const out = new Builder(text.length + 16);
  // a whitespace run not yet written: dropped at the start, at the end and between wide characters
  let pendingFrom = -1;
  let pendingTo = -1;
  let pendingBreak = false;
  let lastWide = false;

  const emitChar = (ch: string, cp: number, start: number, end: number): void => {
    const wide = isWide(cp);
    if (pendingFrom >= 0) {
      if (pendingBreak) out.push(0x0a, pendingFrom, pendingTo);
      else if (out.length > 0 && !(lastWide && wide)) out.push(0x20, pendingFrom, pendingTo);
      pendingFrom = -1;
      pendingBreak = false;
    }
    for (let k = 0; k < ch.length; k++) out.push(ch.charCodeAt(k), start, end);
    lastWide = wide;
  };
  const emitSpace = (start: number, end: number, lineBreak: boolean): void => {
    if (pendingFrom < 0) pendingFrom = start;
    pendingTo = end;
    if (lineBreak) pendingBreak = true;
  };
  const emitFolded = (folded: string, start: number, end: number): void => {
    for (let k = 0; k < folded.length; ) {
      const cp = folded.codePointAt(k)!;
      const len = cp > 0xffff ? 2 : 1;
      if (cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029 || cp === 0x0b || cp === 0x0c || cp === 0x85) emitSpace(start, end, true);
      else if (cp === 0x20 || cp === 0x09 || (cp > 0x7f && WHITESPACE.test(folded.slice(k, k + len)))) emitSpace(start, end, false);
      else if (!isIgnorable(cp)) emitChar(folded.slice(k, k + len), cp, start, end);
      k += len;
    }
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (markdown && c === 0x5c && i + 1 < n && isAsciiPunctuation(text.charCodeAt(i + 1))) {
      const next = text.charCodeAt(i + 1);
      emitChar(text[i + 1]!, next, i, i + 2);
      i += 2;
      continue;
    }
    if (markdown && c === 0x26) {
      const ref = characterReferenceAt(text, i);
      if (ref) {
        emitFolded(ref.char.normalize('NFKC'), i, i + ref.length);
        i += ref.length;
        continue;
      }
    }
    // ASCII, unless a combining mark follows (e + U+0301 folds to é)
    if (c < 0x80 && !(i + 1 < n && text.charCodeAt(i + 1) >= 0x300 && continuesSegment(text.codePointAt(i + 1)!))) {
      if (c === 0x20 || c === 0x09) emitSpace(i, i + 1, false);
      else if (c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c) emitSpace(i, i + 1, true);
      else emitChar(text[i]!, c, i, i + 1);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    let combined = false;
    while (j < n) {
      const next = text.codePointAt(j)!;
      if (!continuesSegment(next)) break;
      j += next > 0xffff ? 2 : 1;
      combined = true;
    }
    emitFolded(combined ? text.slice(i, j).normalize('NFKC') : nfkcOf(cp), i, j);
    i = j;
  }
  return out.finish();
}

/** A name or redact string as it is matched: folded, so never with space at either end. */
export function matchKey(text: string): string {
  return foldForMatching(text).text;
}

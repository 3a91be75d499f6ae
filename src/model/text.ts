/**
 * How Chinese text is joined across a line break — one rule for ledger text (render/escape.ts) and
 * for the soft breaks of the report Markdown (docx/markdown-read.ts): Chinese has no spaces
 * between words, so a break between two wide characters (model/wide.ts: CJK ideographs of every
 * plane, kana, hangul, full-width and CJK punctuation, the curly quotes, — and …) disappears; any
 * other break becomes one space, as between Latin words.
 */
import { wideAt, wideBefore } from './wide.js';

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/**
 * Join the line breaks inside one text by the rule above, in one pass (a text is user input: no
 * backtracking pattern over runs of spaces): a break and the spaces and tabs around it become
 * nothing between two wide characters, one space otherwise; trailing breaks are dropped.
 */
export function joinLines(text: string): string {
  let end = text.length;
  while (end > 0 && isBreak(text.charCodeAt(end - 1))) end--;
  let out = '';
  let at = 0;
  for (let i = 0; i < end; i++) {
    if (!isBreak(text.charCodeAt(i))) continue;
    let from = i;
    while (from > at && isBlank(text.charCodeAt(from - 1))) from--;
    let to = i + (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1);
    // several breaks in a row are joined one by one: each becomes a space or nothing
    while (to < end && isBlank(text.charCodeAt(to))) to++;
    out += text.slice(at, from) + (wideBefore(text, from) && wideAt(text, to) ? '' : ' ');
    at = to;
    i = to - 1;
  }
  return at === 0 && end === text.length ? text : out + text.slice(at, end);
}

/** How many code units a UnitWriter gathers before it makes them a string. */
const UNITS = 4096;

/**
 * A string written a code unit at a time: for passes that rewrite megabytes of text (a pasted run of
 * `*_[` escaped for the Markdown, and read back) with a change at nearly every character, where a
 * replace would gather millions of matches first (most of a gigabyte, in V8) and a string per
 * character worse. Units gather in a small buffer that becomes a string each time it fills: exact
 * (a lone surrogate stays one), and text of one-byte characters stays a one-byte string.
 */
export class UnitWriter {
  private readonly buffer = new Uint16Array(UNITS);
  private length = 0;
  private readonly parts: string[] = [];

  push(unit: number): void {
    if (this.length === UNITS) this.flush();
    this.buffer[this.length++] = unit;
  }

  /** What was written, as one string. */
  text(): string {
    this.flush();
    return this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
  }

  private flush(): void {
    if (this.length === 0) return;
    this.parts.push(String.fromCharCode.apply(null, this.buffer.subarray(0, this.length) as unknown as number[]));
    this.length = 0;
  }
}

/**
 * `text.replace(pattern, replace)` for a pattern whose matches may span characters and a
 * replacement computed per match, without a native call gathering all matches at once (see
 * UnitWriter): the matches are found one by one and the result is built in pieces.
 */
export function replaceEachMatch(text: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): string {
  const chunks: string[] = [];
  let parts: string[] = [];
  let last = 0;
  let found = false;
  // a global pattern is used as it is (its lastIndex reset): a copy per call would compile it for every text
  const re = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found = true;
    parts.push(text.slice(last, m.index), replace(m));
    last = re.lastIndex;
    if (m[0] === '') re.lastIndex++;
    if (parts.length >= UNITS) {
      chunks.push(parts.join(''));
      parts = [];
    }
  }
  if (!found) return text;
  parts.push(text.slice(last));
  chunks.push(parts.join(''));
  return chunks.join('');
}

/** What may end a sentence or a clause, a closing quote or bracket after one included. */
const SENTENCE_ENDS = '。！？；：…”’）)';

/**
 * Whether a text's last character may end a sentence or a clause: a line after it could open a new
 * one. The .docx writer sets the last lines of the report's last paragraph apart (kept with the
 * signature, flush left) only after a character that does not, and `rectify check` takes a
 * flush-left paragraph after such a text for that continuation: one rule for both.
 */
export function mayEndSentence(text: string): boolean {
  return text.length > 0 && SENTENCE_ENDS.includes(text.charAt(text.length - 1));
}

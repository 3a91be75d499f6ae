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

/** How many characters one native replace call works on at most: see replaceBySlices. */
const SLICE = 1 << 16;

/**
 * `text.replace(pattern, replacement)`, a slice at a time. V8 gathers every match of a replace
 * call before it builds the result: one call over megabytes of text with a match at every
 * character (a pasted run of `*_[`, escaped) took most of a gigabyte, where calls over slices of
 * 64K characters take kilobytes each and give the same string. The slices end at `cuts`, each a
 * position no match spans (a caller that knows its text's tokens says where they end), or every
 * SLICE characters when no match is longer than one character (`cuts` omitted).
 */
export function replaceBySlices(text: string, pattern: RegExp, replacement: string, cuts?: readonly number[]): string {
  if (text.length <= SLICE && cuts === undefined) return text.replace(pattern, replacement);
  const ends = cuts ? [...cuts.filter((at) => at > 0 && at < text.length), text.length] : [];
  if (!cuts) for (let at = SLICE; at < text.length + SLICE; at += SLICE) ends.push(Math.min(at, text.length));
  const parts: string[] = [];
  let from = 0;
  for (const end of ends) {
    if (end <= from) continue;
    parts.push(text.slice(from, end).replace(pattern, replacement));
    from = end;
  }
  return parts.join('');
}

/**
 * `text.replace(pattern, replace)` for a pattern whose matches may span characters and a
 * replacement computed per match, without a native call gathering all matches at once (see
 * replaceBySlices): the matches are found one by one and the result is built in pieces.
 */
export function replaceEachMatch(text: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): string {
  const chunks: string[] = [];
  let parts: string[] = [];
  let last = 0;
  let found = false;
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found = true;
    parts.push(text.slice(last, m.index), replace(m));
    last = re.lastIndex;
    if (m[0] === '') re.lastIndex++;
    if (parts.length >= SLICE) {
      chunks.push(parts.join(''));
      parts = [];
    }
  }
  if (!found) return text;
  parts.push(text.slice(last));
  chunks.push(parts.join(''));
  return chunks.join('');
}

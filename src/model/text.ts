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

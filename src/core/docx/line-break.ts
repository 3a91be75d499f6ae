/**
 * Where a body paragraph's lines break, as Word and LibreOffice set it on the GB/T 9704 grid: a
 * Chinese character or full-width mark one body character wide (character spacing included), Latin
 * letters and digits at Times New Roman's widths, the space the word processors put between Chinese
 * and Latin text, no closing mark at the start of a line (a full stop or comma hangs past the edge
 * instead) and no opening mark at its end, Latin words and numbers never cut. Checked against
 * LibreOffice's lines on the shipped examples (every line of both). Pure: text in, lines out.
 */
import type { Layout } from './layout.js';
import { bodyCharTwips, isHanCode, isLatinCode, ptToTwips } from './measure.js';

/** Times New Roman advance widths, thousandths of an em (ASCII). */
const TIMES: Record<string, number> = {
  ' ': 250, '!': 333, '"': 408, '#': 500, $: 500, '%': 833, '&': 778, "'": 180, '(': 333, ')': 333, '*': 500, '+': 564, ',': 250, '-': 333, '.': 250, '/': 278,
  ':': 278, ';': 278, '<': 564, '=': 564, '>': 564, '?': 444, '@': 921, '[': 333, '\\': 278, ']': 333, '^': 469, _: 500, '`': 333, '{': 480, '|': 200, '}': 480, '~': 541,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889, N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722,
  V: 722, W: 944, X: 722, Y: 722, Z: 611, a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778, n: 500, o: 500,
  p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
};
for (const d of '0123456789') TIMES[d] = 500;

/** Never at the start of a line. */
const NO_START = codes('”’》）)〉」』】〕]，。、；：！？,.;:!?…—·％%');
/** Never at the end of a line. */
const NO_END = codes('“‘《（(〈「『【〔[');
/** May hang past the right edge rather than start the next line. */
const HANG = codes('，。、；：！？,.');
/** The space between Chinese and Latin text, in ems (LibreOffice's, measured). */
const AUTOSPACE_EM = 0.21;

function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.codePointAt(0)!));
}

/**
 * The lines of a body paragraph of `width` twips whose first line is indented `firstIndent` twips,
 * as strings (their concatenation is the text). A Latin word or number longer than a line is cut
 * where the line ends (as the word processors do), so every line is measured once and a long text
 * takes time in proportion to its length. The text is walked by index, one code point at a time,
 * and each line is a slice of it: a paragraph of megabytes is never copied into an array of
 * characters.
 */
export function bodyLines(text: string, width: number, firstIndent: number, layout: Layout): string[] {
  const em = ptToTwips(layout.body.size);
  const wide = bodyCharTwips(layout);
  const spacing = ptToTwips(layout.characterSpacing);
  const n = text.length;
  /** The code point at `at` (0 past the end) and where the next one starts. */
  const cpAt = (at: number): number => (at < n ? text.codePointAt(at)! : 0);
  const after = (at: number): number => at + (cpAt(at) > 0xffff ? 2 : 1);
  /** Where the code point before `at` starts (a pair's first half). */
  const before = (at: number): number => {
    const c = text.charCodeAt(at - 1);
    return at >= 2 && c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800 ? at - 2 : at - 1;
  };
  // the advance of every ASCII character, once per call; anything else below U+2000 is 500
  const ascii = new Float64Array(128).map((_, c) => ((TIMES[String.fromCharCode(c)] ?? 500) * em) / 1000 + spacing);
  const narrow = (500 * em) / 1000 + spacing;
  const advance = (cp: number): number => (cp >= 0x2000 ? wide : cp < 128 ? ascii[cp]! : narrow);
  const latinAt = (at: number): boolean => at >= 0 && at < n && isLatinCode(cpAt(at));
  const lines: string[] = [];
  let i = 0;
  while (i < n) {
    const capacity = width - (lines.length === 0 ? firstIndent : 0);
    let used = 0;
    let j = i;
    let prevLatin = false;
    let prevHan = false;
    // whether every character of the line so far is a Latin letter or digit: one word or number
    let oneWord = true;
    for (; j < n; j = after(j)) {
      const cp = cpAt(j);
      const latin = isLatinCode(cp);
      const han = isHanCode(cp);
      let a = advance(cp);
      if (j > i && ((latin && prevHan) || (han && prevLatin))) a += AUTOSPACE_EM * em;
      if (used + a > capacity + 0.5) break;
      used += a;
      prevLatin = latin;
      prevHan = han;
      oneWord &&= latin;
    }
    if (j < n) {
      // a mark hangs unless a closing mark follows it; the paragraph's last character never hangs
      const next = after(j);
      if (HANG.has(cpAt(j)) && next < n && !NO_START.has(cpAt(next)) && !(j > 0 && latinAt(before(j)))) j = next;
      else if (oneWord && latinAt(j)) {
        // a word or number longer than the line: no break inside it, cut where the line is full
      } else {
        const full = j;
        const second = after(i);
        const forbidden = (k: number): boolean => {
          const prev = before(k);
          return NO_START.has(cpAt(k)) || NO_END.has(cpAt(prev)) || (latinAt(k) && latinAt(prev));
        };
        while (j > second && forbidden(j)) j = before(j);
        // no place to break in the whole line (one long word or number, a run of closing marks):
        // cut where the line is full, as the word processors do
        if (j === second && forbidden(j)) j = full;
      }
    }
    if (j <= i) j = after(i);
    lines.push(text.slice(i, j));
    i = j;
  }
  return lines;
}

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
const NO_START = '”’》）)〉」』】〕]，。、；：！？,.;:!?…—·％%';
/** Never at the end of a line. */
const NO_END = '“‘《（(〈「『【〔[';
/** May hang past the right edge rather than start the next line. */
const HANG = '，。、；：！？,.';
/** The space between Chinese and Latin text, in ems (LibreOffice's, measured). */
const AUTOSPACE_EM = 0.21;

/**
 * The lines of a body paragraph of `width` twips whose first line is indented `firstIndent` twips,
 * as strings (their concatenation is the text). Each character is classed once; a Latin word or
 * number longer than a line is cut where the line ends (as the word processors do), so every line
 * is measured once and a long text takes time in proportion to its length.
 */
export function bodyLines(text: string, width: number, firstIndent: number, layout: Layout): string[] {
  const em = ptToTwips(layout.body.size);
  const wide = bodyCharTwips(layout);
  const spacing = ptToTwips(layout.characterSpacing);
  const advance = (c: string) => (c.codePointAt(0)! >= 0x2000 ? wide : ((TIMES[c] ?? 500) * em) / 1000 + spacing);
  const chars = [...text];
  const latin = new Uint8Array(chars.length);
  const han = new Uint8Array(chars.length);
  chars.forEach((c, k) => {
    const cp = c.codePointAt(0)!;
    latin[k] = isLatinCode(cp) ? 1 : 0;
    han[k] = isHanCode(cp) ? 1 : 0;
  });
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const capacity = width - (lines.length === 0 ? firstIndent : 0);
    let used = 0;
    let j = i;
    for (; j < chars.length; j++) {
      let a = advance(chars[j]!);
      if (j > i && ((latin[j] && han[j - 1]) || (han[j] && latin[j - 1]))) a += AUTOSPACE_EM * em;
      if (used + a > capacity + 0.5) break;
      used += a;
    }
    if (j < chars.length) {
      if (HANG.includes(chars[j]!) && !NO_START.includes(chars[j + 1] ?? '') && !(j > 0 && latin[j - 1])) j++;
      else {
        const full = j;
        const forbidden = (k: number): boolean => NO_START.includes(chars[k]!) || NO_END.includes(chars[k - 1]!) || (latin[k] === 1 && latin[k - 1] === 1);
        while (j > i + 1 && forbidden(j)) j--;
        // no place to break in the whole line (one long word or number, a run of closing marks):
        // cut where the line is full, as the word processors do
        if (j === i + 1 && forbidden(j)) j = full;
      }
    }
    if (j <= i) j = i + 1;
    lines.push(chars.slice(i, j).join(''));
    i = j;
  }
  return lines;
}

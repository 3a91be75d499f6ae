/**
 * The headings of GB/T 9704 7.3.3 as a reader finds them in a paragraph's text: `一、` (first
 * level), `（一）` (second), `1.` or `1．` (third). A heading may run into its text on the same
 * paragraph (`（一）加强领导，有序推进。成立…`): the heading is then the text up to its first `。`,
 * set in the level's font, and the rest is body text. One rule for the checker, which classifies a
 * received document's paragraphs by it (docx-rules.ts), and for the .docx writer, which sets such a
 * paragraph's heading in the heading's font (core/docx).
 */

export const H1 = /^[一二三四五六七八九十]+、/;
export const H2 = /^（[一二三四五六七八九十]+）/;
export const H3 = /^\d+[.．]/;

/** A second- or third-level heading is shorter than this; a longer `（一）…` paragraph is body text that enumerates. */
export const HEADING_MAX_CHARS = 80;

export interface HeadingAt {
  level: 1 | 2 | 3;
  /** Where the heading ends in the text (UTF-16 offset): after its `。` when text runs on, else the text's end. */
  end: number;
  /** Text runs on after the heading in the same paragraph. */
  runIn: boolean;
}

/** The heading a paragraph's text begins with, or undefined (body text). */
export function headingOf(text: string): HeadingAt | undefined {
  const level = H1.test(text) ? 1 : H2.test(text) ? 2 : H3.test(text) ? 3 : undefined;
  if (level === undefined) return undefined;
  const stop = text.indexOf('。');
  const runIn = stop >= 0 && text.slice(stop + 1).trim() !== '';
  const end = runIn ? stop + 1 : text.length;
  if (level > 1 && [...text.slice(0, end)].length >= HEADING_MAX_CHARS) return undefined;
  return { level, end, runIn };
}

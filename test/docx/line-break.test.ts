/**
 * The body's line breaks (src/core/docx/line-break.ts) where no legal break exists in a whole
 * line: a Latin word or number, or a run of closing marks, longer than the line. The word
 * processors then cut where the line is full; so does bodyLines, and so a long hostile text takes
 * one measure per line, not one line per character (a 200,000-digit number once took 200,000 lines).
 * The shipped examples' lines are checked against LibreOffice in print-ready.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { bodyLines } from '../../src/core/docx/line-break.js';
import { DEFAULT_LAYOUT } from '../../src/core/docx/index.js';

const WIDTH = 8844;

describe('bodyLines where a line has no legal break', () => {
  it.each([
    ['a long number', '1'.repeat(2000)],
    ['a long Latin word', 'abc'.repeat(700)],
    ['a run of semicolons', '；'.repeat(2000)],
    ['a run of closing brackets', '）'.repeat(2000)],
  ])('%s is cut where each line is full', (_name, text) => {
    const lines = bodyLines(text, WIDTH, 0, DEFAULT_LAYOUT);
    expect(lines.join('')).toBe(text);
    // every line but the last is full: many characters each, never one
    for (const line of lines.slice(0, -1)) expect([...line].length).toBeGreaterThan(20);
    expect(lines.length).toBeLessThan(text.length / 20);
  });

  it('still keeps a word whole where the line has a break before it', () => {
    const lines = bodyLines(`整改${'甲'.repeat(20)} Rectification`, WIDTH, 640, DEFAULT_LAYOUT);
    expect(lines.some((l) => l.includes('Rectification'))).toBe(true);
    expect(lines.filter((l) => /Rect/.test(l))).toHaveLength(1);
  });
});

/**
 * Where the body's text ends (src/core/docx/pages.ts), on pages of 22 lines: what decides whether
 * the 版记 shares the text's last page. The PDF tests (print-ready.test.ts) hold it to LibreOffice.
 */
import { describe, expect, it } from 'vitest';
import { textEnd, type FlowItem } from '../../src/core/docx/pages.js';

const lines = (n: number, extra: Partial<FlowItem> = {}): FlowItem => ({ lines: n, ...extra });

describe('textEnd', () => {
  it('fills pages line by line, a paragraph split where the page ends', () => {
    expect(textEnd([lines(10), lines(10)], 22)).toEqual({ page: 1, used: 20 });
    expect(textEnd([lines(10), lines(20)], 22)).toEqual({ page: 2, used: 8 });
    expect(textEnd([lines(70)], 22)).toEqual({ page: 4, used: 4 });
  });

  it('moves a paragraph kept together whole to the next page', () => {
    expect(textEnd([lines(20), lines(4, { keepLines: true })], 22)).toEqual({ page: 2, used: 4 });
  });

  it('keeps a heading with the first line of what follows, and a chain of kept paragraphs with the one they end on', () => {
    // the heading fits on page 1 but the paragraph's first line does not: both go on
    expect(textEnd([lines(21), lines(1, { keepNext: true }), lines(3)], 22)).toEqual({ page: 2, used: 4 });
    // the signature: blank line, unit, date kept with the last lines of the text (kept together)
    const signature = [lines(1, { keepNext: true }), lines(1, { keepNext: true }), lines(1)];
    expect(textEnd([lines(18), lines(2, { keepNext: true, keepLines: true }), ...signature], 22)).toEqual({ page: 2, used: 5 });
    expect(textEnd([lines(17), lines(2, { keepNext: true, keepLines: true }), ...signature], 22)).toEqual({ page: 1, used: 22 });
  });

  it('takes a line set larger than the pitch as more than a line', () => {
    expect(textEnd([lines(1.55), lines(20)], 22.03)).toEqual({ page: 1, used: 21.55 });
    expect(textEnd([lines(1.55), lines(21)], 22.03)).toEqual({ page: 2, used: 1 });
  });
});

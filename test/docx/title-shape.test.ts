import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '../../src/core/docx/index.js';
import { widthInChars } from '../../src/core/docx/measure.js';
import { titleBreaks, titleCapacity, titleLines, titleShape } from '../../src/core/docx/title-shape.js';

const CAPACITY = titleCapacity(DEFAULT_LAYOUT);

describe('titleCapacity', () => {
  it('fits 20 characters of 2号 (22pt, -0.25pt spacing) on the 156 mm text block', () => {
    expect(CAPACITY).toBe(20);
  });
  it('follows the layout: a larger title size or a wider block changes it', () => {
    expect(titleCapacity({ ...DEFAULT_LAYOUT, title: { ...DEFAULT_LAYOUT.title, size: 26 } })).toBe(17);
    // a landscape attachment: 297 - 28 - 26 = 243 mm
    expect(titleCapacity(DEFAULT_LAYOUT, Math.round((243 * 1440) / 25.4))).toBe(31);
  });
});

describe('titleShape', () => {
  it('names trapezoids, diamonds and the rest', () => {
    expect(titleShape([18])).toBe('single');
    expect(titleShape([19, 13])).toBe('trapezoid');
    expect(titleShape([16, 16])).toBe('trapezoid');
    expect(titleShape([13, 19])).toBe('other');
    expect(titleShape([12, 18, 10])).toBe('diamond');
    expect(titleShape([12, 18, 19])).toBe('other');
    expect(titleShape([18, 10, 16])).toBe('other');
  });
});

describe('titleLines', () => {
  it('leaves a title that fits on one line alone', () => {
    expect(titleLines('关于整改情况的报告', CAPACITY)).toEqual(['关于整改情况的报告']);
  });

  it('sets the example title as a trapezoid without splitting 营商环境 or 专项', () => {
    expect(titleLines('青禾县司法局关于市委巡察暨优化营商环境专项巡察整改进展情况的报告', CAPACITY)).toEqual([
      '青禾县司法局关于市委巡察暨优化营商环境',
      '专项巡察整改进展情况的报告',
    ]);
  });

  it('prefers a seam (after 的, before 关于) over a slightly more even plain break', () => {
    // after 整改: 10/7; after 的: 11/6, less even but a seam
    expect(titleLines('青禾县司法局巡察整改的落实情况报告', 12)).toEqual(['青禾县司法局巡察整改的', '落实情况报告']);
    expect(titleBreaks('青禾县司法局关于整改').get(6)).toBe(true);
  });

  it('never breaks inside a quoted span or a number; a span too long for a line is left to wrap', () => {
    const quoted = '关于“落实上级决策部署不到位，履行牵头抓总职能有差距”问题的整改报告';
    expect(titleLines(quoted, CAPACITY)).toEqual([quoted]);
    const lines = titleLines('青禾县审计局关于2022年度县级预算执行和其他财政收支审计查出问题整改情况的报告', CAPACITY);
    expect(lines.length).toBe(2);
    expect(lines.some((l) => /^\d|\d$/.test(l))).toBe(false);
    expect(lines.join('')).toContain('2022年度');
    expect(lines.some((l) => l.includes('2022'))).toBe(true);
  });

  it('uses a diamond when no trapezoid fits', () => {
    // the quoted name (16 characters) must stay whole, so the middle line is the widest
    const lines = titleLines('青禾县人民政府办公室关于印发《青禾县巡察整改工作规范实施细则》的通知', 18);
    expect(titleShape(lines.map(widthInChars))).not.toBe('other');
    expect(lines.some((l) => l.includes('《青禾县巡察整改工作规范实施细则》'))).toBe(true);
  });

  const cjk = fc.constantFrom(...'关于市委巡察整改进展情况的报告青禾县司法局暨优化营商环境专项落实审计问题和及与'.split(''));
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.array(cjk, { minLength: 1, maxLength: 6 }).map((a) => a.join('')) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 99999 }).map((n) => `${n}年`) },
    { weight: 1, arbitrary: fc.array(cjk, { minLength: 1, maxLength: 8 }).map((a) => `“${a.join('')}”`) },
  );
  const title = fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join(''));

  it('always gives back the text, lines within capacity when it breaks', () => {
    fc.assert(
      fc.property(title, fc.integer({ min: 8, max: 24 }), (text, capacity) => {
        const lines = titleLines(text, capacity);
        expect(lines.join('')).toBe(text);
        expect(lines.every((l) => l.length > 0)).toBe(true);
        if (lines.length > 1) expect(lines.every((l) => widthInChars(l) <= capacity)).toBe(true);
        if (widthInChars(text) <= capacity) expect(lines).toEqual([text]);
      }),
    );
  });

  it('breaks only where titleBreaks allows: never inside a quote or a number', () => {
    fc.assert(
      fc.property(title, fc.integer({ min: 8, max: 24 }), (text, capacity) => {
        const lines = titleLines(text, capacity);
        const allowed = titleBreaks(text);
        let at = 0;
        for (const line of lines.slice(0, -1)) {
          at += line.length;
          expect(allowed.has(at), `break at ${at} in ${text}`).toBe(true);
          const before = text.slice(0, at);
          // inside a quote: more openers than closers before the break
          expect((before.match(/“/g) ?? []).length).toBe((before.match(/”/g) ?? []).length);
          // a number keeps its digits and its unit together
          expect(/\d$/.test(before)).toBe(false);
        }
      }),
    );
  });
});

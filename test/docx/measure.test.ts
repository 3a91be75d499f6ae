import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '../../src/core/docx/layout.js';
import { bodyCharTwips, pageTwips, signatureIndents, widthInChars } from '../../src/core/docx/measure.js';

describe('measures', () => {
  it('converts the standard margins to the twips of gbt9704.md', () => {
    expect(pageTwips(DEFAULT_LAYOUT)).toEqual({ width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 });
  });

  it('counts Latin letters and digits as half a character', () => {
    expect(widthInChars('2023年12月1日')).toBe(6.5);
    expect(widthInChars('XX县司法局党组')).toBe(7);
  });
});

describe('signature indents (GB/T 9704 7.3.5.2)', () => {
  const cw = bodyCharTwips(DEFAULT_LAYOUT);
  // positions measured from the right edge, in characters
  const place = (unit: string, date: string) => {
    const ind = signatureIndents([unit], date, DEFAULT_LAYOUT);
    const unitRight = ind.units[0]! / cw;
    const dateRight = ind.date / cw;
    return { unitStart: unitRight + widthInChars(unit), unitRight, dateStart: dateRight + widthInChars(date), dateRight };
  };

  it('a long unit: two characters from the right, the date starting two characters further right', () => {
    const p = place('中共XX县司法局党组委员会', '2023年12月1日');
    expect(p.unitRight).toBeCloseTo(2);
    expect(p.unitStart - p.dateStart).toBeCloseTo(2);
  });

  it('a date longer than the unit: the date keeps two characters, the unit moves left', () => {
    const p = place('XX县司法局', '2023年12月1日');
    expect(p.dateRight).toBeCloseTo(2);
    expect(p.unitStart - p.dateStart).toBeCloseTo(2);
    expect(p.unitRight).toBeGreaterThan(2);
  });

  it('uses the body character advance (16pt less 0.25pt spacing)', () => {
    expect(cw).toBe(315);
    expect(signatureIndents(['XX县司法局党组'], '2023年12月1日', DEFAULT_LAYOUT)).toEqual({ units: [1103], date: 630 });
  });
});

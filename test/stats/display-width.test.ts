import { describe, expect, it } from 'vitest';
import { displayWidth, padEndDisplay, truncateDisplay } from '../../src/app/report/stats/display-width.js';
import { renderTable } from '../../src/app/report/stats/table.js';

describe('displayWidth', () => {
  it('counts CJK, fullwidth forms and CJK punctuation as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('整改')).toBe(4);
    expect(displayWidth('（一）')).toBe(6);
    expect(displayWidth('“互联网＋监管”')).toBe(14); // curly quotes are ambiguous: one column
    expect(displayWidth('100％')).toBe(5);
    expect(displayWidth('𠀀')).toBe(2); // Extension B, outside the BMP
  });

  it('ignores combining marks, zero-width characters and colour codes', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('\u001b[31m红\u001b[39m')).toBe(2);
  });

  it('pads and truncates by columns', () => {
    expect(padEndDisplay('问题', 6)).toBe('问题  ');
    expect(truncateDisplay('落实上级决策部署不到位', 9)).toBe('落实上级…');
    expect(truncateDisplay('短', 9)).toBe('短');
  });
});

describe('renderTable', () => {
  it('lines columns up in display columns when cells mix Chinese and ASCII', () => {
    const table = renderTable(
      ['名称', 'n'],
      [
        ['Smith', '1'],
        ['王XX（局长）', '12'],
      ],
      ['left', 'right'],
    );
    const lines = table.split('\n');
    const widths = lines.map((line) => displayWidth(line));
    expect(new Set(widths).size).toBe(1);
    expect(lines[1]).toBe('Smith          1');
  });

  it('lays out as many rows as a 10 MB ledger has key figures', () => {
    const rows = Array.from({ length: 200_000 }, (_, k) => [`k${k}`, '办理案件数']);
    const table = renderTable(['编号', '名称'], rows, ['left', 'left']);
    expect(table.split('\n').at(-1)).toBe('k199999  办理案件数');
  });
});

import { displayWidth, padEndDisplay, padStartDisplay } from './display-width.js';
import { maxOf } from '../../../model/lists.js';

export type Align = 'left' | 'right';

/**
 * A plain text table whose columns line up on a terminal even when cells hold Chinese: widths are
 * display columns, not string lengths. Two spaces between columns; no trailing spaces.
 * `style` may colour header cells: widths ignore colour codes, so they never disturb alignment.
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
  style: (headerCell: string) => string = (s) => s,
): string {
  const widths = header.map((h, col) => maxOf(rows.map((r) => displayWidth(r[col] ?? '')), displayWidth(h)));
  const line = (cells: readonly string[], decorate: (s: string) => string) =>
    cells
      .map((cell, col) => {
        const width = widths[col] ?? 0;
        const text = decorate(cell);
        return align[col] === 'right' ? padStartDisplay(text, width) : padEndDisplay(text, width);
      })
      .join('  ')
      .trimEnd();
  return [line(header, style), ...rows.map((r) => line(r, (s) => s))].join('\n');
}

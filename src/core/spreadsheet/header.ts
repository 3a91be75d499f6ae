/** Finding the header row of a hand-made table and which column holds which field. */
import type { Problem } from '../../model/problem.js';
import { cellText } from './cells.js';
import { COLUMNS, fieldForHeader, normaliseHeader, STATUS_OR_PROGRESS, type Field } from './columns.js';
import type { SheetGrid } from './grid.js';
import { problemAt } from './place.js';

/** Title rows and notes above the header are common; ten rows is more than any seen. */
export const HEADER_SEARCH_ROWS = 10;
export const REQUIRED_FIELDS: readonly Field[] = ['issue', 'measure'];

export interface TableLayout {
  sheet: SheetGrid;
  /** 0-based index of the header row in sheet.rows. */
  headerRow: number;
  /** 0-based column index per field. */
  columns: Map<Field, number>;
}

function recognised(sheet: SheetGrid, r: number, map?: ReadonlyMap<string, Field | null>): Set<Field> {
  const fields = new Set<Field>();
  for (const cell of sheet.rows[r] ?? []) {
    const text = cellText(cell.value);
    if (text === '') continue;
    const field = fieldForHeader(text, map);
    if (field) fields.add(field);
  }
  return fields;
}

/**
 * The header row is the row among the first few that names the most known fields; a sheet counts
 * only when that row has both an issue and a measure column. The first such sheet wins, so a
 * workbook with a cover sheet or notes sheet still imports.
 */
export function findTable(
  sheets: readonly SheetGrid[],
  file: string,
  map?: ReadonlyMap<string, Field | null>,
): { layout?: TableLayout; problems: Problem[] } {
  let best: { sheet: SheetGrid; row: number; fields: Set<Field> } | undefined;
  for (const sheet of sheets) {
    let sheetBest: { row: number; fields: Set<Field> } | undefined;
    for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
      const fields = recognised(sheet, r, map);
      if (!sheetBest || fields.size > sheetBest.fields.size) sheetBest = { row: r, fields };
    }
    if (!sheetBest) continue;
    if (REQUIRED_FIELDS.every((f) => sheetBest.fields.has(f))) return layoutFor(sheet, sheetBest.row, file, map);
    if (!best || sheetBest.fields.size > best.fields.size) best = { sheet, ...sheetBest };
  }

  const problems: Problem[] = [];
  if (best && best.fields.size >= 2) {
    // A header row was clearly meant; say which required column it lacks.
    for (const field of REQUIRED_FIELDS) {
      if (best.fields.has(field)) continue;
      const header = COLUMNS.find((c) => c.field === field)?.header ?? field;
      problems.push(
        problemAt({ file, sheet: best.sheet.name, row: best.row + 1, column: 0 }, 'error', 'missing-column', { header }),
      );
    }
  } else {
    problems.push(
      problemAt({ file, row: 0, column: 0 }, 'error', 'no-table', { sheets: sheets.map((s) => s.name).join('、') }),
    );
  }
  return { problems };
}

function layoutFor(
  sheet: SheetGrid,
  headerRow: number,
  file: string,
  map?: ReadonlyMap<string, Field | null>,
): { layout: TableLayout; problems: Problem[] } {
  const problems: Problem[] = [];
  const columns = new Map<Field, number>();
  const headerText = new Map<Field, string>();
  (sheet.rows[headerRow] ?? []).forEach((cell, c) => {
    const text = cellText(cell.value);
    // A header cell merged across columns names only its first column.
    if (text === '' || (cell.mergeId !== undefined && c > 0 && sheet.rows[headerRow]?.[c - 1]?.mergeId === cell.mergeId)) return;
    const place = { file, sheet: sheet.name, row: headerRow + 1, column: c + 1 };
    const field = fieldForHeader(text, map);
    if (field === null) return;
    if (field === undefined) {
      problems.push(problemAt(place, 'warning', 'unknown-header', { header: text }));
      return;
    }
    if (columns.has(field)) {
      if (field === 'status' && !columns.has('progress') && progressInstead(text, headerText.get('status') ?? '', columns, headerText, c)) return;
      problems.push(problemAt(place, 'warning', 'duplicate-column', { header: text, first: headerText.get(field) ?? '' }));
      return;
    }
    columns.set(field, c);
    headerText.set(field, text);
  });
  return { layout: { sheet, headerRow, columns }, problems };
}

/**
 * Two status columns, one of them 整改进展 or the like: that one holds the progress note. Whichever
 * came first, the other keeps the status. Returns whether the new column was placed.
 */
function progressInstead(text: string, first: string, columns: Map<Field, number>, headerText: Map<Field, string>, c: number): boolean {
  if (STATUS_OR_PROGRESS.has(normaliseHeader(text))) {
    columns.set('progress', c);
    headerText.set('progress', text);
    return true;
  }
  if (!STATUS_OR_PROGRESS.has(normaliseHeader(first))) return false;
  columns.set('progress', columns.get('status')!);
  headerText.set('progress', first);
  columns.set('status', c);
  headerText.set('status', text);
  return true;
}

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
 * only when that row has both an issue and a measure column. The first visible such sheet wins (a
 * workbook with a cover sheet or notes sheet still imports); a hidden one only when no visible sheet
 * has a table. Every other sheet whose rows are not imported is named: a second table, a hidden
 * table passed over, a visible sheet with content but no table.
 */
export function findTable(
  sheets: readonly SheetGrid[],
  file: string,
  map?: ReadonlyMap<string, Field | null>,
): { layout?: TableLayout; problems: Problem[] } {
  const candidates = sheets.map((sheet) => {
    let best: { row: number; fields: Set<Field> } | undefined;
    for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
      const fields = recognised(sheet, r, map);
      if (!best || fields.size > best.fields.size) best = { row: r, fields };
    }
    return { sheet, row: best?.row ?? 0, fields: best?.fields ?? new Set<Field>() };
  });
  const isTable = (c: (typeof candidates)[number]) => REQUIRED_FIELDS.every((f) => c.fields.has(f));
  // a visible table wins over a hidden one: the sheet a user sees is the one they mean
  const chosen = candidates.find((c) => !c.sheet.hidden && isTable(c)) ?? candidates.find(isTable);
  if (chosen) {
    const found = layoutFor(chosen.sheet, chosen.row, file, map);
    const name = chosen.sheet.name;
    const notes: Problem[] = [];
    if (chosen.sheet.hidden) notes.push(problemAt({ file, sheet: name, row: 0, column: 0 }, 'warning', 'hidden-sheet-imported', { sheet: name }));
    // no other sheet's rows go unmentioned
    for (const other of candidates) {
      if (other === chosen) continue;
      const at = { file, sheet: other.sheet.name, row: 0, column: 0 };
      if (isTable(other)) {
        notes.push(
          other.sheet.hidden
            ? problemAt(at, 'warning', 'hidden-sheet-skipped', { sheet: other.sheet.name, imported: name })
            : problemAt(at, 'warning', 'other-table-skipped', { sheet: other.sheet.name, rows: filledRows(other.sheet, other.row + 1), imported: name }),
        );
      } else if (!other.sheet.hidden) {
        const rows = filledRows(other.sheet, 0);
        if (rows > 0) notes.push(problemAt(at, 'warning', 'sheet-not-imported', { sheet: other.sheet.name, rows }));
      }
    }
    return { layout: found.layout, problems: [...notes, ...found.problems] };
  }
  let best: (typeof candidates)[number] | undefined;
  for (const c of candidates) if (!best || c.fields.size > best.fields.size) best = c;

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

/** Rows from `from` on with any cell that is not empty. */
export function filledRows(sheet: SheetGrid, from: number): number {
  let count = 0;
  for (let r = from; r < sheet.rows.length; r++) if ((sheet.rows[r] ?? []).some((cell) => cellText(cell.value) !== '')) count++;
  return count;
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

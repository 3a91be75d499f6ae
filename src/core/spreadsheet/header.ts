/** Finding the header row of a hand-made table and which column holds which field. */
import type { Diagnostic, Lang } from '../../model/diagnostic.js';
import { cellText } from './cells.js';
import { COLUMNS, fieldForHeader, type Field } from './columns.js';
import type { SheetGrid } from './grid.js';
import { diagnosticAt, MSG } from './messages.js';

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
  lang: Lang,
  map?: ReadonlyMap<string, Field | null>,
): { layout?: TableLayout; diagnostics: Diagnostic[] } {
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
    const found = layoutFor(chosen.sheet, chosen.row, file, lang, map);
    const name = chosen.sheet.name;
    const notes: Diagnostic[] = [];
    if (chosen.sheet.hidden) notes.push(diagnosticAt({ file, sheet: name, row: 0, column: 0 }, 'warning', 'hidden-sheet-imported', lang, MSG.hiddenSheetImported(name)));
    // no other sheet's rows go unmentioned
    for (const other of candidates) {
      if (other === chosen) continue;
      const at = { file, sheet: other.sheet.name, row: 0, column: 0 };
      if (isTable(other)) {
        notes.push(
          other.sheet.hidden
            ? diagnosticAt(at, 'warning', 'hidden-sheet-skipped', lang, MSG.hiddenSheetSkipped(other.sheet.name, name))
            : diagnosticAt(at, 'warning', 'other-table-skipped', lang, MSG.otherTableSkipped(other.sheet.name, filledRows(other.sheet, other.row + 1), name)),
        );
      } else if (!other.sheet.hidden) {
        const rows = filledRows(other.sheet, 0);
        if (rows > 0) notes.push(diagnosticAt(at, 'warning', 'sheet-not-imported', lang, MSG.sheetNotImported(other.sheet.name, rows)));
      }
    }
    return { layout: found.layout, diagnostics: [...notes, ...found.diagnostics] };
  }
  let best: (typeof candidates)[number] | undefined;
  for (const c of candidates) if (!best || c.fields.size > best.fields.size) best = c;

  const diagnostics: Diagnostic[] = [];
  if (best && best.fields.size >= 2) {
    // A header row was clearly meant; say which required column it lacks.
    for (const field of REQUIRED_FIELDS) {
      if (best.fields.has(field)) continue;
      const header = COLUMNS.find((c) => c.field === field)?.header ?? field;
      diagnostics.push(
        diagnosticAt({ file, sheet: best.sheet.name, row: best.row + 1, column: 0 }, 'error', 'missing-column', lang, MSG.missingColumn(header)),
      );
    }
  } else {
    diagnostics.push(
      diagnosticAt({ file, row: 0, column: 0 }, 'error', 'no-table', lang, MSG.noTable(sheets.map((s) => s.name))),
    );
  }
  return { diagnostics };
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
  lang: Lang,
  map?: ReadonlyMap<string, Field | null>,
): { layout: TableLayout; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
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
      diagnostics.push(diagnosticAt(place, 'warning', 'unknown-header', lang, MSG.unknownHeader(text)));
      return;
    }
    if (columns.has(field)) {
      diagnostics.push(diagnosticAt(place, 'warning', 'duplicate-column', lang, MSG.duplicateColumn(text, headerText.get(field) ?? '')));
      return;
    }
    columns.set(field, c);
    headerText.set(field, text);
  });
  return { layout: { sheet, headerRow, columns }, diagnostics };
}

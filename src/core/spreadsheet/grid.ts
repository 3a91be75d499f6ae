/** A sheet as the importer reads it, whatever the file format: values plus which cells share a merge. */
import type { CellValue } from './cells.js';

export interface GridCell {
  value: CellValue;
  /** Address of the merge's top-left cell when this cell is part of a merged range. */
  mergeId?: string;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c] is sheet row r+1, column c+1. */
  rows: GridCell[][];
}

export function gridFromStrings(name: string, rows: readonly (readonly string[])[]): SheetGrid {
  return { name, rows: rows.map((r) => r.map((value) => ({ value: value === '' ? null : value }))) };
}

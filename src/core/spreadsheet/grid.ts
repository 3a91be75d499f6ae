/** A sheet as the importer reads it, whatever the file format: values plus which cells share a merge. */
import type { CellValue } from './cells.js';

export interface GridCell {
  value: CellValue;
  /** Address of the merge's top-left cell when this cell is part of a merged range. */
  mergeId?: string;
}

export interface SheetGrid {
  name: string;
  /** A sheet the workbook hides from its tabs ('veryHidden': only a macro can show it). */
  hidden?: 'hidden' | 'veryHidden';
  /** rows[r][c] is sheet row r+1, column c+1. */
  rows: GridCell[][];
}

const EMPTY: GridCell = Object.freeze({ value: null });
const EMPTY_ROW: GridCell[] = Object.freeze([]) as unknown as GridCell[];

export function gridFromStrings(name: string, rows: readonly (readonly string[])[]): SheetGrid {
  return { name, rows: rows.map((r) => (r.length === 0 ? EMPTY_ROW : r.map((value) => (value === '' ? EMPTY : { value })))) };
}

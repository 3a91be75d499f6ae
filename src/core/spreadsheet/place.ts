/** Where a spreadsheet problem is: the file, and the sheet cell as Excel names it (`台账!C7`). */
import { placeIn, problem, type Params, type Problem, type Severity } from '../../model/problem.js';
import { columnLetter } from './columns.js';

/** `Sheet1!C7`, quoting the sheet name the way Excel does when it holds spaces or punctuation. */
export function cellRef(sheet: string, row: number, column: number): string {
  return `${sheetRef(sheet)}!${columnLetter(column)}${row}`;
}

// the sheet last named, as written: the cells of one import are almost all on one sheet
let lastSheet: { sheet: string; ref: string } | undefined;
function sheetRef(sheet: string): string {
  if (lastSheet?.sheet !== sheet) lastSheet = { sheet, ref: /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'` };
  return lastSheet.ref;
}

export interface Place {
  file: string;
  sheet?: string;
  /** 1-based; 0 when the diagnostic is about the whole file or sheet. */
  row: number;
  column: number;
}

export function problemAt(place: Place, severity: Severity, code: string, params: Params = {}): Problem {
  const path = place.sheet !== undefined && place.row > 0 && place.column > 0 ? cellRef(place.sheet, place.row, place.column) : (place.sheet ?? '');
  return problem(code, placeIn(place.file, place.row, place.column, path), params, severity);
}


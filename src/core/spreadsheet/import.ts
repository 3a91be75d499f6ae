/**
 * Spreadsheet → Ledger. Reading the bytes is async (exceljs); everything after is a pure function
 * from grids to a ledger plus problems, so tests can feed grids directly.
 */
import type { Problem } from '../../model/problem.js';
import type { IsoDate, Ledger } from '../../model/ledger.js';
import { buildLedgerBody } from './build.js';
import type { ColumnMap } from './column-map.js';
import { decodeCsvBytes, parseCsv } from './csv.js';
import { gridFromStrings, type SheetGrid } from './grid.js';
import { groupRows } from './group.js';
import { findTable } from './header.js';
import { problemAt, type Place } from './place.js';
import { applyReportSheet, findReportSheet, readReportSheet, type PathPlaces } from './report-sheet.js';
import { scaffoldLedger } from './scaffold.js';
import { fillerFor } from './table.js';
import { readXlsx } from './xlsx-read.js';

export type SpreadsheetFormat = 'xlsx' | 'csv';

export interface ReadBook {
  sheets: SheetGrid[];
  /** The ledger YAML export stored in the hidden 台账信息 sheet, if any. */
  metaYaml?: string;
  format: SpreadsheetFormat;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The content decides the format, not the extension: people rename .csv files to .xlsx and back. */
export function sniffFormat(bytes: Uint8Array): SpreadsheetFormat | 'xls' {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) return 'xls';
  return 'csv';
}

/**
 * Whether a text is one of rectify's YAML files rather than a CSV: a line `rectify: 1`, `aspects:`
 * or `round:` at the start of a line, as no CSV's row is. One pass over the lines.
 */
function yamlKind(text: string): 'ledger' | 'summary' | undefined {
  let rectify = false;
  let kind: 'ledger' | 'summary' | undefined;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trimEnd();
    if (/^rectify:\s*\d+$/.test(line)) rectify = true;
    else if (line === 'aspects:') kind ??= 'ledger';
    else if (line === 'round:') kind = 'summary';
    start = end + 1;
  }
  return rectify ? (kind ?? 'ledger') : undefined;
}

/** A CSV has one sheet; Excel calls it after the file, so problems do too. */
export function csvSheetName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return base === '' || base === '-' || base === '<stdin>' ? 'Sheet1' : base;
}

export async function readSpreadsheet(
  bytes: Uint8Array,
  file: string,
): Promise<{ book?: ReadBook; problems: Problem[] }> {
  const format = sniffFormat(bytes);
  if (format === 'xls') return { problems: [problemAt({ file, row: 0, column: 0 }, 'error', 'unsupported-format')] };
  if (format === 'xlsx') {
    try {
      const wb = await readXlsx(bytes);
      return { book: { ...wb, format }, problems: [] };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { problems: [problemAt({ file, row: 0, column: 0 }, 'error', 'unreadable-file', { detail })] };
    }
  }
  const { text } = decodeCsvBytes(bytes);
  // `rectify import ledger.yaml`: the ledger itself, where its sheet belongs
  const yaml = yamlKind(text);
  if (yaml) return { problems: [problemAt({ file, row: 0, column: 0 }, 'error', 'yaml-not-sheet', { kind: yaml, file })] };
  // neither a workbook nor text: a damaged file, or another program's file renamed
  if (text.includes('\u0000')) return { problems: [problemAt({ file, row: 0, column: 0 }, 'error', 'unreadable-file', { detail: 'binary' })] };
  const parsed = parseCsv(text);
  const sheet = csvSheetName(file);
  const problems: Problem[] = [];
  if (parsed.unterminatedQuoteLine !== undefined) {
    problems.push(
      problemAt({ file, sheet, row: parsed.rows.length, column: 0 }, 'error', 'unterminated-quote'),
    );
  }
  return { book: { sheets: [gridFromStrings(sheet, parsed.rows)], format: 'csv' }, problems };
}

export interface GridImportOptions {
  file: string;
  /** Today, for the report date of a ledger built from a hand-made sheet. */
  today: IsoDate;
  map?: ColumnMap;
  /** The ledger the workbook was exported from (or is imported into), already validated. */
  meta?: Ledger;
  /** The report date given on the command line (`import --date`): wins over the sheet's. */
  date?: IsoDate;
}

export interface GridImportResult {
  ledger?: Ledger;
  problems: Problem[];
  /** Key paths the user must edit (placeholders), empty when the workbook carried its ledger. */
  toFill: string[];
  /** The cell each key path of the ledger came from (see placeOfPath). */
  places: PathPlaces;
  /** The 报告日期 cell, when the workbook has a 报告信息 sheet. */
  reportDateCell?: Place;
}

export function gridsToLedger(sheets: readonly SheetGrid[], options: GridImportOptions): GridImportResult {
  const { file } = options;
  const places: PathPlaces = new Map();
  // The 报告信息 sheet is read on its own, never taken for the table.
  const reportGrid = findReportSheet(sheets);
  const found = findTable(reportGrid ? sheets.filter((s) => s !== reportGrid) : sheets, file, options.map);
  const problems = [...found.problems];
  if (!found.layout) return { problems, toFill: [], places };
  const { layout } = found;
  const grouped = groupRows(layout, file);
  problems.push(...grouped.problems);
  const body = buildLedgerBody(grouped.aspects, {
    file,
    sheet: layout.sheet.name,
    columns: layout.columns,
    ...(options.meta ? { meta: options.meta } : {}),
  });
  problems.push(...body.problems);
  for (const [path, place] of body.places) places.set(path, place);
  if (body.aspects.length === 0) {
    const column = (layout.columns.get('measure') ?? 0) + 1;
    problems.push(
      problemAt({ file, sheet: layout.sheet.name, row: layout.headerRow + 2, column }, 'error', 'missing-measure'),
    );
  }
  const report = reportGrid ? readReportSheet(reportGrid, file) : undefined;
  if (report) problems.push(...report.problems);
  const reportDateCell = report?.facts.find((f) => f.fact.path === 'report.date')?.place;
  const done = (result: Omit<GridImportResult, 'places' | 'reportDateCell'>): GridImportResult => ({ ...result, places, ...(reportDateCell ? { reportDateCell } : {}) });
  if (problems.some((d) => d.severity === 'error')) return done({ problems, toFill: [] });

  const { aspects, people, units } = body;
  let ledger: Ledger;
  let toFill: string[] = [];
  if (options.meta) {
    ledger = { ...structuredClone(options.meta), aspects, people, units };
  } else {
    const scaffold = scaffoldLedger({ aspects, people, units }, options.date ?? options.today);
    ledger = scaffold.ledger;
    // what the 报告信息 sheet says need not be filled in
    const given = new Set((report?.facts ?? []).filter((f) => f.value !== undefined).map((f) => f.fact.path));
    toFill = scaffold.toFill.filter((key) => !given.has(key) && !(key === 'inspection.visit' && given.has('inspection.visit.from') && given.has('inspection.visit.to')));
    if (options.date !== undefined) toFill = toFill.filter((key) => key !== 'report.date');
  }
  if (report) ledger = applyReportSheet(ledger, report, options.meta ? fillerFor(options.meta) : (t) => t, places);
  if (options.date !== undefined) ledger.report.date = options.date;
  if (toFill.length > 0) problems.push(problemAt({ file, row: 0, column: 0 }, 'warning', 'fill-in', { keys: toFill.join('、') }));
  return done({ ledger, problems, toFill });
}

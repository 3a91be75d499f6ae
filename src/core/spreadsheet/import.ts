/**
 * Spreadsheet → Ledger. Reading the bytes is async (exceljs); everything after is a pure function
 * from grids to a ledger plus diagnostics, so tests can feed grids directly.
 */
import type { Problem } from '../../model/problem.js';
import type { IsoDate, Ledger } from '../../model/ledger.js';
import { buildLedgerBody } from './build.js';
import type { ColumnMap } from './column-map.js';
import { decodeCsvBytes, parseCsv, restoreFormula } from './csv.js';
import { gridFromStrings, type SheetGrid } from './grid.js';
import { groupRows, type RowAccount } from './group.js';
import { findTable } from './header.js';
import { problemAt, type Place } from './place.js';
import { PathPlaces } from './places.js';
import { applyReportSheet, findReportSheet, readReportSheet } from './report-sheet.js';
import { scaffoldLedger } from './scaffold.js';
import { MAX_COLUMNS, MAX_ROWS, parseCellRef, readXlsx, SheetTooLargeError, XlsxError, type XlsxLimits } from './xlsx-read.js';
import { ZipError } from '../zip/read.js';
import { XmlError } from '../xml/scan.js';
import { fillerFor } from './table.js';
import { pushAll } from '../../model/lists.js';

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

/**
 * Bytes of another kind renamed .csv: NULs throughout its start. One NUL in a cell (a paste from
 * some program) is text with a bad character, reported at its cell (xml-char), not a binary file.
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 65_536);
  let nuls = 0;
  for (let i = head.indexOf('\u0000'); i >= 0; i = head.indexOf('\u0000', i + 1)) nuls++;
  return nuls > 32 || (nuls >= 4 && nuls * 64 > head.length);
}

/** A CSV has one sheet; Excel calls it after the file, so problems do too. */
export function csvSheetName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return base === '' || base === '-' || base === '<stdin>' ? 'Sheet1' : base;
}

/** What one import may read: the file's bytes; zip parts inflate to 10 times that, a sheet holds a twentieth of it in cells (524,288 by default: some 47,000 rows of the 11 columns export writes). */
export interface SpreadsheetLimits {
  maxBytes: number;
}

export const DEFAULT_SPREADSHEET_LIMITS: SpreadsheetLimits = { maxBytes: 10 * 1024 * 1024 };

export function xlsxLimits(limits: SpreadsheetLimits): XlsxLimits {
  return { maxEntryBytes: limits.maxBytes * 10, maxCells: Math.max(1000, Math.floor(limits.maxBytes / 20)) };
}

export async function readSpreadsheet(
  bytes: Uint8Array,
  file: string,
  limits: SpreadsheetLimits = DEFAULT_SPREADSHEET_LIMITS,
): Promise<{ book?: ReadBook; problems: Problem[] }> {
  const format = sniffFormat(bytes);
  const whole = { file, row: 0, column: 0 };
  if (format === 'xls') return { problems: [problemAt(whole, 'error', 'unsupported-format')] };
  const bounds = xlsxLimits(limits);
  if (format === 'xlsx') {
    try {
      const wb = readXlsx(bytes, bounds);
      return { book: { ...wb, format }, problems: [] };
    } catch (e) {
      if (e instanceof ZipError && e.tooLarge) {
        return { problems: [problemAt(whole, 'error', 'entry-too-large', { entry: e.tooLarge.entry, max: e.tooLarge.limit, input: 'sheet' })] };
      }
      if (e instanceof SheetTooLargeError) {
        const at = e.cell.includes(':') ? e.cell.split(':')[0]! : e.cell;
        const ref = parseCellRef(at);
        const place = { file, sheet: e.sheet, row: Math.min(ref?.row ?? 0, MAX_ROWS), column: Math.min(ref?.column ?? 0, MAX_COLUMNS) };
        const found = problemAt(place, 'error', 'sheet-too-large', { reason: e.reason, limit: e.limit });
        // a merge is named by its whole range
        return { problems: [e.cell.includes(':') ? { ...found, place: { ...found.place, path: `${found.place.path.replace(/![A-Z]+[0-9]+$/, '')}!${e.cell}` } } : found] };
      }
      if (e instanceof ZipError || e instanceof XmlError || e instanceof XlsxError) {
        return { problems: [problemAt(whole, 'error', 'unreadable-file', { detail: e.message })] };
      }
      throw e;
    }
  }
  const { text } = decodeCsvBytes(bytes);
  // `rectify import ledger.yaml`: the ledger itself, where its sheet belongs
  const yaml = yamlKind(text);
  if (yaml) return { problems: [problemAt({ file, row: 0, column: 0 }, 'error', 'yaml-not-sheet', { kind: yaml, file })] };
  // neither a workbook nor text: a damaged file, or another program's file renamed
  if (looksBinary(text)) return { problems: [problemAt({ file, row: 0, column: 0 }, 'error', 'unreadable-file', { detail: 'binary' })] };
  const parsed = parseCsv(text, { trimTrailingEmpty: true, maxCells: bounds.maxCells });
  const sheet = csvSheetName(file);
  const problems: Problem[] = [];
  if (parsed.tooManyCells) {
    const { row, column } = parsed.tooManyCells;
    return { problems: [problemAt({ file, sheet, row, column: Math.min(column, MAX_COLUMNS) }, 'error', 'sheet-too-large', { reason: 'csv', limit: bounds.maxCells })] };
  }
  if (parsed.unterminatedQuoteLine !== undefined) {
    problems.push(problemAt({ file, sheet, row: parsed.rows.length, column: 0 }, 'error', 'unterminated-quote'));
  }
  // a cell export wrote with a `'` against formula injection reads back as typed (csv.ts)
  const rows = parsed.rows.map((row) => row.map(restoreFormula));
  return { book: { sheets: [gridFromStrings(sheet, rows)], format: 'csv' }, problems };
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
  /** The data rows read and what became of them, once a table was found. */
  rows?: RowAccount & { sheet: string };
  /** The cell each key path of the ledger came from (see placeOfPath). */
  places: PathPlaces;
  /** The 报告日期 cell, when the workbook has a 报告信息 sheet. */
  reportDateCell?: Place;
}

export function gridsToLedger(sheets: readonly SheetGrid[], options: GridImportOptions): GridImportResult {
  const { file } = options;
  let places = new PathPlaces();
  // The 报告信息 sheet is read on its own, never taken for the table.
  const reportGrid = findReportSheet(sheets);
  const found = findTable(reportGrid ? sheets.filter((s) => s !== reportGrid) : sheets, file, options.map);
  const problems = [...found.problems];
  if (!found.layout) return { problems, toFill: [], places };
  const { layout } = found;
  const grouped = groupRows(layout, file);
  pushAll(problems, grouped.problems);
  const rows = { ...grouped.rows, sheet: layout.sheet.name };
  const body = buildLedgerBody(grouped.aspects, {
    file,
    sheet: layout.sheet.name,
    columns: layout.columns,
    ...(options.meta ? { meta: options.meta } : {}),
  });
  pushAll(problems, body.problems);
  places = body.places;
  if (body.aspects.length === 0) {
    const column = (layout.columns.get('measure') ?? 0) + 1;
    problems.push(
      problemAt({ file, sheet: layout.sheet.name, row: layout.headerRow + 2, column }, 'error', 'missing-measure'),
    );
  }
  const report = reportGrid ? readReportSheet(reportGrid, file) : undefined;
  if (report) pushAll(problems, report.problems);
  const reportDateCell = report?.facts.find((f) => f.fact.path === 'report.date')?.place;
  const done = (result: Omit<GridImportResult, 'places' | 'reportDateCell' | 'rows'>): GridImportResult => ({ ...result, places, rows, ...(reportDateCell ? { reportDateCell } : {}) });
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

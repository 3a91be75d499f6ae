/**
 * The table as an .xlsx workbook a clerk works in: header frozen and repeated on every printed
 * page, widths set, A4 landscape, the cells of one issue merged, the status columns offering the
 * status words in a drop-down, dates as Excel dates. A visible 报告信息 sheet holds the report's
 * facts (its date among them) and key figures; a hidden sheet keeps the whole ledger as YAML so
 * import can restore what no sheet shows (overview, plans, ids, …).
 */
import { STATUSES } from '../../model/ledger.js';
import { statusLabel } from '../../model/status.js';
import { readDate } from './cells.js';
import { COLUMNS } from './columns.js';
import { INSPECTION_KINDS, METRIC_COLUMNS, METRICS_NOTE, METRICS_TITLE, REPORT_HEADER, REPORT_SHEET, STAGE_WORDS, type ReportSheetRow } from './report-sheet.js';
import type { LedgerTable } from './table.js';
import type { Metric } from '../../model/ledger.js';

/** Name of the sheet holding the ledger YAML; import recognises it by this name. */
export const META_SHEET = '台账信息';
export const TABLE_SHEET = '整改台账';
/** First cell of the meta sheet: tells a curious user what the sheet is for. */
export const META_NOTE =
  '# 本工作表由 rectify export 生成，保存整改台账表格中未列出的内容（报告、巡察信息、编号等），供 rectify import 还原。请勿编辑。';

const FONT = { name: '宋体', size: 11 } as const;
const DATE_FORMAT = 'yyyy-mm-dd';
/** Rows below the table that still get the status drop-downs, for rows a clerk adds. */
const SPARE_ROWS = 500;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;

export interface XlsxWriteOptions {
  /** Stamped as created/modified and on every zip entry, so the same ledger gives the same bytes. */
  date: Date;
  /** The whole ledger as YAML, for the hidden sheet; omitted → no hidden sheet. */
  metaYaml?: string;
  /** The 报告信息 sheet's rows; omitted → no such sheet. */
  report?: { facts: ReportSheetRow[]; metrics: Metric[] };
}

/** An Excel date for `YYYY-MM-DD` (a UTC midnight, which Excel shows as that day); other text as it is. */
function excelValue(text: string, isDate: boolean): string | Date | null {
  if (text === '') return null;
  if (!isDate) return text;
  const read = readDate(text);
  return read.ok && read.value !== undefined ? new Date(`${read.value}T00:00:00Z`) : text;
}

/** A drop-down of words; other text is allowed after a warning (the import reads every status word). */
function wordList(words: readonly string[], title: string) {
  return {
    type: 'list' as const,
    allowBlank: true,
    formulae: [`"${words.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning' as const,
    errorTitle: title,
    error: `请从下拉列表中选择：${words.join('、')}`,
  };
}

const STATUS_WORDS = STATUSES.map(statusLabel);

interface RangeValidations {
  dataValidations: { add(range: string, validation: import('exceljs').DataValidation): void };
}

/**
 * The workbook as exceljs zips it (entries stored). exceljs stamps each zip entry with the wall
 * clock: the caller repacks it with fixed entry dates (the host's zip), so the bytes depend on the
 * ledger alone (the workbook's own dates are options.date, set here).
 */
export async function tableToXlsx(table: LedgerTable, options: XlsxWriteOptions): Promise<Uint8Array> {
  const wb = await workbook(options.date);
  const ws = tableSheet(wb, TABLE_SHEET);
  ws.columns = COLUMNS.map((c) => ({ key: c.field, width: c.width }));
  styleHeader(ws, table.header);

  table.rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    values.forEach((value, c) => {
      const spec = COLUMNS[c];
      const cell = row.getCell(c + 1);
      cell.value = excelValue(value, spec?.date === true);
      if (spec?.date) cell.numFmt = DATE_FORMAT;
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = {
        vertical: 'middle',
        horizontal: spec?.width !== undefined && spec.width <= 12 ? 'center' : 'left',
        wrapText: true,
      };
    });
  });
  for (const m of table.merges) ws.mergeCells(m.top + 2, m.column + 1, m.bottom + 2, m.column + 1);
  const last = table.rows.length + 1 + SPARE_ROWS;
  COLUMNS.forEach((spec, c) => {
    const column = ws.getColumn(c + 1).letter;
    // one validation over the whole range (exceljs's typings leave the range form out); it makes no cells
    if (spec.status) (ws as unknown as RangeValidations).dataValidations.add(`${column}2:${column}${last}`, wordList(STATUS_WORDS, spec.header));
  });

  if (options.report) writeReportSheet(wb.addWorksheet(REPORT_SHEET), options.report);

  if (options.metaYaml !== undefined) {
    const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
    meta.getColumn(1).width = 120;
    const lines = [META_NOTE, ...options.metaYaml.replace(/\n$/, '').split('\n')];
    lines.forEach((line, i) => {
      // One YAML line per row keeps every cell far below Excel's 32767-character limit.
      meta.getCell(i + 1, 1).value = line;
    });
  }

  return zipped(wb);
}

/** One sheet of a plain workbook: a header row and rows of text or numbers. */
export interface PlainSheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
  /** Column widths in characters, one per header cell. */
  widths: readonly number[];
  /** Excel number formats by column (e.g. `0.00%`); none: as written. */
  formats?: readonly (string | undefined)[];
}

/**
 * Sheets as one workbook, laid out like the exported 整改台账 (a filter on each header row besides).
 * As tableToXlsx, the caller repacks the zip for reproducible bytes.
 */
export async function sheetsToXlsx(sheets: readonly PlainSheet[], options: { date: Date }): Promise<Uint8Array> {
  const wb = await workbook(options.date);
  for (const sheet of sheets) {
    const ws = tableSheet(wb, sheet.name);
    ws.columns = sheet.widths.map((width) => ({ width }));
    styleHeader(ws, sheet.header);
    sheet.rows.forEach((values, r) => {
      const row = ws.getRow(r + 2);
      values.forEach((value, c) => {
        const cell = row.getCell(c + 1);
        cell.value = value === '' ? null : value;
        cell.font = FONT;
        cell.border = BORDER;
        const format = sheet.formats?.[c];
        if (format !== undefined) cell.numFmt = format;
        cell.alignment = { vertical: 'middle', horizontal: typeof value === 'number' ? 'right' : 'left', wrapText: true };
      });
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } };
  }
  return zipped(wb);
}

type Workbook = InstanceType<(typeof import('exceljs'))['Workbook']>;

/**
 * The workbook's zip with every entry stored, not compressed: the caller repacks it anyway (the
 * host's zip, for reproducible bytes), and Node's zlib does there in a moment what exceljs's
 * deflate, written in JavaScript, takes most of a large workbook's time to do.
 */
export async function zipped(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<Workbook['xlsx']['writeBuffer']>[0])) as ArrayBuffer);
}
type Worksheet = ReturnType<Workbook['addWorksheet']>;

export async function workbook(date: Date): Promise<Workbook> {
  // Loaded on first use: exceljs and its dependencies cost every other command ~0.3 s of start-up.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'rectify';
  wb.lastModifiedBy = 'rectify';
  wb.created = date;
  wb.modified = date;
  return wb;
}

/**
 * A sheet that prints as a table: A4 landscape, fitted to the width, its header row (the last of
 * `headerRows`, under any title rows) frozen and on every page, page numbers.
 */
export function tableSheet(wb: Workbook, name: string, headerRows = 1): Worksheet {
  return wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRows, topLeftCell: `A${headerRows + 1}`, activeCell: `A${headerRows + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRows}:${headerRows}`,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
}

function styleHeader(ws: Worksheet, values: readonly string[]): void {
  const header = ws.getRow(1);
  header.values = [...values];
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
}

/** 报告信息: 项目 | 内容 | 说明, then the 关键数据 block. */
function writeReportSheet(ws: import('exceljs').Worksheet, report: { facts: ReportSheetRow[]; metrics: Metric[] }): void {
  ws.columns = [{ width: 20 }, { width: 50 }, { width: 60 }, { width: 10 }, { width: 10 }];
  const head = (row: import('exceljs').Row) =>
    row.eachCell((cell) => {
      cell.font = { ...FONT, bold: true };
      cell.border = BORDER;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    });
  const body = (cell: import('exceljs').Cell) => {
    cell.font = FONT;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: true };
  };
  head(ws.addRow([...REPORT_HEADER]));
  for (const fact of report.facts) {
    const row = ws.addRow([fact.label, fact.kind === 'date' ? excelValue(String(fact.value ?? ''), true) : fact.value, fact.note]);
    [1, 2, 3].forEach((c) => body(row.getCell(c)));
    const value = row.getCell(2);
    if (fact.kind === 'date') value.numFmt = DATE_FORMAT;
    if (fact.kind === 'stage') value.dataValidation = wordList(Object.values(STAGE_WORDS), fact.label);
    if (fact.kind === 'kind') value.dataValidation = wordList(INSPECTION_KINDS, fact.label);
  }
  ws.addRow([]);
  const title = ws.addRow([METRICS_TITLE, METRICS_NOTE]);
  title.getCell(1).font = { ...FONT, bold: true };
  title.getCell(2).font = FONT;
  head(ws.addRow(METRIC_COLUMNS.map((c) => c.header)));
  for (const m of report.metrics) {
    const row = ws.addRow([m.id, m.name, m.value, m.unit ?? null, m.target ?? null]);
    for (let c = 1; c <= METRIC_COLUMNS.length; c++) body(row.getCell(c));
  }
}

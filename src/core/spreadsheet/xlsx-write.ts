/**
 * The table as an .xlsx workbook a clerk works in: header frozen and repeated on every printed
 * page, widths set, A4 landscape, the cells of one issue merged, the status columns offering the
 * status words in a drop-down, dates as Excel dates. A visible 报告信息 sheet holds the report's
 * facts (its date among them) and key figures; a hidden sheet keeps the whole ledger as YAML so
 * import can restore what no sheet shows (overview, plans, ids, …).
 */
import { isRealDate } from '../../model/dates.js';
import { STATUSES } from '../../model/ledger.js';
import { statusLabel } from '../../model/status.js';
import { readDate } from './cells.js';
import { COLUMNS } from './columns.js';
import { INSPECTION_KINDS, METRIC_COLUMNS, METRICS_NOTE, METRICS_TITLE, REPORT_HEADER, REPORT_SHEET, STAGE_WORDS, type ReportSheetRow } from './report-sheet.js';
import type { LedgerTable } from './table.js';
import { cellXml, columnLetter, probeStyles, rowXml, SharedStrings, spliceSheet, XmlBytes, type XmlCellValue } from './sheet-xml.js';
import { readZip } from '../zip/read.js';
import { writeZip } from '../zip/write.js';
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
 * The workbook's bytes, final: every zip entry dated at the DOS epoch and the workbook's own dates
 * options.date, so the bytes depend on the ledger alone (no repacking needed; see core/zip).
 *
 * exceljs writes the workbook with the header rows and, where the rows go, one probe row of
 * styled empty cells (so that its styles table holds the rows' styles; their ids are read back
 * from that row) and an empty 台账信息; the table's rows, its merged ranges, the 关键数据 rows and
 * the YAML lines are then written into those sheets as exceljs writes cells (see sheet-xml.ts).
 */
export async function tableToXlsx(table: LedgerTable, options: XlsxWriteOptions): Promise<Uint8Array> {
  const wb = await workbook(options.date);
  const ws = tableSheet(wb, TABLE_SHEET);
  ws.columns = COLUMNS.map((c) => ({ key: c.field, width: c.width }));
  styleHeader(ws, table.header);
  const probe = ws.getRow(2);
  COLUMNS.forEach((spec, c) => {
    probe.getCell(c + 1).style = {
      ...(spec.date ? { numFmt: DATE_FORMAT } : {}),
      font: FONT,
      border: BORDER,
      alignment: { vertical: 'middle', horizontal: spec.width !== undefined && spec.width <= 12 ? 'center' : 'left', wrapText: true },
    };
  });
  const last = table.rows.length + 1 + SPARE_ROWS;
  COLUMNS.forEach((spec, c) => {
    const column = columnLetter(c + 1);
    // one validation over the whole range (exceljs's typings leave the range form out); it makes no cells
    if (spec.status) (ws as unknown as RangeValidations).dataValidations.add(`${column}2:${column}${last}`, wordList(STATUS_WORDS, spec.header));
  });

  const report = options.report ? wb.addWorksheet(REPORT_SHEET) : undefined;
  const metricsProbe = report && options.report ? writeReportSheet(report, options.report) : undefined;

  const meta = options.metaYaml === undefined ? undefined : wb.addWorksheet(META_SHEET, { state: 'hidden' });
  if (meta) meta.getColumn(1).width = 120;

  const entries = readZip(await zipped(wb), (name) => !name.endsWith('/'));
  const text = (name: string): string => {
    const data = entries[name];
    if (data === undefined) throw new Error(`exceljs wrote no ${name}`);
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  };
  const strings = new SharedStrings(text(SHARED_STRINGS));

  const tablePart = sheetPart(ws);
  const tableXml = text(tablePart);
  const tableRows = tableRowsXml(table, probeStyles(tableXml, 2, COLUMNS.length), strings);
  entries[tablePart] = spliceSheet(tableXml, 1, tableRows, table.rows.length + 1, mergesXml(table));

  if (report && metricsProbe !== undefined) {
    const part = sheetPart(report);
    const xml = text(part);
    const metrics = options.report!.metrics;
    const styles = probeStyles(xml, metricsProbe, METRIC_COLUMNS.length);
    const rows = new XmlBytes();
    metrics.forEach((m, k) => {
      const row = metricsProbe + k;
      const values: XmlCellValue[] = [m.id, m.name, m.value, m.unit ?? null, m.target ?? null];
      rows.add(rowXml(row, METRIC_COLUMNS.length, values.map((v, c) => cellXml(`${columnLetter(c + 1)}${row}`, styles[c]!, v, strings)).join('')));
    });
    entries[part] = spliceSheet(xml, metricsProbe - 1, rows, metricsProbe + metrics.length - 1);
  }

  if (meta) {
    const part = sheetPart(meta);
    // One YAML line per row keeps every cell far below Excel's 32767-character limit.
    const yaml = options.metaYaml!.replace(/\n$/, '');
    const rows = new XmlBytes();
    let row = 0;
    const line = (content: string) => {
      row += 1;
      rows.add(rowXml(row, 1, cellXml(`A${row}`, 0, content, strings)));
    };
    line(META_NOTE);
    for (let at = 0; at <= yaml.length; ) {
      const end = yaml.indexOf('\n', at);
      line(yaml.slice(at, end < 0 ? yaml.length : end));
      if (end < 0) break;
      at = end + 1;
    }
    entries[part] = spliceSheet(text(part), 0, rows, row);
  }
  entries[SHARED_STRINGS] = strings.bytes();
  // level 3: a 10 MB ledger makes some 90 MB of sheet XML, which level 6 takes four times as long
  // to pack for a file a tenth smaller
  return writeZip(Object.entries(entries).map(([name, data]) => ({ name, data })), { level: 3 });
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** Where exceljs writes a worksheet in the package. */
function sheetPart(ws: Worksheet): string {
  return `xl/worksheets/sheet${ws.id}.xml`;
}

/**
 * The table's rows from row 2: dates as Excel dates, text as shared strings, an empty cell styled
 * and empty; a cell under the top of a merged range empty and styled like its column, as exceljs
 * wrote the cells a merge covers.
 */
function tableRowsXml(table: LedgerTable, styles: readonly number[], strings: SharedStrings): XmlBytes {
  const width = COLUMNS.length;
  const covered = new Uint8Array(table.rows.length * width);
  for (const m of table.merges) for (let r = m.top + 1; r <= m.bottom; r++) covered[r * width + m.column] = 1;
  const letters = COLUMNS.map((_, c) => columnLetter(c + 1));
  const dates = COLUMNS.map((spec) => spec.date === true);
  const out = new XmlBytes();
  table.rows.forEach((values, r) => {
    const row = r + 2;
    let cells = '';
    values.forEach((value, c) => {
      const shown = covered[r * width + c] ? null : excelCell(value, dates[c] === true);
      cells += cellXml(`${letters[c]}${row}`, styles[c] ?? 0, shown, strings);
    });
    out.add(rowXml(row, width, cells));
  });
  return out;
}

/** The table's merged ranges, as the sheet lists them. */
function mergesXml(table: LedgerTable): string {
  if (table.merges.length === 0) return '';
  const ranges = table.merges.map((m) => {
    const column = columnLetter(m.column + 1);
    return `<mergeCell ref="${column}${m.top + 2}:${column}${m.bottom + 2}"/>`;
  });
  return `<mergeCells count="${ranges.length}">${ranges.join('')}</mergeCells>`;
}

/** A table cell as written: an Excel date serial for `YYYY-MM-DD` in a date column; other text as it is. */
function excelCell(text: string, isDate: boolean): XmlCellValue {
  // nearly every date of a table is already YYYY-MM-DD, which excelValue would read as itself
  if (isDate && isRealDate(text)) return excelSerial(new Date(`${text}T00:00:00Z`));
  const value = excelValue(text, isDate);
  return value instanceof Date ? excelSerial(value) : value;
}

/** Days since Excel's day 0 (1899-12-30) of a UTC midnight, as exceljs writes a date. */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
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
 * Sheets as one workbook, laid out like the exported 整改台账 (a filter on each header row besides),
 * as exceljs zips it: the caller repacks the zip for reproducible bytes.
 */
export async function sheetsToXlsx(sheets: readonly PlainSheet[], options: { date: Date }): Promise<Uint8Array> {
  const wb = await workbook(options.date);
  for (const sheet of sheets) {
    const ws = tableSheet(wb, sheet.name);
    ws.columns = sheet.widths.map((width) => ({ width }));
    styleHeader(ws, sheet.header);
    // one style object per column and alignment: exceljs looks a style object up once, not per cell
    const styles = new Map<string, Partial<ExcelStyle>>();
    const styleOf = (c: number, horizontal: 'left' | 'right'): Partial<ExcelStyle> => {
      const key = `${c}${horizontal}`;
      let style = styles.get(key);
      if (!style) {
        const format = sheet.formats?.[c];
        style = { ...(format !== undefined ? { numFmt: format } : {}), font: FONT, border: BORDER, alignment: { vertical: 'middle', horizontal, wrapText: true } };
        styles.set(key, style);
      }
      return style;
    };
    sheet.rows.forEach((values, r) => {
      const row = ws.getRow(r + 2);
      values.forEach((value, c) => {
        const cell = row.getCell(c + 1);
        cell.value = value === '' ? null : value;
        cell.style = styleOf(c, typeof value === 'number' ? 'right' : 'left');
      });
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } };
  }
  return zipped(wb);
}

type Workbook = InstanceType<(typeof import('exceljs'))['Workbook']>;
type ExcelStyle = import('exceljs').Style;

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
  // The Workbook's own module, not the package's entry: the entry loads the streaming reader and
  // writer too (unzipper, archiver), more than half of exceljs's start-up, which rectify never uses.
  const { default: Workbook } = await import('exceljs/lib/doc/workbook.js');
  const wb = new Workbook();
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

/**
 * 报告信息: 项目 | 内容 | 说明, then the 关键数据 block, its rows left to the caller: the number of
 * the row where they go, which holds a probe row of styled empty cells (see tableToXlsx), or
 * undefined when there are no key figures.
 */
function writeReportSheet(ws: import('exceljs').Worksheet, report: { facts: ReportSheetRow[]; metrics: Metric[] }): number | undefined {
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
  if (report.metrics.length === 0) return undefined;
  const probe = ws.addRow([]);
  for (let c = 1; c <= METRIC_COLUMNS.length; c++) body(probe.getCell(c));
  return probe.number;
}

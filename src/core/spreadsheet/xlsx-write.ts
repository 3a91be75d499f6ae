/**
 * The table as an .xlsx workbook: header frozen and repeated on every printed page, widths set, A4
 * landscape, the cells of one issue merged. A second, hidden sheet keeps the whole ledger as YAML so
 * import can restore what the table does not show (report, inspection, ids, …).
 */
import { COLUMNS } from './columns.js';
import type { LedgerTable } from './table.js';

/** Name of the sheet holding the ledger YAML; import recognises it by this name. */
export const META_SHEET = '台账信息';
export const TABLE_SHEET = '整改台账';
/** First cell of the meta sheet: tells a curious user what the sheet is for. */
export const META_NOTE =
  '# 本工作表由 rectify export 生成，保存整改台账表格中未列出的内容（报告、巡察信息、编号等），供 rectify import 还原。请勿编辑。';

const FONT = { name: '宋体', size: 11 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;

export interface XlsxWriteOptions {
  /** Stamped as created/modified and on every zip entry, so the same ledger gives the same bytes. */
  date: Date;
  /** The whole ledger as YAML, for the hidden sheet; omitted → no hidden sheet. */
  metaYaml?: string;
}

/**
 * The workbook as exceljs zips it. exceljs stamps each zip entry with the wall clock: the caller
 * repacks it with fixed entry dates (the host's zip), so the bytes depend on the ledger alone (the
 * workbook's own dates are options.date, set here).
 */
export async function tableToXlsx(table: LedgerTable, options: XlsxWriteOptions): Promise<Uint8Array> {
  // Loaded on first use: exceljs and its dependencies cost every other command ~0.3 s of start-up.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'rectify';
  wb.lastModifiedBy = 'rectify';
  wb.created = options.date;
  wb.modified = options.date;

  const ws = wb.addWorksheet(TABLE_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: '1:1',
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = COLUMNS.map((c) => ({ key: c.field, width: c.width }));

  const header = ws.getRow(1);
  header.values = table.header;
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });

  table.rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    // Dates stay text cells: YYYY-MM-DD reads the same in every locale and round-trips exactly.
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value === '' ? null : value;
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = {
        vertical: 'middle',
        horizontal: COLUMNS[c]?.width !== undefined && COLUMNS[c]!.width <= 12 ? 'center' : 'left',
        wrapText: true,
      };
    });
  });
  for (const m of table.merges) ws.mergeCells(m.top + 2, m.column + 1, m.bottom + 2, m.column + 1);

  if (options.metaYaml !== undefined) {
    const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
    meta.getColumn(1).width = 120;
    const lines = [META_NOTE, ...options.metaYaml.replace(/\n$/, '').split('\n')];
    lines.forEach((line, i) => {
      // One YAML line per row keeps every cell far below Excel's 32767-character limit.
      meta.getCell(i + 1, 1).value = line;
    });
  }

  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * A list as a workbook an office sends out (the 督办 list): a title row, a frozen header repeated on
 * every printed page, A4 landscape, dates as Excel dates. The words come from the caller; this
 * lays them out.
 */
import { readDate } from './cells.js';
import { tableSheet, workbook, zipped } from './xlsx-write.js';

/** Put into the 督办 list's file name: `ledger.督办清单.xlsx`. */
export const OVERDUE_LIST_NAME = '督办清单';

export interface ListSheet {
  /** Sheet name, and the title row above the header. */
  sheet: string;
  title: string;
  header: readonly string[];
  /** Widths in Excel character units, one per column. */
  widths: readonly number[];
  rows: readonly (readonly (string | number | null)[])[];
  /** Columns (0-based) holding YYYY-MM-DD dates. */
  dateColumns: readonly number[];
}

const FONT = { name: '宋体', size: 11 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;

/** The workbook as exceljs zips it; the caller repacks it for reproducible bytes (see tableToXlsx). */
export async function listToXlsx(list: ListSheet, date: Date): Promise<Uint8Array> {
  const wb = await workbook(date);
  // a title row above the header
  const ws = tableSheet(wb, list.sheet, 2);
  ws.columns = list.widths.map((width) => ({ width }));
  const title = ws.addRow([list.title]);
  title.height = 28;
  title.getCell(1).font = { ...FONT, size: 14, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.mergeCells(1, 1, 1, list.header.length);
  const header = ws.addRow([...list.header]);
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  const dates = new Set(list.dateColumns);
  // one style object per column: exceljs looks a style object up once, not per cell
  const styles = list.header.map((_, c) => ({
    ...(dates.has(c) ? { numFmt: 'yyyy-mm-dd' } : {}),
    font: FONT,
    border: BORDER,
    alignment: { vertical: 'middle', wrapText: true },
  }) as Partial<import('exceljs').Style>);
  for (const values of list.rows) {
    const row = ws.addRow(
      values.map((v, c) => {
        if (!dates.has(c) || typeof v !== 'string') return v;
        const d = readDate(v);
        return d.ok && d.value !== undefined ? new Date(`${d.value}T00:00:00Z`) : v;
      }),
    );
    for (let c = 1; c <= list.header.length; c++) row.getCell(c).style = styles[c - 1]!;
  }
  return zipped(wb);
}

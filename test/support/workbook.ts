/** A workbook edited as a person edits it in Excel: cells typed over, a row inserted inside an issue. */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

export async function editWorkbook(path: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  edit(wb);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

function parseRange(range: string): { left: number; top: number; right: number; bottom: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range)!;
  const col = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { left: col(m[1]!), top: Number(m[2]), right: col(m[3]!), bottom: Number(m[4]) };
}

/**
 * Insert a row at `at` (the row there and below move down), as Excel does: a merged range the new
 * row falls inside grows by one row; ranges below move down. (exceljs alone leaves merges where they were.)
 */
export function insertRow(ws: ExcelJS.Worksheet, at: number, values: (string | number | Date | null)[]): void {
  const merges = [...(ws.model.merges as string[])].map(parseRange);
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  ws.insertRow(at, values);
  for (const m of merges) {
    if (m.top < at && m.bottom >= at) m.bottom += 1;
    else if (m.top >= at) {
      m.top += 1;
      m.bottom += 1;
    }
    ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
}

/** Reads an .xlsx into grids (merged cells resolved to their top-left value) and the hidden ledger YAML. */
import type { CellValue } from './cells.js';
import type { GridCell, SheetGrid } from './grid.js';
import { META_NOTE, META_SHEET } from './xlsx-write.js';

export interface Workbook {
  sheets: SheetGrid[];
  /** The YAML export stored in the hidden sheet, when the workbook came from `rectify export`. */
  metaYaml?: string;
}

/** exceljs gives rich text, formulas and hyperlinks as objects; the importer wants what the cell shows. */
function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((part: { text?: string }) => part.text ?? '').join('');
    if ('result' in v) return plainValue(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  // Loaded on first use: exceljs and its dependencies cost every other command ~0.3 s of start-up.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: SheetGrid[] = [];
  let metaYaml: string | undefined;
  for (const ws of wb.worksheets) {
    if (ws.name === META_SHEET) {
      const lines: string[] = [];
      for (let r = 1; r <= ws.rowCount; r++) {
        const v = plainValue(ws.getCell(r, 1).value);
        lines.push(v === null ? '' : String(v));
      }
      if (lines[0] === META_NOTE) lines.shift();
      metaYaml = lines.join('\n') + '\n';
      continue;
    }
    const rows: GridCell[][] = [];
    const columns = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: GridCell[] = [];
      for (let c = 1; c <= columns; c++) {
        const cell = row.getCell(c);
        const value = plainValue(cell.value);
        cells.push(cell.isMerged ? { value, mergeId: cell.master.address } : { value });
      }
      rows.push(cells);
    }
    sheets.push({ name: ws.name, rows });
  }
  return metaYaml === undefined ? { sheets } : { sheets, metaYaml };
}

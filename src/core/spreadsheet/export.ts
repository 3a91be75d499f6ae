/** Ledger → spreadsheet bytes. Pure apart from exceljs's async zip writing. */
import type { Ledger } from '../../model/ledger.js';
import { placeIn, problem, type Problem } from '../../model/problem.js';
import { writeCsv } from './csv.js';
import type { SpreadsheetFormat } from './import.js';
import { reportSheetRows } from './report-sheet.js';
import { fillerFor, ledgerToTable } from './table.js';
import { tableToXlsx } from './xlsx-write.js';
import { ledgerToYaml } from './yaml-write.js';

export interface ExportOptions {
  /** Stamped into the workbook; pass SOURCE_DATE_EPOCH or the report date for reproducible bytes. */
  date: Date;
}

/**
 * xlsx carries the table, the 报告信息 sheet and, in a hidden sheet, the whole ledger (so import
 * restores it exactly); csv carries the table only, merged cells written out in every row they
 * cover (import it `--into` the ledger to keep the rest). Either comes as the file's final bytes:
 * the same ledger and date give the same bytes (see tableToXlsx).
 */
export async function ledgerToSpreadsheet(ledger: Ledger, format: SpreadsheetFormat, options: ExportOptions): Promise<Uint8Array> {
  const fill = fillerFor(ledger);
  const table = ledgerToTable(ledger, fill);
  if (format === 'csv') return writeCsv([table.header, ...table.rows]);
  return tableToXlsx(table, { date: options.date, metaYaml: ledgerToYaml(ledger), report: reportSheetRows(ledger, fill) });
}

/** Excel and WPS hold at most this many characters in a cell (and cut a longer CSV field there). */
export const MAX_CELL_CHARS = 32_767;

/**
 * Texts a spreadsheet cannot hold: longer than a cell may be. Each would be cut short when the
 * workbook is opened (and the hidden 台账信息 sheet keeps a YAML line per cell), so export refuses
 * them, named by their key path, rather than write a file that loses them.
 */
export function overlongTexts(ledger: Ledger, file: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.length > MAX_CELL_CHARS) problems.push(problem('cell-too-long', placeIn(file, 0, 0, path), { length: value.length, max: MAX_CELL_CHARS }));
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, path === '' ? k : `${path}.${k}`);
  };
  visit(ledger, '');
  return problems;
}

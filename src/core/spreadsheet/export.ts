/** Ledger → spreadsheet bytes. Pure apart from exceljs's async zip writing. */
import type { Ledger } from '../../model/ledger.js';
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
 * cover (import it `--into` the ledger to keep the rest). An xlsx comes as exceljs zipped it: the
 * caller repacks it for reproducible bytes (see tableToXlsx).
 */
export async function ledgerToSpreadsheet(ledger: Ledger, format: SpreadsheetFormat, options: ExportOptions): Promise<Uint8Array> {
  const table = ledgerToTable(ledger);
  if (format === 'csv') return writeCsv([table.header, ...table.rows]);
  return tableToXlsx(table, { date: options.date, metaYaml: ledgerToYaml(ledger), report: reportSheetRows(ledger, fillerFor(ledger)) });
}

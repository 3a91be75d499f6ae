/** Ledger → spreadsheet bytes. Pure apart from exceljs's async zip writing. */
import type { Ledger } from '../../model/ledger.js';
import { writeCsv } from './csv.js';
import type { SpreadsheetFormat } from './import.js';
import { ledgerToTable } from './table.js';
import { tableToXlsx } from './xlsx-write.js';
import { ledgerToYaml } from './yaml-write.js';

export interface ExportOptions {
  /** Stamped into the workbook; pass SOURCE_DATE_EPOCH or the report date for reproducible bytes. */
  date: Date;
}

/**
 * xlsx carries the table and, in a hidden sheet, the whole ledger (so import restores it exactly);
 * csv carries the table only, merged cells written out in every row they cover.
 */
export async function ledgerToSpreadsheet(ledger: Ledger, format: SpreadsheetFormat, options: ExportOptions): Promise<Buffer> {
  const table = ledgerToTable(ledger);
  if (format === 'csv') return writeCsv([table.header, ...table.rows]);
  return tableToXlsx(table, { date: options.date, metaYaml: ledgerToYaml(ledger) });
}

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the report date at midnight UTC. */
export function exportDate(ledger: Ledger, env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return new Date(`${ledger.report.date}T00:00:00Z`);
}

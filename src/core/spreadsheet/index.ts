/** Spreadsheet ledgers: export a Ledger to .xlsx/.csv and import a hand-made or exported sheet back. */
export { ledgerToSpreadsheet, type ExportOptions } from './export.js';
export {
  readSpreadsheet,
  gridsToLedger,
  sniffFormat,
  type ReadBook,
  type SpreadsheetFormat,
  type GridImportOptions,
  type GridImportResult,
} from './import.js';
export { parseColumnMap, type ColumnMap } from './column-map.js';
export { ledgerToTable, type LedgerTable } from './table.js';
export { ledgerToYaml, type YamlWriteOptions } from './yaml-write.js';
export { writeCsv, parseCsv, decodeCsvBytes } from './csv.js';
export { COLUMNS, HEADER_SYNONYMS, type Field } from './columns.js';
export type { SheetGrid, GridCell } from './grid.js';

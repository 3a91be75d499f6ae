export { expandLedgerArgs } from './ledger-args.js';
export { buildLedgers, workerEntry, type BuildLedgersOptions } from './pool.js';
export { progressBar, progressLine, SILENT_PROGRESS, type Progress } from './progress.js';
export { batchSummary } from './summary.js';
export type { BatchSettings } from './settings.js';

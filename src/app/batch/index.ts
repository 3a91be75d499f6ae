export { expandLedgerArgs } from './ledgers.js';
export { buildLedgers, workerEntry, type BuildLedgersOptions } from './pool.js';
export { progressBar, progressLine, SILENT_PROGRESS, type Progress } from './progress.js';
export { batchSummary } from './summary.js';

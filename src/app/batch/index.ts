export { expandLedgerArgs } from './ledgers.js';
export { buildLedgers, readUnitLedgers, runJobs, workerEntry, type BuildLedgersOptions, type Task } from './pool.js';
export { progressBar, progressLine, SILENT_PROGRESS, type Progress } from './progress.js';
export { batchSummary } from './summary.js';

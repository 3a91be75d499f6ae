/**
 * summary: many unit ledgers and a summary ledger → the round's figures, the summary report's view
 * and the office's workbook. Each unit's figures are derive's (unit.ts); the round adds them up
 * (round.ts). Pure: no clock, no I/O.
 */
export { summariseUnit, type OpenIssue, type UnitMetric, type UnitSummary } from './unit.js';
export { summariseRound, tallyOf, type GroupFigures, type RoundFigures, type RoundInput, type RoundOpenIssue, type SummedMetric, type Tally, type UnitRow } from './round.js';
export { sumDecimals } from './sum.js';
export { buildSummaryView, type SummaryView } from './view.js';
export { summarySheets, summaryWorkbook, METRICS_SHEET, PROGRESS_SHEET } from './workbook.js';

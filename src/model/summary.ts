import type { SummaryShape } from './summary-shape.js';
import type { Infer } from './shape.js';

/**
 * The summary ledger (summary.yaml) as later stages see it: validated, dates as `YYYY-MM-DD`,
 * defaults filled in. The types follow from its one description (summary-shape.ts).
 */
export type SummaryLedger = Infer<SummaryShape>;
export type Round = SummaryLedger['round'];
export type UnitGroup = Round['groups'][number];
export type SummaryMetric = SummaryLedger['metrics'][number];
export type SummaryText = NonNullable<SummaryLedger['text']>;

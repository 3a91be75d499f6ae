import { LEDGER } from '../../model/ledger-shape.js';
import { SUMMARY } from '../../model/summary-shape.js';
import type { SummaryLedger } from '../../model/summary.js';
import type { Ledger } from '../../model/ledger.js';
import { normalize } from '../../model/shape.js';
import { statusFromWord } from '../../model/status.js';

/**
 * The schema-valid raw value → the `Ledger` later stages read: fresh plain objects (no
 * prototype-less maps leak out), defaults filled, Chinese status words turned into their English
 * names. Only called on a value the schema accepted, so its shape is known.
 */
export function normalizeLedger(value: unknown): Ledger {
  return normalize(LEDGER, value, statusFromWord) as Ledger;
}

/** The same for a summary ledger: it has no statuses. */
export function normalizeSummary(value: unknown): SummaryLedger {
  return normalize(SUMMARY, value, statusFromWord) as SummaryLedger;
}

import { LEDGER } from '../../model/ledger-shape.js';
import { SUMMARY } from '../../model/summary-shape.js';
import type { SummaryLedger } from '../../model/summary.js';
import type { Ledger } from '../../model/ledger.js';
import { normalize } from '../../model/shape.js';
import { statusFromWord } from '../../model/status.js';
import { readDateText } from '../../model/dates.js';

/**
 * The schema-valid raw value → the `Ledger` later stages read: fresh plain objects (no
 * prototype-less maps leak out), defaults filled, Chinese status words turned into their English
 * names, dates as people write them (2023年12月1日) as `YYYY-MM-DD`. Only called on a value the schema accepted, so its shape is known.
 */
export function normalizeLedger(value: unknown): Ledger {
  return normalize(LEDGER, value, statusFromWord, readDateText) as Ledger;
}

/** The same for a summary ledger (it has no statuses; its dates are read the same way). */
export function normalizeSummary(value: unknown): SummaryLedger {
  return normalize(SUMMARY, value, statusFromWord, readDateText) as SummaryLedger;
}

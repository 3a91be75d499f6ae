import type { IsoDate } from '../model/ledger.js';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (positive when `to` is later); dates are calendar days, UTC. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

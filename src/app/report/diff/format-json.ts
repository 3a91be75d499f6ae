import { hasChanges, type LedgerDiff } from '../../../core/diff/ledger-diff.js';

/** Bump only when a field changes meaning or disappears; adding fields keeps the version. */
export const DIFF_JSON_VERSION = 1;

export interface DiffJson extends LedgerDiff {
  version: typeof DIFF_JSON_VERSION;
  changed: boolean;
}

export function buildDiffJson(diff: LedgerDiff): DiffJson {
  return { version: DIFF_JSON_VERSION, changed: hasChanges(diff), ...diff };
}

export function formatDiffJson(diff: LedgerDiff): string {
  return `${JSON.stringify(buildDiffJson(diff), null, 2)}\n`;
}

import type { IsoDate, Status } from '../../model/ledger.js';

/**
 * What changed between two reporting rounds of the same ledger. Pure data: the formatters in
 * `format-*.ts` turn it into text, and `--format json` prints it as is (with a version).
 *
 * Issues are matched by `id`. Measures are matched by their `id` when they have one; a measure
 * without an id is matched by its issue's id and its 1-based position among that issue's measures
 * (key `ISSUE#N`), so inserting an id-less measure in the middle shows as changes to the ones after
 * it. Give measures ids when their order may change between rounds.
 *
 * Statuses are the effective ones the report counts (`derive/status.ts`): an issue without a
 * status takes it from its measures, a measure without one takes its issue's.
 */
export interface LedgerDiff {
  old: RoundInfo;
  new: RoundInfo;
  issues: ItemChanges<IssueRef>;
  measures: ItemChanges<MeasureRef>;
  metrics: MetricChange[];
  /** Totals in each round, so a reader sees the movement at a glance. */
  totals: { old: RoundTotals; new: RoundTotals };
}

export interface RoundInfo {
  title: string;
  date: IsoDate;
}

export interface RoundTotals {
  issues: number;
  issuesDone: number;
  measures: number;
  measuresDone: number;
}

export interface ItemChanges<Ref> {
  /** Done now and not done (or absent) before: the headline of a reporting round. */
  newlyDone: Ref[];
  /** Every status change, including those that became done. */
  statusChanged: (Ref & { from: Status; to: Status })[];
  added: Ref[];
  removed: Ref[];
}

export interface IssueRef {
  id: string;
  /** The issue's title, or its aspect's title when the issue has none. */
  title: string;
  status: Status;
}

export interface MeasureRef {
  /** The measure's id, or `ISSUE#N` when it has none. */
  key: string;
  issueId: string;
  text: string;
  status: Status;
}

export type MetricChange =
  | { kind: 'changed'; id: string; name: string; unit?: string; from: number; to: number; delta: number }
  | { kind: 'added'; id: string; name: string; unit?: string; to: number }
  | { kind: 'removed'; id: string; name: string; unit?: string; from: number };

export function hasChanges(diff: LedgerDiff): boolean {
  const { issues, measures, metrics } = diff;
  return (
    issues.statusChanged.length + issues.added.length + issues.removed.length > 0 ||
    measures.statusChanged.length + measures.added.length + measures.removed.length > 0 ||
    metrics.length > 0
  );
}

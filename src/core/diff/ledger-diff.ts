import type { IsoDate, Status } from '../../model/ledger.js';

/**
 * What changed between two reporting rounds of the same ledger. Pure data: the formatters in
 * `app/report/diff/format-*.ts` turn it into text, and `--format json` prints it as is (with a version).
 *
 * Issues are matched by `id`. Measures are matched by their `id` when they have one; a measure
 * without an id is matched within its issue, by its text, else by its place among the measures
 * left (so an inserted measure is an addition, a reworded one a text change). It is named by its
 * issue's id and its 1-based position among that issue's measures (key `ISSUE#N`, in its own
 * round). Give measures ids when they move between issues.
 *
 * Statuses are the effective ones the report counts (`derive/status.ts`): an issue without a
 * status takes it from its measures, a measure without one takes its issue's. A measure's deadline,
 * completion date and owners are its own or, when it has none, its issue's: a change the measure
 * only inherits is told once, at the issue.
 *
 * The report date is the round's own and is shown as the rounds' dates, never as a change.
 */
export interface LedgerDiff {
  old: RoundInfo;
  new: RoundInfo;
  issues: ItemChanges<IssueRef>;
  measures: ItemChanges<MeasureRef>;
  metrics: MetricChange[];
  /** People and units added to or removed from the registers, or renamed. */
  people: RegisterChange[];
  units: RegisterChange[];
  /** The report's and the inspection's other facts (title, unit, stage, team, dates…). */
  facts: FactChange[];
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
  /** Items in both rounds whose deadline, completion date, text or people changed. */
  changed: (Ref & { changes: FieldChange[] })[];
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

/** A person or unit as the ledger names it. */
export interface Named {
  id: string;
  name: string;
}

/**
 * One field of an issue or measure that changed. `due`: `days` is how much later the new deadline
 * is (延期 when positive). Texts carry a short inline diff.
 */
export type FieldChange =
  | { field: 'due'; from?: IsoDate; to?: IsoDate; days?: number }
  | { field: 'done'; from?: IsoDate; to?: IsoDate }
  | { field: 'title' | 'text' | 'progress'; from?: string; to?: string; inline: InlineDiff }
  | { field: 'leader'; from?: Named; to?: Named }
  | { field: 'units' | 'owners'; added: Named[]; removed: Named[] }
  | { field: 'evidence'; added: string[]; removed: string[] };

/**
 * A text change in one span: what the two texts share before and after it (cut to a few
 * characters, `…` marking a cut), what was taken out and what was put in.
 */
export interface InlineDiff {
  before: string;
  removed: string;
  added: string;
  after: string;
}

export type RegisterChange =
  | { kind: 'added'; id: string; name: string; title?: string }
  | { kind: 'removed'; id: string; name: string; title?: string }
  | { kind: 'changed'; id: string; name: string; title?: string; from: { name: string; title?: string } };

export interface FactChange {
  /** Key path, e.g. `report.title`, `inspection.feedback`. */
  path: string;
  from?: string | number;
  to?: string | number;
}

export type MetricChange =
  | { kind: 'changed'; id: string; name: string; unit?: string; from: number; to: number; delta: number; target?: { from?: number; to?: number }; renamed?: string }
  | { kind: 'added'; id: string; name: string; unit?: string; to: number }
  | { kind: 'removed'; id: string; name: string; unit?: string; from: number };

export function hasChanges(diff: LedgerDiff): boolean {
  const { issues, measures, metrics } = diff;
  const items = (c: ItemChanges<unknown>) => c.statusChanged.length + c.added.length + c.removed.length + c.changed.length;
  return items(issues) + items(measures) + metrics.length + diff.people.length + diff.units.length + diff.facts.length > 0;
}

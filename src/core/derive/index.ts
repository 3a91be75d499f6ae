/**
 * derive: the validated ledger → every figure a template or a command needs. Numbers are computed
 * here and nowhere else; templates only choose wording from them. Pure: no clock, no I/O — "today"
 * is `report.date`.
 */
import type { IsoDate, Ledger, Metric, Status } from '../../model/ledger.js';
import { STATUSES } from '../../model/ledger.js';
import { daysBetween } from '../../model/dates.js';
import { rate, type Rate } from './rate.js';
import { issueStatus, measureStatus } from './status.js';

export { rate, type Rate } from './rate.js';
export { issueStatus, issueStatusFromMeasures, measureStatus } from './status.js';
export { daysBetween } from '../../model/dates.js';

export type StatusCounts = Record<Status, number>;

export interface NamedRef {
  id: string;
  /** The register's name, or the id itself when the register does not hold it. */
  name: string;
  title?: string;
}

export interface MeasureFacts {
  /** Key path in the ledger, e.g. `aspects[0].issues[1].measures[2]`. */
  path: string;
  id?: string;
  status: Status;
  overdue: boolean;
}

export interface IssueFacts {
  path: string;
  id: string;
  aspectIndex: number;
  status: Status;
  measures: MeasureFacts[];
  measuresByStatus: StatusCounts;
  overdue: boolean;
}

export interface AspectFacts {
  path: string;
  title: string;
  issues: number;
  measures: number;
  issuesByStatus: StatusCounts;
  measuresByStatus: StatusCounts;
  rate: Rate;
}

export interface OverdueItem {
  kind: 'issue' | 'measure';
  path: string;
  /** The issue's id (for a measure, the issue it belongs to). */
  issueId: string;
  measureId?: string;
  /** Issue title (or aspect title when the issue has none) or the measure text. */
  text: string;
  due: IsoDate;
  status: Status;
  daysOverdue: number;
}

export interface LoadEntry extends NamedRef {
  issues: number;
  measures: number;
  /** Issues and measures not done. */
  open: number;
  overdue: number;
}

export interface MetricFacts extends Metric {
  /** Where it is declared: `metrics[0]` or `aspects[0].issues[0].measures[1].metrics[0]`. */
  path: string;
  /** value ÷ target, when a target is set. */
  completion?: Rate;
}

export interface ReferralFacts {
  clues: number;
  petitions: number;
  text?: string;
  /** Anything was handed over, or there is text about it. */
  any: boolean;
}

export interface Facts {
  asOf: IsoDate;
  counts: { aspects: number; issues: number; measures: number };
  issuesByStatus: StatusCounts;
  measuresByStatus: StatusCounts;
  issuesDone: number;
  /** Issues not (yet) done, whatever their status: the report's 正在整改 figure. */
  issuesOpen: number;
  measuresDone: number;
  measuresOpen: number;
  allDone: boolean;
  /** Issue completion rate (问题整改完成率). */
  rate: Rate;
  measuresRate: Rate;
  aspects: AspectFacts[];
  issues: IssueFacts[];
  leaders: NamedRef[];
  units: NamedRef[];
  owners: NamedRef[];
  overdue: OverdueItem[];
  load: { leaders: LoadEntry[]; units: LoadEntry[]; owners: LoadEntry[] };
  metrics: MetricFacts[];
  referrals: ReferralFacts;
  /** Values for `{{name}}` placeholders in ledger prose, by name (`metrics.ID` included). */
  placeholders: Record<string, string>;
}

function zeroCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Ids in first-appearance order, so every list derived from the ledger has a stable order. */
class Tally {
  private readonly entries = new Map<string, { issues: number; measures: number; open: number; overdue: number }>();
  add(id: string, what: 'issues' | 'measures', open: boolean, overdue: boolean): void {
    const e = this.entries.get(id) ?? { issues: 0, measures: 0, open: 0, overdue: 0 };
    e[what] += 1;
    if (open) e.open += 1;
    if (overdue) e.overdue += 1;
    this.entries.set(id, e);
  }
  ids(): string[] {
    return [...this.entries.keys()];
  }
  load(resolve: (id: string) => NamedRef): LoadEntry[] {
    return [...this.entries].map(([id, e]) => ({ ...resolve(id), ...e }));
  }
}

/** Format a metric value for prose: as written, without grouping separators or exponent. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toFixed(0);
  // toString gives the shortest round-tripping form, e.g. 1234.56, never 1234.5600000001.
  const s = String(value);
  return s.includes('e') ? value.toFixed(10).replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** How many aspects, issues and measures a ledger lists: the one count every other figure and check uses. */
export function countOf(ledger: Pick<Ledger, 'aspects'>): Facts['counts'] {
  let issues = 0;
  let measures = 0;
  for (const aspect of ledger.aspects) {
    issues += aspect.issues.length;
    for (const issue of aspect.issues) measures += issue.measures.length;
  }
  return { aspects: ledger.aspects.length, issues, measures };
}

export function derive(ledger: Ledger): Facts {
  const asOf = ledger.report.date;
  const people = new Map(ledger.people.map((p) => [p.id, p]));
  const unitsById = new Map(ledger.units.map((u) => [u.id, u]));
  const person = (id: string): NamedRef => {
    const p = people.get(id);
    return p ? { id, name: p.name, ...(p.title !== undefined ? { title: p.title } : {}) } : { id, name: id };
  };
  const unit = (id: string): NamedRef => ({ id, name: unitsById.get(id)?.name ?? id });
  const isOverdue = (due: IsoDate | undefined, status: Status): boolean =>
    due !== undefined && status !== 'done' && due < asOf;

  const issuesByStatus = zeroCounts();
  const measuresByStatus = zeroCounts();
  const leaders = new Tally();
  const units = new Tally();
  const owners = new Tally();
  const aspects: AspectFacts[] = [];
  const issues: IssueFacts[] = [];
  const overdue: OverdueItem[] = [];
  const metrics: MetricFacts[] = ledger.metrics.map((m, i) => metricFacts(m, `metrics[${i}]`));

  ledger.aspects.forEach((aspect, a) => {
    const aspectIssues = zeroCounts();
    const aspectMeasures = zeroCounts();
    let aspectMeasureCount = 0;
    aspect.issues.forEach((issue, i) => {
      const path = `aspects[${a}].issues[${i}]`;
      const status = issueStatus(issue);
      const issueOverdue = isOverdue(issue.due, status);
      const open = status !== 'done';
      issuesByStatus[status] += 1;
      aspectIssues[status] += 1;
      if (issue.leader !== undefined) leaders.add(issue.leader, 'issues', open, issueOverdue);
      for (const u of issue.units) units.add(u, 'issues', open, issueOverdue);
      for (const o of issue.owners) owners.add(o, 'issues', open, issueOverdue);
      if (issueOverdue && issue.due !== undefined) {
        overdue.push({
          kind: 'issue',
          path,
          issueId: issue.id,
          text: issue.title ?? aspect.title,
          due: issue.due,
          status,
          daysOverdue: daysBetween(issue.due, asOf),
        });
      }
      const perIssue = zeroCounts();
      const measures: MeasureFacts[] = issue.measures.map((measure, k) => {
        const mPath = `${path}.measures[${k}]`;
        const mStatus = measureStatus(measure, issue);
        const mOverdue = isOverdue(measure.due, mStatus);
        measuresByStatus[mStatus] += 1;
        aspectMeasures[mStatus] += 1;
        perIssue[mStatus] += 1;
        aspectMeasureCount += 1;
        for (const o of measure.owners) owners.add(o, 'measures', mStatus !== 'done', mOverdue);
        measure.metrics.forEach((m, j) => metrics.push(metricFacts(m, `${mPath}.metrics[${j}]`)));
        if (mOverdue && measure.due !== undefined) {
          overdue.push({
            kind: 'measure',
            path: mPath,
            issueId: issue.id,
            ...(measure.id !== undefined ? { measureId: measure.id } : {}),
            text: measure.text,
            due: measure.due,
            status: mStatus,
            daysOverdue: daysBetween(measure.due, asOf),
          });
        }
        return { path: mPath, ...(measure.id !== undefined ? { id: measure.id } : {}), status: mStatus, overdue: mOverdue };
      });
      issues.push({
        path,
        id: issue.id,
        aspectIndex: a,
        status,
        measures,
        measuresByStatus: perIssue,
        overdue: issueOverdue,
      });
    });
    aspects.push({
      path: `aspects[${a}]`,
      title: aspect.title,
      issues: aspect.issues.length,
      measures: aspectMeasureCount,
      issuesByStatus: aspectIssues,
      measuresByStatus: aspectMeasures,
      rate: rate(aspectIssues.done, aspect.issues.length),
    });
  });

  const counts = countOf(ledger);
  const issuesDone = issuesByStatus.done;
  const measuresDone = measuresByStatus.done;
  const issueRate = rate(issuesDone, counts.issues);
  const measuresRate = rate(measuresDone, counts.measures);
  const referrals: ReferralFacts = {
    clues: ledger.referrals?.clues ?? 0,
    petitions: ledger.referrals?.petitions ?? 0,
    ...(ledger.referrals?.text !== undefined ? { text: ledger.referrals.text } : {}),
    any: false,
  };
  referrals.any = referrals.clues > 0 || referrals.petitions > 0 || (referrals.text ?? '') !== '';

  const leaderRefs = leaders.ids().map(person);
  const unitRefs = units.ids().map(unit);
  const ownerRefs = owners.ids().map(person);

  const placeholders: Record<string, string> = {
    aspects: String(counts.aspects),
    issues: String(counts.issues),
    measures: String(counts.measures),
    done: String(issuesDone),
    'in-progress': String(counts.issues - issuesDone),
    rate: issueRate.text,
    'measures-done': String(measuresDone),
    'measures-rate': measuresRate.text,
    leaders: String(leaderRefs.length),
    units: String(unitRefs.length),
    owners: String(ownerRefs.length),
    clues: String(referrals.clues),
    petitions: String(referrals.petitions),
  };
  for (const m of metrics) placeholders[`metrics.${m.id}`] = formatNumber(m.value);

  return {
    asOf,
    counts,
    issuesByStatus,
    measuresByStatus,
    issuesDone,
    issuesOpen: counts.issues - issuesDone,
    measuresDone,
    measuresOpen: counts.measures - measuresDone,
    allDone: counts.issues > 0 && issuesDone === counts.issues,
    rate: issueRate,
    measuresRate,
    aspects,
    issues,
    leaders: leaderRefs,
    units: unitRefs,
    owners: ownerRefs,
    overdue,
    load: { leaders: leaders.load(person), units: units.load(unit), owners: owners.load(person) },
    metrics,
    referrals,
    placeholders,
  };
}

function metricFacts(m: Metric, path: string): MetricFacts {
  return {
    ...m,
    path,
    ...(m.target !== undefined && m.target > 0 ? { completion: rate(m.value, m.target) } : {}),
  };
}

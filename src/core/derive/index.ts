/**
 * derive: the validated ledger → every figure a template or a command needs. Numbers are computed
 * here and nowhere else; templates only choose wording from them. Pure: no clock, no I/O — "today"
 * is `report.date`.
 */
import type { Issue, IsoDate, Ledger, Measure, Metric, Status, Subissue } from '../../model/ledger.js';
import { STATUSES } from '../../model/ledger.js';
import { daysBetween } from '../../model/dates.js';
import { rate, type Rate } from './rate.js';
import { issueStatus, measureStatus } from './status.js';
import { isOverdue, measureOwners } from './items.js';

export { rate, type Rate } from './rate.js';
export { issueStatus, issueStatusFromMeasures, measureStatus } from './status.js';
export { daysBetween } from '../../model/dates.js';
export { deadlines, type DeadlineItem } from './deadlines.js';
export { isOverdue, measureKey, measureOwners } from './items.js';

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
  /** The third level, each with its own measures. */
  subissues: IssueFacts[];
}

export interface AspectFacts {
  path: string;
  title: string;
  issues: number;
  measures: number;
  issuesByStatus: StatusCounts;
  measuresByStatus: StatusCounts;
  rate: Rate;
  /** The count placeholders with this aspect's figures, and `sum.NAME` over its metrics. */
  placeholders: Record<string, string>;
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
  /** Issues they answer for; measures under those issues (a leader's or unit's) or their own (an owner's). */
  issues: number;
  measures: number;
  /** Issues and measures not done. */
  open: number;
  openIssues: number;
  openMeasures: number;
  overdue: number;
}

export interface MetricFacts extends Metric {
  /** Where it is declared: `metrics[0]` or `aspects[0].issues[0].measures[1].metrics[0]`. */
  path: string;
  /** The value as the report prints it: as typed (`35435.70`), else its shortest form. */
  text: string;
  /** The aspect it is declared in, for `{{sum.NAME}}`; none for the top-level metrics. */
  aspectIndex?: number;
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
  counts: { aspects: number; issues: number; subissues: number; measures: number };
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
  private readonly entries = new Map<string, { issues: number; measures: number; open: number; openIssues: number; openMeasures: number; overdue: number }>();
  add(id: string, what: 'issues' | 'measures', open: boolean, overdue: boolean): void {
    const e = this.entries.get(id) ?? { issues: 0, measures: 0, open: 0, openIssues: 0, openMeasures: 0, overdue: 0 };
    e[what] += 1;
    if (open) {
      e.open += 1;
      if (what === 'issues') e.openIssues += 1;
      else e.openMeasures += 1;
    }
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
  // toString gives the shortest round-tripping form, e.g. 1234.56, never 1234.5600000001; an
  // exponent (1e+21, 1e-11) is written out, never printed or rounded away
  const s = String(value);
  return s.includes('e') ? (writtenOut(s) ?? s) : s;
}

/**
 * A number's digits written out, as typed: `1e21` → `1000000000000000000000`, `1.5e-3` → `0.0015`,
 * `+12.50` → `12.50`; undefined past 400 digits (nothing a report would print).
 */
export function writtenOut(token: string): string | undefined {
  const sign = token.startsWith('-') ? '-' : '';
  const bare = token.replace(/^[-+]/, '');
  const e = bare.search(/[eE]/);
  if (e < 0) return sign + (bare.startsWith('.') ? `0${bare}` : bare.endsWith('.') ? bare.slice(0, -1) : bare);
  const exponent = Number(bare.slice(e + 1));
  const mantissa = bare.slice(0, e);
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  let point = (dot < 0 ? mantissa.length : dot) + exponent;
  if (!Number.isSafeInteger(point) || Math.abs(point) > 400 || digits.length > 400) return undefined;
  let whole = digits;
  if (point <= 0) {
    whole = '0'.repeat(1 - point) + whole;
    point = 1;
  }
  if (point >= whole.length) whole += '0'.repeat(point - whole.length);
  const int = whole.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = whole.slice(point);
  return sign + (frac === '' ? int : `${int}.${frac}`);
}

/** How many aspects, issues and measures a ledger lists: the one count every other figure and check uses. */
export function countOf(ledger: Pick<Ledger, 'aspects'>): Facts['counts'] {
  let issues = 0;
  let subissues = 0;
  let measures = 0;
  for (const aspect of ledger.aspects) {
    issues += aspect.issues.length;
    for (const issue of aspect.issues) {
      measures += issue.measures.length;
      subissues += issue.subissues.length;
      for (const sub of issue.subissues) measures += sub.measures.length;
    }
  }
  return { aspects: ledger.aspects.length, issues, subissues, measures };
}

/** `{{done}}`, `{{measures-partial}}`, … and `{{open}}`: one count per status, for issues and measures. */
function statusPlaceholders(issues: StatusCounts, measures: StatusCounts): Record<string, string> {
  const out: Record<string, string> = {};
  let issuesOpen = 0;
  let measuresOpen = 0;
  for (const s of STATUSES) {
    out[s] = String(issues[s]);
    out[`measures-${s}`] = String(measures[s]);
    if (s !== 'done') {
      issuesOpen += issues[s];
      measuresOpen += measures[s];
    }
  }
  out.open = String(issuesOpen);
  out['measures-open'] = String(measuresOpen);
  return out;
}

/**
 * The sum of metric values typed with up to `d` decimals, with `d` decimals: computed on whole
 * units of 10^-d so 0.1 + 0.2 is 0.3, and printed as the addends were typed (`201783.20`).
 */
export function sumOf(texts: readonly string[]): string {
  const decimals = Math.max(0, ...texts.map((t) => (t.includes('.') ? t.length - t.indexOf('.') - 1 : 0)));
  const scale = 10 ** decimals;
  const total = texts.reduce((sum, t) => sum + Math.round(Number(t) * scale), 0);
  const sign = total < 0 ? '-' : '';
  const abs = Math.abs(total);
  if (decimals === 0) return `${sign}${abs}`;
  const whole = Math.floor(abs / scale);
  return `${sign}${whole}.${String(abs - whole * scale).padStart(decimals, '0')}`;
}

/** `{{sum.NAME}}` over several scopes' sums, each kept with the decimals it was typed with. */
function sumsOfSums(scopes: readonly Record<string, string>[]): Record<string, string> {
  const byName = new Map<string, string[]>();
  for (const scope of scopes) {
    for (const key in scope) {
      if (!key.startsWith('sum.')) continue;
      const list = byName.get(key);
      if (list) list.push(scope[key]!);
      else byName.set(key, [scope[key]!]);
    }
  }
  return Object.fromEntries([...byName].map(([key, texts]) => [key, sumOf(texts)]));
}

/** `{{sum.NAME}}` for every metric name among `metrics`. */
function sumPlaceholders(metrics: readonly MetricFacts[]): Record<string, string> {
  const byName = new Map<string, string[]>();
  for (const m of metrics) {
    const list = byName.get(m.name);
    if (list) list.push(m.text);
    else byName.set(m.name, [m.text]);
  }
  return Object.fromEntries([...byName].map(([name, texts]) => [`sum.${name}`, sumOf(texts)]));
}

export function derive(ledger: Ledger): Facts {
  return walkLedger(ledger, true);
}

/** The figures a round's summary adds up (core/summary/unit.ts): derive's, without the tallies by person and unit and the placeholders. */
export type Figures = Pick<Facts, 'asOf' | 'counts' | 'issuesByStatus' | 'measuresByStatus' | 'issuesDone' | 'issues' | 'overdue' | 'metrics'>;

/**
 * derive's figures only: the same walk and the same rules, skipping what only a report's text
 * needs (who leads and owns what, the placeholders), which is most of derive's work on a unit
 * ledger the summary reads among hundreds.
 */
export function deriveFigures(ledger: Ledger): Figures {
  return walkLedger(ledger, false);
}

function walkLedger(ledger: Ledger, full: true): Facts;
function walkLedger(ledger: Ledger, full: false): Figures;
function walkLedger(ledger: Ledger, full: boolean): Facts | Figures {
  const asOf = ledger.report.date;
  const typed = ledger.typed ?? {};
  const people = new Map(ledger.people.map((p) => [p.id, p]));
  const unitsById = new Map(ledger.units.map((u) => [u.id, u]));
  const person = (id: string): NamedRef => {
    const p = people.get(id);
    return p ? { id, name: p.name, ...(p.title !== undefined ? { title: p.title } : {}) } : { id, name: id };
  };
  const unit = (id: string): NamedRef => ({ id, name: unitsById.get(id)?.name ?? id });
  const overdueOn = (due: IsoDate | undefined, status: Status): boolean => isOverdue(due, status, asOf);
  // most ledgers type every number as it prints: no key to build for each metric
  const typedAt = ledger.typed === undefined ? () => undefined : (path: string) => typed[`${path}.value`];
  const metric = (m: Metric, path: string, aspectIndex?: number): MetricFacts => metricFacts(m, path, typedAt(path), aspectIndex);

  const issuesByStatus = zeroCounts();
  const measuresByStatus = zeroCounts();
  const leaders = new Tally();
  const units = new Tally();
  const owners = new Tally();
  const aspects: AspectFacts[] = [];
  const issues: IssueFacts[] = [];
  const overdue: OverdueItem[] = [];
  const metrics: MetricFacts[] = ledger.metrics.map((m, i) => metric(m, `metrics[${i}]`));

  ledger.aspects.forEach((aspect, a) => {
    const aspectIssues = zeroCounts();
    const aspectMeasures = zeroCounts();
    const aspectMetricsFrom = metrics.length;
    let aspectMeasureCount = 0;
    aspect.metrics.forEach((m, j) => metrics.push(metric(m, `aspects[${a}].metrics[${j}]`, a)));

    /** An issue or a sub-issue: its tallies, overdue items and measures. `inherited`: the parent's own status. */
    const visitIssue = (issue: Issue | Subissue, path: string, fallbackTitle: string, inherited: Status | undefined): IssueFacts => {
      const status = issueStatus(issue);
      const issueOverdue = overdueOn(issue.due, status);
      const open = status !== 'done';
      if (full) {
        if (issue.leader !== undefined) leaders.add(issue.leader, 'issues', open, issueOverdue);
        for (const u of issue.units) units.add(u, 'issues', open, issueOverdue);
        for (const o of issue.owners) owners.add(o, 'issues', open, issueOverdue);
      }
      for (let j = 0; j < issue.metrics.length; j++) metrics.push(metric(issue.metrics[j]!, `${path}.metrics[${j}]`, a));
      if (issueOverdue && issue.due !== undefined) {
        overdue.push({
          kind: 'issue',
          path,
          issueId: issue.id,
          text: issue.title ?? fallbackTitle,
          due: issue.due,
          status,
          daysOverdue: daysBetween(issue.due, asOf),
        });
      }
      const perIssue = zeroCounts();
      // a measure without a status takes its issue's, or (in a sub-issue) its parent's
      const explicit: Pick<Issue, 'status'> = issue.status !== undefined || inherited === undefined ? issue : { status: inherited };
      const measures: MeasureFacts[] = issue.measures.map((measure: Measure, k) => {
        const mPath = `${path}.measures[${k}]`;
        const mStatus = measureStatus(measure, explicit);
        const mOverdue = overdueOn(measure.due, mStatus);
        measuresByStatus[mStatus] += 1;
        aspectMeasures[mStatus] += 1;
        perIssue[mStatus] += 1;
        aspectMeasureCount += 1;
        // a measure counts for the leader and units of its issue, and for its owners (its own, else the issue's)
        const mOpen = mStatus !== 'done';
        if (full) {
          if (issue.leader !== undefined) leaders.add(issue.leader, 'measures', mOpen, mOverdue);
          for (const u of issue.units) units.add(u, 'measures', mOpen, mOverdue);
          for (const o of measureOwners(issue, measure)) owners.add(o, 'measures', mOpen, mOverdue);
        }
        for (let j = 0; j < measure.metrics.length; j++) metrics.push(metric(measure.metrics[j]!, `${mPath}.metrics[${j}]`, a));
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
      const subissues: IssueFacts[] = [];
      if ('subissues' in issue && issue.subissues.length > 0) {
        issue.subissues.forEach((sub, k) => subissues.push(visitIssue(sub, `${path}.subissues[${k}]`, issue.title ?? fallbackTitle, issue.status ?? inherited)));
        for (const sub of subissues) for (const s of STATUSES) perIssue[s] += sub.measuresByStatus[s];
      }
      return { path, id: issue.id, aspectIndex: a, status, measures, measuresByStatus: perIssue, overdue: issueOverdue, subissues };
    };

    aspect.issues.forEach((issue, i) => {
      const facts = visitIssue(issue, `aspects[${a}].issues[${i}]`, aspect.title, undefined);
      issuesByStatus[facts.status] += 1;
      aspectIssues[facts.status] += 1;
      issues.push(facts);
    });
    if (!full) return;
    const aspectRate = rate(aspectIssues.done, aspect.issues.length);
    aspects.push({
      path: `aspects[${a}]`,
      title: aspect.title,
      issues: aspect.issues.length,
      measures: aspectMeasureCount,
      issuesByStatus: aspectIssues,
      measuresByStatus: aspectMeasures,
      rate: aspectRate,
      placeholders: {
        issues: String(aspect.issues.length),
        subissues: String(aspect.issues.reduce((n, issue) => n + issue.subissues.length, 0)),
        measures: String(aspectMeasureCount),
        ...statusPlaceholders(aspectIssues, aspectMeasures),
        rate: aspectRate.text,
        'measures-rate': rate(aspectMeasures.done, aspectMeasureCount).text,
        ...sumPlaceholders(metrics.slice(aspectMetricsFrom)),
      },
    });
  });

  const counts = countOf(ledger);
  const issuesDone = issuesByStatus.done;
  if (!full) return { asOf, counts, issuesByStatus, measuresByStatus, issuesDone, issues, overdue, metrics };
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
    subissues: String(counts.subissues),
    measures: String(counts.measures),
    ...statusPlaceholders(issuesByStatus, measuresByStatus),
    rate: issueRate.text,
    'measures-rate': measuresRate.text,
    leaders: String(leaderRefs.length),
    units: String(unitRefs.length),
    owners: String(ownerRefs.length),
    clues: String(referrals.clues),
    petitions: String(referrals.petitions),
    // the top-level metrics are not summed (they are usually the totals themselves): the whole
    // ledger's sum of a name is the sum of its aspects' sums
    ...sumsOfSums(aspects.map((f) => f.placeholders)),
  };
  for (const m of metrics) placeholders[`metrics.${m.id}`] = m.text;

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

function metricFacts(m: Metric, path: string, typed: string | undefined, aspectIndex: number | undefined): MetricFacts {
  const facts: MetricFacts = { ...m, path, text: typed ?? formatNumber(m.value) };
  if (aspectIndex !== undefined) facts.aspectIndex = aspectIndex;
  if (m.target !== undefined && m.target > 0) facts.completion = rate(m.value, m.target);
  return facts;
}

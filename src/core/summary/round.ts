/**
 * The round's figures: the unit summaries (unit.ts, derive's figures of each ledger) matched to the
 * groups of summary.yaml and added up. Pure, and independent of the order the units come in: units
 * are placed in the order summary.yaml lists them, metric values are summed as exact decimals, and
 * every problem is sorted by file and place.
 */
import { STATUSES, type IsoDate, type Status } from '../../model/ledger.js';
import { findPlaceholders, isKnownSummaryPlaceholder } from '../../model/placeholders.js';
import { placeIn, problem, sortProblems, type Problem } from '../../model/problem.js';
import { walk, pathOf, type Node } from '../../model/shape.js';
import { SUMMARY } from '../../model/summary-shape.js';
import type { SummaryLedger } from '../../model/summary.js';
import { formatNumber, rate, type Rate, type StatusCounts } from '../derive/index.js';
import type { SourceMap } from '../load/index.js';
import { closest, listForHint } from '../validate/index.js';
import { sumDecimals } from './sum.js';
import type { OpenIssue, UnitSummary } from './unit.js';

/** Issue and measure figures, the same for a unit, a group and the whole round. */
export interface Tally {
  issues: number;
  measures: number;
  issuesByStatus: StatusCounts;
  measuresByStatus: StatusCounts;
  issuesDone: number;
  measuresDone: number;
  /** Issues not done, whatever their status. */
  issuesOpen: number;
  /** 基本完成 and 长期坚持: issues with results that go on being worked on. */
  continuing: number;
  rate: Rate;
  measuresRate: Rate;
  overdue: { issues: number; measures: number };
}

export interface UnitRow extends Tally {
  /** 1-based position in the round. */
  no: number;
  name: string;
  file: string;
  /** The kind of inspection of its group (常规巡察…). */
  group: string;
  reportDate: IsoDate;
}

export interface GroupFigures extends Tally {
  id: string | null;
  kind: string;
  label: string | null;
  /** The units summary.yaml lists in this group, in its order. */
  names: string[];
  /** How many units it lists (the round's own count, whether or not each one's ledger was counted). */
  listed: number;
  /** How many of them are counted in the figures. */
  counted: number;
}

export interface SummedMetric {
  id: string;
  name: string;
  value: number;
  unit: string | null;
  /** How many units report it. */
  units: number;
}

export interface RoundOpenIssue extends OpenIssue {
  /** The unit it belongs to. */
  unit: string;
}

export interface RoundFigures extends Tally {
  asOf: IsoDate;
  /** Units the round lists (summary.yaml's groups). */
  listed: number;
  /** Units counted (each with a valid ledger). */
  counted: number;
  /** Counted units with every issue done. */
  unitsDone: number;
  teams: number;
  groups: GroupFigures[];
  units: UnitRow[];
  /** summary.yaml's metrics first, in its order, then every other metric the units report. */
  metrics: SummedMetric[];
  open: RoundOpenIssue[];
  /** Values for `{{name}}` placeholders in summary.yaml's prose. */
  placeholders: Record<string, string>;
}

export interface RoundInput {
  summary: SummaryLedger;
  /** summary.yaml as the user named it, and where each of its values is written. */
  file: string;
  positions: SourceMap;
  /** The valid unit ledgers, in any order. */
  units: readonly UnitSummary[];
  /** Unit ledgers left out because they are invalid (`--allow-invalid`). */
  leftOut: number;
  asOf: IsoDate;
}

const zeroCounts = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

/** Add unit tallies up: every figure of a group or a round is a sum of its units' figures. */
export function tallyOf(units: readonly UnitSummary[]): Tally {
  const issuesByStatus = zeroCounts();
  const measuresByStatus = zeroCounts();
  let issues = 0;
  let measures = 0;
  let overdueIssues = 0;
  let overdueMeasures = 0;
  for (const u of units) {
    issues += u.counts.issues;
    measures += u.counts.measures;
    for (const s of STATUSES) {
      issuesByStatus[s] += u.issuesByStatus[s];
      measuresByStatus[s] += u.measuresByStatus[s];
    }
    overdueIssues += u.overdue.issues;
    overdueMeasures += u.overdue.measures;
  }
  return {
    issues,
    measures,
    issuesByStatus,
    measuresByStatus,
    issuesDone: issuesByStatus.done,
    measuresDone: measuresByStatus.done,
    issuesOpen: issues - issuesByStatus.done,
    continuing: issuesByStatus.partial + issuesByStatus.ongoing,
    rate: rate(issuesByStatus.done, issues),
    measuresRate: rate(measuresByStatus.done, measures),
    overdue: { issues: overdueIssues, measures: overdueMeasures },
  };
}

export function summariseRound(input: RoundInput): { figures?: RoundFigures; problems: Problem[] } {
  const { summary, file, positions } = input;
  const problems: Problem[] = [];
  const atSummary = (path: string, position = positions.valueAt(path)) => placeIn(file, position.line, position.column, path);
  // a unit ledger's place is its key path; the app finds its line and column (summariseUnit says why)
  const atUnit = (u: UnitSummary) => placeIn(u.file, 0, 0, 'inspection.target');
  const byFile = (a: UnitSummary, b: UnitSummary) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

  // ---- each unit ledger to its place in the round ----
  const byName = new Map<string, UnitSummary[]>();
  for (const u of input.units) {
    const same = byName.get(u.name);
    if (same) same.push(u);
    else byName.set(u.name, [u]);
  }
  for (const [name, same] of byName) {
    if (same.length < 2) continue;
    // the first by file name is "the" unit; the others are named, whatever order they were read in
    const [first, ...others] = [...same].sort(byFile);
    for (const u of others) problems.push(problem('duplicate-unit', atUnit(u), { name, where: 'ledgers', other: first!.file }));
  }
  const listedNames = summary.round.groups.flatMap((g) => g.units);
  const listed = new Set(listedNames);
  for (const u of input.units) {
    if (!listed.has(u.name)) problems.push(problem('unit-not-in-round', atUnit(u), { name: u.name, summary: file, closest: closest(u.name, listed) ?? '' }));
  }
  const unlisted = [...byName.keys()].filter((name) => !listed.has(name));
  const groups: { group: SummaryLedger['round']['groups'][number]; units: UnitSummary[] }[] = [];
  summary.round.groups.forEach((group, g) => {
    const units: UnitSummary[] = [];
    group.units.forEach((name, n) => {
      const found = byName.get(name);
      // of two ledgers for one unit (an error above), the first by file name stands for it
      if (found) units.push(found.length === 1 ? found[0]! : [...found].sort(byFile)[0]!);
      else {
        // a left-out (invalid) ledger may be the one this name means: then the round is short, not wrong
        problems.push(
          problem('unit-missing', atSummary(`round.groups[${g}].units[${n}]`), { name, leftOut: input.leftOut, closest: closest(name, unlisted) ?? '' }, input.leftOut > 0 ? 'warning' : 'error'),
        );
      }
    });
    groups.push({ group, units });
  });
  const ordered = groups.flatMap((g) => g.units);

  // ---- metrics: summed by id, in one unit of measure ----
  const metrics = sumMetrics(summary, ordered, problems, file);
  checkMetricReferences(summary, positions, new Set(metrics.map((m) => m.id)), problems, atSummary);

  if (problems.some((p) => p.severity === 'error')) return { problems: sortProblems(problems) };

  // ---- the figures ----
  const total = tallyOf(ordered);
  const groupFigures: GroupFigures[] = groups.map(({ group, units }) => ({
    ...tallyOf(units),
    id: group.id ?? null,
    kind: group.kind,
    label: group.label ?? null,
    names: [...group.units],
    listed: group.units.length,
    counted: units.length,
  }));
  const unitRows: UnitRow[] = [];
  for (const { group, units } of groups) {
    for (const u of units) unitRows.push({ ...tallyOf([u]), no: unitRows.length + 1, name: u.name, file: u.file, group: group.kind, reportDate: u.reportDate });
  }
  const figures: RoundFigures = {
    ...total,
    asOf: input.asOf,
    listed: listedNames.length,
    counted: ordered.length,
    unitsDone: ordered.filter((u) => u.counts.issues > 0 && u.issuesDone === u.counts.issues).length,
    teams: summary.round.teams.length,
    groups: groupFigures,
    units: unitRows,
    metrics,
    open: ordered.flatMap((u) => u.open.map((o) => ({ ...o, unit: u.name }))),
    placeholders: {},
  };
  figures.placeholders = placeholdersOf(figures);
  return { figures, problems: sortProblems(problems) };
}

/**
 * Each metric id summed over the units that report it. Its unit of measure must be the same
 * everywhere: summary.yaml's when it gives one, else the first unit's (in the round's order);
 * every unit that differs is named.
 */
function sumMetrics(
  summary: SummaryLedger,
  units: readonly UnitSummary[],
  problems: Problem[],
  file: string,
): SummedMetric[] {
  const declared = new Map(summary.metrics.map((m, i) => [m.id, { metric: m, index: i }]));
  const found = new Map<string, { unit: UnitSummary; metric: UnitSummary['metrics'][number] }[]>();
  for (const unit of units) {
    for (const metric of unit.metrics) {
      const reports = found.get(metric.id);
      if (reports) reports.push({ unit, metric });
      else found.set(metric.id, [{ unit, metric }]);
    }
  }

  const ids = [...summary.metrics.map((m) => m.id).filter((id) => found.has(id)), ...[...found.keys()].filter((id) => !declared.has(id))];
  return ids.map((id) => {
    const reports = found.get(id)!;
    const own = declared.get(id);
    const first = reports[0]!;
    const reference = own?.metric.unit !== undefined ? { unit: own.metric.unit, file } : { unit: first.metric.unit ?? '', file: first.unit.file };
    for (const { unit, metric } of reports) {
      if ((metric.unit ?? '') === reference.unit) continue;
      problems.push(problem('metric-unit-conflict', placeIn(unit.file, 0, 0, metric.path), { id, unit: metric.unit ?? '', expected: reference.unit, other: reference.file }));
    }
    return {
      id,
      name: own?.metric.name ?? first.metric.name,
      value: sumDecimals(reports.map((r) => r.metric.value)),
      unit: (own?.metric.unit ?? first.metric.unit) || null,
      units: reports.length,
    };
  });
}

/** summary.yaml's metrics and its `{{metrics.ID}}` placeholders name metrics some unit reports. */
function checkMetricReferences(
  summary: SummaryLedger,
  positions: SourceMap,
  summed: ReadonlySet<string>,
  problems: Problem[],
  atSummary: (path: string, position?: ReturnType<SourceMap['valueAt']>) => ReturnType<typeof placeIn>,
): void {
  const known = listForHint([...summed].sort());
  const unknown = (id: string, place: ReturnType<typeof placeIn>) => problems.push(problem('unknown-metric', place, { id, closest: closest(id, summed) ?? '', known }));
  summary.metrics.forEach((m, i) => {
    if (!summed.has(m.id)) unknown(m.id, atSummary(`metrics[${i}].id`));
  });
  const groupIds = new Set(summary.round.groups.flatMap((g) => (g.id !== undefined ? [g.id] : [])));
  walk(SUMMARY, summary, isProse, (value, _node, steps) => {
    const text = value as string;
    if (!text.includes('{{')) return;
    for (const use of findPlaceholders(text)) {
      if (!use.name.startsWith('metrics.') || isKnownSummaryPlaceholder(use.name, groupIds, summed)) continue;
      const path = pathOf(steps);
      unknown(use.name.slice('metrics.'.length), atSummary(path, positions.stringAt(path, use.offset)));
    }
  });
}

const isProse = (node: Node) => node.kind === 'text' && node.role === 'prose';

/** Every `{{name}}` of summary.yaml's prose, by name: the figures as the report writes them. */
function placeholdersOf(f: RoundFigures): Record<string, string> {
  const by = (s: Status) => String(f.issuesByStatus[s]);
  const values: Record<string, string> = {
    units: String(f.listed),
    groups: String(f.groups.length),
    teams: String(f.teams),
    issues: String(f.issues),
    measures: String(f.measures),
    done: String(f.issuesDone),
    'in-progress': String(f.issuesOpen),
    rate: f.rate.text,
    'measures-done': String(f.measuresDone),
    'measures-rate': f.measuresRate.text,
    partial: by('partial'),
    ongoing: by('ongoing'),
    'not-started': by('not-started'),
    continuing: String(f.continuing),
    'overdue-issues': String(f.overdue.issues),
    'overdue-measures': String(f.overdue.measures),
    'units-done': String(f.unitsDone),
  };
  for (const s of STATUSES) {
    values[`issues.${s}`] = String(f.issuesByStatus[s]);
    values[`measures.${s}`] = String(f.measuresByStatus[s]);
  }
  for (const g of f.groups) {
    if (g.id === null) continue;
    values[`groups.${g.id}.units`] = String(g.listed);
    values[`groups.${g.id}.issues`] = String(g.issues);
    values[`groups.${g.id}.done`] = String(g.issuesDone);
    values[`groups.${g.id}.rate`] = g.rate.text;
  }
  for (const m of f.metrics) values[`metrics.${m.id}`] = formatNumber(m.value);
  return values;
}

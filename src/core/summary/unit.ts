/**
 * One unit ledger, reduced to what the round's summary needs. Every figure is derive's (core/derive):
 * the summary adds units' figures up, it never counts a ledger again. The result is plain data, so
 * it crosses from a worker thread to the main thread as it is.
 */
import type { IsoDate, Ledger, Redaction, Status } from '../../model/ledger.js';
import { derive, type Facts, type StatusCounts } from '../derive/index.js';

/** An issue that is not done, as the office follows it up (督办). */
export interface OpenIssue {
  id: string;
  /** The issue's title, or its aspect's when it has none. */
  title: string;
  status: Exclude<Status, 'done'>;
  leader: string | null;
  units: string[];
  /** The issue's owners, then its measures' owners, each once. */
  owners: string[];
  due: IsoDate | null;
  /** Days past `due` as of the summary's date; null when not overdue. */
  daysOverdue: number | null;
}

export interface UnitMetric {
  id: string;
  name: string;
  value: number;
  unit: string | null;
  /** Key path in the unit ledger, for problems about it. */
  path: string;
}

export interface UnitSummary {
  /** The unit ledger as the user named it. */
  file: string;
  /** The inspected unit, `inspection.target`: how summary.yaml's groups name it. */
  name: string;
  reportDate: IsoDate;
  counts: Facts['counts'];
  issuesByStatus: StatusCounts;
  measuresByStatus: StatusCounts;
  issuesDone: number;
  overdue: { issues: number; measures: number };
  metrics: UnitMetric[];
  open: OpenIssue[];
  /** What its public version masks (its redact list and its people's names). */
  redact: Redaction[];
}

/**
 * `ledger` (valid), as of `asOf` (the summary's date: what is overdue on the day the office
 * reports). Problems about a unit name its key paths only: working out lines and columns costs
 * every ledger a second pass, and only the rare ledger with a problem needs one (the app finds
 * them then).
 */
export function summariseUnit(ledger: Ledger, file: string, asOf: IsoDate = ledger.report.date): UnitSummary {
  // derive takes "today" from report.date; moving that date is exactly what asOf asks (as stats --as-of does)
  const facts = derive({ ...ledger, report: { ...ledger.report, date: asOf } });
  const people = new Map(ledger.people.map((p) => [p.id, p.name]));
  const unitNames = new Map(ledger.units.map((u) => [u.id, u.name]));
  const person = (id: string) => people.get(id) ?? id;
  const daysOverdue = new Map(facts.overdue.filter((o) => o.kind === 'issue').map((o) => [o.path, o.daysOverdue]));

  const open: OpenIssue[] = [];
  // facts.issues follows the ledger's order: aspect by aspect, issue by issue
  let k = 0;
  for (const aspect of ledger.aspects) {
    for (const issue of aspect.issues) {
      const f = facts.issues[k++]!;
      if (f.status === 'done') continue;
      open.push({
        id: issue.id,
        title: issue.title ?? aspect.title,
        status: f.status,
        leader: issue.leader === undefined ? null : person(issue.leader),
        units: issue.units.map((u) => unitNames.get(u) ?? u),
        owners: [...new Set([...issue.owners, ...issue.measures.flatMap((m) => m.owners)])].map(person),
        due: issue.due ?? null,
        daysOverdue: daysOverdue.get(f.path) ?? null,
      });
    }
  }

  return {
    file,
    name: ledger.inspection.target,
    reportDate: ledger.report.date,
    counts: facts.counts,
    issuesByStatus: facts.issuesByStatus,
    measuresByStatus: facts.measuresByStatus,
    issuesDone: facts.issuesDone,
    overdue: {
      issues: facts.overdue.filter((o) => o.kind === 'issue').length,
      measures: facts.overdue.filter((o) => o.kind === 'measure').length,
    },
    metrics: facts.metrics.map((m) => ({ id: m.id, name: m.name, value: m.value, unit: m.unit ?? null, path: m.path })),
    open,
    redact: [...ledger.redact, ...ledger.people.map((p) => ({ text: p.name }))],
  };
}

import type { Params, Severity } from '../../model/problem.js';
import type { SourceMap, SourcePosition } from '../load/index.js';
import type { Issue, Ledger, Status } from '../../model/ledger.js';
import { findPlaceholders, isKnownPlaceholder, PLACEHOLDER_NAMES } from '../../model/placeholders.js';
import { closest, listForHint } from './closest.js';
import { isRealDate } from '../../model/dates.js';
import { effectiveIssueStatus } from '../../model/status.js';
import { codePointLabel, type StringScan } from './strings.js';

/** A semantic finding before wording. */
export interface RuleFinding {
  code: string;
  severity: Severity;
  path: string;
  position: SourcePosition;
  params: Params;
}

type Report = (code: string, path: string, params?: Params, severity?: Severity, position?: SourcePosition) => void;

function reporter(findings: RuleFinding[], positions: SourceMap): Report {
  return (code, path, params = {}, severity = 'error', position) => {
    findings.push({ code, severity, path, position: position ?? positions.valueAt(path), params });
  };
}

/** Characters XML cannot carry: checked on any loaded value, schema-valid or not. */
export function checkXmlCharacters(strings: StringScan, positions: SourceMap): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const report = reporter(findings, positions);
  for (const { text, path, index } of strings.xmlIllegal) {
    report('xml-char', path, { char: codePointLabel(text, index) }, 'error', positions.stringAt(path, index));
  }
  return findings;
}

/** Every rule of "What validation must catch" beyond the schema, on a schema-valid ledger. */
export function checkSemantics(ledger: Ledger, strings: StringScan, positions: SourceMap, asOf?: string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const report = reporter(findings, positions);
  const datesOk = checkDates(ledger, report);
  checkIds(ledger, positions, report);
  checkReferences(ledger, report);
  checkTitles(ledger, positions, report);
  checkPlaceholders(ledger, strings, positions, report);
  if (datesOk) checkDateOrder(ledger, report);
  checkDoneIssues(ledger, report);
  checkDeclared(ledger, report);
  if (datesOk) checkOverdue(ledger, asOf && isRealDate(asOf) ? asOf : ledger.report.date, report);
  return findings;
}

/*
 * The rules visit every issue, measure and date of a ledger that may hold thousands, and almost all
 * of them pass: their key paths are built only when one is reported.
 */

const issuePath = (a: number, i: number) => `aspects[${a}].issues[${i}]`;

function forEachIssue(ledger: Ledger, visit: (issue: Issue, a: number, i: number) => void): void {
  const aspects = ledger.aspects;
  for (let a = 0; a < aspects.length; a++) {
    const issues = aspects[a]!.issues;
    for (let i = 0; i < issues.length; i++) visit(issues[i]!, a, i);
  }
}

/**
 * A visitor is told where a value is by a path function and the indices it takes, rather than by a
 * closure per value: the visitors of these walks make no garbage for the values that pass.
 */
type PathOf = (a: number, i: number, k: number, n: number) => string;
type Visitor<T> = (value: T, path: PathOf, a: number, i: number, k: number, n: number) => void;

const fixedPath =
  (path: string): PathOf =>
  () =>
    path;
const REPORT_DATE = fixedPath('report.date');
const VISIT_FROM = fixedPath('inspection.visit.from');
const VISIT_TO = fixedPath('inspection.visit.to');
const FEEDBACK = fixedPath('inspection.feedback');
const ISSUE_DUE: PathOf = (a, i) => `${issuePath(a, i)}.due`;
const ISSUE_DONE: PathOf = (a, i) => `${issuePath(a, i)}.done`;
const MEASURE_DUE: PathOf = (a, i, k) => `${issuePath(a, i)}.measures[${k}].due`;
const MEASURE_DONE: PathOf = (a, i, k) => `${issuePath(a, i)}.measures[${k}].done`;

/** Every date field, in document order. */
function forEachDate(ledger: Ledger, visit: Visitor<string | undefined>): void {
  visit(ledger.report.date, REPORT_DATE, 0, 0, 0, 0);
  visit(ledger.inspection.visit.from, VISIT_FROM, 0, 0, 0, 0);
  visit(ledger.inspection.visit.to, VISIT_TO, 0, 0, 0, 0);
  visit(ledger.inspection.feedback, FEEDBACK, 0, 0, 0, 0);
  forEachIssue(ledger, (issue, a, i) => {
    visit(issue.due, ISSUE_DUE, a, i, 0, 0);
    visit(issue.done, ISSUE_DONE, a, i, 0, 0);
    const measures = issue.measures;
    for (let k = 0; k < measures.length; k++) {
      const m = measures[k]!;
      visit(m.due, MEASURE_DUE, a, i, k, 0);
      visit(m.done, MEASURE_DONE, a, i, k, 0);
    }
  });
}

/** The schema checks the shape; here the calendar. Returns whether all dates are real. */
function checkDates(ledger: Ledger, report: Report): boolean {
  let ok = true;
  forEachDate(ledger, (date, path, a, i, k, n) => {
    if (date !== undefined && !isRealDate(date)) {
      report('bad-date', path(a, i, k, n), { value: date });
      ok = false;
    }
  });
  return ok;
}

const ASPECT_ID: PathOf = (a) => `aspects[${a}].id`;
const ISSUE_ID: PathOf = (a, i) => `${issuePath(a, i)}.id`;
const MEASURE_ID: PathOf = (a, i, k) => `${issuePath(a, i)}.measures[${k}].id`;
const MEASURE_METRIC_ID: PathOf = (a, i, k, n) => `${issuePath(a, i)}.measures[${k}].metrics[${n}].id`;
const PERSON_ID: PathOf = (i) => `people[${i}].id`;
const UNIT_ID: PathOf = (i) => `units[${i}].id`;
const METRIC_ID: PathOf = (i) => `metrics[${i}].id`;

/** Every id of the ledger, in the order the duplicate check reports them. */
function forEachId(ledger: Ledger, visit: Visitor<string | undefined>): void {
  ledger.aspects.forEach((aspect, a) => visit(aspect.id, ASPECT_ID, a, 0, 0, 0));
  forEachIssue(ledger, (issue, a, i) => {
    visit(issue.id, ISSUE_ID, a, i, 0, 0);
    const measures = issue.measures;
    for (let k = 0; k < measures.length; k++) {
      const m = measures[k]!;
      visit(m.id, MEASURE_ID, a, i, k, 0);
      for (let n = 0; n < m.metrics.length; n++) visit(m.metrics[n]!.id, MEASURE_METRIC_ID, a, i, k, n);
    }
  });
  ledger.people.forEach((p, i) => visit(p.id, PERSON_ID, i, 0, 0, 0));
  ledger.units.forEach((u, i) => visit(u.id, UNIT_ID, i, 0, 0, 0));
  ledger.metrics.forEach((m, i) => visit(m.id, METRIC_ID, i, 0, 0, 0));
}

function checkIds(ledger: Ledger, positions: SourceMap, report: Report): void {
  // Counted first without paths; the paths of the (rare) repeated ids are gathered in a second pass.
  const counts = new Map<string, number>();
  let repeated = false;
  forEachId(ledger, (id) => {
    if (id === undefined) return;
    const count = (counts.get(id) ?? 0) + 1;
    counts.set(id, count);
    if (count > 1) repeated = true;
  });
  if (!repeated) return;
  const pathsById = new Map<string, string[]>();
  forEachId(ledger, (id, path, a, i, k, n) => {
    if (id === undefined || counts.get(id)! < 2) return;
    const paths = pathsById.get(id);
    if (paths) paths.push(path(a, i, k, n));
    else pathsById.set(id, [path(a, i, k, n)]);
  });
  // Report each later occurrence in the file, naming the first, whatever order the lists come in.
  for (const [id, paths] of pathsById) {
    if (paths.length < 2) continue;
    const located = paths.map((path) => ({ path, pos: positions.valueAt(path) })).sort((x, y) => x.pos.offset - y.pos.offset);
    const first = located[0]!.pos;
    for (const { path, pos } of located.slice(1)) report('duplicate-id', path, { id, firstLine: first.line }, 'error', pos);
  }
}

function checkReferences(ledger: Ledger, report: Report): void {
  const people = ledger.people.map((p) => p.id);
  const units = ledger.units.map((u) => u.id);
  const knownPeople = new Set(people);
  const knownUnits = new Set(units);
  const personRef = (id: string, path: string) => {
    if (!knownPeople.has(id)) {
      report('unknown-reference', path, {
        kind: 'person',
        id,
        register: 'people',
        closest: closest(id, people) ?? '',
        known: listForHint(people),
      });
    }
  };
  forEachIssue(ledger, (issue, a, i) => {
    const path = issuePath(a, i);
    if (issue.leader !== undefined) personRef(issue.leader, `${path}.leader`);
    issue.owners.forEach((o, k) => personRef(o, `${path}.owners[${k}]`));
    issue.units.forEach((u, k) => {
      if (!knownUnits.has(u)) {
        report('unknown-reference', `${path}.units[${k}]`, {
          kind: 'unit',
          id: u,
          register: 'units',
          closest: closest(u, units) ?? '',
          known: listForHint(units),
        });
      }
    });
    issue.measures.forEach((m, k) => m.owners.forEach((o, n) => personRef(o, `${path}.measures[${k}].owners[${n}]`)));
  });
}

/** An issue may go without a title only when it is its aspect's only issue. */
function checkTitles(ledger: Ledger, positions: SourceMap, report: Report): void {
  ledger.aspects.forEach((aspect, a) => {
    if (aspect.issues.length < 2) return;
    aspect.issues.forEach((issue, i) => {
      if (issue.title !== undefined) return;
      const path = `aspects[${a}].issues[${i}]`;
      report(
        'missing-key',
        path,
        { key: 'title', reason: 'several-issues' },
        'error',
        positions.keyAt(path),
      );
    });
  });
}

function checkPlaceholders(ledger: Ledger, strings: StringScan, positions: SourceMap, report: Report): void {
  if (strings.placeholders.length === 0) return;
  const metricIds = new Set<string>(ledger.metrics.map((m) => m.id));
  forEachIssue(ledger, (issue) => {
    for (const m of issue.measures) for (const x of m.metrics) metricIds.add(x.id);
  });
  const names = [...PLACEHOLDER_NAMES, ...[...metricIds].map((id) => `metrics.${id}`)];
  for (const { text, path } of strings.placeholders) {
    if (path.startsWith('redact')) continue;
    for (const use of findPlaceholders(text)) {
      if (isKnownPlaceholder(use.name, metricIds)) continue;
      const position = positions.stringAt(path, use.offset);
      if (use.name.startsWith('metrics.')) {
        const id = use.name.slice('metrics.'.length);
        report(
          'unknown-reference',
          path,
          { kind: 'metric', id, register: 'metrics', closest: closest(id, metricIds) ?? '', known: listForHint([...metricIds]) },
          'error',
          position,
        );
      } else {
        report('unknown-placeholder', path, { name: use.name, closest: closest(use.name, names) ?? '', known: listForHint(names, 20) }, 'error', position);
      }
    }
  }
}

function checkDateOrder(ledger: Ledger, report: Report): void {
  const { visit, feedback } = ledger.inspection;
  const reportDate = ledger.report.date;
  if (visit.from > visit.to) {
    report('date-order', 'inspection.visit.to', { rule: 'visit', date: visit.to, other: visit.from });
  }
  if (feedback < visit.to) {
    report('date-order', 'inspection.feedback', { rule: 'feedback', date: feedback, other: visit.to });
  }
  if (reportDate < feedback) {
    report('date-order', 'report.date', { rule: 'report', date: reportDate, other: feedback });
  }
  forEachDate(ledger, (date, path, a, i, k, n) => {
    if ((path === ISSUE_DONE || path === MEASURE_DONE) && date !== undefined && date > reportDate) {
      report('date-order', path(a, i, k, n), { rule: 'done', date, other: reportDate });
    }
  });
}

function checkDoneIssues(ledger: Ledger, report: Report): void {
  forEachIssue(ledger, (issue, a, i) => {
    if (issue.status !== 'done') return;
    const k = issue.measures.findIndex((m) => m.status !== undefined && m.status !== 'done');
    const open = issue.measures[k];
    if (!open?.status) return;
    report('done-with-open-measures', `${issuePath(a, i)}.status`, {
      measure: open.id ?? `#${k + 1}`,
      status: open.status,
    });
  });
}

function checkDeclared(ledger: Ledger, report: Report): void {
  const declared = ledger.inspection.declared;
  if (!declared) return;
  const issues = ledger.aspects.reduce((n, a) => n + a.issues.length, 0);
  const measures = ledger.aspects.reduce((n, a) => n + a.issues.reduce((k, i) => k + i.measures.length, 0), 0);
  const checks: [keyof typeof declared, number][] = [
    ['aspects', ledger.aspects.length],
    ['issues', issues],
    ['measures', measures],
  ];
  for (const [key, counted] of checks) {
    const value = declared[key];
    if (value !== undefined && value !== counted) {
      report('declared-mismatch', `inspection.declared.${key}`, { what: key, declared: value, counted }, 'warning');
    }
  }
}

function checkOverdue(ledger: Ledger, asOf: string, report: Report): void {
  const overdue = (status: Status) => status !== 'done';
  const late = (due: string | undefined) => due !== undefined && due < asOf;
  forEachIssue(ledger, (issue, a, i) => {
    // the status is worked out only for an issue with something past due
    if (!late(issue.due) && !issue.measures.some((m) => late(m.due))) return;
    const status = effectiveIssueStatus(issue);
    if (issue.due !== undefined && issue.due < asOf && overdue(status)) {
      report(
        'overdue',
        `${issuePath(a, i)}.due`,
        { item: 'issue', name: issue.id, due: issue.due, asOf, status },
        'warning',
      );
    }
    issue.measures.forEach((m, k) => {
      const measureStatus = m.status ?? status;
      if (m.due !== undefined && m.due < asOf && overdue(measureStatus)) {
        const name = m.id ?? `${issue.id} #${k + 1}`;
        report(
          'overdue',
          `${issuePath(a, i)}.measures[${k}].due`,
          { item: 'measure', name, due: m.due, asOf, status: measureStatus },
          'warning',
        );
      }
    });
  });
}

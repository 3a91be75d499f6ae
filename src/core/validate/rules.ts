import type { Params, Severity } from '../../model/problem.js';
import type { SourceMap, SourcePosition } from '../load/index.js';
import type { Issue, Ledger, Status } from '../../model/ledger.js';
import { LEDGER } from '../../model/ledger-shape.js';
import { countOf } from '../derive/index.js';
import { pathOf, walk, type Node, type Step, type TextRole } from '../../model/shape.js';
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
 * of them pass: their key paths are built only when one is reported. Which values are dates, ids
 * or references follows from the shape (model/ledger-shape.ts): a new date field is checked too.
 */

const issuePath = (a: number, i: number) => `aspects[${a}].issues[${i}]`;

function forEachIssue(ledger: Ledger, visit: (issue: Issue, a: number, i: number) => void): void {
  const aspects = ledger.aspects;
  for (let a = 0; a < aspects.length; a++) {
    const issues = aspects[a]!.issues;
    for (let i = 0; i < issues.length; i++) visit(issues[i]!, a, i);
  }
}

const isDate = (node: Node) => node.kind === 'date';
const isText = (role: TextRole) => (node: Node) => node.kind === 'text' && node.role === role;
const isId = isText('id');

/** Every date of the ledger, in document order. */
function forEachDate(ledger: Ledger, visit: (date: string, steps: readonly Step[]) => void): void {
  walk(LEDGER, ledger, isDate, (value, _node, steps) => visit(value as string, steps));
}

/** The schema checks the shape; here the calendar. Returns whether all dates are real. */
function checkDates(ledger: Ledger, report: Report): boolean {
  let ok = true;
  forEachDate(ledger, (date, steps) => {
    if (!isRealDate(date)) {
      report('bad-date', pathOf(steps), { value: date });
      ok = false;
    }
  });
  return ok;
}

function checkIds(ledger: Ledger, positions: SourceMap, report: Report): void {
  // Counted first without paths; the paths of the (rare) repeated ids are gathered in a second pass.
  const counts = new Map<string, number>();
  let repeated = false;
  walk(LEDGER, ledger, isId, (id) => {
    const count = (counts.get(id as string) ?? 0) + 1;
    counts.set(id as string, count);
    if (count > 1) repeated = true;
  });
  if (!repeated) return;
  const pathsById = new Map<string, string[]>();
  walk(LEDGER, ledger, isId, (value, _node, steps) => {
    const id = value as string;
    if (counts.get(id)! < 2) return;
    const paths = pathsById.get(id);
    if (paths) paths.push(pathOf(steps));
    else pathsById.set(id, [pathOf(steps)]);
  });
  // Report each later occurrence in the file, naming the first, whatever order the lists come in.
  for (const [id, paths] of pathsById) {
    const located = paths.map((path) => ({ path, pos: positions.valueAt(path) })).sort((x, y) => x.pos.offset - y.pos.offset);
    const first = located[0]!.pos;
    for (const { path, pos } of located.slice(1)) report('duplicate-id', path, { id, firstLine: first.line }, 'error', pos);
  }
}

/** Every person and unit a ledger refers to by id is in its register. */
function checkReferences(ledger: Ledger, report: Report): void {
  const registers = [
    { role: 'person' as const, kind: 'person', register: 'people', ids: ledger.people.map((p) => p.id) },
    { role: 'unit' as const, kind: 'unit', register: 'units', ids: ledger.units.map((u) => u.id) },
  ];
  for (const { role, kind, register, ids } of registers) {
    const known = new Set(ids);
    walk(LEDGER, ledger, isText(role), (value, _node, steps) => {
      const id = value as string;
      if (known.has(id)) return;
      report('unknown-reference', pathOf(steps), { kind, id, register, closest: closest(id, ids) ?? '', known: listForHint(ids) });
    });
  }
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
  // no date anything was done may be after the report
  forEachDate(ledger, (date, steps) => {
    if (steps[steps.length - 1] === 'done' && date > reportDate) report('date-order', pathOf(steps), { rule: 'done', date, other: reportDate });
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
  const counted = countOf(ledger);
  for (const key of ['aspects', 'issues', 'measures'] as const) {
    const value = declared[key];
    if (value !== undefined && value !== counted[key]) {
      report('declared-mismatch', `inspection.declared.${key}`, { what: key, declared: value, counted: counted[key] }, 'warning');
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

import type { Params, Severity } from '../../model/problem.js';
import type { SourceMap, SourcePosition } from '../load/index.js';
import type { Issue, Ledger, Status, Subissue } from '../../model/ledger.js';
import { LEDGER } from '../../model/ledger-shape.js';
import { countOf } from '../derive/index.js';
import { pathOf, walk, type Node, type Step, type TextRole } from '../../model/shape.js';
import { findPlaceholders, isKnownPlaceholder, PLACEHOLDER_NAMES, PLACEHOLDER_SOURCES, scopedNames } from '../../model/placeholders.js';
import { HEADING_PATTERN_NAMES, isNamedPattern } from '../../model/headings.js';
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

export type Report = (code: string, path: string, params?: Params, severity?: Severity, position?: SourcePosition) => void;

export function reporter(findings: RuleFinding[], positions: SourceMap): Report {
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
  const datesOk = checkDates(LEDGER, ledger, report);
  checkIds(LEDGER, ledger, positions, report);
  checkReferences(ledger, report);
  checkTitles(ledger, positions, report);
  checkPlaceholders(ledger, strings, positions, report);
  checkHeadingPatterns(ledger, report);
  if (datesOk) checkDateOrder(ledger, report);
  checkDoneIssues(ledger, report);
  checkDeclared(ledger, report);
  checkFinalStage(ledger, report);
  // judged on report.date, or on the day `stats --as-of` names (统计日期)
  if (datesOk) checkOverdue(ledger, asOf && isRealDate(asOf) ? { asOf, basis: 'as-of' } : { asOf: ledger.report.date, basis: 'report' }, report);
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

/** Every issue and sub-issue with its key path, and the status a measure without one inherits. */
function forEachIssueOrSubissue(ledger: Ledger, visit: (issue: Issue | Subissue, path: string, inherited: Status | undefined) => void): void {
  forEachIssue(ledger, (issue, a, i) => {
    const path = issuePath(a, i);
    visit(issue, path, undefined);
    issue.subissues.forEach((sub, k) => visit(sub, `${path}.subissues[${k}]`, issue.status));
  });
}

const isDate = (node: Node) => node.kind === 'date';
const isText = (role: TextRole) => (node: Node) => node.kind === 'text' && node.role === role;
const isId = isText('id');

/** Every date of a document of the shape `root`, in document order. */
function forEachDate(root: Node, document: unknown, visit: (date: string, steps: readonly Step[]) => void): void {
  walk(root, document, isDate, (value, _node, steps) => visit(value as string, steps));
}

/** The schema checks the shape; here the calendar. Returns whether all dates are real. */
export function checkDates(root: Node, document: unknown, report: Report): boolean {
  let ok = true;
  forEachDate(root, document, (date, steps) => {
    if (!isRealDate(date)) {
      report('bad-date', pathOf(steps), { value: date });
      ok = false;
    }
  });
  return ok;
}

/** Every id of the document (of the shape `root`) is unique in the whole document. */
export function checkIds(root: Node, document: unknown, positions: SourceMap, report: Report): void {
  // Counted first without paths; the paths of the (rare) repeated ids are gathered in a second pass.
  const counts = new Map<string, number>();
  let repeated = false;
  walk(root, document, isId, (id) => {
    const count = (counts.get(id as string) ?? 0) + 1;
    counts.set(id as string, count);
    if (count > 1) repeated = true;
  });
  if (!repeated) return;
  const pathsById = new Map<string, string[]>();
  walk(root, document, isId, (value, _node, steps) => {
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
  const metricIds = new Set<string>();
  const sumNames = new Set<string>();
  for (const m of ledger.metrics) metricIds.add(m.id);
  // only metrics inside the aspects are summed
  const inAspect = (metrics: readonly { id: string; name: string }[]) => {
    for (const m of metrics) {
      metricIds.add(m.id);
      sumNames.add(m.name);
    }
  };
  for (const aspect of ledger.aspects) inAspect(aspect.metrics);
  forEachIssueOrSubissue(ledger, (issue) => {
    inAspect(issue.metrics);
    for (const m of issue.measures) inAspect(m.metrics);
  });
  const absent = new Set<string>(['visit', 'feedback'].filter((key) => ledger.inspection[key as 'visit' | 'feedback'] === undefined));
  for (const { text, path } of strings.placeholders) {
    if (path.startsWith('redact')) continue;
    for (const use of findPlaceholders(text)) {
      // positions and the list of names are looked up only for a use that is reported
      const position = () => positions.stringAt(path, use.offset);
      if (isKnownPlaceholder(use.name, metricIds, path, sumNames)) {
        const source = PLACEHOLDER_SOURCES[use.name];
        if (source !== undefined && absent.has(source)) report('placeholder-without-value', path, { name: use.name, key: `inspection.${source}` }, 'error', position());
        continue;
      }
      if (use.name.startsWith('metrics.')) {
        const id = use.name.slice('metrics.'.length);
        report(
          'unknown-reference',
          path,
          { kind: 'metric', id, register: 'metrics', closest: closest(id, metricIds) ?? '', known: listForHint([...metricIds]) },
          'error',
          position(),
        );
      } else {
        const names = [...PLACEHOLDER_NAMES, ...scopedNames(path), ...[...metricIds].map((id) => `metrics.${id}`), ...[...sumNames].map((n) => `sum.${n}`)];
        report('unknown-placeholder', path, { name: use.name, closest: closest(use.name, names) ?? '', known: listForHint(names, 20) }, 'error', position());
      }
    }
  }
}

/** A heading pattern is a named one, or the ledger's own, which must print the title. */
function checkHeadingPatterns(ledger: Ledger, report: Report): void {
  const headings = ledger.report.headings;
  if (!headings) return;
  // the aspects are the parts: part two has no heading of its own, and a text given for it would vanish
  if (headings.aspects_as_parts && typeof ledger.report.parts?.issues === 'string') {
    report('unused-part-heading', 'report.parts.issues', { value: ledger.report.parts.issues }, 'warning');
  }
  for (const level of ['aspect', 'issue', 'subissue'] as const) {
    const pattern = headings[level];
    if (typeof pattern !== 'string') continue;
    const path = `report.headings.${level}`;
    if (isNamedPattern(pattern)) {
      if (!(HEADING_PATTERN_NAMES as readonly string[]).includes(pattern)) {
        report('bad-heading-pattern', path, { rule: 'name', value: pattern, closest: closest(pattern, HEADING_PATTERN_NAMES) ?? '', names: HEADING_PATTERN_NAMES.join(', ') });
      }
    } else if (!findPlaceholders(pattern).some((use) => use.name === 'title')) {
      report('bad-heading-pattern', path, { rule: 'no-title', value: pattern, closest: '', names: HEADING_PATTERN_NAMES.join(', ') });
    }
  }
}

/**
 * 进驻开始 ≤ 进驻结束 ≤ 反馈 ≤ 报告: the order of an inspection's dates, in a unit ledger
 * (`inspection`) and in a summary ledger (`round`) alike. An audit may give neither the visit nor
 * the feedback; a missing one is the schema's to report.
 */
export function checkVisitOrder(at: 'inspection' | 'round', dates: { visit?: { from: string; to: string } | undefined; feedback?: string | undefined; report: string }, report: Report): void {
  const { visit, feedback } = dates;
  if (visit && visit.from > visit.to) {
    report('date-order', `${at}.visit.to`, { rule: 'visit', date: visit.to, other: visit.from });
  }
  if (visit && feedback !== undefined && feedback < visit.to) {
    report('date-order', `${at}.feedback`, { rule: 'feedback', date: feedback, other: visit.to });
  }
  if (feedback !== undefined && dates.report < feedback) {
    report('date-order', 'report.date', { rule: 'report', date: dates.report, other: feedback });
  }
}

function checkDateOrder(ledger: Ledger, report: Report): void {
  const reportDate = ledger.report.date;
  checkVisitOrder('inspection', { ...ledger.inspection, report: reportDate }, report);
  // no date anything was done may be after the report
  forEachDate(LEDGER, ledger, (date, steps) => {
    if (steps[steps.length - 1] === 'done' && date > reportDate) report('date-order', pathOf(steps), { rule: 'done', date, other: reportDate });
  });
}

function checkDoneIssues(ledger: Ledger, report: Report): void {
  forEachIssueOrSubissue(ledger, (issue, path) => {
    if (issue.status !== 'done') return;
    const k = issue.measures.findIndex((m) => m.status !== undefined && m.status !== 'done');
    const open = issue.measures[k];
    if (open?.status) {
      report('done-with-open-measures', `${path}.status`, { measure: open.id ?? `#${k + 1}`, status: open.status });
      return;
    }
    if (!('subissues' in issue)) return;
    const sub = issue.subissues.find((s) => effectiveIssueStatus(s) !== 'done');
    if (sub) report('done-with-open-measures', `${path}.status`, { measure: sub.id, status: effectiveIssueStatus(sub) });
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

/** A final report (整改完成情况) says every issue is rectified: an open one must not pass unnoticed. */
function checkFinalStage(ledger: Ledger, report: Report): void {
  if (ledger.report.stage !== 'final') return;
  const open: string[] = [];
  forEachIssue(ledger, (issue) => {
    if (effectiveIssueStatus(issue) !== 'done') open.push(issue.id);
  });
  if (open.length > 0) report('final-with-open-issues', 'report.stage', { count: open.length, ids: listForHint(open, 5) }, 'warning');
}

function checkOverdue(ledger: Ledger, { asOf, basis }: { asOf: string; basis: 'as-of' | 'report' }, report: Report): void {
  const overdue = (status: Status) => status !== 'done';
  const late = (due: string | undefined) => due !== undefined && due < asOf;
  forEachIssueOrSubissue(ledger, (issue, path, inherited) => {
    // the status is worked out only for an issue with something past due
    if (!late(issue.due) && !issue.measures.some((m) => late(m.due))) return;
    const status = effectiveIssueStatus(issue);
    if (issue.due !== undefined && issue.due < asOf && overdue(status)) {
      report('overdue', `${path}.due`, { item: 'issue', name: issue.id, due: issue.due, asOf, basis, status }, 'warning');
    }
    issue.measures.forEach((m, k) => {
      const measureStatus = m.status ?? issue.status ?? inherited ?? status;
      if (m.due !== undefined && m.due < asOf && overdue(measureStatus)) {
        const name = m.id ?? `${issue.id} #${k + 1}`;
        report('overdue', `${path}.measures[${k}].due`, { item: 'measure', name, due: m.due, asOf, basis, status: measureStatus }, 'warning');
      }
    });
  });
}

import type { Severity } from '../diagnostics/diagnostic.js';
import type { SourceMap, SourcePosition } from '../load/index.js';
import type { Issue, Ledger, Status } from '../model/ledger.js';
import { findPlaceholders, isKnownPlaceholder, PLACEHOLDER_NAMES } from '../model/placeholders.js';
import { closest, listForHint } from './closest.js';
import { isRealDate } from './dates.js';
import type { Params } from './messages.js';
import { effectiveIssueStatus, statusLabel } from './status.js';
import { codePointLabel, firstXmlIllegal, forEachString } from './strings.js';

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
export function checkXmlCharacters(value: unknown, positions: SourceMap): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const report = reporter(findings, positions);
  forEachString(value, (text, pathOf) => {
    const bad = firstXmlIllegal(text);
    if (bad < 0) return;
    const path = pathOf();
    report('xml-char', path, { char: codePointLabel(text, bad) }, 'error', positions.stringAt(path, bad));
  });
  return findings;
}

/** Every rule of "What validation must catch" beyond the schema, on a schema-valid ledger. */
export function checkSemantics(ledger: Ledger, raw: unknown, positions: SourceMap, asOf?: string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const report = reporter(findings, positions);
  const datesOk = checkDates(ledger, report);
  checkIds(ledger, positions, report);
  checkReferences(ledger, report);
  checkTitles(ledger, positions, report);
  checkPlaceholders(ledger, raw, positions, report);
  if (datesOk) checkDateOrder(ledger, report);
  checkDoneIssues(ledger, report);
  checkDeclared(ledger, report);
  if (datesOk) checkOverdue(ledger, asOf && isRealDate(asOf) ? asOf : ledger.report.date, report);
  return findings;
}

function* issuesWithPaths(ledger: Ledger): Generator<[Issue, string]> {
  for (const [a, aspect] of ledger.aspects.entries()) {
    for (const [i, issue] of aspect.issues.entries()) yield [issue, `aspects[${a}].issues[${i}]`];
  }
}

function dateFields(ledger: Ledger): [string, string | undefined][] {
  const fields: [string, string | undefined][] = [
    ['report.date', ledger.report.date],
    ['inspection.visit.from', ledger.inspection.visit.from],
    ['inspection.visit.to', ledger.inspection.visit.to],
    ['inspection.feedback', ledger.inspection.feedback],
  ];
  for (const [issue, path] of issuesWithPaths(ledger)) {
    fields.push([`${path}.due`, issue.due], [`${path}.done`, issue.done]);
    issue.measures.forEach((m, k) => fields.push([`${path}.measures[${k}].due`, m.due], [`${path}.measures[${k}].done`, m.done]));
  }
  return fields;
}

/** The schema checks the shape; here the calendar. Returns whether all dates are real. */
function checkDates(ledger: Ledger, report: Report): boolean {
  let ok = true;
  for (const [path, date] of dateFields(ledger)) {
    if (date !== undefined && !isRealDate(date)) {
      report('bad-date', path, { value: `“${date}”` });
      ok = false;
    }
  }
  return ok;
}

function checkIds(ledger: Ledger, positions: SourceMap, report: Report): void {
  const ids: [string | undefined, string][] = [];
  ledger.aspects.forEach((aspect, a) => ids.push([aspect.id, `aspects[${a}].id`]));
  for (const [issue, path] of issuesWithPaths(ledger)) {
    ids.push([issue.id, `${path}.id`]);
    issue.measures.forEach((m, k) => {
      ids.push([m.id, `${path}.measures[${k}].id`]);
      m.metrics.forEach((metric, n) => ids.push([metric.id, `${path}.measures[${k}].metrics[${n}].id`]));
    });
  }
  ledger.people.forEach((p, i) => ids.push([p.id, `people[${i}].id`]));
  ledger.units.forEach((u, i) => ids.push([u.id, `units[${i}].id`]));
  ledger.metrics.forEach((m, i) => ids.push([m.id, `metrics[${i}].id`]));
  const pathsById = new Map<string, string[]>();
  for (const [id, path] of ids) {
    if (id === undefined) continue;
    const paths = pathsById.get(id);
    if (paths) paths.push(path);
    else pathsById.set(id, [path]);
  }
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
  const personRef = (id: string, path: string) => {
    if (!people.includes(id)) {
      report('unknown-reference', path, {
        kind: '人员',
        kindEn: 'person',
        id,
        register: 'people',
        closest: closest(id, people) ?? '',
        known: listForHint(people),
      });
    }
  };
  for (const [issue, path] of issuesWithPaths(ledger)) {
    if (issue.leader !== undefined) personRef(issue.leader, `${path}.leader`);
    issue.owners.forEach((o, k) => personRef(o, `${path}.owners[${k}]`));
    issue.units.forEach((u, k) => {
      if (!units.includes(u)) {
        report('unknown-reference', `${path}.units[${k}]`, {
          kind: '单位',
          kindEn: 'unit',
          id: u,
          register: 'units',
          closest: closest(u, units) ?? '',
          known: listForHint(units),
        });
      }
    });
    issue.measures.forEach((m, k) => m.owners.forEach((o, n) => personRef(o, `${path}.measures[${k}].owners[${n}]`)));
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
        { key: 'title', extra: '该方面有多个问题，每个问题都要写问题表述', extraEn: 'the aspect has several issues, so each needs its own title' },
        'error',
        positions.keyAt(path),
      );
    });
  });
}

function checkPlaceholders(ledger: Ledger, raw: unknown, positions: SourceMap, report: Report): void {
  const metricIds = new Set<string>(ledger.metrics.map((m) => m.id));
  for (const [issue] of issuesWithPaths(ledger)) for (const m of issue.measures) for (const x of m.metrics) metricIds.add(x.id);
  const names = [...PLACEHOLDER_NAMES, ...[...metricIds].map((id) => `metrics.${id}`)];
  forEachString(raw, (text, pathOf) => {
    if (!text.includes('{{')) return;
    const path = pathOf();
    if (path.startsWith('redact')) return;
    for (const use of findPlaceholders(text)) {
      if (isKnownPlaceholder(use.name, metricIds)) continue;
      const position = positions.stringAt(path, use.offset);
      if (use.name.startsWith('metrics.')) {
        const id = use.name.slice('metrics.'.length);
        report(
          'unknown-reference',
          path,
          { kind: '数据', kindEn: 'metric', id, register: 'metrics', closest: closest(id, metricIds) ?? '', known: listForHint([...metricIds]) },
          'error',
          position,
        );
      } else {
        report('unknown-placeholder', path, { name: use.name, closest: closest(use.name, names) ?? '', known: listForHint(names, 20) }, 'error', position);
      }
    }
  });
}

function checkDateOrder(ledger: Ledger, report: Report): void {
  const { visit, feedback } = ledger.inspection;
  const reportDate = ledger.report.date;
  if (visit.from > visit.to) {
    report('date-order', 'inspection.visit.to', {
      what: `进驻结束 ${visit.to} 早于进驻开始 ${visit.from}`,
      whatEn: `visit.to ${visit.to} is before visit.from ${visit.from}`,
    });
  }
  if (feedback < visit.to) {
    report('date-order', 'inspection.feedback', {
      what: `反馈日期 ${feedback} 早于进驻结束 ${visit.to}`,
      whatEn: `feedback ${feedback} is before visit.to ${visit.to}`,
    });
  }
  if (reportDate < feedback) {
    report('date-order', 'report.date', {
      what: `报告日期 ${reportDate} 早于反馈日期 ${feedback}`,
      whatEn: `report.date ${reportDate} is before feedback ${feedback}`,
    });
  }
  for (const [path, date] of dateFields(ledger)) {
    if (path.endsWith('.done') && date !== undefined && date > reportDate) {
      report('date-order', path, {
        what: `完成日期 ${date} 晚于报告日期 ${reportDate}`,
        whatEn: `done ${date} is after report.date ${reportDate}`,
      });
    }
  }
}

function checkDoneIssues(ledger: Ledger, report: Report): void {
  for (const [issue, path] of issuesWithPaths(ledger)) {
    if (issue.status !== 'done') continue;
    const k = issue.measures.findIndex((m) => m.status !== undefined && m.status !== 'done');
    const open = issue.measures[k];
    if (!open?.status) continue;
    report('done-with-open-measures', `${path}.status`, {
      measure: open.id ?? `#${k + 1}`,
      status: statusLabel(open.status),
      statusEn: open.status,
    });
  }
}

function checkDeclared(ledger: Ledger, report: Report): void {
  const declared = ledger.inspection.declared;
  if (!declared) return;
  const issues = ledger.aspects.reduce((n, a) => n + a.issues.length, 0);
  const measures = ledger.aspects.reduce((n, a) => n + a.issues.reduce((k, i) => k + i.measures.length, 0), 0);
  const checks: [keyof typeof declared, number, string, string][] = [
    ['aspects', ledger.aspects.length, '方面', 'aspects'],
    ['issues', issues, '问题', 'issues'],
    ['measures', measures, '整改措施', 'measures'],
  ];
  for (const [key, counted, what, whatEn] of checks) {
    const value = declared[key];
    if (value !== undefined && value !== counted) {
      report('declared-mismatch', `inspection.declared.${key}`, { what, whatEn, declared: value, counted, placeholder: key }, 'warning');
    }
  }
}

function checkOverdue(ledger: Ledger, asOf: string, report: Report): void {
  const overdue = (status: Status) => status !== 'done';
  for (const [issue, path] of issuesWithPaths(ledger)) {
    const status = effectiveIssueStatus(issue);
    if (issue.due !== undefined && issue.due < asOf && overdue(status)) {
      report(
        'overdue',
        `${path}.due`,
        { what: `问题 ${issue.id} `, whatEn: `issue ${issue.id}`, due: issue.due, asOf, status: statusLabel(status), statusEn: status },
        'warning',
      );
    }
    issue.measures.forEach((m, k) => {
      const measureStatus = m.status ?? status;
      if (m.due !== undefined && m.due < asOf && overdue(measureStatus)) {
        const name = m.id ?? `${issue.id} #${k + 1}`;
        report(
          'overdue',
          `${path}.measures[${k}].due`,
          { what: `措施 ${name} `, whatEn: `measure ${name}`, due: m.due, asOf, status: statusLabel(measureStatus), statusEn: measureStatus },
          'warning',
        );
      }
    });
  }
}

import type { Params, Severity } from '../../model/problem.js';
import type { SourceMap, SourcePosition } from '../load/index.js';
import type { Issue, Ledger, Status, Subissue } from '../../model/ledger.js';
import { LEDGER } from '../../model/ledger-shape.js';
import { countOf, derive } from '../derive/index.js';
import { typedCounts } from './typed-counts.js';
import { pathOf, walk, type Node, type Step, type TextRole } from '../../model/shape.js';
import { findPlaceholders, isKnownPlaceholder, PLACEHOLDER_NAMES, PLACEHOLDER_SOURCES, scopedNames } from '../../model/placeholders.js';
import { HEADING_PATTERN_NAMES, isNamedPattern } from '../../model/headings.js';
import { closest, listForHint } from './closest.js';
import { isRealDate, missingDay } from '../../model/dates.js';
import { effectiveIssueStatus } from '../../model/status.js';
import { codePointLabel, type StringScan } from './strings.js';
import { registers, resolveReference, type ReferenceRole } from './references.js';

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
  checkReferences(ledger, positions, report);
  checkTitles(ledger, positions, report);
  checkPlaceholders(ledger, strings, positions, report);
  checkHeadingPatterns(ledger, report);
  if (datesOk) checkDateOrder(ledger, report);
  checkDoneIssues(ledger, report);
  checkResponsible(ledger, strings, report);
  checkTypedCounts(ledger, positions, report);
  checkUnfilled(strings, positions, report);
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
const isReference = (node: Node) => node.kind === 'text' && (node.role === 'person' || node.role === 'unit');

/** Every date of a document of the shape `root`, in document order. */
function forEachDate(root: Node, document: unknown, visit: (date: string, steps: readonly Step[]) => void): void {
  walk(root, document, isDate, (value, _node, steps) => visit(value as string, steps));
}

/** The schema checks the shape; here the calendar. Returns whether all dates are real. */
export function checkDates(root: Node, document: unknown, report: Report): boolean {
  let ok = true;
  forEachDate(root, document, (date, steps) => {
    if (!isRealDate(date)) {
      // `2023年2月30日`: the month named, and how many days it has
      const month = missingDay(date);
      report('bad-date', pathOf(steps), month ? { value: date, year: month.year, month: month.month, days: month.days } : { value: date });
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

/**
 * Every person and unit a ledger refers to is in its register (a unique name was already taken as
 * its id, references.ts). What is left is said with the likeliest fix: the ids a shared name could
 * be, the id a near name or a misspelt id stands for, or the ids of a list typed with Chinese commas.
 */
function checkReferences(ledger: Ledger, positions: SourceMap, report: Report): void {
  const regs = registers(ledger);
  const about = { person: { kind: 'person', register: 'people' }, unit: { kind: 'unit', register: 'units' } } as const;
  walk(LEDGER, ledger, isReference, (value, node, steps) => {
    const role = (node as { role: ReferenceRole }).role;
    const reg = regs[role];
    const id = value as string;
    if (reg.known.has(id)) return;
    // the one place a name becomes an id: every later stage reads the id
    if (resolveReference(ledger, steps, reg)) return;
    const path = pathOf(steps);
    const { kind, register } = about[role];
    // `owners: [li，wang]`: one text holding several references, split by what people type between them
    const parts = id.split(REFERENCE_SEPARATORS).filter((x) => x !== '');
    if (parts.length > 1 && parts.every((x) => reg.known.has(x) || reg.byName.get(x)?.length === 1)) {
      const position = positions.valueAt(path);
      report('list-separator', path, { id, parts: parts.join(', '), fixed: lineWith(positions, position.offset, id, parts.join(', ')) }, 'error', position);
      return;
    }
    const shared = reg.byName.get(id) ?? [];
    const byId = closest(id, reg.ids);
    const nearName = byId === undefined && shared.length === 0 ? closest(id, reg.byName.keys()) : undefined;
    const nearIds = nearName === undefined ? [] : reg.byName.get(nearName)!;
    report('unknown-reference', path, {
      kind,
      id,
      register,
      // a name two people share: which of them?
      shared: shared.join(', '),
      closest: byId ?? (nearIds.length === 1 ? nearIds[0]! : ''),
      closestName: nearIds.length === 1 ? nearName! : '',
      known: listForHint(reg.ids),
    });
  });
}

/** What people type between names in one cell or one text: commas (both widths), 、, semicolons, spaces. */
const REFERENCE_SEPARATORS = /[，,、；;\s]+/;

/** The content of the line at `offset` (without its indentation) with the text `from` there replaced by `to`. */
function lineWith(positions: SourceMap, offset: number, from: string, to: string): string {
  const text = positions.text;
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).replace(/\r$/, '');
  const at = offset - start;
  const replaced = line.startsWith(from, at) ? line.slice(0, at) + to + line.slice(at + from.length) : line;
  return replaced.trimStart().trimEnd();
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
    } else if (!findPlaceholders(pattern).some((use) => use.name === 'title' || closest(use.name, ['title']) !== undefined)) {
      // `{{titel}}` is one mistake: the unknown placeholder says "是否应为 {{title}}？"
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

/**
 * An issue marked done cannot have a measure still in progress, partial or not started. A measure
 * to keep at (长期坚持) is the normal case of a done issue: accepted, and counted as ongoing where
 * measures are counted by status.
 */
function checkDoneIssues(ledger: Ledger, report: Report): void {
  forEachIssueOrSubissue(ledger, (issue, path) => {
    if (issue.status !== 'done') return;
    const k = issue.measures.findIndex((m) => m.status !== undefined && m.status !== 'done' && m.status !== 'ongoing');
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

/**
 * An issue with no leader, no unit and no owner (its measures' and sub-issues' included) has no one
 * answering for it, and the report would print "明确0名责任领导" or an empty row in the attached
 * table. A warning: a draft may lack them. A ledger that never speaks of who answers — no issue
 * names anyone, no text counts them, no table is attached, as in many an audit letter — is not
 * warned: its report says nothing the gap would make wrong.
 */
function checkResponsible(ledger: Ledger, strings: StringScan, report: Report): void {
  const answered = (issue: Issue | Subissue): boolean =>
    issue.leader !== undefined || issue.units.length > 0 || issue.owners.length > 0 || issue.measures.some((m) => m.owners.length > 0) || ('subissues' in issue && issue.subissues.some(answered));
  const nobody: [Issue, string][] = [];
  let tracked = ledger.appendix.ledger || strings.placeholders.some(({ text }) => findPlaceholders(text).some((use) => RESPONSIBLE.has(use.name.split(':')[0]!)));
  forEachIssue(ledger, (issue, a, i) => {
    if (answered(issue)) tracked = true;
    else nobody.push([issue, `${issuePath(a, i)}.id`]);
  });
  if (!tracked) return;
  // who could answer: the people listed, for the hint
  const people = listForHint(ledger.people.map((p) => p.id), 8);
  for (const [issue, path] of nobody) report('no-responsible', path, { issue: issue.id, people }, 'warning');
}

/** The placeholders that count who answers for the issues. */
const RESPONSIBLE: ReadonlySet<string> = new Set(['leaders', 'units', 'owners']);

/** The paragraphs of a `texts` key with the path each was typed at: one text is typed at the key itself. */
function paragraphs(positions: SourceMap, path: string, texts: readonly string[] | undefined): [string, string][] {
  if (texts === undefined) return [];
  if (texts.length === 1 && !positions.has(`${path}[0]`)) return [[path, texts[0]!]];
  return texts.map((text, j) => [`${path}[${j}]`, text]);
}

/**
 * A figure typed into the overview where a placeholder would say it (typed-counts.ts lists what is
 * read): when it differs from what the ledger counts, a warning naming the placeholder. derive
 * counts; this only compares.
 */
function checkTypedCounts(ledger: Ledger, positions: SourceMap, report: Report): void {
  let counted: Record<string, string> | undefined;
  ledger.overview.forEach((block, b) => {
    // each text with its key path, asked for only when a figure is found (where a paragraph was
    // written is looked up in the source, which a large ledger builds only on demand)
    const texts: [() => string, string | undefined][] = [
      [() => `overview[${b}].lead`, block.lead],
      [() => `overview[${b}].text`, block.text],
      ...(block.points ?? []).flatMap((point, k): [() => string, string | undefined][] => [
        [() => `overview[${b}].points[${k}].title`, point.title],
        ...(point.text ?? []).map((text, j): [() => string, string] => [() => paragraphs(positions, `overview[${b}].points[${k}].text`, point.text)[j]![0], text]),
      ]),
    ];
    for (const [pathOf, text] of texts) {
      if (text === undefined || !/[0-9]/.test(text)) continue;
      const path = pathOf();
      for (const typed of typedCounts(text)) {
        counted ??= derive(ledger).placeholders;
        const value = Number(counted[typed.name]);
        if (typed.value === value) continue;
        report(
          'typed-count',
          path,
          { typed: typed.value, counted: value, name: typed.name, phrase: typed.phrase, fixed: typed.fixed, first: typed.index === 0 && !text.startsWith('{{') ? 1 : 0 },
          'warning',
          positions.stringAt(path, typed.index),
        );
      }
    }
  });
}

/** A fill-in marker left in the ledger: a warning here; `rectify build` refuses it (src/app/report/strict.ts). */
/** 【待填写】 and other fill-in text left in any file rectify reads: a warning here; a build refuses it (app/report/strict.ts). */
export function checkUnfilled(strings: StringScan, positions: SourceMap, report: Report): void {
  for (const { path, index, marker } of strings.unfilled) {
    report('unfilled', path, { marker, key: path.replace(/^.*\./, '').replace(/\[\d+\]$/, '') }, 'warning', positions.stringAt(path, index));
  }
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

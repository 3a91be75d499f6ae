import type { Issue, Ledger, Metric, Person, Status, Subissue, Unit } from '../../model/ledger.js';
import type { FactChange, FieldChange, IssueRef, ItemChanges, LedgerDiff, MeasureRef, MetricChange, Named, RegisterChange, RoundTotals } from './ledger-diff.js';
import { daysBetween, derive, measureKey, measureOwners } from '../derive/index.js';
import { issueStatus, measureStatus } from '../derive/status.js';
import { inlineDiff } from './inline.js';
import { pairInOrder } from '../../model/pairing.js';

interface Entry<Ref> {
  ref: Ref;
  /** The fields a reviewer compares, for `changed`. */
  fields: Fields;
}

/** An item's comparable fields; undefined where it has none. People are by id, named later. */
interface Fields {
  title?: string;
  text?: string;
  progress?: string;
  due?: string;
  done?: string;
  leader?: string;
  units?: string[];
  owners?: string[];
  evidence?: string[];
  /** A measure: which of due, done and owners are its own (the others are its issue's). */
  own?: { due: boolean; done: boolean; owners: boolean };
}

/**
 * Compare two validated ledgers (an earlier and a later reporting round). Order of every list
 * follows the ledger order: the new ledger's for changes and additions, the old one's for removals.
 */
export function diffLedgers(oldLedger: Ledger, newLedger: Ledger): LedgerDiff {
  const name = names(oldLedger, newLedger);
  return {
    old: { title: oldLedger.report.title, date: oldLedger.report.date },
    new: { title: newLedger.report.title, date: newLedger.report.date },
    issues: compareItems(issueEntries(oldLedger), issueEntries(newLedger), (e) => e.ref.id, name),
    measures: compareMeasures(oldLedger, newLedger, name),
    metrics: compareMetrics(allMetrics(oldLedger), allMetrics(newLedger)),
    people: compareRegister(oldLedger.people, newLedger.people),
    units: compareRegister(oldLedger.units, newLedger.units),
    facts: compareFacts(oldLedger, newLedger),
    totals: { old: totals(oldLedger), new: totals(newLedger) },
  };
}

/** Issues and their sub-issues, each matched by its id: a sub-issue is a finding too. */
function findings(ledger: Ledger): { issue: Issue | Subissue; title: string; inherited: Issue['status'] }[] {
  return ledger.aspects.flatMap((aspect) =>
    aspect.issues.flatMap((issue) => [
      { issue, title: issue.title ?? aspect.title, inherited: undefined },
      ...issue.subissues.map((sub) => ({ issue: sub, title: sub.title ?? issue.title ?? aspect.title, inherited: issue.status })),
    ]),
  );
}

function issueEntries(ledger: Ledger): Entry<IssueRef>[] {
  return findings(ledger).map(({ issue, title }) => ({
    ref: { id: issue.id, title, status: issueStatus(issue) },
    fields: {
      title,
      ...opt('progress', issue.progress),
      ...opt('due', issue.due),
      ...opt('done', issue.done),
      ...opt('leader', issue.leader),
      units: issue.units,
      owners: issue.owners,
    },
  }));
}

/** The matching key of a measure (see `LedgerDiff` for why position is the fallback), named as everywhere. */
export { measureKey };

function measureEntries(ledger: Ledger): Entry<MeasureRef>[] {
  return findings(ledger).flatMap(({ issue, inherited }) => {
    // a measure of a sub-issue without a status of its own takes its parent's
    const explicit = (issue.status ?? inherited) !== undefined ? { status: issue.status ?? inherited } : {};
    return issue.measures.map((measure, index) => ({
      ref: { key: measureKey(issue, measure, index), issueId: issue.id, text: measure.text, status: measureStatus(measure, explicit) },
      fields: {
        text: measure.text,
        // a measure's own value, else its issue's (compared only when one round has its own)
        ...opt('due', measure.due ?? issue.due),
        ...opt('done', measure.done ?? issue.done),
        owners: [...measureOwners(issue, measure)],
        evidence: measure.evidence,
        own: { due: measure.due !== undefined, done: measure.done !== undefined, owners: measure.owners.length > 0 },
      },
    }));
  });
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

type Namer = (kind: 'people' | 'units', id: string) => Named;

function names(a: Ledger, b: Ledger): Namer {
  const people = new Map<string, string>();
  const units = new Map<string, string>();
  for (const l of [a, b]) {
    for (const p of l.people) people.set(p.id, p.name);
    for (const u of l.units) units.set(u.id, u.name);
  }
  return (kind, id) => ({ id, name: (kind === 'people' ? people : units).get(id) ?? id });
}

/**
 * Measures with an id are matched by it. A measure without one is matched within its issue by its
 * text, else by its place (model/pairing.ts): a measure inserted among others is an addition, not
 * a change to each one after it; a reworded measure that kept its place is a text change.
 */
function compareMeasures(oldLedger: Ledger, newLedger: Ledger, name: Namer): ItemChanges<MeasureRef> {
  const before = measureEntries(oldLedger);
  const after = measureEntries(newLedger);
  const match = new Map<Entry<MeasureRef>, string>();
  for (const e of before) match.set(e, e.ref.key);
  const idless = (entries: Entry<MeasureRef>[]) => {
    const byIssue = new Map<string, Entry<MeasureRef>[]>();
    for (const e of entries) if (e.ref.key.startsWith(`${e.ref.issueId}#`)) (byIssue.get(e.ref.issueId) ?? byIssue.set(e.ref.issueId, []).get(e.ref.issueId)!).push(e);
    return byIssue;
  };
  const oldByIssue = idless(before);
  for (const [issueId, news] of idless(after)) {
    const olds = oldByIssue.get(issueId) ?? [];
    const paired = pairInOrder(news.map((e) => e.ref.text), olds.map((o) => o.ref.text));
    news.forEach((e, k) => match.set(e, paired[k]! >= 0 ? olds[paired[k]!]!.ref.key : `+${e.ref.key}`));
  }
  for (const e of after) if (!match.has(e)) match.set(e, e.ref.key);
  return compareItems(before, after, (e) => match.get(e)!, name);
}

function compareItems<Ref extends { status: Status }>(
  before: Entry<Ref>[],
  after: Entry<Ref>[],
  keyOf: (entry: Entry<Ref>) => string,
  name: Namer,
): ItemChanges<Ref> {
  const beforeByKey = new Map(before.map((e) => [keyOf(e), e]));
  const afterKeys = new Set(after.map((e) => keyOf(e)));
  const changes: ItemChanges<Ref> = { newlyDone: [], statusChanged: [], added: [], removed: [], changed: [] };
  for (const entry of after) {
    const previous = beforeByKey.get(keyOf(entry));
    if (previous === undefined) {
      changes.added.push(entry.ref);
      continue;
    }
    const fields = compareFields(previous.fields, entry.fields, name);
    if (fields.length > 0) changes.changed.push({ ...entry.ref, changes: fields });
    const from = previous.ref.status;
    const to = entry.ref.status;
    if (from === to) continue;
    changes.statusChanged.push({ ...entry.ref, from, to });
    if (to === 'done') changes.newlyDone.push(entry.ref);
  }
  for (const entry of before) if (!afterKeys.has(keyOf(entry))) changes.removed.push(entry.ref);
  return changes;
}

function compareFields(a: Fields, b: Fields, name: Namer): FieldChange[] {
  // a measure's inherited value changes with its issue's: told there, not again here
  const compared = (key: 'due' | 'done' | 'owners') => a.own === undefined || b.own === undefined || a.own[key] || b.own[key];
  const out: FieldChange[] = [];
  for (const field of ['title', 'text', 'progress'] as const) {
    if (a[field] !== b[field]) out.push({ field, ...opt('from', a[field]), ...opt('to', b[field]), inline: inlineDiff(a[field] ?? '', b[field] ?? '') });
  }
  if (a.due !== b.due && compared('due')) {
    out.push({ field: 'due', ...opt('from', a.due), ...opt('to', b.due), ...(a.due !== undefined && b.due !== undefined ? { days: daysBetween(a.due, b.due) } : {}) });
  }
  if (a.done !== b.done && compared('done')) out.push({ field: 'done', ...opt('from', a.done), ...opt('to', b.done) });
  if (a.leader !== b.leader) {
    out.push({ field: 'leader', ...opt('from', a.leader === undefined ? undefined : name('people', a.leader)), ...opt('to', b.leader === undefined ? undefined : name('people', b.leader)) });
  }
  if (a.units !== undefined && b.units !== undefined) {
    const c = listChange(a.units, b.units);
    if (c) out.push({ field: 'units', added: c.added.map((id) => name('units', id)), removed: c.removed.map((id) => name('units', id)) });
  }
  if (a.owners !== undefined && b.owners !== undefined && compared('owners')) {
    const c = listChange(a.owners, b.owners);
    if (c) out.push({ field: 'owners', added: c.added.map((id) => name('people', id)), removed: c.removed.map((id) => name('people', id)) });
  }
  if (a.evidence !== undefined && b.evidence !== undefined) {
    const c = listChange(a.evidence, b.evidence);
    if (c) out.push({ field: 'evidence', ...c });
  }
  return out;
}

/** What a list gained and lost; undefined when it holds the same items (order aside). */
function listChange(a: readonly string[], b: readonly string[]): { added: string[]; removed: string[] } | undefined {
  const added = b.filter((x) => !a.includes(x));
  const removed = a.filter((x) => !b.includes(x));
  return added.length + removed.length > 0 ? { added, removed } : undefined;
}

function compareRegister(before: readonly (Person | Unit)[], after: readonly (Person | Unit)[]): RegisterChange[] {
  const title = (x: Person | Unit) => ('title' in x && x.title !== undefined ? { title: x.title } : {});
  const old = new Map(before.map((x) => [x.id, x]));
  const ids = new Set(after.map((x) => x.id));
  const out: RegisterChange[] = [];
  for (const x of after) {
    const prev = old.get(x.id);
    if (!prev) out.push({ kind: 'added', id: x.id, name: x.name, ...title(x) });
    else if (prev.name !== x.name || JSON.stringify(title(prev)) !== JSON.stringify(title(x))) {
      out.push({ kind: 'changed', id: x.id, name: x.name, ...title(x), from: { name: prev.name, ...title(prev) } });
    }
  }
  for (const x of before) if (!ids.has(x.id)) out.push({ kind: 'removed', id: x.id, name: x.name, ...title(x) });
  return out;
}

/** Every fact of `report` (but its date) and `inspection`, as key path → value. */
function facts(ledger: Ledger): Map<string, string | number> {
  const out = new Map<string, string | number>();
  const visit = (prefix: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(`${prefix}.${k}`, v);
      return;
    }
    out.set(prefix, value as string | number);
  };
  visit('report', { ...ledger.report, date: undefined });
  visit('inspection', ledger.inspection);
  return out;
}

function compareFacts(a: Ledger, b: Ledger): FactChange[] {
  const before = facts(a);
  const after = facts(b);
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths.filter((p) => before.get(p) !== after.get(p)).map((path) => ({ path, ...opt('from', before.get(path)), ...opt('to', after.get(path)) }));
}

/** Every metric, wherever declared: top level, aspect, issue or sub-issue, measure. */
function allMetrics(ledger: Ledger): Metric[] {
  const ofIssue = (i: Issue | Subissue): Metric[] => [...i.metrics, ...i.measures.flatMap((m) => m.metrics)];
  const fromAspects = ledger.aspects.flatMap((a) => [...a.metrics, ...a.issues.flatMap((i) => [...ofIssue(i), ...i.subissues.flatMap(ofIssue)])]);
  return [...ledger.metrics, ...fromAspects];
}

function compareMetrics(before: Metric[], after: Metric[]): MetricChange[] {
  const beforeById = new Map(before.map((m) => [m.id, m]));
  const afterIds = new Set(after.map((m) => m.id));
  const changes: MetricChange[] = [];
  for (const metric of after) {
    const previous = beforeById.get(metric.id);
    const unit = metric.unit === undefined ? {} : { unit: metric.unit };
    if (previous === undefined) {
      changes.push({ kind: 'added', id: metric.id, name: metric.name, ...unit, to: metric.value });
    } else if (previous.value !== metric.value || previous.name !== metric.name || previous.unit !== metric.unit || previous.target !== metric.target) {
      changes.push({
        kind: 'changed',
        id: metric.id,
        name: metric.name,
        ...unit,
        from: previous.value,
        to: metric.value,
        delta: roundDelta(metric.value - previous.value),
        ...(previous.target !== metric.target ? { target: { ...opt('from', previous.target), ...opt('to', metric.target) } } : {}),
        ...(previous.name !== metric.name ? { renamed: previous.name } : {}),
      });
    }
  }
  for (const metric of before) {
    if (afterIds.has(metric.id)) continue;
    const unit = metric.unit === undefined ? {} : { unit: metric.unit };
    changes.push({ kind: 'removed', id: metric.id, name: metric.name, ...unit, from: metric.value });
  }
  return changes;
}

/** 0.3 − 0.1 should read 0.2, not 0.19999999999999998. */
function roundDelta(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** A round's figures, as its report prints them (derive counts them, here as everywhere). */
function totals(ledger: Ledger): RoundTotals {
  const facts = derive(ledger);
  return { issues: facts.counts.issues, issuesDone: facts.issuesDone, measures: facts.counts.measures, measuresDone: facts.measuresDone };
}

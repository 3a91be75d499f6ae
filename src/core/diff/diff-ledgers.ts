import type { Issue, Ledger, Measure, Metric, Status } from '../../model/ledger.js';
import type { IssueRef, ItemChanges, LedgerDiff, MeasureRef, MetricChange, RoundTotals } from './ledger-diff.js';
import { derive } from '../derive/index.js';
import { issueStatus, measureStatus } from '../derive/status.js';

interface IssueEntry {
  ref: IssueRef;
}

interface MeasureEntry {
  ref: MeasureRef;
}

/**
 * Compare two validated ledgers (an earlier and a later reporting round). Order of every list
 * follows the ledger order: the new ledger's for changes and additions, the old one's for removals.
 */
export function diffLedgers(oldLedger: Ledger, newLedger: Ledger): LedgerDiff {
  const oldIssues = issueEntries(oldLedger);
  const newIssues = issueEntries(newLedger);
  const oldMeasures = measureEntries(oldLedger);
  const newMeasures = measureEntries(newLedger);
  return {
    old: { title: oldLedger.report.title, date: oldLedger.report.date },
    new: { title: newLedger.report.title, date: newLedger.report.date },
    issues: compareItems(oldIssues, newIssues, (e) => e.ref.id),
    measures: compareItems(oldMeasures, newMeasures, (e) => e.ref.key),
    metrics: compareMetrics(allMetrics(oldLedger), allMetrics(newLedger)),
    totals: { old: totals(oldLedger), new: totals(newLedger) },
  };
}

function issueEntries(ledger: Ledger): IssueEntry[] {
  return ledger.aspects.flatMap((aspect) =>
    aspect.issues.map((issue) => ({
      ref: { id: issue.id, title: issue.title ?? aspect.title, status: issueStatus(issue) },
    })),
  );
}

/** The matching key of a measure; see `LedgerDiff` for why position is the fallback. */
export function measureKey(issue: Issue, measure: Measure, index: number): string {
  return measure.id ?? `${issue.id}#${index + 1}`;
}

function measureEntries(ledger: Ledger): MeasureEntry[] {
  return ledger.aspects.flatMap((aspect) =>
    aspect.issues.flatMap((issue) =>
      issue.measures.map((measure, index) => ({
        ref: {
          key: measureKey(issue, measure, index),
          issueId: issue.id,
          text: measure.text,
          status: measureStatus(measure, issue),
        },
      })),
    ),
  );
}

function compareItems<Ref extends { status: Status }>(
  before: { ref: Ref }[],
  after: { ref: Ref }[],
  keyOf: (entry: { ref: Ref }) => string,
): ItemChanges<Ref> {
  const beforeByKey = new Map(before.map((e) => [keyOf(e), e]));
  const afterKeys = new Set(after.map(keyOf));
  const changes: ItemChanges<Ref> = { newlyDone: [], statusChanged: [], added: [], removed: [] };
  for (const entry of after) {
    const previous = beforeByKey.get(keyOf(entry));
    if (previous === undefined) {
      changes.added.push(entry.ref);
      continue;
    }
    const from = previous.ref.status;
    const to = entry.ref.status;
    if (from === to) continue;
    changes.statusChanged.push({ ...entry.ref, from, to });
    if (to === 'done') changes.newlyDone.push(entry.ref);
  }
  for (const entry of before) if (!afterKeys.has(keyOf(entry))) changes.removed.push(entry.ref);
  return changes;
}

/** Ledger-level metrics and those carried by measures; ids are unique across the ledger. */
function allMetrics(ledger: Ledger): Metric[] {
  const fromMeasures = ledger.aspects.flatMap((a) => a.issues.flatMap((i) => i.measures.flatMap((m) => m.metrics)));
  return [...ledger.metrics, ...fromMeasures];
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
    } else if (previous.value !== metric.value) {
      changes.push({
        kind: 'changed',
        id: metric.id,
        name: metric.name,
        ...unit,
        from: previous.value,
        to: metric.value,
        delta: roundDelta(metric.value - previous.value),
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

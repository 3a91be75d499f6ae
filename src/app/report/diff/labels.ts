import type { FieldChange, IssueRef, LedgerDiff, MeasureRef } from '../../../core/diff/ledger-diff.js';
import type { Status } from '../../../model/ledger.js';
import type { Params } from '../../../model/problem.js';
import { statusLabel as chineseLabel } from '../../../model/status.js';
import { say, type Lang, type MessageKey } from '../../messages/index.js';

/** The words of the human and Markdown diff, from the message catalogue. */
export function diffLabels(lang: Lang) {
  const w = (key: MessageKey, params: Params = {}) => say(key, params, lang);
  return {
    heading: w('diff.heading'),
    rounds: (from: string, to: string) => w('diff.rounds', { from, to }),
    issues: w('diff.issues'),
    measures: w('diff.measures'),
    metrics: w('diff.metrics'),
    done: w('diff.done'),
    issuesTotal: w('diff.issuesTotal'),
    issuesDone: w('diff.issuesDone'),
    measuresTotal: w('diff.measuresTotal'),
    measuresDone: w('diff.measuresDone'),
    previous: w('diff.previous'),
    current: w('diff.current'),
    change: w('diff.change'),
    issuesNewlyDone: w('diff.issuesNewlyDone'),
    issuesStatusChanged: w('diff.issuesStatusChanged'),
    issuesAdded: w('diff.issuesAdded'),
    issuesRemoved: w('diff.issuesRemoved'),
    measuresNewlyDone: w('diff.measuresNewlyDone'),
    measuresStatusChanged: w('diff.measuresStatusChanged'),
    measuresAdded: w('diff.measuresAdded'),
    measuresRemoved: w('diff.measuresRemoved'),
    metricsChanged: w('diff.metricsChanged'),
    metricAdded: w('diff.metricAdded'),
    metricRemoved: w('diff.metricRemoved'),
    noChanges: w('diff.noChanges'),
    issueOf: (id: string) => w('diff.issueOf', { id }),
    extended: w('diff.extended'),
    dueChanged: w('diff.dueChanged'),
    doneChanged: w('diff.doneChanged'),
    textChanged: w('diff.textChanged'),
    dutyChanged: w('diff.dutyChanged'),
    evidenceChanged: w('diff.evidenceChanged'),
    peopleChanged: w('diff.peopleChanged'),
    unitsChanged: w('diff.unitsChanged'),
    factsChanged: w('diff.factsChanged'),
    later: (n: number) => w('diff.later', { n }),
    earlier: (n: number) => w('diff.earlier', { n }),
    none: w('diff.none'),
    item: w('diff.item'),
    dueFrom: w('diff.dueFrom'),
    dueTo: w('diff.dueTo'),
    field: (field: string) => w('diff.field', { field }),
    fact: (path: string) => w('diff.fact', { path }),
    colon: w('diff.colon'),
    comma: w('diff.comma'),
    count: (n: number) => w('stats.count', { n }),
  };
}

/** A status as a person reads it: its Chinese word, or its English name under --lang en. */
export function statusLabel(status: Status, lang: Lang): string {
  return lang === 'zh' ? chineseLabel(status) : status;
}

/** `+5`, `-2`, `+0.5`: a delta always shows its sign. */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** Which section of the diff a field change is told in. */
export type ChangeSection = 'extended' | 'dueChanged' | 'doneChanged' | 'textChanged' | 'dutyChanged' | 'evidenceChanged';

export function sectionOf(change: FieldChange): ChangeSection {
  switch (change.field) {
    case 'due':
      return change.days !== undefined && change.days > 0 ? 'extended' : 'dueChanged';
    case 'done':
      return 'doneChanged';
    case 'title':
    case 'text':
    case 'progress':
      return 'textChanged';
    case 'evidence':
      return 'evidenceChanged';
    default:
      return 'dutyChanged';
  }
}

export const CHANGE_SECTIONS: readonly ChangeSection[] = ['extended', 'dueChanged', 'doneChanged', 'textChanged', 'dutyChanged', 'evidenceChanged'];

/** Every field change of issues and measures, in ledger order (issues first), with the item it belongs to. */
export function fieldChanges(diff: LedgerDiff): { item: { kind: 'issue'; ref: IssueRef } | { kind: 'measure'; ref: MeasureRef }; change: FieldChange }[] {
  return [
    ...diff.issues.changed.flatMap((ref) => ref.changes.map((change) => ({ item: { kind: 'issue' as const, ref }, change }))),
    ...diff.measures.changed.flatMap((ref) => ref.changes.map((change) => ({ item: { kind: 'measure' as const, ref }, change }))),
  ];
}

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

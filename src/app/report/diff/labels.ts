import type { Lang } from '../../../model/diagnostic.js';
import { STATUS_ALIASES, type Status } from '../../../model/ledger.js';

/** The words of the human and Markdown diff, in both message languages. */
export const DIFF_LABELS = {
  zh: {
    heading: '整改进展对比',
    rounds: (from: string, to: string) => `${from} → ${to}`,
    issues: '问题',
    measures: '整改措施',
    metrics: '指标',
    done: '已完成',
    issuesTotal: '问题总数',
    issuesDone: '问题已完成',
    measuresTotal: '整改措施总数',
    measuresDone: '整改措施已完成',
    previous: '上一轮',
    current: '本轮',
    change: '变化',
    issuesNewlyDone: '新完成的问题',
    issuesStatusChanged: '状态有变化的问题',
    issuesAdded: '新增的问题',
    issuesRemoved: '删除的问题',
    measuresNewlyDone: '新完成的整改措施',
    measuresStatusChanged: '状态有变化的整改措施',
    measuresAdded: '新增的整改措施',
    measuresRemoved: '删除的整改措施',
    metricsChanged: '指标变化',
    metricAdded: '新增',
    metricRemoved: '删除',
    noChanges: '两轮台账之间没有变化。',
    issueOf: (id: string) => `问题 ${id}`,
    colon: '：',
    comma: '，',
  },
  en: {
    heading: 'Rectification progress between rounds',
    rounds: (from: string, to: string) => `${from} → ${to}`,
    issues: 'Issues',
    measures: 'Measures',
    metrics: 'Metrics',
    done: 'done',
    issuesTotal: 'Issues',
    issuesDone: 'Issues done',
    measuresTotal: 'Measures',
    measuresDone: 'Measures done',
    previous: 'previous',
    current: 'current',
    change: 'change',
    issuesNewlyDone: 'Issues newly done',
    issuesStatusChanged: 'Issues with a status change',
    issuesAdded: 'Issues added',
    issuesRemoved: 'Issues removed',
    measuresNewlyDone: 'Measures newly done',
    measuresStatusChanged: 'Measures with a status change',
    measuresAdded: 'Measures added',
    measuresRemoved: 'Measures removed',
    metricsChanged: 'Metric changes',
    metricAdded: 'added',
    metricRemoved: 'removed',
    noChanges: 'No changes between the two ledgers.',
    issueOf: (id: string) => `issue ${id}`,
    colon: ': ',
    comma: ', ',
  },
} as const;

export function statusLabel(status: Status, lang: Lang): string {
  return lang === 'zh' ? (STATUS_ALIASES[status][0] ?? status) : status;
}

/** `+5`, `-2`, `+0.5`: a delta always shows its sign. */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

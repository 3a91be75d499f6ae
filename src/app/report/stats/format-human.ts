import type { ChalkInstance } from 'chalk';
import type { Facts, LoadEntry, OverdueItem } from '../../../core/derive/index.js';
import type { Lang } from '../../../model/diagnostic.js';
import { STATUSES, STATUS_ALIASES, type Status } from '../../../model/ledger.js';
import { truncateDisplay } from './display-width.js';
import { renderTable } from './table.js';

/** Overdue texts are whole measures; the table shows their start. */
const TEXT_COLUMNS = 36;
const TITLE_COLUMNS = 40;

const LABELS = {
  zh: {
    asOf: '截至',
    counts: (a: number, i: number, m: number) => `${a} 个方面，${i} 项问题，${m} 条整改措施`,
    status: '状态',
    issues: '问题',
    measures: '措施',
    rate: '完成率',
    byStatus: '按状态',
    byAspect: '各方面完成情况',
    aspect: '方面',
    done: '已完成',
    overdue: '逾期事项',
    noOverdue: '逾期事项：无',
    item: '编号',
    text: '事项',
    due: '时限',
    days: '逾期天数',
    leaders: '责任领导',
    units: '责任单位',
    owners: '责任人',
    name: '名称',
    open: '未完成',
    overdueCount: '逾期',
    metrics: '关键数据',
    value: '数值',
    target: '目标',
    count: (n: number) => `（${n}）`,
  },
  en: {
    asOf: 'as of',
    counts: (a: number, i: number, m: number) => `${a} aspects, ${i} issues, ${m} measures`,
    status: 'status',
    issues: 'issues',
    measures: 'measures',
    rate: 'rate',
    byStatus: 'By status',
    byAspect: 'Completion per aspect',
    aspect: 'aspect',
    done: 'done',
    overdue: 'Overdue',
    noOverdue: 'Overdue: none',
    item: 'item',
    text: 'text',
    due: 'due',
    days: 'days over',
    leaders: 'Leaders',
    units: 'Units',
    owners: 'Owners',
    name: 'name',
    open: 'open',
    overdueCount: 'overdue',
    metrics: 'Metrics',
    value: 'value',
    target: 'target',
    count: (n: number) => ` (${n})`,
  },
} as const;

function statusName(status: Status, lang: Lang): string {
  return lang === 'zh' ? (STATUS_ALIASES[status][0] ?? status) : status;
}

/** The measure's id, else `ISSUE#N` as `rectify diff` names id-less measures. */
function overdueLabel(o: OverdueItem): string {
  if (o.kind === 'issue') return o.issueId;
  if (o.measureId !== undefined) return o.measureId;
  const position = /measures\[(\d+)\]$/.exec(o.path);
  return position ? `${o.issueId}#${Number(position[1]) + 1}` : o.issueId;
}

/** The derived figures for a person at a terminal: one titled table per kind of figure. */
export function formatStatsHuman(facts: Facts, title: string, lang: Lang, c: ChalkInstance): string {
  const l = LABELS[lang];
  const head = (s: string) => c.bold(s);
  const blocks: string[] = [
    `${c.bold(title)}\n${l.asOf} ${facts.asOf}${lang === 'zh' ? '，' : ': '}${l.counts(facts.counts.aspects, facts.counts.issues, facts.counts.measures)}`,
  ];

  const statusRows = STATUSES.map((s) => [statusName(s, lang), String(facts.issuesByStatus[s]), String(facts.measuresByStatus[s])]);
  statusRows.push([l.rate, facts.rate.text, facts.measuresRate.text]);
  blocks.push(`${c.bold(l.byStatus)}\n${renderTable([l.status, l.issues, l.measures], statusRows, ['left', 'right', 'right'], head)}`);

  const aspectRows = facts.aspects.map((a) => [
    truncateDisplay(a.title, TITLE_COLUMNS),
    String(a.issues),
    String(a.measures),
    String(a.issuesByStatus.done),
    a.rate.text,
  ]);
  blocks.push(
    `${c.bold(l.byAspect)}\n${renderTable(
      [l.aspect, l.issues, l.measures, l.done, l.rate],
      aspectRows,
      ['left', 'right', 'right', 'right', 'right'],
      head,
    )}`,
  );

  if (facts.overdue.length === 0) {
    blocks.push(c.green(l.noOverdue));
  } else {
    const rows = facts.overdue.map((o) => [
      overdueLabel(o),
      truncateDisplay(o.text, TEXT_COLUMNS),
      o.due,
      c.red(String(o.daysOverdue)),
      statusName(o.status, lang),
    ]);
    blocks.push(
      `${c.bold(c.red(`${l.overdue}${l.count(facts.overdue.length)}`))}\n${renderTable(
        [l.item, l.text, l.due, l.days, l.status],
        rows,
        ['left', 'left', 'left', 'right', 'left'],
        head,
      )}`,
    );
  }

  const loadBlock = (heading: string, entries: readonly LoadEntry[]) => {
    if (entries.length === 0) return;
    const rows = entries.map((e) => [
      e.title === undefined ? e.name : `${e.name}（${e.title}）`,
      String(e.issues),
      String(e.measures),
      String(e.open),
      e.overdue > 0 ? c.red(String(e.overdue)) : '0',
    ]);
    blocks.push(
      `${c.bold(heading)}\n${renderTable(
        [l.name, l.issues, l.measures, l.open, l.overdueCount],
        rows,
        ['left', 'right', 'right', 'right', 'right'],
        head,
      )}`,
    );
  };
  loadBlock(l.leaders, facts.load.leaders);
  loadBlock(l.units, facts.load.units);
  loadBlock(l.owners, facts.load.owners);

  if (facts.metrics.length > 0) {
    const rows = facts.metrics.map((m) => [
      `${m.name}（${m.id}）`,
      `${m.value}${m.unit ?? ''}`,
      m.target === undefined ? '' : `${m.target}${m.unit ?? ''}`,
      m.completion?.text ?? '',
    ]);
    blocks.push(
      `${c.bold(l.metrics)}\n${renderTable([l.name, l.value, l.target, l.rate], rows, ['left', 'right', 'right', 'right'], head)}`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

import type { ChalkInstance } from 'chalk';
import type { Facts, LoadEntry, OverdueItem } from '../../../core/derive/index.js';
import { STATUSES } from '../../../model/ledger.js';
import type { Params } from '../../../model/problem.js';
import { say, type Lang, type MessageKey } from '../../messages/index.js';
import { statusLabel } from '../diff/labels.js';
import { truncateDisplay } from './display-width.js';
import { renderTable } from './table.js';

/** Overdue texts are whole measures; the table shows their start. */
const TEXT_COLUMNS = 36;
const TITLE_COLUMNS = 40;

/** The words of the stats tables, from the message catalogue. */
function statsLabels(lang: Lang) {
  const w = (key: MessageKey, params: Params = {}) => say(key, params, lang);
  return {
    asOf: (date: string, report: string | undefined) => w('stats.asOf', report !== undefined && report !== date ? { basis: 'as-of', date, report } : { date }),
    status: w('stats.status'),
    issues: w('stats.issues'),
    measures: w('stats.measures'),
    rate: w('stats.rate'),
    byStatus: w('stats.byStatus'),
    byAspect: w('stats.byAspect'),
    aspect: w('stats.aspect'),
    done: w('stats.done'),
    overdue: w('stats.overdue'),
    noOverdue: w('stats.noOverdue'),
    item: w('stats.item'),
    text: w('stats.text'),
    due: w('stats.due'),
    days: w('stats.days'),
    leaders: w('stats.leaders'),
    units: w('stats.units'),
    owners: w('stats.owners'),
    name: w('stats.name'),
    openIssues: w('stats.openIssues'),
    openMeasures: w('stats.openMeasures'),
    overdueCount: w('stats.overdueCount'),
    metrics: w('stats.metrics'),
    value: w('stats.value'),
    target: w('stats.target'),
    counts: (a: number, i: number, m: number) => w('stats.counts', { a, i, m }),
    count: (n: number) => w('stats.count', { n }),
    separator: w('stats.separator'),
  };
}

const statusName = statusLabel;

/** The measure's id, else `ISSUE#N` as `rectify diff` names id-less measures. */
function overdueLabel(o: OverdueItem): string {
  if (o.kind === 'issue') return o.issueId;
  if (o.measureId !== undefined) return o.measureId;
  const position = /measures\[(\d+)\]$/.exec(o.path);
  return position ? `${o.issueId}#${Number(position[1]) + 1}` : o.issueId;
}

/**
 * The derived figures for a person at a terminal: one titled table per kind of figure. `reportDate`
 * differs from `facts.asOf` under `--as-of`: the heading then says 统计日期.
 */
export function formatStatsHuman(facts: Facts, title: string, lang: Lang, c: ChalkInstance, reportDate?: string): string {
  const l = statsLabels(lang);
  const head = (s: string) => c.bold(s);
  const blocks: string[] = [
    `${c.bold(title)}\n${l.asOf(facts.asOf, reportDate)}${l.separator}${l.counts(facts.counts.aspects, facts.counts.issues, facts.counts.measures)}`,
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
      String(e.openIssues),
      String(e.openMeasures),
      e.overdue > 0 ? c.red(String(e.overdue)) : '0',
    ]);
    blocks.push(
      `${c.bold(heading)}\n${renderTable(
        [l.name, l.issues, l.measures, l.openIssues, l.openMeasures, l.overdueCount],
        rows,
        ['left', 'right', 'right', 'right', 'right', 'right'],
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

/**
 * The 督办 list (`rectify stats --overdue`): overdue and due-soon items with who answers for them,
 * for a terminal, as Markdown, JSON, or the rows of a workbook to send out. Figures come from
 * core/derive (`deadlines`); here only the words and the layout.
 */
import type { ChalkInstance } from 'chalk';
import type { DeadlineItem } from '../../../core/derive/index.js';
import { escapeMarkdown } from '../../../core/render/escape.js';
import type { ListSheet } from '../../../core/spreadsheet/list-write.js';
import type { IsoDate } from '../../../model/ledger.js';
import type { Params } from '../../../model/problem.js';
import { say, type Lang, type MessageKey } from '../../messages/index.js';
import { statusLabel } from '../diff/labels.js';
import { truncateDisplay } from './display-width.js';
import { renderTable } from './table.js';

/** Bump only when a field changes meaning or disappears. */
export const OVERDUE_JSON_VERSION = 1;

export interface OverdueList {
  file: string;
  /** The issuing organisation and the inspection's kind, for the title: XX县司法局巡察整改督办清单. */
  unit: string;
  kind: string;
  asOf: IsoDate;
  within: number;
  items: DeadlineItem[];
}

function labels(lang: Lang) {
  const w = (key: MessageKey, params: Params = {}) => say(key, params, lang);
  return {
    title: (list: OverdueList) => w('overdue.title', { unit: list.unit, kind: list.kind, date: list.asOf, within: list.within }),
    sheet: w('overdue.sheet'),
    none: w('overdue.none'),
    header: ['seq', 'state', 'key', 'item', 'issue', 'leader', 'units', 'owners', 'due', 'status', 'daysOverdue', 'daysLeft'].map((k) => w(`overdue.${k}` as MessageKey)),
    state: (i: DeadlineItem) => w(i.state === 'overdue' ? 'overdue.overdue' : 'overdue.due-soon'),
    days: (i: DeadlineItem) => w('overdue.days', { state: i.state, n: i.days }),
    separator: w('overdue.separator'),
  };
}

const names = (list: readonly { name: string }[], separator: string) => list.map((x) => x.name).join(separator);

/** One row per item, the columns of the header. */
function rows(list: OverdueList, lang: Lang): (string | number | null)[][] {
  const l = labels(lang);
  return list.items.map((i, k) => [
    k + 1,
    l.state(i),
    i.key,
    i.text,
    i.kind === 'measure' ? i.issueTitle : '',
    i.leader?.name ?? '',
    names(i.units, l.separator),
    names(i.owners, l.separator),
    i.due,
    statusLabel(i.status, lang),
    i.state === 'overdue' ? i.days : null,
    i.state === 'due-soon' ? i.days : null,
  ]);
}

export function overdueSheet(list: OverdueList, lang: Lang): ListSheet {
  const l = labels(lang);
  return { sheet: l.sheet, title: l.title(list), header: l.header, widths: [6, 10, 10, 40, 26, 10, 14, 12, 12, 12, 10, 10], rows: rows(list, lang), dateColumns: [8] };
}

export function formatOverdueMarkdown(list: OverdueList, lang: Lang): string {
  const l = labels(lang);
  const out = [`## ${escapeMarkdown(l.title(list))}`, ''];
  if (list.items.length === 0) return `${[...out, l.none].join('\n')}\n`;
  out.push(`| ${l.header.join(' | ')} |`, `|${l.header.map((_, c) => (c === 0 || c >= 10 ? '---:' : '---')).join('|')}|`);
  for (const row of rows(list, lang)) out.push(`| ${row.map((v) => escapeMarkdown(v === null ? '' : String(v))).join(' | ')} |`);
  return `${out.join('\n')}\n`;
}

/** For a terminal: the items' start, when and who, overdue in red. */
export function formatOverdueHuman(list: OverdueList, lang: Lang, c: ChalkInstance): string {
  const l = labels(lang);
  const head = c.bold(l.title(list));
  if (list.items.length === 0) return `${head}\n${c.green(l.none)}\n`;
  const [, state, key, item, , leader, , owners, due] = l.header;
  const table = renderTable(
    [state!, key!, item!, due!, '', leader!, owners!],
    list.items.map((i) => [
      l.state(i),
      i.key,
      truncateDisplay(i.text, 30),
      i.due,
      i.state === 'overdue' ? c.red(l.days(i)) : c.yellow(l.days(i)),
      i.leader?.name ?? '',
      names(i.owners, l.separator),
    ]),
    ['left', 'left', 'left', 'left', 'left', 'left', 'left'],
    (s) => c.bold(s),
  );
  return `${head}\n${table}\n`;
}

export function formatOverdueJson(list: OverdueList): string {
  return `${JSON.stringify({ version: OVERDUE_JSON_VERSION, file: list.file, asOf: list.asOf, within: list.within, items: list.items }, null, 2)}\n`;
}

import { STATUSES } from './ledger.js';

/**
 * Placeholders that ledger prose may use, e.g. `制定整改措施{{measures}}条`. Validation refuses any
 * other name at its line and column (with the closest known name); render fills them: figures from
 * derive, texts and dates from the ledger. This file is the one list of names.
 */

/** Counts: each may also be written `{{name:cn}}` for the Chinese numeral (六个方面). */
export const COUNT_PLACEHOLDERS = [
  'aspects', // 方面数
  'issues', // 问题数
  'subissues', // 子问题数
  'measures', // 整改措施数
  'done', // 已整改完成的问题数
  'in-progress', // 正在整改的问题数
  'partial', // 基本完成（部分整改）的问题数
  'ongoing', // 长期坚持的问题数
  'not-started', // 未启动的问题数
  'open', // 未完成整改的问题数（done 以外的一切）
  'measures-done', // 已完成的整改措施数
  'measures-in-progress',
  'measures-partial',
  'measures-ongoing',
  'measures-not-started',
  'measures-open',
  'leaders', // 责任领导人数
  'units', // 责任单位数
  'owners', // 责任人数
  'clues', // 移交问题线索数
  'petitions', // 移交信访件数
] as const;

export const RATE_PLACEHOLDERS = [
  'rate', // 问题整改完成率, e.g. 76% or 98.71%
  'measures-rate', // 整改措施完成率
] as const;

/** Dates: `{{feedback}}` 2023年8月30日; `{{feedback:md}}` 8月30日 (the year left out). */
export const DATE_PLACEHOLDERS = ['visit-from', 'visit-to', 'feedback', 'report-date'] as const;

/** Texts of the ledger and words of its kind. */
export const TEXT_PLACEHOLDERS = [
  'by', // inspection.by
  'target', // inspection.target
  'arranged-by', // inspection.arranged_by
  'kind', // 巡察 / 巡视 / 审计 / 督查
  'team', // 巡察组 …
  'opinion', // 巡察意见 …
  'visit', // 2023年8月2日至8月4日
] as const;

/** The formats a name may take after a colon. */
export const FORMATS = { cn: COUNT_PLACEHOLDERS, md: DATE_PLACEHOLDERS } as const;

/** Names that only mean something in one place of the ledger. */
export const SCOPED_PLACEHOLDERS = {
  /** report.headings.*: the numbering of the level and the heading's title */
  heading: ['no', 'title'],
  /** report.status_line: the status word */
  statusLine: ['status'],
} as const;

/** Every name valid anywhere (metrics.ID and sum.NAME aside). */
export const PLACEHOLDER_NAMES: readonly string[] = [
  ...COUNT_PLACEHOLDERS,
  ...RATE_PLACEHOLDERS,
  ...DATE_PLACEHOLDERS,
  ...TEXT_PLACEHOLDERS,
  ...COUNT_PLACEHOLDERS.map((n) => `${n}:cn`),
  ...DATE_PLACEHOLDERS.map((n) => `${n}:md`),
];
export type PlaceholderName = string;

/** Which scoped names a ledger text at `path` may use besides the global ones. */
export function scopedNames(path: string): readonly string[] {
  if (path.startsWith('report.headings.')) return SCOPED_PLACEHOLDERS.heading;
  if (path === 'report.status_line') return SCOPED_PLACEHOLDERS.statusLine;
  return [];
}

/** Placeholders whose value comes from a ledger key that may be absent (an audit without a visit). */
export const PLACEHOLDER_SOURCES: Readonly<Record<string, 'visit' | 'feedback'>> = {
  visit: 'visit',
  'visit-from': 'visit',
  'visit-to': 'visit',
  'visit-from:md': 'visit',
  'visit-to:md': 'visit',
  feedback: 'feedback',
  'feedback:md': 'feedback',
};

export interface PlaceholderUse {
  /** The whole name inside the braces, trimmed, e.g. `metrics.lawyers` or `measures`. */
  name: string;
  /** Offset of the opening `{{` in the string. */
  offset: number;
  /** Length of the whole `{{ … }}` text. */
  length: number;
}

/**
 * Every `{{ … }}` in a string, in order: `{{`, then anything but braces, then `}}`; the name is
 * what is inside, trimmed. `metrics.ID` names a metric by its id. One pass: from each `{{` the
 * scan stops at the next brace, so no character is looked at twice (a pattern for this, tried at
 * every `{{` over thousands of spaces, took seconds).
 */
export function findPlaceholders(text: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  let i = text.indexOf('{{');
  while (i >= 0) {
    let j = i + 2;
    while (j < text.length && text[j] !== '{' && text[j] !== '}') j++;
    if (text[j] === '}' && text[j + 1] === '}') {
      uses.push({ name: text.slice(i + 2, j).trim(), offset: i, length: j + 2 - i });
      i = text.indexOf('{{', j + 2);
    } else if (text[j] === '{') {
      // `{{{`…: the match may start one later, as the pattern's did
      i = text.indexOf('{{', j - 1 > i ? j - 1 : i + 1);
    } else {
      i = text.indexOf('{{', j + 1);
    }
  }
  return uses;
}

/**
 * A name known at `path`: a global one, a scoped one, `metrics.ID` of a declared metric or
 * `sum.NAME` of a metric name declared inside the aspects.
 */
export function isKnownPlaceholder(name: string, metricIds: ReadonlySet<string>, path = '', sumNames: ReadonlySet<string> = new Set()): boolean {
  if (PLACEHOLDER_NAMES.includes(name) || scopedNames(path).includes(name)) return true;
  if (name.startsWith('metrics.')) return metricIds.has(name.slice('metrics.'.length));
  if (name.startsWith('sum.')) return sumNames.has(name.slice('sum.'.length));
  return false;
}

/**
 * Placeholders the prose of a summary ledger (summary.yaml) may use: figures of the whole round,
 * summed from the unit ledgers. Names shared with a unit ledger mean the same thing there.
 */
export const SUMMARY_PLACEHOLDER_NAMES = [
  'units', // 被巡察单位数（计入汇总的单位台账数）
  'groups', // 单位分组数（巡察方式数）
  'teams', // 巡察组数
  'issues', // 反馈问题数
  'measures', // 整改措施数
  'done', // 已整改完成的问题数
  'in-progress', // 尚未完成的问题数（各种状态），同单位台账
  'rate', // 问题整改完成率（总体完成率）
  'measures-done', // 已完成的整改措施数
  'measures-rate', // 整改措施完成率
  'partial', // 基本完成的问题数
  'ongoing', // 长期坚持的问题数
  'not-started', // 未启动的问题数
  'continuing', // 基本完成或长期坚持（取得阶段性成果并持续整改）的问题数
  'overdue-issues', // 超过整改时限仍未完成的问题数
  'overdue-measures', // 超过整改时限仍未完成的措施数
  'units-done', // 问题全部整改完成的单位数
  // 各状态的问题数和措施数：issues.done、issues.in-progress（仅“正在整改”）……measures.not-started
  ...STATUSES.flatMap((s) => [`issues.${s}`, `measures.${s}`] as const),
] as const;

/** `{{groups.ID.NAME}}`: a figure of one group of units (a group with an `id`). */
export const GROUP_PLACEHOLDER_FIGURES = ['units', 'issues', 'done', 'rate'] as const;

/**
 * Whether a summary placeholder names a known figure. `metricIds` is undefined while the unit
 * ledgers have not been read: any `metrics.ID` passes then, and is checked once they have.
 */
export function isKnownSummaryPlaceholder(name: string, groupIds: ReadonlySet<string>, metricIds?: ReadonlySet<string>): boolean {
  if ((SUMMARY_PLACEHOLDER_NAMES as readonly string[]).includes(name)) return true;
  if (name.startsWith('metrics.')) return metricIds === undefined ? name.length > 'metrics.'.length : metricIds.has(name.slice('metrics.'.length));
  if (!name.startsWith('groups.')) return false;
  const rest = name.slice('groups.'.length);
  const dot = rest.lastIndexOf('.');
  return dot > 0 && groupIds.has(rest.slice(0, dot)) && (GROUP_PLACEHOLDER_FIGURES as readonly string[]).includes(rest.slice(dot + 1));
}

/**
 * What stands in a text still to be written: `rectify import` puts it where a hand-made sheet says
 * nothing (the report title, the team…), `rectify init` where a question was left unanswered.
 * Validation warns about it and `rectify build` refuses it, so a report is never filed with it.
 */
export const FILL_IN = '【待填写】';

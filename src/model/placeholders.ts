/**
 * Placeholders that ledger prose may use, e.g. `制定整改措施{{measures}}条`. Validation refuses any
 * other name at its line and column; render fills them from the derived facts.
 */
export const PLACEHOLDER_NAMES = [
  'aspects', // 方面数
  'issues', // 问题数
  'measures', // 整改措施数
  'done', // 已整改完成的问题数
  'in-progress', // 正在整改的问题数
  'rate', // 问题整改完成率, e.g. 76% or 98.71%
  'measures-done', // 已完成的整改措施数
  'measures-rate', // 整改措施完成率
  'leaders', // 责任领导人数
  'units', // 责任单位数
  'owners', // 责任人数
  'clues', // 移交问题线索数
  'petitions', // 移交信访件数
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

export interface PlaceholderUse {
  /** The whole name inside the braces, trimmed, e.g. `metrics.lawyers` or `measures`. */
  name: string;
  /** Offset of the opening `{{` in the string. */
  offset: number;
  /** Length of the whole `{{ … }}` text. */
  length: number;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Every `{{ … }}` in a string, in order. `metrics.ID` names a metric by its id. */
export function findPlaceholders(text: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    uses.push({ name: m[1] ?? '', offset: m.index ?? 0, length: m[0].length });
  }
  return uses;
}

export function isKnownPlaceholder(name: string, metricIds: ReadonlySet<string>): boolean {
  if ((PLACEHOLDER_NAMES as readonly string[]).includes(name)) return true;
  return name.startsWith('metrics.') && metricIds.has(name.slice('metrics.'.length));
}

/**
 * What stands in a text still to be written: `rectify import` puts it where a hand-made sheet says
 * nothing (the report title, the team…), `rectify init` where a question was left unanswered.
 * Validation warns about it and `rectify build` refuses it, so a report is never filed with it.
 */
export const FILL_IN = '【待填写】';

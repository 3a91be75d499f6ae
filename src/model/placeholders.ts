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

export function isKnownPlaceholder(name: string, metricIds: ReadonlySet<string>): boolean {
  if ((PLACEHOLDER_NAMES as readonly string[]).includes(name)) return true;
  return name.startsWith('metrics.') && metricIds.has(name.slice('metrics.'.length));
}

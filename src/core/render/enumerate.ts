import { ordinal, parenNumber } from './numerals.js';
import { endWith, endsSentence, withoutClauseMarks } from './punctuation.js';

export interface EnumerateItem {
  title?: string;
  /** One paragraph, or several (the later ones stand as paragraphs of their own when laid out so). */
  text?: string | readonly string[];
}

/** How points are numbered: 一是 (default), （一）, 1. */
export type PointLabel = '一是' | '（一）' | '1.';

/** The label of point `n` (1-based) in a style. */
export function pointLabel(n: number, label: PointLabel = '一是'): string {
  return label === '（一）' ? parenNumber(n) : label === '1.' ? `${n}.` : ordinal(n);
}

function textOf(item: EnumerateItem): string[] {
  const t = item.text;
  return t === undefined ? [] : typeof t === 'string' ? [t] : [...t];
}

/** label + title + `。` + the first paragraph of its text. */
function head(item: string | EnumerateItem, mark: string): string {
  if (typeof item === 'string') return mark + item;
  const title = item.title ?? '';
  return mark + (title === '' ? '' : endWith(title, '。')) + (textOf(item)[0] ?? '');
}

/**
 * The 一是…二是… run used for overview points and for measures, in one paragraph:
 * - a piece is `一是` + title + `。` (unless the title already ends a sentence) + text;
 * - pieces that do not end a sentence (。！？) are followed by `；`, those that do by nothing;
 * - the last piece always ends the sentence (`。` added when missing);
 * - a piece's own trailing `；`, `，`, `、` or `：` gives way to these (punctuation.ts).
 * This reproduces both styles in the seed: "一是加强领导。主持…26条；二是压实责任。…" where the
 * texts are clauses, and "一是统一思想认识。…扎实推进整改。二是加强组织领导。…" where they are
 * sentences. Items are strings or `{title, text}`; strings and texts are used as given (escaped).
 * A single item gets no 一是: one measure is simply stated.
 */
export function enumerate(items: readonly (string | EnumerateItem)[], label: PointLabel = '一是'): string {
  const mark = (i: number) => (items.length === 1 ? '' : pointLabel(i + 1, label));
  const pieces = items.map((item, i) => {
    const rest = typeof item === 'string' ? [] : textOf(item).slice(1);
    return [head(item, mark(i)), ...rest].join('');
  });
  return pieces.map((piece, i) => endWith(piece, i === pieces.length - 1 ? '。' : '；')).join('');
}

/**
 * The same points one paragraph each (`一是…。` / `（一）…。` / `1.…。`), as many reports lay out
 * part one: each ends its sentence; a point's further paragraphs follow it as they are.
 */
export function enumerateParagraphs(items: readonly EnumerateItem[], label: PointLabel = '一是'): string[] {
  return items.flatMap((item, i) => {
    const mark = items.length === 1 && label === '一是' ? '' : pointLabel(i + 1, label);
    return [endWith(head(item, mark), '。'), ...textOf(item).slice(1)];
  });
}

/** A clause without its trailing clause marks, `。` and spaces (any number of them). */
function withoutClauseEnd(text: string): string {
  let bare = withoutClauseMarks(text);
  while (bare.endsWith('。')) bare = withoutClauseMarks(bare.slice(0, -1));
  return bare;
}

/**
 * Clauses of one sentence, as in part three: joined by `；`, ending in `。`. A clause's own
 * trailing `；`/`;`/`。`/`，` is dropped so a ledger author may write items either way; one that
 * ends in `！` or `？` keeps it and takes nothing after it.
 */
export function clauses(items: readonly string[]): string {
  const trimmed = items.map(withoutClauseEnd).filter((s) => s !== '');
  return trimmed.map((s, i) => (endsSentence(s) ? s : s + (i === trimmed.length - 1 ? '。' : '；'))).join('');
}

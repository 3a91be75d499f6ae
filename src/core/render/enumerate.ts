import { ordinal } from './numerals.js';

export interface EnumerateItem {
  title?: string;
  text?: string;
}

const SENTENCE_END = /[。！？]$/;

/**
 * The 一是…二是… run used for overview points and for measures:
 * - a piece is `一是` + title + `。` (unless the title already ends a sentence) + text;
 * - pieces that do not end a sentence (。！？) are followed by `；`, those that do by nothing;
 * - the last piece always ends the sentence (`。` added when missing).
 * This reproduces both styles in the seed: "一是加强领导。主持…26条；二是压实责任。…" where the
 * texts are clauses, and "一是统一思想认识。…扎实推进整改。二是加强组织领导。…" where they are
 * sentences. Items are strings or `{title, text}`; strings and texts are used as given (escaped).
 * A single item gets no 一是: one measure is simply stated.
 */
export function enumerate(items: readonly (string | EnumerateItem)[]): string {
  const mark = (i: number) => (items.length === 1 ? '' : ordinal(i + 1));
  const pieces = items.map((item, i) => {
    if (typeof item === 'string') return mark(i) + item;
    const title = item.title ?? '';
    const head = title === '' || SENTENCE_END.test(title) ? title : `${title}。`;
    return mark(i) + head + (item.text ?? '');
  });
  return pieces
    .map((piece, i) => {
      if (SENTENCE_END.test(piece)) return piece;
      return piece + (i === pieces.length - 1 ? '。' : '；');
    })
    .join('');
}

/**
 * Clauses of one sentence, as in part three: joined by `；`, ending in `。`. A clause's own
 * trailing `；`/`;`/`。` is dropped so a ledger author may write items either way.
 */
/** A clause without its trailing `；`, `;` or `。` (any number of them), in one pass from the end. */
function withoutClauseEnd(text: string): string {
  let end = text.length;
  while (end > 0 && '；;。'.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function clauses(items: readonly string[]): string {
  const trimmed = items.map(withoutClauseEnd).filter((s) => s !== '');
  return trimmed.length === 0 ? '' : `${trimmed.join('；')}。`;
}

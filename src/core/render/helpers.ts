/**
 * The helpers templates may call. Pure functions of their arguments; each is unit-tested. The
 * engine compiles with knownHelpersOnly, so this list is the whole vocabulary of a template.
 * Helpers never return ledger text unescaped: they get view values, which are already escaped.
 */
import { cnDate, cnDateRange, cnMonthDay } from './dates.js';
import { clauses, enumerate, type EnumerateItem, type PointLabel } from './enumerate.js';
import { cnNumber, levelLabel, ordinal, parenNumber } from './numerals.js';
import { endWith, innerQuotes } from './punctuation.js';
import { AUDIT_STATUS_WORDS, STATUS_PHRASES, auditSubtotal, statusWord } from './vocabulary.js';
import type { Status } from '../../model/ledger.js';
import { formatNumber } from '../derive/index.js';

/** Handlebars passes an options object as the last argument; strip it. */
function args(all: unknown[]): unknown[] {
  return all.slice(0, -1);
}

function num(value: unknown, helper: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new Error(`${helper}: expected a number, got ${JSON.stringify(value)}`);
  return n;
}

/** The ledger's status words (`@root.statusWords`), when a template passes them. */
function words(value: unknown): Partial<Record<Status, string | null>> | undefined {
  return value && typeof value === 'object' && !('hash' in value) ? (value as Partial<Record<Status, string | null>>) : undefined;
}

function str(value: unknown, helper: string): string {
  if (typeof value !== 'string') throw new Error(`${helper}: expected a string, got ${JSON.stringify(value)}`);
  return value;
}

export const HELPERS = {
  /** `{{cn 12}}` → 十二 */
  cn: (n: unknown) => cnNumber(num(n, 'cn')),
  /** `{{ordinal 2}}` → 二是 */
  ordinal: (n: unknown) => ordinal(num(n, 'ordinal')),
  /** `{{paren 6}}` → （六） */
  paren: (n: unknown) => parenNumber(num(n, 'paren')),
  /** `{{date "2023-09-02"}}` → 2023年9月2日 */
  date: (d: unknown) => cnDate(str(d, 'date')),
  /** `{{monthDay "2023-09-02"}}` → 9月2日 (the year left out) */
  monthDay: (d: unknown) => cnMonthDay(str(d, 'monthDay')),
  /** `{{levelLabel 3 2}}` → 2. (the numbering of heading level 1–4: 一、 （一） 1. （1）) */
  levelLabel: (level: unknown, n: unknown) => levelLabel(num(level, 'levelLabel'), num(n, 'levelLabel')),
  /** `{{dateRange from to}}` → 2023年8月2日至8月4日 */
  dateRange: (from: unknown, to: unknown) => cnDateRange(str(from, 'dateRange'), str(to, 'dateRange')),
  /** `{{enumerate items}}` → 一是…；二是…。 (see enumerate.ts for the punctuation rule); `{{enumerate items "（一）"}}` numbers （一）（二）… */
  enumerate: (items: unknown, ...rest: unknown[]) => {
    if (!Array.isArray(items)) throw new Error(`enumerate: expected a list, got ${JSON.stringify(items)}`);
    const label = args(rest)[0];
    return enumerate(items as (string | EnumerateItem)[], typeof label === 'string' ? (label as PointLabel) : undefined);
  },
  /** `{{clauses items}}` → a；b；c。 */
  clauses: (items: unknown) => {
    if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) throw new Error(`clauses: expected a list of text, got ${JSON.stringify(items)}`);
    return clauses(items as string[]);
  },
  /** `{{number 1234.5}}` → 1234.5 (no grouping, no exponent) */
  number: (n: unknown) => formatNumber(num(n, 'number')),
  /** `{{statusPhrase status}}` → 已整改完成, 正在整改, …; `{{statusPhrase status @root.statusWords}}` prefers the ledger's words */
  statusPhrase: (s: unknown, ...rest: unknown[]) => statusWord(str(s, 'statusPhrase') as Status, STATUS_PHRASES, words(args(rest)[0])),
  /** `{{auditStatus status}}` → 已整改, 部分整改, 正在整改, 持续整改, 未整改; a second argument as for statusPhrase */
  auditStatus: (s: unknown, ...rest: unknown[]) => statusWord(str(s, 'auditStatus') as Status, AUDIT_STATUS_WORDS, words(args(rest)[0])),
  /** `{{auditSubtotal issuesByStatus}}` → 已整改2项，部分整改4项 (zero counts left out); `{{auditSubtotal counts "个" @root.statusWords}}` */
  auditSubtotal: (counts: unknown, ...rest: unknown[]) => {
    if (!counts || typeof counts !== 'object') throw new Error(`auditSubtotal: expected counts by status, got ${JSON.stringify(counts)}`);
    const [countWord, ledgerWords] = args(rest);
    return auditSubtotal(counts as Partial<Record<Status, number>>, typeof countWord === 'string' ? countWord : undefined, words(ledgerWords));
  },
  /** `{{endWith plans.lead "，"}}` → the text ending in the mark, without clashing with its own (压实责任； → 压实责任，) */
  endWith: (text: unknown, mark: unknown) => endWith(str(text, 'endWith'), str(mark, 'endWith')),
  /** `“{{innerQuotes title}}”` → the title's own “…” as ‘…’ */
  innerQuotes: (text: unknown) => innerQuotes(str(text, 'innerQuotes')),
  /** `{{join list "、"}}` */
  join: (list: unknown, sep: unknown) => {
    if (!Array.isArray(list)) throw new Error(`join: expected a list, got ${JSON.stringify(list)}`);
    return list.join(typeof sep === 'string' ? sep : '、');
  },
  /** `{{#if (eq a b)}}` */
  eq: (a: unknown, b: unknown) => a === b,
  /** `{{#if (gt a b)}}` */
  gt: (a: unknown, b: unknown) => num(a, 'gt') > num(b, 'gt'),
  /** `{{add a b}}` */
  add: (a: unknown, b: unknown) => num(a, 'add') + num(b, 'add'),
  /** `{{#if (or a b)}}`, `{{#if (and a b)}}`, `{{#if (not a)}}` */
  or: (...all: unknown[]) => args(all).some(Boolean),
  and: (...all: unknown[]) => args(all).every(Boolean),
  not: (a: unknown) => !a,
} as const;

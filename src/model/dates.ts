import type { IsoDate } from './ledger.js';

/** `2023-02-28` yes, `2023-02-30` and `2023-13-01` no: the schema checks the shape, this the calendar. */
export function isRealDate(text: string): boolean {
  // YYYY-MM-DD read digit by digit: called for every date of a ledger, with no match object to make
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || mo < 0 || d < 0) return false;
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** The ASCII decimal number in text[from, to), or -1 if any character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (positive when `to` is later); dates are calendar days, UTC. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// ---------- dates as people write them ----------

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A real day from its parts, as `YYYY-MM-DD`; undefined when there is no such day (or the year is implausible). */
export function isoFromParts(y: number, m: number, d: number): IsoDate | undefined {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) return undefined;
  if (d > daysInMonth(y, m)) return undefined;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The same day a month later (the month's last day when it has no such day): the usual step between two rounds' reports. */
export function monthAfter(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

const DATE_PATTERNS: readonly RegExp[] = [
  /^(\d{4})\s*[-/.．]\s*(\d{1,2})\s*[-/.．]\s*(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * A date typed in one of the forms people use whose day the month does not have (`2023年2月30日`):
 * the month and how many days it has, to say so. Undefined for any other text.
 */
export function missingDay(text: string): { year: number; month: number; days: number } | undefined {
  const t = text.normalize('NFKC').trim();
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1) return undefined;
    const days = daysInMonth(year, month);
    return day > days ? { year, month, days } : undefined;
  }
  return undefined;
}

const DAY_FIRST = /^(\d{1,2})\s*[/.．-]\s*(\d{1,2})\s*[/.．-]\s*(\d{4})$/;

/**
 * `30/05/2023`, the day first as some spreadsheets write it: the day it names, only when no other
 * reading is possible (the first number is over 12). Never taken as the date, only offered as the fix.
 */
export function readDayFirst(text: string): IsoDate | undefined {
  const m = DAY_FIRST.exec(text.normalize('NFKC').trim());
  if (!m || Number(m[1]) <= 12) return undefined;
  return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
}

/**
 * The one reader of dates as people type them, for the ledger and for sheets alike: 2023-12-01,
 * 2023-12-1, 2023/12/1, 2023.12.1, 2023年12月1日, 20231201, full-width digits too. `YYYY-MM-DD`,
 * or undefined when the text names no real day.
 */
export function readDateText(text: string): IsoDate | undefined {
  // most dates are already `YYYY-MM-DD`: a ledger holds thousands, each read here
  if (isRealDate(text)) return text;
  const t = text.normalize('NFKC').trim();
  if (t.length > 32) return undefined;
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(t);
    if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return undefined;
}

/** What separates the two ends of a range people type: 至, 到, ~, ～ and dashes. */
const RANGE_SEPARATORS = ['至', '到', '~', '～', '—', '–', '－', '——'];
const MONTH_DAY = /^(\d{1,2})\s*(?:月|[-/.．])\s*(\d{1,2})\s*日?$/;
const DAY = /^(\d{1,2})\s*日$/;

/**
 * `2023年9月16日至10月18日`, `2023.9.16-2023.10.18`, `2023年9月16日至18日`: the two days of a range
 * typed as one text, the later end taking the year (and month) it leaves out from the earlier.
 */
export function readDateRange(text: string): { from: IsoDate; to: IsoDate } | undefined {
  const t = text.normalize('NFKC').trim();
  if (t.length > 64) return undefined;
  let at = -1;
  let length = 0;
  for (const sep of RANGE_SEPARATORS) {
    const i = t.indexOf(sep);
    if (i > 0 && (at < 0 || i < at)) {
      at = i;
      length = sep.length;
    }
  }
  // a hyphen between two dates written with 年月日, dots or slashes: `2023.9.16-2023.10.18`
  if (at < 0) {
    const i = t.indexOf('-', 5);
    if (i > 0 && !/^\d{4}-/.test(t)) {
      at = i;
      length = 1;
    }
  }
  if (at < 0) return undefined;
  const left = t.slice(0, at).trim();
  const right = t.slice(at + length).trim();
  const from = readDateText(left);
  if (from === undefined) return undefined;
  const [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  let to = readDateText(right);
  if (to === undefined) {
    const md = MONTH_DAY.exec(right);
    const d = DAY.exec(right);
    to = md ? isoFromParts(y, Number(md[1]), Number(md[2])) : d ? isoFromParts(y, m, Number(d[1])) : undefined;
  }
  return to === undefined ? undefined : { from, to };
}

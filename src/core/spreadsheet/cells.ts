/**
 * Reading what people type into cells: dates in their many spellings, status words, lists of names.
 * Each reader returns a value or a reason, never throws; the importer turns reasons into diagnostics.
 */
import { isoFromParts, readDateText } from '../../model/dates.js';
import { STATUSES, STATUS_ALIASES, type IsoDate, type Status } from '../../model/ledger.js';

/** A cell as the importer sees it, whatever the file format. */
export type CellValue = string | number | boolean | Date | null;

export type Read<T> = { ok: true; value: T } | { ok: false };

/**
 * Space, tab and line breaks at either end dropped, nothing else: an ideographic space, a no-break
 * space or a BOM is text someone typed (an issue titled "　" is an issue, not a blank cell).
 */
export function trimAsciiSpace(text: string): string {
  let start = 0;
  let end = text.length;
  const blank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  while (start < end && blank(text.charCodeAt(start))) start++;
  while (end > start && blank(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** The text a cell shows; numbers as typed, dates as YYYY-MM-DD. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return isoFromUtcDate(value) ?? '';
  return trimAsciiSpace(String(value));
}

/** exceljs hands date cells over as UTC instants whose UTC fields are the date Excel shows. */
function isoFromUtcDate(date: Date): IsoDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Excel counts days from 1899-12-30 (its day 1 is 1900-01-01 plus a fictitious 1900-02-29); only 1990–2099 is taken as a date, so a stray small number is not one. */
function isoFromSerial(serial: number): IsoDate | undefined {
  if (!Number.isInteger(serial) || serial < 32874 || serial > 73050) return undefined;
  return isoFromUtcDate(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000));
}

/** Words that stand for "no deadline, keep at it" in a 完成时限 cell. */
export const ONGOING_DUE_WORDS: readonly string[] = ['长期坚持', '持续推进', '长期', '持续', '长期推进', '常态化推进', '持续整改'];

/** 2023-12-31, 2023/12/31, 2023.12.31, 2023年12月31日, 20231231, Excel serials and date cells. */
export function readDate(value: CellValue): Read<IsoDate | undefined> {
  if (value === null) return { ok: true, value: undefined };
  if (value instanceof Date) {
    const iso = isoFromUtcDate(value);
    return iso ? { ok: true, value: iso } : { ok: false };
  }
  if (typeof value === 'number') {
    const iso = isoFromSerial(value) ?? (Number.isInteger(value) ? readDateText(String(value)) : undefined);
    return iso ? { ok: true, value: iso } : { ok: false };
  }
  // the one date reader of the code base (model/dates.ts), shared with the ledger
  const text = String(value).normalize('NFKC').trim();
  if (text === '') return { ok: true, value: undefined };
  if (/^\d+$/.test(text) && text.length <= 6) {
    const iso = isoFromSerial(Number(text));
    return iso ? { ok: true, value: iso } : { ok: false };
  }
  const iso = readDateText(text);
  return iso ? { ok: true, value: iso } : { ok: false };
}

export function isOngoingDueWord(value: CellValue): boolean {
  return typeof value === 'string' && ONGOING_DUE_WORDS.includes(value.replace(/\s+/g, ''));
}

const STATUS_BY_WORD: ReadonlyMap<string, Status> = new Map<string, Status>([
  ...STATUSES.map((s) => [s, s] as const),
  ...STATUSES.flatMap((s) => STATUS_ALIASES[s].map((w) => [w, s] as const)),
]);

/** Longest first, so 已整改完成 is not read as 已整改 followed by text. */
const STATUS_WORDS_LONGEST_FIRST = [...STATUS_BY_WORD.keys()].sort((a, b) => b.length - a.length);

/**
 * A 整改情况 column often holds a sentence that opens with the status, e.g. "已整改完成。一是……";
 * the opening word counts when punctuation ends it. Anything else is not guessed at.
 */
export function readStatus(value: CellValue): Read<Status | undefined> {
  const raw = cellText(value);
  const text = raw.replace(/[\s。.]+/g, '');
  if (text === '') return { ok: true, value: undefined };
  const status = STATUS_BY_WORD.get(text) ?? STATUS_BY_WORD.get(text.toLowerCase());
  if (status) return { ok: true, value: status };
  const opening = STATUS_WORDS_LONGEST_FIRST.find((w) => raw.startsWith(w) && /^[。，,；;：:！!\s]/.test(raw.slice(w.length)));
  return opening ? { ok: true, value: STATUS_BY_WORD.get(opening)! } : { ok: false };
}

/** Names in one cell, as people separate them: 、 , ， ; ； / and line breaks. */
export function splitNames(value: CellValue): string[] {
  return cellText(value)
    .split(/[、,，;；/／\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function splitLines(value: CellValue): string[] {
  return cellText(value)
    .split(/\r\n|\r|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export const NAME_SEPARATOR = '、';

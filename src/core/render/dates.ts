import type { IsoDate } from '../../model/ledger.js';

function parts(date: IsoDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** `2023-09-02` → `2023年9月2日` (no leading zeros, as GB/T 9704 writes 成文日期). */
export function cnDate(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${y}年${m}月${d}日`;
}

/** `2023-09-02` → `9月2日`: a date whose year the sentence has already given. */
export function cnMonthDay(date: IsoDate): string {
  const [, m, d] = parts(date);
  return `${m}月${d}日`;
}

/** `2023年8月2日至8月4日`: the second date drops the year when it is the same year. */
export function cnDateRange(from: IsoDate, to: IsoDate): string {
  const [y1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return `${cnDate(from)}至${y1 === y2 ? `${m2}月${d2}日` : cnDate(to)}`;
}

/**
 * Chinese numerals as official documents write them: 一 … 十, 十一, 二十, 九十九, 一百, 一百零一,
 * 一百一十, 一千零一, 一万, 十万, 一亿. A leading 一十 is written 十 (十一, not 一十一) only at the
 * very start of the number; inside a larger number it stays (一百一十).
 */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const SMALL_UNITS = ['', '十', '百', '千'] as const;

function below10000(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const digit = Math.floor(n / 10 ** pos) % 10;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += `${DIGITS[digit] ?? ''}${SMALL_UNITS[pos] ?? ''}`;
  }
  return out;
}

function group(n: number): string {
  if (n < 10000) return below10000(n);
  const [unit, size] = n >= 1e8 ? ['亿', 1e8] : ['万', 1e4];
  const high = Math.floor(n / size);
  const low = n % size;
  if (low === 0) return group(high) + unit;
  return group(high) + unit + (low < size / 10 ? '零' : '') + group(low);
}

export function cnNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cnNumber: not a whole number ≥ 0: ${n}`);
  if (n === 0) return '零';
  const s = group(n);
  return s.startsWith('一十') ? s.slice(1) : s;
}

/** 一是, 二是, … */
export function ordinal(n: number): string {
  return `${cnNumber(n)}是`;
}

/** （一）, （二）, … */
export function parenNumber(n: number): string {
  return `（${cnNumber(n)}）`;
}

/**
 * The numbering of a heading level for position `n`, as GB/T 9704 7.3.3 orders them: level 1 一、,
 * level 2 （一）, level 3 1., level 4 （1）.
 */
export function levelLabel(level: number, n: number): string {
  if (level <= 1) return `${cnNumber(n)}、`;
  if (level === 2) return parenNumber(n);
  if (level === 3) return `${n}.`;
  return `（${n}）`;
}

/**
 * Metric values summed as the decimals people typed, not as binary floating point: 66.57 + 146 +
 * 0.1 is 212.67, never 212.67000000000002, and the sum is the same whatever order the units come
 * in (floating-point addition is not associative; integer addition is).
 */
import { formatNumber } from '../derive/index.js';

/** `value` as a whole number of 10^-decimals and the decimals it needs, from its written form. */
function decimal(value: number): { digits: bigint; decimals: number } {
  const written = formatNumber(value);
  const negative = written.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? written.slice(1) : written).split('.');
  const digits = BigInt(`${whole}${fraction}`);
  return { digits: negative ? -digits : digits, decimals: fraction.length };
}

export function sumDecimals(values: readonly number[]): number {
  const parts = values.map(decimal);
  const decimals = parts.reduce((most, p) => Math.max(most, p.decimals), 0);
  let total = 0n;
  for (const p of parts) total += p.digits * 10n ** BigInt(decimals - p.decimals);
  const negative = total < 0n;
  const text = (negative ? -total : total).toString().padStart(decimals + 1, '0');
  const written = decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
  return Number(`${negative ? '-' : ''}${written}`);
}

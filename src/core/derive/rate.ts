/** A completion ratio and the way the report writes it. */
export interface Rate {
  done: number;
  total: number;
  /** Percentage rounded to two decimals, e.g. 98.71; 0 when there is nothing to count. */
  percent: number;
  /** `76%` when the rounded percentage is whole, else two decimals: `98.71%`, `66.50%`. */
  text: string;
}

/**
 * Rounding works on integer hundredths of a percent so that 2/3 gives 66.67 and 1/8 gives 12.50
 * without binary floating-point surprises. With nothing to count the rate is 0, not NaN.
 */
export function rate(done: number, total: number): Rate {
  if (total <= 0) return { done, total, percent: 0, text: '0%' };
  const hundredths = Math.round((done * 10000) / total);
  const percent = hundredths / 100;
  const text = hundredths % 100 === 0 ? `${hundredths / 100}%` : `${percent.toFixed(2)}%`;
  return { done, total, percent, text };
}

/**
 * `target.push(...items)` without the spread: a call takes its arguments on the stack, and a list
 * of a hundred thousand (an overdue warning for each measure of a large ledger, the lines of a
 * large rewritten ledger) overflows it — a crash where there should be a report.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of the numbers and `floor` (for an empty list), without spreading them into a call. */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of the numbers and `ceiling` (for an empty list), without spreading them into a call. */
export function minOf(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}

/**
 * Which item of a list each entry of its next version continues, by text: the same text first;
 * then, between two paired entries, the entries left and the items left between the same two
 * items — in order when there are as many of each, else each item to the entry most like it. An
 * entry paired with nothing is new; an item nothing continues is gone. One rule for the rows of an
 * imported sheet, the measures two rounds compare, and the list items a rewrite keeps.
 */

/** Characters two texts share at their start and end: how alike an edited text is to the one it replaced. */
export function sharedEnds(a: string, b: string): number {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return p + s;
}

export interface PairOptions {
  /** Items already continued by something else. */
  taken?: Set<number>;
  /** Pairs made already (entry → item, -1 for none). */
  anchors?: readonly number[];
  /** Whether an entry may continue an item at all (e.g. not when both have different ids). */
  eligible?: (entry: number, item: number) => boolean;
}

/** For each entry, the index of the item it continues, or -1. */
export function pairInOrder(entries: readonly string[], items: readonly string[], options: PairOptions = {}): number[] {
  const taken = options.taken ?? new Set<number>();
  const eligible = options.eligible ?? (() => true);
  const match = options.anchors ? [...options.anchors] : entries.map(() => -1);
  entries.forEach((text, r) => {
    if (match[r]! >= 0) return;
    const k = items.findIndex((t, i) => !taken.has(i) && t === text && eligible(r, i));
    if (k >= 0) {
      match[r] = k;
      taken.add(k);
    }
  });
  let r = 0;
  while (r < entries.length) {
    if (match[r]! >= 0) {
      r++;
      continue;
    }
    let end = r;
    while (end < entries.length && match[end]! < 0) end++;
    const lo = r > 0 ? match[r - 1]! : -1;
    const hi = end < entries.length ? match[end]! : items.length;
    const gap = Array.from({ length: end - r }, (_, x) => r + x);
    const free: number[] = [];
    for (let k = lo + 1; k < hi; k++) if (!taken.has(k)) free.push(k);
    if (free.length === gap.length && gap.every((row, x) => eligible(row, free[x]!))) {
      gap.forEach((row, x) => {
        match[row] = free[x]!;
        taken.add(free[x]!);
      });
    } else {
      let floor = r - 1;
      for (const k of free) {
        let best = -1;
        let score = 0;
        for (const row of gap) {
          if (row <= floor || match[row]! >= 0 || !eligible(row, k)) continue;
          const s = sharedEnds(entries[row]!, items[k]!);
          if (s > score) {
            best = row;
            score = s;
          }
        }
        if (best >= 0) {
          match[best] = k;
          taken.add(k);
          floor = best;
        }
      }
    }
    r = end;
  }
  return match;
}

import type { InlineDiff } from './ledger-diff.js';

/** Characters of unchanged text shown on each side of a change. */
const CONTEXT = 8;

/**
 * Two versions of a text as one changed span between what they share at the start and the end
 * (one pass from each end: linear in the texts). Whole characters, so a 𠀀 is never split.
 */
export function inlineDiff(from: string, to: string): InlineDiff {
  const a = [...from];
  const b = [...to];
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const head = a.slice(0, p);
  const tail = a.slice(a.length - s);
  return {
    before: (head.length > CONTEXT ? '…' : '') + head.slice(-CONTEXT).join(''),
    removed: a.slice(p, a.length - s).join(''),
    added: b.slice(p, b.length - s).join(''),
    after: tail.slice(0, CONTEXT).join('') + (tail.length > CONTEXT ? '…' : ''),
  };
}

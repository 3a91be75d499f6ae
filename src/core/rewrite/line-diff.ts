/**
 * Which lines two texts share, in order: Myers' O((N+M)·D) shortest edit script over lines, after
 * the common head and tail are set aside. Rewriting a ledger changes a handful of lines, so D is
 * small; past `maxEdits` the texts are called unrelated and no line is matched.
 */

/** `match[i]` is the line of `b` that line `i` of `a` is kept as, or -1 when it is not kept. */
export function matchLines(a: readonly string[], b: readonly string[], maxEdits = 2000): number[] {
  const match = new Array<number>(a.length).fill(-1);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    match[head] = head;
    head++;
  }
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) {
    tailA--;
    tailB--;
    match[tailA] = tailB;
  }
  const n = tailA - head;
  const m = tailB - head;
  if (n === 0 || m === 0) return match;

  // V[k] is the furthest x on diagonal k = x − y. For the way back, the part of V that edit count d
  // reads (diagonals −d−1 … d+1) is kept before each round: O(D²) memory, small for small D.
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const trace: Int32Array[] = [];
  const next = new Int32Array(2 * offset + 1);
  let found = -1;
  for (let d = 0; d <= limit; d++) {
    trace.push(next.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && next[offset + k - 1]! < next[offset + k + 1]!) ? next[offset + k + 1]! : next[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[head + x] === b[head + y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return match;

  // Walk back from (n, m), marking the diagonal runs as matched lines.
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d]!;
    const at = (diagonal: number) => before[diagonal + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      match[head + x] = head + y;
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    match[head + x] = head + y;
  }
  return match;
}

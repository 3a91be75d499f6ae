/**
 * The user's own lines wherever nothing changed. The yaml package prints a document in its own
 * way (a comment after `- ` moves above the item, `[a]` may become `[ a ]`), so printing the edited
 * document would restyle lines nobody touched. Three texts settle it: the original, the original as
 * the package prints it (unchanged), and the edited document as it prints it (changed). Lines the
 * edit left alone come from the original; only the changed ones are the package's.
 */
import { matchLines } from './line-diff.js';
import { pushAll } from '../../model/lists.js';

interface Split {
  lines: string[];
  eol: string;
  /** Whether the text ends with a line break. */
  finalEol: boolean;
}

function split(text: string): Split {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const finalEol = text.endsWith('\n');
  const body = finalEol ? text.slice(0, text.endsWith('\r\n') ? -2 : -1) : text;
  return { lines: body === '' && !finalEol ? [] : body.split(/\r?\n/), eol, finalEol };
}

/**
 * `changed` with every unchanged region in the original's own words. A region where the original
 * and the printed original differ (a restyled comment, say) is kept as the original wrote it unless
 * the edit touches it; then the region is printed anew. `restyle` may reword each printed line of
 * `changed` (by its index there) before it is used.
 */
export function keepOriginalLines(original: string, unchanged: string, changed: string, restyle: (line: string, index: number) => string = (line) => line): string {
  if (unchanged === changed) return original;
  const o = split(original);
  const u = split(unchanged).lines;
  const m = split(changed).lines.map(restyle);

  const uToO = invert(matchLines(o.lines, u), u.length);
  pairRestyledLines(uToO, o.lines, u);
  const uToM = matchLines(u, m);
  // Lines of the edited text that are new: placed before the next kept line of the unchanged text.
  const insertedBefore: string[][] = Array.from({ length: u.length + 1 }, () => []);
  {
    let next = 0;
    const keptAt = new Map<number, number>();
    uToM.forEach((k, j) => {
      if (k >= 0) keptAt.set(k, j);
    });
    for (let k = 0; k < m.length; k++) {
      const j = keptAt.get(k);
      if (j !== undefined) next = j + 1;
      else insertedBefore[next]!.push(m[k]!);
    }
  }

  const out: string[] = [];
  const emitted = new Array<boolean>(u.length + 1).fill(false);
  const insertions = (j: number) => {
    if (emitted[j]) return;
    emitted[j] = true;
    pushAll(out, insertedBefore[j]!);
  };
  let oAt = 0;
  let j = 0;
  while (j < u.length) {
    if (uToO[j]! >= 0) {
      // a line the printer left as the user wrote it, after any the printer left out (layout only)
      pushAll(out, o.lines.slice(oAt, uToO[j]!));
      insertions(j);
      if (uToM[j]! >= 0) out.push(o.lines[uToO[j]!]!);
      oAt = uToO[j]! + 1;
      j++;
      continue;
    }
    // a region the printer restyled: the original's lines up to the next shared line
    let end = j;
    while (end < u.length && uToO[end]! < 0) end++;
    const oEnd = end < u.length ? uToO[end]! : o.lines.length;
    let touched = false;
    for (let x = j; x < end; x++) if (uToM[x]! < 0 || (x > j && insertedBefore[x]!.length > 0)) touched = true;
    insertions(j);
    if (touched) {
      for (let x = j; x < end; x++) {
        insertions(x);
        if (uToM[x]! >= 0) out.push(m[uToM[x]!]!);
      }
    } else {
      pushAll(out, o.lines.slice(oAt, oEnd));
    }
    oAt = oEnd;
    j = end;
  }
  // original lines the printer left out at the end, then the edit's tail
  pushAll(out, o.lines.slice(oAt));
  insertions(u.length);
  const text = out.join(o.eol);
  return o.finalEol || out.length === 0 ? `${text}${o.eol}` : text;
}

/**
 * A restyled region of as many lines in the original as printed, line for line at the same indent
 * and starting alike (`owners: [li]` printed `owners: [ li ]`), is paired line by line, so an edit
 * next to such a line does not restyle it too.
 */
function pairRestyledLines(uToO: number[], o: readonly string[], u: readonly string[]): void {
  const shape = (line: string) => {
    const body = line.trimStart();
    return `${line.length - body.length}:${body[0] ?? ''}`;
  };
  let oAt = 0;
  let j = 0;
  while (j < u.length) {
    if (uToO[j]! >= 0) {
      oAt = uToO[j]! + 1;
      j++;
      continue;
    }
    let end = j;
    while (end < u.length && uToO[end]! < 0) end++;
    const oEnd = end < u.length ? uToO[end]! : o.length;
    if (oEnd - oAt === end - j) {
      let alike = true;
      for (let x = 0; x < end - j; x++) if (shape(o[oAt + x]!) !== shape(u[j + x]!)) alike = false;
      if (alike) for (let x = 0; x < end - j; x++) uToO[j + x] = oAt + x;
    }
    oAt = oEnd;
    j = end;
  }
}

/** From "line i of a is line match[i] of b" to "line j of b is line … of a". */
function invert(match: readonly number[], length: number): number[] {
  const back = new Array<number>(length).fill(-1);
  match.forEach((j, i) => {
    if (j >= 0) back[j] = i;
  });
  return back;
}

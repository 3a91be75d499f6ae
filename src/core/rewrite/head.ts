/**
 * The comment lines at the top of a ledger: the editor's modeline
 * (`# yaml-language-server: $schema=PATH`), which must stay the first line, and notes under it.
 * Edited as lines, so nothing else in the file moves.
 */

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/;

export interface HeadComments {
  /** The `$schema` path or URL of the modeline, when the file has one. */
  schema?: string;
}

/** The comment lines before the first line of YAML (blank lines included). */
function headLength(lines: readonly string[]): number {
  let n = 0;
  while (n < lines.length && (lines[n]!.trim() === '' || lines[n]!.trimStart().startsWith('#'))) n++;
  // trailing blank lines of the block belong to the body's layout
  while (n > 0 && lines[n - 1]!.trim() === '') n--;
  return n;
}

export function headComments(text: string): HeadComments {
  const lines = text.split(/\r?\n/);
  const head = lines.slice(0, headLength(lines));
  for (const line of head) {
    const m = MODELINE.exec(line);
    if (m) return { schema: m[1]! };
  }
  return {};
}

/**
 * `text` with the modeline pointing at `schema` (when given and the file has a modeline), every
 * head comment line containing `marker` removed, and `note` (one comment line per entry, also
 * holding `marker`) placed right under the modeline, or first when there is none.
 */
export function withHeadComments(text: string, edit: { schema?: string; marker: string; note: readonly string[] }): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const lines = body.split(/\r?\n/);
  const n = headLength(lines);
  const head: string[] = [];
  let modelineAt = -1;
  for (const line of lines.slice(0, n)) {
    if (line.includes(edit.marker)) continue;
    const m = MODELINE.exec(line);
    if (m && modelineAt < 0) {
      modelineAt = head.length;
      const end = m[0].length;
      head.push(edit.schema === undefined ? line : line.slice(0, end - m[1]!.length) + edit.schema + line.slice(end));
      continue;
    }
    head.push(line);
  }
  head.splice(modelineAt + 1, 0, ...edit.note.map((line) => `# ${line}`));
  return bom + [...head, ...lines.slice(n)].join(eol);
}

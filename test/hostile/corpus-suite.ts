/**
 * The hostile corpus (test/fixtures/hostile/): every case is run through `main(argv, io)` in
 * process, as the binary runs it (the same host, captured streams), or by the real binary when it
 * says `process` (what only a process shows: a signal, a closed pipe, a full disk, a huge input's
 * memory). Each ends in a clear diagnostic with the expected exit code, code and position — never
 * a stack trace — or in a result whose outputs carry the input's text exactly (and, for the public
 * version, none of its masked names).
 *
 * expect.json:
 *   about       what the case is
 *   exit        0, 1 or 2
 *   code        a diagnostic code that must be reported (line/column: where)
 *   command     build (default), validate, import, export or stats
 *   input       the input file in the case folder (default ledger.yaml), or written by `generate`
 *   generate    a generator of test/hostile/generate.ts that writes the input
 *   args        extra arguments
 *   template    build with a copy of the default set: `append` (Markdown after the opening),
 *               `layout` (the text of layout.json), `partials` (name → source, added or replaced),
 *               `repeat` ({ text, times }: `append` built by repeating a text)
 *   verbatim    strings every output must show as written (build: Markdown and .docx alike;
 *               import: the ledger's values; export: the file)
 *   absent      strings no output may show, in any spelling a reader cannot tell apart (public)
 *   stderr      substrings of the error output
 *   measures    import: the number of measures the ledger must hold
 *   lacks       strings the output file must not contain (export)
 *   env         extra environment variables
 *   seconds     a size or backtracking attack: the command must finish within this many seconds
 *               (generous: the machines are shared); its outputs are not read back
 *   process     run by the real binary in a subprocess, with a time limit
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../cli/run-cli.js';
import { run as runInProcess } from '../support/main.js';
import { GENERATORS } from './generate.js';
import { docxReadable, docxText, foldIndependently, humanDiagnostics, markdownText, occurrences, run, STACK_TRACE } from './report-text.js';
import { caseFolders } from '../support/fixtures.js';

interface Expect {
  about: string;
  exit: 0 | 1 | 2;
  code?: string;
  line?: number;
  column?: number;
  command?: 'build' | 'validate' | 'import' | 'export' | 'stats';
  input?: string;
  generate?: string;
  args?: string[];
  template?: { append?: string; layout?: string; partials?: Record<string, string>; repeat?: { text: string; times: number }[] };
  verbatim?: string[];
  absent?: string[];
  stderr?: string[];
  measures?: number;
  lacks?: string[];
  env?: Record<string, string>;
  seconds?: number;
  process?: boolean;
}

const CORPUS = new URL('../fixtures/hostile/', import.meta.url);
const cases = caseFolders(CORPUS);

let work: string;
beforeAll(() => {
  if (cases.some((name) => readExpect(name).process)) ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'rectify-hostile-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const readExpect = (name: string): Expect => JSON.parse(readFileSync(new URL(`${name}/expect.json`, CORPUS), 'utf8')) as Expect;

/** A copy of the shipped default set, with the case's Markdown after the opening and its layout. */
function templateSet(dir: string, patch: NonNullable<Expect['template']>): string {
  const set = join(dir, 'templates');
  cpSync(join(ROOT, 'templates', 'default'), set, { recursive: true });
  const append = patch.repeat ? patch.repeat.map((r) => r.text.repeat(r.times)).join('') : patch.append;
  if (append !== undefined) {
    const main = join(set, 'report.md.hbs');
    writeFileSync(main, readFileSync(main, 'utf8').replace('{{> opening}}', `{{> opening}}\n\n${append}\n`));
  }
  for (const [name, source] of Object.entries(patch.partials ?? {})) writeFileSync(join(set, 'partials', `${name}.hbs`), source);
  if (patch.layout !== undefined) writeFileSync(join(set, 'layout.json'), patch.layout);
  return set;
}

/** Every string value in a parsed YAML document. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

function measureCount(ledger: { aspects?: { issues?: { measures?: unknown[] }[] }[] }): number {
  return (ledger.aspects ?? []).reduce((n, a) => n + (a.issues ?? []).reduce((k, i) => k + (i.measures ?? []).length, 0), 0);
}

/**
 * The corpus, in two files run side by side: the size and backtracking attacks (`seconds`), which
 * take most of the time, in corpus-timed.test.ts, and the rest here.
 */
export function corpusSuite(title: string, timed: boolean): void {
  const chosen = cases.filter((name) => (readExpect(name).seconds !== undefined) === timed);
  describe(title, () => {
    if (!timed) it('holds at least 40 cases, each with an expectation and an input or a generator', () => {
      expect(cases.length).toBeGreaterThanOrEqual(40);
      for (const name of cases) {
        const expected = readExpect(name);
        const hasInput = existsSync(new URL(`${name}/${expected.input ?? 'ledger.yaml'}`, CORPUS));
        expect(hasInput !== (expected.generate !== undefined), name).toBe(true);
        if (expected.generate) expect(GENERATORS[expected.generate], name).toBeTypeOf('function');
      }
    });

    it.each(chosen)('%s', { timeout: 60_000 }, async (name) => {
      const expected = readExpect(name);
      const command = expected.command ?? 'build';
      const dir = join(work, name);
      mkdirSync(dir, { recursive: true });
      const input = join(dir, expected.input ?? 'ledger.yaml');
      let verbatim = expected.verbatim ?? [];
      if (expected.generate) {
        const generated = GENERATORS[expected.generate]!();
        writeFileSync(input, generated.bytes);
        verbatim = [...verbatim, ...(generated.verbatim ?? [])];
      } else {
        writeFileSync(input, readFileSync(new URL(`${name}/${expected.input ?? 'ledger.yaml'}`, CORPUS)));
      }
      const out = join(dir, 'out');
      const extra = [...(expected.args ?? []), ...(expected.template ? ['--templates', templateSet(dir, expected.template)] : [])];
      const outputFile = join(out, command === 'import' ? 'ledger.yaml' : command === 'export' ? (extra.includes('csv') ? 'ledger.csv' : 'ledger.xlsx') : '');
      if (command === 'import' || command === 'export') mkdirSync(out, { recursive: true });
      const argv =
        command === 'build'
          ? ['build', input, '-o', out, '--format', 'md,docx', ...extra]
          : command === 'import' || command === 'export'
            ? [command, input, '-o', outputFile, ...extra]
            : [command, input, ...extra];
      const started = Date.now();
      const env = { PATH: process.env.PATH ?? '', ...expected.env };
      const result = expected.process
        ? await run(process.execPath, [BIN, ...argv], { cwd: ROOT, timeoutMs: 45_000, env })
        : { ...(await runInProcess(argv, { cwd: ROOT, env })), timedOut: false, signal: null };
      const seconds = (Date.now() - started) / 1000;

      expect(result.timedOut, `${name} hung`).toBe(false);
      expect(result.signal, `${name} crashed`).toBeNull();
      expect(result.stderr, `${name} printed a stack trace`).not.toMatch(STACK_TRACE);
      expect(result.code, `${name}: ${result.stderr.slice(0, 600)}`).toBe(expected.exit);
      for (const text of expected.stderr ?? []) expect(result.stderr, name).toContain(text);
      // diagnostics never carry a raw control character to the terminal
      expect(result.stderr, `${name}: raw control characters on stderr`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);

      if (expected.seconds !== undefined) expect(seconds, `${name} took ${seconds.toFixed(1)} s`).toBeLessThan(expected.seconds);
      if (expected.exit !== 0) {
        const diagnostics = humanDiagnostics(result.stderr);
        expect(diagnostics.length, `${name}: no diagnostic in ${result.stderr.slice(0, 300)}`).toBeGreaterThan(0);
        // nothing is written for a refused input
        expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
        if (expected.code) {
          const first = diagnostics.find((d) => d.code === expected.code);
          expect(first, `${name}: expected [${expected.code}] in ${result.stderr.slice(0, 600)}`).toBeDefined();
          if (expected.line !== undefined) expect({ line: first!.line, column: first!.column }).toEqual({ line: expected.line, column: expected.column });
        }
        return;
      }
      if (expected.code) expect(humanDiagnostics(result.stderr).map((d) => d.code), name).toContain(expected.code);
      if (expected.seconds !== undefined) return;

      if (command === 'import') {
        const ledger = parse(readFileSync(outputFile, 'utf8')) as Parameters<typeof measureCount>[0];
        if (expected.measures !== undefined) expect(measureCount(ledger), `${name}: measures imported`).toBe(expected.measures);
        const values = stringsOf(ledger);
        for (const text of verbatim) expect(values, `${name}: ${JSON.stringify(text)} in the ledger`).toContain(text);
        return;
      }
      if (command === 'export') {
        const bytes = readFileSync(outputFile, 'utf8');
        for (const text of verbatim) expect(bytes, name).toContain(text);
        for (const text of expected.lacks ?? []) expect(bytes, name).not.toContain(text);
        return;
      }
      if (command !== 'build') return;

      // ledger.md and ledger.docx, or the public version's ledger.公开版.md and .docx
      const written = readdirSync(out);
      const md = readFileSync(join(out, written.find((f) => f.endsWith('.md'))!), 'utf8');
      const docx = new Uint8Array(readFileSync(join(out, written.find((f) => f.endsWith('.docx'))!)));
      const mdText = markdownText(md);
      const wordText = docxText(docx);
      expect(verbatim.length + (expected.absent ?? []).length, `${name} names no verbatim or absent strings`).toBeGreaterThan(0);
      for (const text of verbatim) {
        const inMd = occurrences(mdText, text);
        expect(inMd, `${name}: ${JSON.stringify(text.slice(0, 80))} not in the rendered Markdown`).toBeGreaterThan(0);
        // the .docx shows the text as often as the Markdown does: nothing dropped, nothing doubled
        expect(occurrences(wordText, text), `${name}: ${JSON.stringify(text.slice(0, 80))} in the .docx`).toBe(inMd);
      }
      const readable = [md, mdText, ...docxReadable(docx)].map(foldIndependently).join('\n');
      for (const text of expected.absent ?? []) {
        expect(readable.includes(foldIndependently(text)), `${name}: ${JSON.stringify(text)} is still readable`).toBe(false);
      }
    });
  });
}

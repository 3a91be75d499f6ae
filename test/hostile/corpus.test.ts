/**
 * The hostile corpus (test/fixtures/hostile/): every case is built by the real binary, as a user
 * would run it, with a time limit (a hang fails). Each ends in a clear diagnostic with the expected
 * exit code, code and position — never a stack trace — or in a report whose Markdown and .docx
 * carry the ledger's text exactly.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../cli/run-cli.js';
import { GENERATORS } from './generate.js';
import { docxText, humanDiagnostics, markdownText, occurrences, run, STACK_TRACE } from './report-text.js';

interface Expect {
  about: string;
  exit: 0 | 1 | 2;
  code?: string;
  line?: number;
  column?: number;
  verbatim?: string[];
  generate?: string;
  args?: string[];
}

const CORPUS = new URL('../fixtures/hostile/', import.meta.url);
const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let work: string;
beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'rectify-hostile-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hostile corpus', () => {
  it('holds at least 40 cases, each with an expectation and a ledger or a generator', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const name of cases) {
      const expected = JSON.parse(readFileSync(new URL(`${name}/expect.json`, CORPUS), 'utf8')) as Expect;
      const hasLedger = existsSync(new URL(`${name}/ledger.yaml`, CORPUS));
      expect(hasLedger !== (expected.generate !== undefined), name).toBe(true);
      if (expected.generate) expect(GENERATORS[expected.generate], name).toBeTypeOf('function');
    }
  });

  it.each(cases)('%s', { timeout: 60_000 }, async (name) => {
    const expected = JSON.parse(readFileSync(new URL(`${name}/expect.json`, CORPUS), 'utf8')) as Expect;
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    const ledgerPath = join(dir, 'ledger.yaml');
    let verbatim = expected.verbatim ?? [];
    if (expected.generate) {
      const generated = GENERATORS[expected.generate]!();
      writeFileSync(ledgerPath, generated.bytes);
      verbatim = [...verbatim, ...(generated.verbatim ?? [])];
    } else {
      writeFileSync(ledgerPath, readFileSync(new URL(`${name}/ledger.yaml`, CORPUS)));
    }
    const out = join(dir, 'out');
    const result = await run(process.execPath, [BIN, 'build', ledgerPath, '-o', out, '--format', 'md,docx', ...(expected.args ?? [])], {
      cwd: ROOT,
      timeoutMs: 45_000,
    });

    expect(result.timedOut, `${name} hung`).toBe(false);
    expect(result.signal, `${name} crashed`).toBeNull();
    expect(result.stderr, `${name} printed a stack trace`).not.toMatch(STACK_TRACE);
    expect(result.code, `${name}: ${result.stderr.slice(0, 600)}`).toBe(expected.exit);

    if (expected.exit !== 0) {
      const diagnostics = humanDiagnostics(result.stderr);
      expect(diagnostics.length, `${name}: no diagnostic in ${result.stderr.slice(0, 300)}`).toBeGreaterThan(0);
      // nothing is written for a refused ledger
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
      if (expected.code) {
        const first = diagnostics.find((d) => d.code === expected.code);
        expect(first, `${name}: expected [${expected.code}] in ${result.stderr.slice(0, 600)}`).toBeDefined();
        if (expected.line !== undefined) expect({ line: first!.line, column: first!.column }).toEqual({ line: expected.line, column: expected.column });
      }
      return;
    }

    const md = readFileSync(join(out, 'ledger.md'), 'utf8');
    const docx = new Uint8Array(readFileSync(join(out, 'ledger.docx')));
    const mdText = markdownText(md);
    const wordText = docxText(docx);
    expect(verbatim.length, `${name} names no verbatim strings`).toBeGreaterThan(0);
    for (const text of verbatim) {
      const inMd = occurrences(mdText, text);
      expect(inMd, `${name}: ${JSON.stringify(text.slice(0, 80))} not in the rendered Markdown`).toBeGreaterThan(0);
      // the .docx shows the text as often as the Markdown does: nothing dropped, nothing doubled
      expect(occurrences(wordText, text), `${name}: ${JSON.stringify(text.slice(0, 80))} in the .docx`).toBe(inMd);
    }
  });
});

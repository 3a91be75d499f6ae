/**
 * Batch builds: `rectify build a.yaml b.yaml …` or a folder, built in worker threads, each file the
 * same bytes as a one-by-one build; a summary, the worst exit code, no progress bar off a terminal.
 * The folder build runs the installed CLI (its worker threads); the failures run main() in process,
 * where the same batch code builds on this thread.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandLedgerArgs } from '../../src/app/batch/ledgers.js';
import { nodeHost } from '../../src/host/index.js';
import { buildOne } from '../support/build.js';
import { progressBar, progressLine } from '../../src/app/batch/progress.js';
import { ensureBuilt, ROOT, runCli } from '../cli/run-cli.js';
import { run as runInProcess } from '../support/main.js';

const example = readFileSync(join(ROOT, 'examples/justice-bureau/ledger.yaml'), 'utf8');
const TITLE = /^(\s+title: )(.*)$/m;
const root = mkdtempSync(join(tmpdir(), 'rectify-batch-'));
let counter = 0;

/** The example with its own title, so every report differs. */
function variant(n: number): string {
  const text = example.replace(TITLE, (_, head: string, title: string) => `${head}${title}（第${n}批）`);
  if (text === example) throw new Error('the example has no report title to vary');
  return text;
}

function workspace(files: Record<string, string>): string {
  const dir = join(root, String(++counter));
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function variants(count: number, folder = 'ledgers'): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${folder}/l${String(i + 1).padStart(2, '0')}.yaml`, variant(i + 1)]));
}

/** One-by-one builds of `names` in `folder`, in this process: the reference the batch must match. */
async function oneByOne(cwd: string, folder: string, names: string[], outDir: string): Promise<void> {
  for (const name of names) {
    const result = await buildOne(join(folder, name), { formats: ['md', 'docx'], outDir, cwd, env: {} });
    expect(result.exitCode).toBe(0);
  }
}

function expectSameFiles(a: string, b: string): void {
  const names = readdirSync(a).sort();
  expect(readdirSync(b).sort()).toEqual(names);
  for (const name of names) expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name))), name).toBe(true);
}

beforeAll(() => {
  ensureBuilt();
  if (!existsSync(join(ROOT, 'dist/app/batch/worker.js'))) throw new Error('dist/ is stale: run `npm run build` (npm test does it) before these tests');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('rectify build with many ledgers', () => {
  it('builds a folder: every file identical to a one-by-one build, a summary, no progress bar off a terminal', async () => {
    const cwd = workspace(variants(12));
    const run = await runCli(['build', 'ledgers', '-o', 'batch'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).toContain('已生成 12 份（在 batch），失败 0 份');
    expect(run.stderr).not.toContain('已生成 batch/');
    expect(readdirSync(join(cwd, 'batch'))).toHaveLength(24);
    await oneByOne(cwd, 'ledgers', readdirSync(join(cwd, 'ledgers')), 'single');
    expectSameFiles(join(cwd, 'single'), join(cwd, 'batch'));
  });

  it('the worker-thread pool gives the same bytes as this thread, even with more threads than cores', async () => {
    const cwd = workspace(variants(6));
    // the compiled pool: worker threads need the .js worker the build emits
    const { buildLedgers, workerEntry } = (await import(pathToFileURL(join(ROOT, 'dist/app/batch/index.js')).href)) as typeof import('../../src/app/batch/index.js');
    const { prepareTemplates: prepareCompiled } = (await import(pathToFileURL(join(ROOT, 'dist/app/pipeline/index.js')).href)) as typeof import('../../src/app/pipeline/index.js');
    expect(workerEntry()).toBeDefined();
    const settings = { choice: { template: 'default' }, formats: ['md', 'docx'], public: false, strict: false, cwd, env: {} };
    const files = readdirSync(join(cwd, 'ledgers')).map((n) => join('ledgers', n));
    const finished: string[] = [];
    const host = nodeHost({ cwd, env: {}, stdin: undefined as unknown as NodeJS.ReadableStream });
    const results = await buildLedgers(files, { ...settings, outDir: 'threads' }, {
      templates: prepareCompiled(settings.choice, host).templates!,
      host,
      threads: 3,
      onResult: (file) => finished.push(file),
    });
    expect(results.map((r) => r.problems.filter((p) => p.severity === 'error'))).toEqual(files.map(() => []));
    // results in the order given, whatever order the threads finished in
    expect(results.map((r) => r.outputs[0])).toEqual(files.map((f) => join(cwd, 'threads', f.replace(/^ledgers\/(.*)\.yaml$/, '$1.md'))));
    expect([...finished].sort()).toEqual(files);
    await oneByOne(cwd, 'ledgers', readdirSync(join(cwd, 'ledgers')), 'single');
    expectSameFiles(join(cwd, 'single'), join(cwd, 'threads'));
  });

  it('a bad ledger fails alone: its diagnostic, the others written, the failure listed, exit 1', async () => {
    const cwd = workspace({ ...variants(3), 'ledgers/notes.yml': 'just: some notes\n' });
    const run = await runInProcess(['--lang', 'en', 'build', 'ledgers', '-o', 'out', '--format', 'md'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ledgers\/notes\.yml:\d+:\d+: error:/);
    expect(run.stderr).toContain('built 3 of 4 ledgers into out, 1 failed:\n  ledgers/notes.yml (invalid ledger)\n');
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['l01.md', 'l02.md', 'l03.md']);
  });

  it('the exit code is the worst: an invalid ledger (1) and a missing one (2) give 2', async () => {
    const cwd = workspace({ 'a.yaml': variant(1), 'bad.yaml': 'report: 1\n' });
    const run = await runInProcess(['build', 'a.yaml', 'bad.yaml', 'missing.yaml', '--format', 'md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('已生成 1 份，失败 2 份：\n  bad.yaml（台账有误）\n  missing.yaml（无法生成）\n');
    expect(existsSync(join(cwd, 'a.md'))).toBe(true);
  });

  it('two ledgers that would write the same file: refused before anything is built (exit 2)', async () => {
    const cwd = workspace({ 'a/jb.yaml': variant(1), 'b/jb.yaml': variant(2) });
    const run = await runInProcess(['build', 'a', 'b/jb.yaml', '-o', 'out'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[output-collision]');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
    // the same ledger named twice is one ledger, built once
    const twice = await runInProcess(['build', 'a/jb.yaml', './a/jb.yaml', 'a', '--format', 'md', '-o', 'out'], { cwd });
    expect(twice.code).toBe(0);
    expect(twice.stderr).toContain('已生成 out/jb.md');
  });

  it('a folder with no ledgers is an error naming it (exit 2)', async () => {
    const cwd = workspace({ 'empty/readme.txt': 'nothing here\n', 'empty/sub/x.yaml': variant(1) });
    const run = await runInProcess(['build', 'empty'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('empty: error: 目录中没有台账文件');
  });
});

describe('folders and the progress bar', () => {
  it('takes *.yaml and *.yml directly in a folder, sorted, not subfolders; files as given', () => {
    const cwd = workspace({ 'f/b.yml': '', 'f/a.yaml': '', 'f/c.txt': '', 'f/sub/d.yaml': '', 'z.yaml': '' });
    const host = nodeHost({ cwd, env: {}, stdin: undefined as unknown as NodeJS.ReadableStream });
    expect(expandLedgerArgs(['z.yaml', 'f', 'f/a.yaml'], host)).toEqual({ files: ['z.yaml', join('f', 'a.yaml'), join('f', 'b.yml')], problems: [] });
  });

  it('draws on a terminal with \\r and erases itself; nothing when stderr is not a terminal', () => {
    expect(progressLine(37, 200, 'l037.yaml')).toBe('[####................] 37/200 l037.yaml');
    let written = '';
    const tty = { isTTY: true, columns: 80, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
    const bar = progressBar(tty, 2);
    bar.tick('a.yaml');
    bar.tick('b.yaml');
    bar.clear();
    expect(written).toBe('\r\x1b[K[##########..........] 1/2 a.yaml\r\x1b[K[####################] 2/2 b.yaml\r\x1b[K');
    written = '';
    const pipe = { isTTY: false, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
    const silent = progressBar(pipe, 2);
    silent.tick('a.yaml');
    silent.clear();
    expect(written).toBe('');
  });
});

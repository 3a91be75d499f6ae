/**
 * The same round gives the same bytes whatever the order of its folders and files, and whether its
 * unit ledgers were read on this thread or on every core (the worker-thread pool `rectify build`
 * uses, through the installed CLI).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHost } from '../../src/host/index.js';
import { ensureBuilt, ROOT, runCli } from '../cli/run-cli.js';
import { runMain } from '../support/main.js';
import { removeCopies, roundCopy } from './workspace.js';

const FORMATS = ['--format', 'md,docx,xlsx'];

/** The example's units split into two folders, a/ and b/, by name. */
function splitRound(): string {
  const cwd = roundCopy();
  mkdirSync(join(cwd, 'a'));
  mkdirSync(join(cwd, 'b'));
  readdirSync(join(cwd, 'units'))
    .sort()
    .forEach((name, i) => renameSync(join(cwd, 'units', name), join(cwd, i % 2 === 0 ? 'a' : 'b', name)));
  return cwd;
}

function sameFiles(a: string, b: string): void {
  const names = readdirSync(a).sort();
  expect(names).toEqual(['summary.docx', 'summary.md', 'summary.xlsx']);
  expect(readdirSync(b).sort()).toEqual(names);
  for (const name of names) expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name))), name).toBe(true);
}

beforeAll(() => {
  ensureBuilt();
  if (!existsSync(join(ROOT, 'dist/app/batch/worker.js'))) throw new Error('dist/ is stale: run `npm run build` (npm test does it) before these tests');
});
afterAll(removeCopies);

describe('the figures do not depend on the order of the folders', () => {
  it('folders a b, b a, and the files one by one in reverse: the same bytes', async () => {
    const cwd = splitRound();
    const files = [...readdirSync(join(cwd, 'a')).map((n) => `a/${n}`), ...readdirSync(join(cwd, 'b')).map((n) => `b/${n}`)].sort().reverse();
    // in process: the order of the folders is the summary's business, whichever thread reads them
    // (the next test holds this thread and the worker threads to the same bytes)
    const runs = [
      await runMain(['summary', 'summary.yaml', 'a', 'b', '-o', 'ab', ...FORMATS, '--quiet'], cwd),
      await runMain(['summary', 'summary.yaml', 'b', 'a', '-o', 'ba', ...FORMATS, '--quiet'], cwd),
      await runMain(['summary', 'summary.yaml', ...files, '-o', 'files', ...FORMATS, '--quiet'], cwd),
    ];
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    sameFiles(join(cwd, 'ab'), join(cwd, 'ba'));
    sameFiles(join(cwd, 'ab'), join(cwd, 'files'));
  });

  it('read on this thread (in process, from the sources), the same bytes as on every core', async () => {
    const cwd = splitRound();
    const here = await runMain(['summary', 'summary.yaml', 'b', 'a', '-o', 'here', ...FORMATS, '--quiet'], cwd);
    const threads = await runCli(['summary', 'summary.yaml', 'a', 'b', '-o', 'threads', ...FORMATS, '--quiet'], { cwd });
    expect(here.code, here.stderr).toBe(0);
    expect(threads.code, threads.stderr).toBe(0);
    sameFiles(join(cwd, 'here'), join(cwd, 'threads'));
  });

  it('the pool reads every unit in worker threads and answers in the order given', async () => {
    const cwd = roundCopy();
    const { readUnitLedgers, workerEntry } = (await import(pathToFileURL(join(ROOT, 'dist/app/batch/index.js')).href)) as typeof import('../../src/app/batch/index.js');
    expect(workerEntry()).toBeDefined();
    const files = readdirSync(join(cwd, 'units')).map((n) => join('units', n));
    const host = nodeHost({ cwd, env: {}, stdin: undefined as unknown as NodeJS.ReadableStream });
    const settings = { asOf: '2024-03-20', strict: false, cwd, env: {} };
    const threaded = await readUnitLedgers(files, settings, { host, threads: 3 });
    const here = await readUnitLedgers(files, settings, { host, threads: 1 });
    expect(threaded.map((r) => r.unit?.name)).toEqual(here.map((r) => r.unit?.name));
    expect(threaded).toEqual(here);
    expect(threaded.every((r) => r.unit !== undefined)).toBe(true);
  });
});

/**
 * Inputs that are not plain files, or far too large (class 4 of the outside review): every command
 * checks a file before reading it (a regular file, within --max-bytes by its size) and reads no
 * further than the limit. /dev/zero, a FIFO with no writer and a sparse file of 1.5 GB once hung
 * validate and build, or read gigabytes; now each is refused at once, naming the file. The same
 * holds for layout.json, templates and the --map file, which are also never read through a link.
 * Not in the corpus: a FIFO and a sparse file cannot be committed.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../cli/run-cli.js';
import { humanDiagnostics, run, STACK_TRACE } from './report-text.js';

const LEDGER = readFileSync(new URL('../fixtures/hostile/max-bytes-flag/ledger.yaml', import.meta.url), 'utf8');
let work: string;
let fifo: string;

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'rectify-special-'));
  fifo = join(work, 'pipe.yaml');
  execFileSync('mkfifo', [fifo]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function rectify(args: string[], cwd = work) {
  const started = Date.now();
  const result = await run(process.execPath, [BIN, ...args], { cwd, timeoutMs: 30_000 });
  expect(result.timedOut, `rectify ${args.join(' ')} hung`).toBe(false);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return { ...result, seconds: (Date.now() - started) / 1000, codes: humanDiagnostics(result.stderr).map((d) => d.code) };
}

describe('ledgers and spreadsheets that are not regular files, or too large', { timeout: 60_000 }, () => {
  it.each([
    ['validate', ['validate', '/dev/zero']],
    ['build', ['build', '/dev/zero', '-o', 'out']],
    ['import', ['import', '/dev/zero', '-o', 'out.yaml']],
    ['export', ['export', '/dev/zero', '-o', 'out.xlsx']],
    ['stats', ['stats', '/dev/zero']],
  ])('%s /dev/zero: refused at once, exit 2, nothing written', async (_name, args) => {
    const r = await rectify(args);
    expect(r.code).toBe(2);
    expect(r.codes).toContain('read-failed');
    expect(r.stderr).toContain('/dev/zero');
    expect(r.seconds).toBeLessThan(10);
    expect(existsSync(join(work, 'out')) || existsSync(join(work, 'out.yaml')) || existsSync(join(work, 'out.xlsx'))).toBe(false);
  });

  it.each([['validate'], ['build'], ['import'], ['stats'], ['export']])('%s of a FIFO with no writer does not wait for one', async (command) => {
    const r = await rectify([command, fifo, ...(command === 'build' ? ['-o', 'out'] : command === 'import' ? ['-o', 'x.yaml'] : command === 'export' ? ['-o', 'x.xlsx'] : [])]);
    expect(r.code).toBe(2);
    expect(r.codes).toContain('read-failed');
    expect(r.stderr).toMatch(/不是普通文件/);
  });

  it('a sparse file of 1.5 GB is refused by its size, before a byte is read', async () => {
    const sparse = join(work, 'sparse.yaml');
    closeSync(openSync(sparse, 'w'));
    execFileSync('truncate', ['-s', '1500M', sparse]);
    for (const args of [['validate', sparse], ['build', sparse, '-o', 'out'], ['import', sparse, '-o', 'x.yaml']]) {
      const r = await rectify(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.codes).toContain('too-large');
      expect(r.stderr).toContain('1572864000');
      expect(r.seconds).toBeLessThan(10);
    }
  });

  it('--max-bytes is checked before reading, for import as for validate', async () => {
    const file = join(work, 'big.csv');
    writeFileSync(file, `问题,整改措施\n${'问题,措施\n'.repeat(1000)}`);
    const r = await rectify(['import', file, '-o', 'x.yaml', '--max-bytes', '1000']);
    expect(r.code).toBe(1);
    expect(r.codes).toContain('too-large');
    expect(existsSync(join(work, 'x.yaml'))).toBe(false);
  });

  it('build DIR with a FIFO among its ledgers builds the others and names the FIFO', async () => {
    const dir = join(work, 'ledgers');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), LEDGER);
    execFileSync('mkfifo', [join(dir, 'b.yaml')]);
    const r = await rectify(['build', dir, '-o', 'built', '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('b.yaml');
    expect(existsSync(join(work, 'built', 'a.md'))).toBe(true);
  });
});

describe('layout.json, templates and the --map file', { timeout: 60_000 }, () => {
  const ledger = () => {
    const path = join(work, 'ledger.yaml');
    writeFileSync(path, LEDGER);
    return path;
  };
  const set = (name: string) => {
    const dir = join(work, name);
    cpSync(join(ROOT, 'templates', 'default'), dir, { recursive: true });
    return dir;
  };

  it('a layout.json that is a symbolic link is refused without showing its target', async () => {
    const dir = set('set-link');
    const secret = join(work, 'secret.txt');
    writeFileSync(secret, '机密内容 SECRET-TEXT');
    rmSync(join(dir, 'layout.json'));
    symlinkSync(secret, join(dir, 'layout.json'));
    const r = await rectify(['build', ledger(), '--templates', dir, '-o', 'out']);
    expect(r.code).toBe(2);
    expect(r.codes).toContain('layout-unreadable');
    expect(r.stderr).not.toContain('SECRET-TEXT');
    expect(existsSync(join(work, 'out'))).toBe(false);
  });

  it.each([
    ['a symbolic link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
    ['a folder', (path: string) => mkdirSync(path)],
  ])('a layout.json that is %s is refused at once', async (_what, make) => {
    const dir = set(`set-${_what.length}-${Math.random().toString(36).slice(2)}`);
    rmSync(join(dir, 'layout.json'));
    make(join(dir, 'layout.json'));
    const r = await rectify(['build', ledger(), '--templates', dir, '-o', 'out']);
    expect(r.code).toBe(2);
    expect(r.codes).toContain('layout-unreadable');
    expect(r.seconds).toBeLessThan(10);
  });

  it('a partial that is a FIFO is refused, and a template over 1 MiB too', async () => {
    const dir = set('set-fifo-partial');
    rmSync(join(dir, 'partials', 'issue.hbs'));
    execFileSync('mkfifo', [join(dir, 'partials', 'issue.hbs')]);
    const r = await rectify(['build', ledger(), '--templates', dir, '-o', 'out']);
    expect(r.code).toBe(2);
    expect(r.codes).toContain('template-not-a-file');

    const big = set('set-big');
    writeFileSync(join(big, 'partials', 'huge.hbs'), 'x'.repeat(2 * 1024 * 1024));
    const r2 = await rectify(['build', ledger(), '--templates', big, '-o', 'out']);
    expect(r2.code).toBe(2);
    expect(r2.codes).toContain('template-too-large');
  });

  it('a --map file that is a FIFO is refused, not waited on', async () => {
    const csv = join(work, 'table.csv');
    writeFileSync(csv, '问题,整改措施\n问题一,措施一\n');
    const map = join(work, 'map.yaml');
    execFileSync('mkfifo', [map]);
    const r = await rectify(['import', csv, '--map', map, '-o', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.codes).toContain('read-failed');
  });
});

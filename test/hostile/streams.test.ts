/**
 * Output streams that fail (class 9 of the outside review): `rectify … | head` and `> /dev/full`
 * once printed a stack trace and exited 1, the code for an invalid ledger. A closed pipe is a
 * quiet exit (the reader has what it wanted); a full disk is exit 2, `stream-failed`, naming the
 * stream. Only a real process shows these (a pipe closed under it, /dev/full), hence not in the
 * corpus.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../cli/run-cli.js';
import { STACK_TRACE } from './report-text.js';

const LEDGER = 'test/fixtures/hostile/line-start-hash/ledger.yaml';

/** Run rectify with its standard output sent to `stdout` (a file descriptor), or to a pipe read for `take` bytes and closed. */
function rectify(args: string[], stdout: number | { take: number }): Promise<{ code: number | null; stderr: string }> {
  ensureBuilt();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', typeof stdout === 'number' ? stdout : 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    if (typeof stdout !== 'number') {
      let seen = 0;
      child.stdout!.on('data', (c: Buffer) => {
        seen += c.length;
        if (seen >= stdout.take) child.stdout!.destroy();
      });
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe.runIf(existsSync('/dev/full'))('standard output on a full disk', { timeout: 60_000 }, () => {
  it.each([
    ['stats', ['stats', LEDGER]],
    ['stats --format json', ['stats', LEDGER, '--format', 'json']],
    ['export -o -', ['export', LEDGER, '--format', 'csv', '-o', '-']],
    ['schema', ['schema']],
    // what commander prints itself
    ['--help', ['--help']],
    ['build --help', ['build', '--help']],
    ['--version', ['--version']],
  ])('%s > /dev/full: exit 2, stream-failed naming standard output, no stack trace', async (_name, args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = await rectify(args, full);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stderr).toContain('[stream-failed]');
      expect(r.stderr).toContain('标准输出');
      expect(r.code).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe('standard output closed early (| head)', { timeout: 60_000 }, () => {
  it.each([
    ['schema', ['schema']],
    ['export -o -', ['export', LEDGER, '--format', 'csv', '-o', '-']],
    ['validate --format json', ['validate', LEDGER, LEDGER, LEDGER, '--format', 'json']],
    ['--help', ['--help']],
  ])('%s: a quiet exit, nothing on standard error', async (_name, args) => {
    const r = await rectify(args, { take: 1 });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.code).toBe(0);
  });
});

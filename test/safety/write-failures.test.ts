/**
 * The real binary against folders it cannot write, and against an output that would be its own
 * input: exit 2, a clear message, no stack trace, and the previous report (and the ledger) exactly
 * as they were. A full disk and a read-only folder need a small tmpfs: tests mount one when they
 * may (root in a container), and say so when they skip.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../cli/run-cli.js';
import { humanDiagnostics, run, STACK_TRACE } from '../hostile/report-text.js';
import { bigLedger } from './big-ledger.js';

const SMALL = new URL('../fixtures/hostile/max-bytes-flag/ledger.yaml', import.meta.url);

let work: string;
beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'rectify-writefail-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function rectify(args: string[]) {
  const result = await run(process.execPath, [BIN, ...args], { timeoutMs: 60_000 });
  expect(result.timedOut).toBe(false);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return result;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

describe('one output that cannot be written', () => {
  it('(the .docx path is a folder) leaves the previous .md as it was: all of a ledger\'s outputs or none', async () => {
    const dir = join(work, 'half');
    mkdirSync(join(dir, 'out', 'ledger.docx'), { recursive: true });
    copyFileSync(SMALL, join(dir, 'ledger.yaml'));
    writeFileSync(join(dir, 'out', 'ledger.md'), 'the previous report');
    const result = await rectify(['build', join(dir, 'ledger.yaml'), '-o', join(dir, 'out')]);
    expect(result.code).toBe(2);
    expect(humanDiagnostics(result.stderr).map((d) => d.code)).toContain('write-failed');
    expect(result.stderr).toContain('ledger.docx');
    expect(readFileSync(join(dir, 'out', 'ledger.md'), 'utf8')).toBe('the previous report');
    // no temp file left behind either
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['ledger.docx', 'ledger.md']);
  });
});

describe('an output that is the input', () => {
  it('is refused when the ledger has the report extension', async () => {
    const dir = join(work, 'same');
    mkdirSync(dir, { recursive: true });
    const ledger = join(dir, 'notes.md');
    copyFileSync(SMALL, ledger);
    const before = readFileSync(ledger);
    const result = await rectify(['build', ledger, '--format', 'md']);
    expect(result.code).toBe(2);
    expect(humanDiagnostics(result.stderr).map((d) => d.code)).toContain('output-is-input');
    expect(readFileSync(ledger).equals(before)).toBe(true);
  });

  it('is refused when a symlinked folder reaches the ledger under another name', async () => {
    const real = join(work, 'real');
    mkdirSync(real, { recursive: true });
    const ledger = join(real, 'notes.md');
    copyFileSync(SMALL, ledger);
    const before = readFileSync(ledger);
    symlinkSync(real, join(work, 'link'));
    const result = await rectify(['build', ledger, '-o', join(work, 'link'), '--format', 'md']);
    expect(result.code).toBe(2);
    expect(humanDiagnostics(result.stderr).map((d) => d.code)).toContain('output-is-input');
    expect(readFileSync(ledger).equals(before)).toBe(true);
  });
});

describe('a folder that cannot be written', () => {
  it('under a regular file: exit 2 and a message naming the path', async () => {
    const file = join(work, 'plain-file');
    writeFileSync(file, 'not a folder');
    const result = await rectify(['build', SMALL.pathname, '-o', join(file, 'out'), '--format', 'md,docx']);
    expect(result.code).toBe(2);
    expect(humanDiagnostics(result.stderr).map((d) => d.code)).toContain('write-failed');
    expect(result.stderr).toContain('plain-file');
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('without write permission (non-root only: root writes anyway): exit 2, the previous report unchanged', async () => {
    if (process.getuid?.() === 0) return; // the read-only tmpfs case below covers root
    const out = join(work, 'locked');
    const first = await rectify(['build', SMALL.pathname, '-o', out, '--format', 'md,docx']);
    expect(first.code).toBe(0);
    const before = snapshot(out);
    execFileSync('chmod', ['555', out]);
    try {
      const ledger = join(work, 'locked-src', 'ledger.yaml');
      mkdirSync(join(ledger, '..'), { recursive: true });
      writeFileSync(ledger, bigLedger(5, '新'));
      const result = await rectify(['build', ledger, '-o', out, '--format', 'md,docx']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/没有写入权限|不允许写入/);
      expect(snapshot(out)).toEqual(before);
    } finally {
      execFileSync('chmod', ['755', out]);
    }
  });
});

/** Mount a tmpfs of `size` at a new folder; undefined where mounting is not allowed. */
function tinyTmpfs(size: string): string | undefined {
  const mountPoint = mkdtempSync(join(tmpdir(), 'rectify-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint], { stdio: 'ignore' });
    return mountPoint;
  } catch {
    rmSync(mountPoint, { recursive: true, force: true });
    return undefined;
  }
}

function unmount(mountPoint: string): void {
  try {
    execFileSync('umount', [mountPoint], { stdio: 'ignore' });
  } catch {
    // never mounted, or already gone
  }
  rmSync(mountPoint, { recursive: true, force: true });
}

describe('a full or read-only file system (needs mount: root in a container)', () => {
  const probe = tinyTmpfs('64k');
  if (probe) unmount(probe);

  it.skipIf(!probe)('a full disk: exit 2, "disk is full", the previous report byte for byte', async () => {
    const mountPoint = tinyTmpfs('96k')!;
    try {
      const first = await rectify(['build', SMALL.pathname, '-o', mountPoint, '--format', 'md,docx']);
      expect(first.code, first.stderr).toBe(0);
      const before = snapshot(mountPoint);
      // the same report name, now far bigger than the space left
      const dir = join(work, 'big');
      mkdirSync(dir, { recursive: true });
      const ledger = join(dir, 'ledger.yaml');
      writeFileSync(ledger, bigLedger(300, '新'));
      const result = await rectify(['build', ledger, '-o', mountPoint, '--format', 'md,docx']);
      expect(result.code).toBe(2);
      expect(humanDiagnostics(result.stderr).map((d) => d.code)).toContain('write-failed');
      expect(result.stderr).toContain('磁盘已满');
      expect(result.stderr).toContain('原有文件均未改动');
      expect(snapshot(mountPoint)).toEqual(before);
    } finally {
      unmount(mountPoint);
    }
  });

  it.skipIf(!probe)('a read-only file system: exit 2, the previous report unchanged', async () => {
    const mountPoint = tinyTmpfs('1m')!;
    try {
      const first = await rectify(['build', SMALL.pathname, '-o', mountPoint, '--format', 'md,docx']);
      expect(first.code, first.stderr).toBe(0);
      const before = snapshot(mountPoint);
      execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
      const dir = join(work, 'ro');
      mkdirSync(dir, { recursive: true });
      const ledger = join(dir, 'ledger.yaml');
      writeFileSync(ledger, bigLedger(3, '新'));
      const result = await rectify(['build', ledger, '-o', mountPoint, '--format', 'md,docx']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('文件系统只读');
      expect(snapshot(mountPoint)).toEqual(before);
    } finally {
      unmount(mountPoint);
    }
  });
});

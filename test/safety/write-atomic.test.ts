/**
 * The writer under failure, with the file operations replaced: a full disk or a refused open at
 * any file of a report leaves every target as it was and no temp file behind.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicWriteError, writeFileAtomic, writeFilesAtomic, type AtomicWriteIo } from '../../src/host/write-atomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rectify-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const realIo: AtomicWriteIo = {
  openSync: (p, f, m) => fs.openSync(p, f, m),
  linkSync: (a, b) => fs.linkSync(a, b),
  existsSync: (p) => fs.existsSync(p),
  writeSync: (fd, d, o, l) => fs.writeSync(fd, d, o, l),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (a, b) => fs.renameSync(a, b),
  unlinkSync: (p) => fs.unlinkSync(p),
  readdirSync: (p) => fs.readdirSync(p),
};

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** Real file operations, except that the `nth` call of `op` fails with `code`. */
function failing(op: 'openSync' | 'writeSync' | 'fsyncSync' | 'renameSync', nth: number, code: string): AtomicWriteIo {
  let calls = 0;
  return {
    ...realIo,
    [op]: (...args: unknown[]) => {
      if (++calls === nth) throw errno(code);
      return (realIo[op] as (...a: unknown[]) => unknown)(...args);
    },
  } as AtomicWriteIo;
}

function previousReport(): { md: string; docx: string } {
  const md = join(dir, 'report.md');
  const docx = join(dir, 'report.docx');
  writeFileSync(md, 'old markdown');
  writeFileSync(docx, 'old docx');
  return { md, docx };
}

const files = (t: { md: string; docx: string }) => [
  { target: t.md, data: 'new markdown' },
  { target: t.docx, data: new Uint8Array(100_000).fill(7) },
];

describe('writeFilesAtomic under failure', () => {
  it.each([
    ['a full disk on the first file', 'writeSync', 1, 'ENOSPC'],
    ['a full disk on the second file', 'writeSync', 2, 'ENOSPC'],
    ['a read-only folder', 'openSync', 1, 'EROFS'],
    ['a refused open of the second file', 'openSync', 2, 'EACCES'],
    ['a failing flush', 'fsyncSync', 2, 'EIO'],
  ] as const)('%s leaves both report files as they were', (_, op, nth, code) => {
    const targets = previousReport();
    let thrown: unknown;
    try {
      writeFilesAtomic(files(targets), { io: failing(op, nth, code) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AtomicWriteError);
    expect((thrown as AtomicWriteError).code).toBe(code);
    expect((thrown as AtomicWriteError).untouched).toBe(true);
    expect((thrown as AtomicWriteError).target).toBe(nth === 1 ? targets.md : targets.docx);
    expect(readFileSync(targets.md, 'utf8')).toBe('old markdown');
    expect(readFileSync(targets.docx, 'utf8')).toBe('old docx');
    expect(readdirSync(dir).sort()).toEqual(['report.docx', 'report.md']);
  });

  it('a rename that fails after the first puts the first file back: all of a report, or none', () => {
    const targets = previousReport();
    let thrown: unknown;
    try {
      writeFilesAtomic(files(targets), { io: failing('renameSync', 2, 'EXDEV') });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AtomicWriteError);
    expect((thrown as AtomicWriteError).target).toBe(targets.docx);
    // the .md had been replaced; it is the previous one again, and the error can say so
    expect((thrown as AtomicWriteError).untouched).toBe(true);
    expect(readFileSync(targets.md, 'utf8')).toBe('old markdown');
    expect(readFileSync(targets.docx, 'utf8')).toBe('old docx');
    expect(readdirSync(dir).sort()).toEqual(['report.docx', 'report.md']);
  });

  it('a new file is removed again when a later rename fails', () => {
    const md = join(dir, 'new.md');
    const docx = join(dir, 'new.docx');
    expect(() => writeFilesAtomic([{ target: md, data: 'a' }, { target: docx, data: 'b' }], { io: failing('renameSync', 2, 'EIO') })).toThrow(AtomicWriteError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder where a report file goes is found before anything is written', () => {
    const targets = previousReport();
    rmSync(targets.docx);
    fs.mkdirSync(targets.docx);
    let thrown: unknown;
    try {
      writeFilesAtomic(files(targets));
    } catch (error) {
      thrown = error;
    }
    expect((thrown as AtomicWriteError).code).toBe('EISDIR');
    expect((thrown as AtomicWriteError).untouched).toBe(true);
    expect(readFileSync(targets.md, 'utf8')).toBe('old markdown');
    expect(readdirSync(dir).sort()).toEqual(['report.docx', 'report.md']);
  });

  it('writes every file when nothing fails', () => {
    const targets = previousReport();
    writeFilesAtomic(files(targets));
    expect(readFileSync(targets.md, 'utf8')).toBe('new markdown');
    expect(readFileSync(targets.docx).length).toBe(100_000);
    expect(readdirSync(dir).sort()).toEqual(['report.docx', 'report.md']);
  });

  it('writeFileAtomic keeps the previous file when the disk fills mid-write', () => {
    const { md } = previousReport();
    expect(() => writeFileAtomic(md, 'x'.repeat(10_000), failing('writeSync', 1, 'ENOSPC'))).toThrow(/ENOSPC/);
    expect(readFileSync(md, 'utf8')).toBe('old markdown');
    expect(readdirSync(dir).sort()).toEqual(['report.docx', 'report.md']);
  });
});

describe('temp files left by a killed writer', () => {
  it("are removed by the next write when their process is gone, and kept while it runs", () => {
    const { md } = previousReport();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    const stale = `.report.md.${deadPid}.0badf00d.tmp`;
    const live = `.report.md.${process.ppid}.0123abcd.tmp`;
    const otherTarget = `.report.docx.${deadPid}.0badf00d.tmp`;
    for (const name of [stale, live, otherTarget]) writeFileSync(join(dir, name), 'partial');
    writeFileAtomic(md, 'new');
    const left = readdirSync(dir);
    expect(left).not.toContain(stale);
    expect(left).toContain(live);
    // only the target being written is tidied: another report's leftovers wait for its own write
    expect(left).toContain(otherTarget);
  });
});

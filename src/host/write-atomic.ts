import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations the writer uses; tests pass failing ones to play a full disk. */
export interface AtomicWriteIo {
  openSync(path: string, flags: string, mode: number): number;
  linkSync(existing: string, created: string): void;
  existsSync(path: string): boolean;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  readdirSync(path: string): string[];
  /** What is at a path now (not following a link); undefined when nothing. Default: fs.lstatSync. */
  lstatSync?(path: string): { isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean } | undefined;
}

export const NODE_IO: AtomicWriteIo = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  linkSync: (existing, created) => fs.linkSync(existing, created),
  existsSync: (path) => fs.existsSync(path),
  writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (path) => fs.unlinkSync(path),
  readdirSync: (path) => fs.readdirSync(path),
  lstatSync: (path) => fs.lstatSync(path, { throwIfNoEntry: false }),
};

const lstatOf = (io: AtomicWriteIo, path: string) => (io.lstatSync ? io.lstatSync(path) : fs.lstatSync(path, { throwIfNoEntry: false }));

/**
 * `.report.md.1234.9f3a0c1d.tmp` beside TARGET: hidden, names its target and the process that
 * wrote it. The suffix only has to differ between writes of one process: temp files are opened
 * with `wx` (O_EXCL), which refuses any existing file or symlink, so no randomness is trusted
 * (and the crypto module, 3 ms to load, is not needed).
 */
export function tempPathFor(target: string): string {
  const suffix = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
  return join(dirname(target), `.${basename(target)}.${process.pid}.${suffix}.tmp`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A writer killed between creating its temp file and renaming it (SIGKILL, power loss) leaves the
 * temp file behind; it never replaced the target, but it clutters the folder. The next write of
 * the same target removes the leftovers of processes that no longer run. A live process's temp
 * file is left alone: it may be another build writing right now.
 */
function removeStaleTemps(target: string, io: AtomicWriteIo): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = io.readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!m || Number(m[1]) === process.pid || isAlive(Number(m[1]))) continue;
    try {
      io.unlinkSync(join(dirname(target), name));
    } catch {
      // gone already, or not ours to remove: either way not worth failing the build
    }
  }
}

/** A failed write, naming the file the user asked for rather than its temp file. */
export class AtomicWriteError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly target: string,
    readonly reason: unknown,
    /** No target was replaced: the failure came before the first rename. */
    readonly untouched: boolean,
  ) {
    const code = (reason as NodeJS.ErrnoException)?.code;
    super(`${target}: ${code ?? (reason instanceof Error ? reason.message : String(reason))}`);
    this.name = 'AtomicWriteError';
    this.code = code;
  }
}

/**
 * Several files as one: every temp file is written and flushed first, and only when all of them
 * are complete are they renamed into place. A full disk or a read-only folder therefore changes
 * none of the targets — a report's .md and .docx never end up from two different builds because
 * the second one failed. Throws AtomicWriteError naming the target that could not be written.
 */
export function writeFilesAtomic(
  files: readonly { target: string; data: string | Uint8Array }[],
  options: { exclusive?: boolean; io?: AtomicWriteIo } = {},
): void {
  const io = options.io ?? NODE_IO;
  const written: { temp: string; target: string; backup?: string; existed: boolean }[] = [];
  let current = '';
  let renamed = 0;
  try {
    if (options.exclusive) {
      const existing = files.find((f) => io.existsSync(f.target));
      if (existing) throw Object.assign(new Error(`${existing.target} exists`), { code: 'EEXIST', path: existing.target });
    }
    // every target checked before anything is written: a folder where a report should go would
    // fail its rename after the others had been replaced
    for (const { target } of files) {
      current = target;
      const there = lstatOf(io, target);
      if (there?.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: 'EISDIR', path: target });
    }
    for (const { target, data } of files) {
      current = target;
      removeStaleTemps(target, io);
      const temp = tempPathFor(target);
      const existed = lstatOf(io, target) !== undefined;
      written.push({ temp, target, existed });
      writeTemp(temp, data, io);
    }
    // the files that will be replaced, kept (as hard links) until every rename has succeeded, so a
    // rename that fails half way puts the earlier ones back: all of a ledger's outputs, or none
    if (!options.exclusive && written.length > 1) {
      for (const w of written) {
        if (!w.existed) continue;
        current = w.target;
        w.backup = keepPrevious(w.target, io);
      }
    }
    for (const { temp, target } of written) {
      current = target;
      if (options.exclusive) publishExclusive(temp, target, io);
      else io.renameSync(temp, target);
      renamed++;
    }
  } catch (error) {
    const restored = rollBack(written, renamed, io);
    for (const { temp, backup } of written) {
      for (const leftover of [temp, backup]) {
        if (leftover === undefined) continue;
        try {
          io.unlinkSync(leftover);
        } catch {
          // renamed already or never created
        }
      }
    }
    throw new AtomicWriteError(current, error, renamed === 0 || restored);
  }
  for (const { backup } of written) {
    if (backup === undefined) continue;
    try {
      io.unlinkSync(backup);
    } catch {
      // a leftover backup is removed by the next write of the same file
    }
  }
}

/**
 * A hard link to the file about to be replaced, named like a temp file (so a killed build's
 * leftover is cleaned up like one). Where hard links are not supported, nothing is kept and a
 * failed rename cannot be undone (the error says so).
 */
function keepPrevious(target: string, io: AtomicWriteIo): string | undefined {
  const backup = tempPathFor(target);
  try {
    io.linkSync(target, backup);
    return backup;
  } catch {
    return undefined;
  }
}

/** Undo the first `renamed` renames: the previous file back, or a new one removed. Whether all were undone. */
function rollBack(written: readonly { target: string; backup?: string; existed: boolean }[], renamed: number, io: AtomicWriteIo): boolean {
  let all = true;
  for (let k = 0; k < renamed; k++) {
    const w = written[k]!;
    try {
      if (w.backup !== undefined) {
        io.renameSync(w.backup, w.target);
        w.backup = undefined;
      } else if (!w.existed) io.unlinkSync(w.target);
      else all = false;
    } catch {
      all = false;
    }
  }
  return all;
}

/**
 * Publish a temp file where nothing may exist yet: link(2) fails instead of replacing a file that
 * appeared since the check. File systems without hard links (some network and FAT mounts) get a
 * check, then a rename.
 */
function publishExclusive(temp: string, target: string, io: AtomicWriteIo): void {
  try {
    io.linkSync(temp, target);
    io.unlinkSync(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (io.existsSync(target)) throw Object.assign(new Error(`${target} exists`), { code: 'EEXIST', path: target });
    io.renameSync(temp, target);
  }
}

function writeTemp(temp: string, data: string | Uint8Array, io: AtomicWriteIo): void {
  const fd = io.openSync(temp, 'wx', 0o644);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += io.writeSync(fd, bytes, offset, bytes.length - offset);
    io.fsyncSync(fd);
  } finally {
    io.closeSync(fd);
  }
}

/** One file, whole or not at all: see writeFilesAtomic. */
export function writeFileAtomic(target: string, data: string | Uint8Array, io: AtomicWriteIo = NODE_IO): void {
  writeFilesAtomic([{ target, data }], { io });
}

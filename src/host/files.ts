/**
 * Files the commands write and the folders they read, with every failure turned into a problem
 * naming the file the user asked for (never a temp file) and why.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fail, Failure, placeIn, problem, type Problem } from '../model/problem.js';
import { AtomicWriteError, writeFilesAtomic, type AtomicWriteIo } from './write-atomic.js';

export interface PlannedFile {
  /** Absolute path. */
  target: string;
  data: string | Uint8Array;
  /** The file problems are about (the ledger of a build, or the output as the user named it); default the target. */
  shown?: string;
}

/**
 * Write every file whole, all or none (see writeFilesAtomic). `exclusive`: none may exist yet — a
 * file that does, or appears meanwhile, is `would-overwrite` and nothing is written.
 */
export function writeFiles(files: readonly PlannedFile[], options: { exclusive?: boolean; io?: AtomicWriteIo } = {}): void {
  try {
    writeFilesAtomic(files, options);
  } catch (error) {
    if (!(error instanceof AtomicWriteError)) throw error;
    const file = files.find((f) => f.target === error.target);
    const shown = file?.shown ?? error.target;
    if (error.code === 'EEXIST') {
      const existing = files.find((f) => f.target === (error.reason as { path?: string }).path) ?? file;
      fail('would-overwrite', placeIn(existing?.shown ?? shown), { target: existing?.target ?? error.target });
    }
    throw new Failure(writeFailed(shown, error.target, error.code ?? String(error.reason), error.untouched));
  }
}

export function writeFailed(shown: string, target: string, reason: string, untouched = true): Problem {
  return problem('write-failed', placeIn(shown), { target, reason, untouched: untouched ? 1 : 0 });
}

/** Create a folder and its parents; a failure is `write-failed` naming it. */
export function ensureDir(path: string, shown: string = path): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new Failure(writeFailed(shown, path, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

/**
 * The same file by name or by identity: a symlinked folder or a hard link reaching it counts. A
 * target that does not exist yet is the input only if their resolved paths are equal.
 */
export function isSameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a, { throwIfNoEntry: false });
    const y = statSync(b, { throwIfNoEntry: false });
    if (x !== undefined && y !== undefined) return x.dev === y.dev && x.ino === y.ino;
    return real(a) === real(b);
  } catch {
    // an unreachable path (a file where a folder should be) is not the input; writing reports it
    return false;
  }
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The `*.yaml` / `*.yml` files directly in a folder (not subfolders), by name. */
export function yamlFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => /\.ya?ml$/i.test(entry.name) && !entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A small text file the user names (a --map file), at most `maxBytes`: `not-found`, `too-large` or `read-failed` naming it. */
export function readTextFile(path: string, shown: string, maxBytes = 1024 * 1024): string {
  return new TextDecoder().decode(readUserFile(path, shown, maxBytes));
}

/** readRegularFile, its refusals as the problems of a file the user named. */
export function readUserFile(path: string, shown: string, maxBytes: number): Uint8Array {
  try {
    return readRegularFile(path, maxBytes);
  } catch (error) {
    if (!(error instanceof ReadRefused)) throw error;
    if (error.reason === 'missing') fail('not-found', placeIn(shown));
    if (error.reason === 'directory') fail('is-directory', placeIn(shown));
    if (error.reason === 'too-large') fail('too-large', placeIn(shown), { size: error.size, max: maxBytes });
    fail('read-failed', placeIn(shown), { reason: error.reason });
  }
}


/** Why a file could not be read whole: `too-large` carries its size. */
export class ReadRefused extends Error {
  constructor(
    readonly reason: 'missing' | 'directory' | 'not-a-file' | 'symlink' | 'too-large' | string,
    readonly size = 0,
  ) {
    super(reason);
    this.name = 'ReadRefused';
  }
}

/**
 * A regular file, whole, and never more than `maxBytes` of it: opened without blocking (a FIFO
 * would wait for a writer for ever), checked on the open descriptor (no swap between check and
 * read), refused when it is not a regular file (`/dev/zero`, a FIFO, a socket, a directory) or
 * larger than `maxBytes` by its size — a sparse file of gigabytes is refused without reading a
 * byte — and read no further than `maxBytes` + 1 in case it grows meanwhile. `noFollow`: a
 * symbolic link is refused too.
 */
export function readRegularFile(path: string, maxBytes: number, options: { noFollow?: boolean } = {}): Uint8Array {
  const c = constants as Record<string, number | undefined>;
  const flags = (c.O_RDONLY ?? 0) | (c.O_NONBLOCK ?? 0) | (options.noFollow ? (c.O_NOFOLLOW ?? 0) : 0);
  let fd: number;
  try {
    if (options.noFollow && lstatSync(path).isSymbolicLink()) throw new ReadRefused('symlink');
    fd = openSync(path, flags);
  } catch (error) {
    if (error instanceof ReadRefused) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReadRefused('missing');
    if (code === 'EISDIR') throw new ReadRefused('directory');
    if (code === 'ELOOP') throw new ReadRefused('symlink');
    throw new ReadRefused(code ?? String(error));
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new ReadRefused('directory');
    if (!info.isFile()) throw new ReadRefused('not-a-file');
    if (info.size > maxBytes) throw new ReadRefused('too-large', info.size);
    const limit = Math.min(maxBytes + 1, Number.MAX_SAFE_INTEGER);
    let buffer = Buffer.allocUnsafe(Math.min(limit, info.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length >= limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2 + 4096));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw new ReadRefused('too-large', length);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } catch (error) {
    if (error instanceof ReadRefused) throw error;
    throw new ReadRefused((error as NodeJS.ErrnoException).code ?? String(error));
  } finally {
    closeSync(fd);
  }
}

/**
 * Files the commands write and the folders they read, with every failure turned into a problem
 * naming the file the user asked for (never a temp file) and why.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
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

/** A small text file the user names (a --map file): `not-found` or `read-failed` naming it. */
export function readTextFile(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') fail('not-found', placeIn(shown));
    if (code === 'EISDIR') fail('is-directory', placeIn(shown));
    fail('read-failed', placeIn(shown), { reason: code ?? String(error) });
  }
}


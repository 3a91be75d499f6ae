import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { tempPathFor, writeFileAtomic } from '../../host/write-atomic.js';

export interface NewFile {
  path: string;
  text: string;
}

/** Thrown when a target exists and overwriting was not asked for; `paths` are the ones in the way. */
export class WouldOverwriteError extends Error {
  constructor(readonly paths: string[]) {
    super(`would overwrite ${paths.join(', ')}`);
    this.name = 'WouldOverwriteError';
  }
}

/**
 * Write each file whole or not at all. Without `overwrite`, every target is checked before any
 * is written, and each is then published with link(2), which fails instead of replacing a file
 * that appeared in the meantime; with `overwrite`, temp file + rename replaces it atomically.
 */
export function writeNewFiles(files: readonly NewFile[], overwrite: boolean): void {
  if (overwrite) {
    for (const file of files) writeFileAtomic(file.path, file.text);
    return;
  }
  const existing = files.filter((f) => existsSync(f.path)).map((f) => f.path);
  if (existing.length > 0) throw new WouldOverwriteError(existing);
  for (const file of files) writeExclusive(file.path, file.text);
}

function writeExclusive(target: string, text: string): void {
  const temp = tempPathFor(target);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WouldOverwriteError([target]);
    // File systems without hard links (some network and FAT mounts): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (existsSync(target)) throw new WouldOverwriteError([target]);
    renameSync(temp, target);
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
}

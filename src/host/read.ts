import { readFile as readFileCallback, stat as statCallback } from 'node:fs';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { fail, Failure, placeIn } from '../model/problem.js';

// the callback API, promisified: node:fs/promises is a module of its own that a run would load for these two calls
const readFile = promisify(readFileCallback);
const stat = promisify(statCallback);

export interface InputIo {
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

/** Diagnostics name standard input `<stdin>`; every other file as the user wrote it. */
export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/**
 * The raw bytes of a ledger: a file relative to `io.cwd`, or standard input for `-`. Decoding is
 * left to loading, which reports bad encodings with a position. Failures throw RectifyError (exit 2).
 * `maxBytes` stops reading an endless stream early.
 */
export async function readInput(path: string, io: InputIo, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const name = displayName(path);
  if (path === '-') return readStream(io.stdin, name, maxBytes);
  const full = resolve(io.cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) fail('is-directory', placeIn(name));
    return new Uint8Array(await readFile(full));
  } catch (error) {
    if (error instanceof Failure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') fail('not-found', placeIn(name));
    if (code === 'EISDIR') fail('is-directory', placeIn(name));
    fail('read-failed', placeIn(name), { reason: code ?? String(error) });
  }
}

async function readStream(stream: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      size += buf.length;
      // Keep one byte over the cap so loading still sees the input as too large and says so.
      if (size > maxBytes) {
        chunks.push(buf);
        break;
      }
      chunks.push(buf);
    }
  } catch (error) {
    fail('read-failed', placeIn(name), { reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return new Uint8Array(Buffer.concat(chunks));
}

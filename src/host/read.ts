import { resolve } from 'node:path';
import { fail, placeIn } from '../model/problem.js';
import { readUserFile } from './files.js';

export interface InputIo {
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

/** Diagnostics name standard input `<stdin>`; every other file as the user wrote it. */
export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/** What a file is read up to when no limit is given: a ledger's own default, 10 MiB. */
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The raw bytes of a ledger or spreadsheet: a file relative to `io.cwd`, or standard input for `-`.
 * Decoding is left to loading, which reports bad encodings with a position. The limit holds while
 * reading: a file is a regular file (never `/dev/zero` or a FIFO), refused by its size before a
 * byte is read (`too-large`, exit 1), and a stream is read no further than `maxBytes` + 1 (so
 * loading sees it is too large and says so). Other failures are problems naming the file (exit 2).
 */
export async function readInput(path: string, io: InputIo, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const name = displayName(path);
  if (path === '-') return readStream(io.stdin, name, maxBytes);
  return readUserFile(resolve(io.cwd, path), name, maxBytes);
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

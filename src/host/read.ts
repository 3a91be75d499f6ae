import { readFile as readFileCallback, stat as statCallback } from 'node:fs';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { fileError, type Lang } from '../model/diagnostic.js';

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

const TEXT = {
  zh: {
    missing: (p: string) => `找不到台账文件 ${p}`,
    missingHint: '检查文件名和所在目录；用 - 从标准输入读取',
    directory: (p: string) => `${p} 是目录，不是台账文件`,
    directoryHint: '给出目录中的 YAML 文件，例如 ledger.yaml',
    unreadable: (p: string, why: string) => `无法读取 ${p}：${why}`,
    unreadableHint: '检查文件权限',
    tooLarge: (p: string, max: number) => `${p} 超过 ${max} 字节上限`,
    tooLargeHint: '台账一般小于 1 MiB；确有需要可用 --max-bytes 放宽',
  },
  en: {
    missing: (p: string) => `ledger file ${p} not found`,
    missingHint: 'check the file name and folder; use - to read standard input',
    directory: (p: string) => `${p} is a directory, not a ledger file`,
    directoryHint: 'name the YAML file inside it, e.g. ledger.yaml',
    unreadable: (p: string, why: string) => `cannot read ${p}: ${why}`,
    unreadableHint: 'check the file permissions',
    tooLarge: (p: string, max: number) => `${p} is larger than the ${max}-byte limit`,
    tooLargeHint: 'a ledger is normally under 1 MiB; raise the limit with --max-bytes if you must',
  },
} as const;

/**
 * The raw bytes of a ledger: a file relative to `io.cwd`, or standard input for `-`. Decoding is
 * left to loading, which reports bad encodings with a position. Failures throw RectifyError (exit 2).
 * `maxBytes` stops reading an endless stream early.
 */
export async function readLedgerInput(
  path: string,
  io: InputIo,
  lang: Lang = 'zh',
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<Uint8Array> {
  const t = TEXT[lang];
  const name = displayName(path);
  if (path === '-') return readStream(io.stdin, name, maxBytes, lang);
  const full = resolve(io.cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw fileError(name, 'is-directory', t.directory(name), t.directoryHint);
    return new Uint8Array(await readFile(full));
  } catch (error) {
    if (error instanceof Error && error.name === 'RectifyError') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fileError(name, 'not-found', t.missing(name), t.missingHint);
    if (code === 'EISDIR') throw fileError(name, 'is-directory', t.directory(name), t.directoryHint);
    const why = error instanceof Error ? error.message : String(error);
    throw fileError(name, 'read-failed', t.unreadable(name, why), t.unreadableHint);
  }
}

async function readStream(stream: NodeJS.ReadableStream, name: string, maxBytes: number, lang: Lang): Promise<Uint8Array> {
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
    const why = error instanceof Error ? error.message : String(error);
    throw fileError(name, 'read-failed', TEXT[lang].unreadable(name, why), TEXT[lang].unreadableHint);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

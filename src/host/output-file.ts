/**
 * Where export and import write: whole files only (temp file + rename), never over the input, and
 * never over an existing file unless the user says --force — both outputs are files people edit.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileError, type Lang } from '../model/diagnostic.js';
import { writeFileAtomic } from './write-atomic.js';

const TEXT = {
  zh: {
    exists: (p: string) => `${p} 已存在，未作改动`,
    existsHint: '加 --force 覆盖，或用 -o 指定另一个文件',
    input: (p: string) => `输出文件 ${p} 就是输入文件，未作改动`,
    inputHint: '用 -o 指定另一个文件',
    failed: (p: string, why: string) => `无法写入 ${p}：${why}`,
    failedHint: '检查目录是否存在、是否有写权限',
  },
  en: {
    exists: (p: string) => `${p} exists; nothing was changed`,
    existsHint: 'add --force to overwrite it, or name another file with -o',
    input: (p: string) => `the output ${p} is the input file; nothing was changed`,
    inputHint: 'name another file with -o',
    failed: (p: string, why: string) => `cannot write ${p}: ${why}`,
    failedHint: 'check that the folder exists and is writable',
  },
} as const;

/** `台账.xlsx` → `台账.yaml` beside it; standard input → `ledger.<ext>` in the working folder. */
export function defaultOutput(input: string, ext: string): string {
  if (input === '-') return `ledger.${ext}`;
  return join(dirname(input), `${basename(input, extname(input))}.${ext}`);
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function writeOutputFile(
  shown: string,
  fullPath: string,
  inputPath: string | undefined,
  data: string | Uint8Array,
  options: { force: boolean; lang: Lang },
): void {
  const t = TEXT[options.lang];
  if (inputPath !== undefined && real(fullPath) === real(inputPath)) throw fileError(shown, 'would-overwrite-input', t.input(shown), t.inputHint);
  if (!options.force && existsSync(fullPath)) throw fileError(shown, 'would-overwrite', t.exists(shown), t.existsHint);
  try {
    writeFileAtomic(fullPath, data);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw fileError(shown, 'write-failed', t.failed(shown, why), t.failedHint);
  }
}

/** SOURCE_DATE_EPOCH when set, so tests and CI get a fixed day; else the local calendar day. */
export function todayFrom(env: NodeJS.ProcessEnv, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

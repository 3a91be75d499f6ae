import { relative } from 'node:path';
import { displayName } from '../../host/index.js';
import { exitCodeFor } from '../exit.js';
import type { Lang } from '../messages/index.js';
import { say } from '../messages/index.js';
import type { BuildResult } from '../pipeline/index.js';

/**
 * The last lines of a batch build: how many ledgers were built, how many failed, and which, with
 * why in a word (the diagnostics above say the rest).
 *
 *   已生成 198 份，失败 2 份：
 *     b.yaml（台账有误）
 *     c.yaml（无法生成）
 */
export function batchSummary(files: readonly string[], results: readonly BuildResult[], lang: Lang, cwd: string, outDir?: string): string {
  const failed = files.map((file, i) => ({ file, code: exitCodeFor(results[i]!.problems) })).filter(({ code }) => code !== 0);
  const built = files.length - failed.length;
  const where = outDir !== undefined && built > 0 ? relative(cwd, outDir) || '.' : '';
  const head = say('batch.summary', { built, total: files.length, failed: failed.length, where }, lang);
  const lines = failed.map(({ file, code }) => say('batch.failed-ledger', { file: displayName(file), why: code === 1 ? 'invalid' : 'not-built' }, lang));
  return `${[head, ...lines].join('\n')}\n`;
}

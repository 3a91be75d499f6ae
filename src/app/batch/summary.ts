import { relative } from 'node:path';
import type { BuildResult } from '../pipeline/index.js';
import type { Lang } from '../../model/diagnostic.js';
import { displayName } from '../../core/load/index.js';

/**
 * The last lines of a batch build: how many ledgers were built, how many failed, and which, with
 * why in a word (the diagnostics above say the rest).
 *
 *   已生成 198 份，失败 2 份：
 *     b.yaml（台账有误）
 *     c.yaml（无法生成）
 */
export function batchSummary(files: readonly string[], results: readonly BuildResult[], lang: Lang, cwd: string, outDir?: string): string {
  const failed = files.map((file, i) => ({ file, result: results[i]! })).filter(({ result }) => result.exitCode !== 0);
  const built = files.length - failed.length;
  const where = outDir !== undefined ? relative(cwd, outDir) || '.' : undefined;
  const head =
    lang === 'en'
      ? `built ${built} of ${files.length} ledgers${where !== undefined && built > 0 ? ` into ${where}` : ''}${failed.length > 0 ? `, ${failed.length} failed:` : ''}`
      : `已生成 ${built} 份${where !== undefined && built > 0 ? `（在 ${where}）` : ''}，失败 ${failed.length} 份${failed.length > 0 ? '：' : ''}`;
  const lines = failed.map(({ file, result }) => {
    const why = result.exitCode === 1 ? (lang === 'en' ? 'invalid ledger' : '台账有误') : lang === 'en' ? 'could not be built' : '无法生成';
    return lang === 'en' ? `  ${displayName(file)} (${why})` : `  ${displayName(file)}（${why}）`;
  });
  return `${[head, ...lines].join('\n')}\n`;
}

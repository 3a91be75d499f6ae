/**
 * The ledgers a `rectify build` names: files as given, and for a folder every `*.yaml` / `*.yml`
 * directly in it (not in subfolders), sorted by name so the build order never depends on the file
 * system. A YAML file in the folder that is not a ledger is built like any other and fails with its
 * own problems: a folder of ledgers is expected to hold ledgers only.
 */
import { join, resolve } from 'node:path';
import type { Host } from '../../host/index.js';
import { placeIn, problem, type Problem } from '../../model/problem.js';

export function expandLedgerArgs(args: readonly string[], host: Host, options: { exclude?: string } = {}): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  // `rectify summary round/summary.yaml round/`: the summary ledger is no unit ledger of its folder
  const excluded = options.exclude !== undefined && options.exclude !== '-' ? resolve(host.cwd, options.exclude) : undefined;
  const add = (file: string) => {
    // `a.yaml` and `./a.yaml` are one ledger, built once
    const key = file === '-' ? '-' : resolve(host.cwd, file);
    if (seen.has(key) || key === excluded) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    if (arg === '-' || !host.isDirectory(arg)) {
      add(arg);
      continue;
    }
    const names = host.yamlFilesIn(arg).filter((name) => resolve(host.cwd, arg, name) !== excluded);
    if (names.length === 0) problems.push(problem('no-ledgers', placeIn(arg)));
    for (const name of names) add(join(arg, name));
  }
  return { files, problems };
}

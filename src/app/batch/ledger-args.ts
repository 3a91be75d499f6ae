/**
 * The ledgers a `rectify build` names: files as given, and for a folder every `*.yaml` / `*.yml`
 * directly in it (not in subfolders), sorted by name so the build order never depends on the file
 * system. A YAML file in the folder that is not a ledger is built like any other and fails with its
 * own diagnostic: a folder of ledgers is expected to hold ledgers only.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic, Lang } from '../../model/diagnostic.js';

const LEDGER_FILE = /\.ya?ml$/i;

export function expandLedgerArgs(args: readonly string[], cwd: string, lang: Lang): { files: string[]; diagnostics: Diagnostic[] } {
  const say = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    // `a.yaml` and `./a.yaml` are one ledger, built once
    const key = file === '-' ? '-' : resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    if (arg === '-' || !isDirectory(resolve(cwd, arg))) {
      add(arg);
      continue;
    }
    const names = readdirSync(resolve(cwd, arg), { withFileTypes: true })
      .filter((entry) => LEDGER_FILE.test(entry.name) && !entry.isDirectory())
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (names.length === 0) {
      diagnostics.push({
        severity: 'error',
        code: 'no-ledgers',
        message: say(`目录 ${arg} 中没有台账文件（*.yaml、*.yml）`, `no ledgers (*.yaml, *.yml) in the folder ${arg}`),
        file: arg,
        line: 0,
        column: 0,
        path: '',
        hint: say('给出台账文件或含台账的目录；子目录不会被读取', 'name ledger files or a folder that holds them; subfolders are not read'),
      });
      continue;
    }
    for (const name of names) add(join(arg, name));
  }
  return { files, diagnostics };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // a missing path is reported by the build that tries to read it
    return false;
  }
}

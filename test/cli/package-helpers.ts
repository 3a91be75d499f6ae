/**
 * Helpers for the tests of the package as it is installed (bundle.test.ts, install.test.ts): a
 * copy of the package, the commands a user runs, a read-only mount, and a snapshot of a folder
 * that shows any write.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './run-cli.js';

export const EXAMPLE = join(ROOT, 'examples/justice-bureau/ledger.yaml');

/**
 * Whether install.test.ts runs (CI, or asked for): it installs the tarball with npm and runs the
 * everyday commands from it read-only, so bundle.test.ts need not run them from an unpacked copy too.
 */
export const INSTALL_TEST_RUNS = process.env.CI === 'true' || process.env.RECTIFY_TEST_INSTALL === '1';

/**
 * Every file and folder under `dir` with its size, mode and modification time (symbolic links as
 * links, not followed): a file written, replaced, created and removed again, or a folder whose
 * listing changed, shows up as a difference.
 */
export function snapshot(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (path: string, name: string) => {
    const stat = lstatSync(path);
    found[name] = `${stat.isDirectory() ? 'dir' : stat.isSymbolicLink() ? 'link' : 'file'} ${stat.size} ${stat.mode} ${stat.mtimeMs}`;
    if (stat.isDirectory()) for (const entry of readdirSync(path).sort()) walk(join(path, entry), `${name}/${entry}`);
  };
  walk(dir, '.');
  return found;
}

/**
 * A copy of the installed package — real files, so a snapshot sees any write — with node_modules
 * linked to this checkout's (an install brings them; the bundle needs only exceljs from it).
 */
export function packageCopy(): { root: string; bundle: string; bin: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'rectify-package-'));
  for (const part of ['bin', 'dist/bundle', 'dist/templates', 'templates', 'schemas', 'package.json']) cpSync(join(ROOT, part), join(root, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return { root, bundle: join(root, 'dist/bundle/rectify.cjs'), bin: join(root, 'bin/rectify.js'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Run the bin of a package folder; every command here succeeds, and its output goes outside the folder. */
export function runBin(bin: string, args: string[], wrap: string[] = []) {
  // a .js bin runs with this Node; an installed command (npm's link to it) runs by its #! line
  const [command, ...rest] = [...wrap, ...(bin.endsWith('.js') ? [process.execPath] : []), bin, ...args];
  return spawnSync(command!, rest, { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
}

/** What runBin gives for a command that worked: exit 0, and on stderr at most the example's warning and a "written" line. */
export const WORKED = { status: 0, stderr: expect.not.stringMatching(/error|EROFS|EACCES|EPERM|ENOENT|Cannot find/i) };

/**
 * What a user runs most, and what loads code lazily (the .docx writer, exceljs, the batch worker
 * threads); every output goes under `out`, outside the package.
 */
export function everydayCommands(out: string): string[][] {
  mkdirSync(join(out, 'ledgers'), { recursive: true });
  for (const name of ['a.yaml', 'b.yaml']) copyFileSync(EXAMPLE, join(out, 'ledgers', name));
  return [
    ['--version'],
    ['validate', EXAMPLE, '--quiet'],
    ['build', EXAMPLE, '-o', out, '--format', 'md,docx', '--quiet'],
    ['build', join(out, 'ledgers'), '-o', join(out, 'batch'), '--quiet'],
    ['export', EXAMPLE, '-o', join(out, 'ledger.xlsx')],
  ];
}

/** Whether everydayCommands(out) wrote what it should. */
export function everydayOutputs(out: string): boolean {
  return ['ledger.md', 'ledger.docx', 'batch/a.docx', 'batch/b.docx', 'ledger.xlsx'].every((name) => existsSync(join(out, name)));
}

/**
 * The command prefix that runs a command with `dir` mounted read-only (a private mount namespace:
 * nothing outside the command sees the mount), or undefined where this system does not allow it.
 * Root ignores file modes, so a chmod would prove nothing; a read-only mount holds for root too.
 */
export function readOnlyWrapper(dir: string): string[] | undefined {
  const script = 'dir=$1; shift; mount --bind "$dir" "$dir" && mount -o remount,bind,ro "$dir" && exec "$@"';
  const wrap = (userns: boolean) => ['unshare', ...(userns ? ['--map-root-user'] : []), '--mount', 'sh', '-c', script, 'sh', dir];
  for (const userns of [false, true]) {
    const probe = spawnSync(wrap(userns)[0]!, [...wrap(userns).slice(1), 'sh', '-c', `touch "${dir}/.probe" 2>/dev/null && exit 1; exit 0`]);
    if (probe.status === 0) return wrap(userns);
  }
  return undefined;
}


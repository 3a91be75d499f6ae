/**
 * `npm install -g` as a user runs it, into a temporary prefix: of a fresh copy of the checkout
 * (npm 11 links the folder, runs `prepare` there and installs no dependency: scripts/prepare.js
 * installs the tools and builds) and of the tarball `npm pack` makes (npm installs the dependencies,
 * runs no `prepare`: the tarball ships the build). Each installed command then runs from a read-only
 * mount of its folder and leaves the folder as it was.
 *
 * This installs the locked dependencies from npm's cache or the registry and builds once more, a
 * minute or two: it runs under CI=true (.ci/run) or RECTIFY_TEST_INSTALL=1, and is skipped otherwise.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everydayCommands, everydayOutputs, INSTALL_TEST_RUNS, readOnlyWrapper, runBin, snapshot, WORKED } from './package-helpers.js';
import { ROOT } from './run-cli.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** npm with a clean environment: nothing from the npm running the tests (npm test) leaks in. */
function npm(args: string[], cwd: string) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The checkout as `git clone` would give it: tracked files and new ones not ignored (no node_modules, dist/, generated/). */
function freshCopy(to: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  expect(listed.status, listed.stderr).toBe(0);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue; // deleted, not yet committed
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(ROOT, file), join(to, file));
  }
}

/** The installed command runs everything from a read-only mount of `folder` and changes nothing in it. */
function expectRunsReadOnly(command: string, folder: string, out: string): void {
  const wrap = readOnlyWrapper(folder);
  if (!wrap) throw new Error('cannot mount a folder read-only here (unshare --mount, mount --bind)');
  const before = snapshot(folder);
  const version = runBin(command, ['--version'], wrap);
  expect(version).toMatchObject({ status: 0, stderr: '' });
  expect(version.stdout.trim()).toBe(VERSION);
  for (const args of everydayCommands(out)) expect(runBin(command, args, wrap), args.join(' ')).toMatchObject(WORKED);
  expect(everydayOutputs(out)).toBe(true);
  expect(snapshot(folder)).toEqual(before);
}

describe.skipIf(!INSTALL_TEST_RUNS)('npm install -g', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'rectify-install-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('of a fresh clone: prepare installs the tools and builds, and the command runs read-only', () => {
    const clone = join(work, 'clone');
    freshCopy(clone);
    expect(existsSync(join(clone, 'node_modules'))).toBe(false);
    const prefix = join(work, 'global-folder');
    const install = npm(['install', '-g', clone, '--prefix', prefix], work);
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
    // npm linked the folder: the command runs from the clone, built in place
    expect(realpathSync(join(prefix, 'lib/node_modules/rectify'))).toBe(realpathSync(clone));
    expect(existsSync(join(clone, 'dist/bundle/rectify.cjs.v8cache'))).toBe(true);
    expectRunsReadOnly(join(prefix, 'bin/rectify'), clone, join(work, 'out-folder'));
  }, 900_000);

  it('of the tarball npm pack makes: the build ships in it, and the command runs read-only', () => {
    // the clone built by the test above, or this checkout
    const source = existsSync(join(work, 'clone', 'dist/bundle/rectify.cjs')) ? join(work, 'clone') : ROOT;
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], source);
    expect(pack.status, pack.stderr).toBe(0);
    const [{ filename }] = JSON.parse(pack.stdout) as [{ filename: string }];
    const prefix = join(work, 'global-tarball');
    const install = npm(['install', '-g', join(work, filename), '--prefix', prefix], work);
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
    const installed = join(prefix, 'lib/node_modules/rectify');
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expectRunsReadOnly(join(prefix, 'bin/rectify'), installed, join(work, 'out-tarball'));
  }, 900_000);
});

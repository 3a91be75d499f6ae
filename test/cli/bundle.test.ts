/**
 * The bundled CLI that bin/rectify.js runs (scripts/bundle.js): what makes start-up fast is held
 * here by what it does — which files and modules a run touches — never by timing it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './run-cli.js';

const BUNDLE = join(ROOT, 'dist/bundle/rectify.cjs');
const LOADER = join(ROOT, 'bin/load-bundle.cjs');
const EXAMPLE = join(ROOT, 'examples/justice-bureau/ledger.yaml');

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('dist/bundle is missing: run `npm run build` (npm test does it) first');
});

/** Run `main` from a bundle in a fresh Node, as the bin does; report what the run loaded. */
function runBundled(args: string[], bundle = BUNDLE): { code: number; modules: string[]; cacheStale: boolean; cacheRejected: boolean; stderr: string } {
  const script = `
    const before = new Set(process.moduleLoadList);
    const { loadBundle } = require(${JSON.stringify(LOADER)});
    const loaded = loadBundle({ bundle: ${JSON.stringify(bundle)} });
    const io = { get stdin() { return process.stdin; }, get stdout() { return process.stdout; }, get stderr() { return process.stderr; }, env: process.env, cwd: ${JSON.stringify(ROOT)} };
    loaded.exports.main(${JSON.stringify(args)}, io).then((code) => {
      const modules = process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice(13));
      require('node:fs').writeFileSync(3, JSON.stringify({ code, modules, cacheStale: loaded.cacheStale, cacheRejected: loaded.script.cachedDataRejected === true }));
    });`;
  const child = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const report = child.output[3];
  if (!report) throw new Error(`the bundled run failed (exit ${child.status}): ${child.stderr}`);
  return { ...(JSON.parse(report) as { code: number; modules: string[]; cacheStale: boolean; cacheRejected: boolean }), stderr: child.stderr };
}

/** Node modules a quiet validate or a Markdown build has no use for, each a few milliseconds to load. */
const HEAVY = ['child_process', 'crypto', 'zlib', 'net', 'tty', 'stream', 'fs/promises', 'readline', 'worker_threads'];

describe('the bundle', () => {
  it('is pure ASCII, so the loader can read it as latin1', () => {
    const bytes = readFileSync(BUNDLE);
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });

  it('runs a quiet validate without loading Node modules it has no use for', () => {
    const run = runBundled(['validate', EXAMPLE, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.modules.filter((m) => HEAVY.includes(m))).toEqual([]);
  });

  it('builds Markdown without them too, and loads zlib only for the .docx', () => {
    const out = mkdtempSync(join(ROOT, 'dist', 'bundle-test-out-'));
    try {
      const md = runBundled(['build', EXAMPLE, '-o', out, '--format', 'md', '--quiet']);
      expect(md.code).toBe(0);
      expect(md.modules.filter((m) => HEAVY.includes(m))).toEqual([]);
      const docx = runBundled(['build', EXAMPLE, '-o', out, '--format', 'md,docx', '--quiet']);
      expect(docx.code).toBe(0);
      expect(docx.modules).toContain('zlib');
      expect(docx.modules.filter((m) => ['child_process', 'crypto', 'net', 'tty', 'fs/promises'].includes(m))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the code cache', () => {
  // a copy two folders below the package root, like the real one, so its relative paths hold
  let dir: string;
  let copy: string;
  beforeAll(() => {
    dir = mkdtempSync(join(ROOT, 'dist', 'bundle-test-'));
    copy = join(dir, 'rectify.cjs');
    copyFileSync(BUNDLE, copy);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('made at build time is accepted', () => {
    copyFileSync(`${BUNDLE}.v8cache`, `${copy}.v8cache`);
    const run = runBundled(['validate', EXAMPLE, '--quiet'], copy);
    expect(run).toMatchObject({ code: 0, cacheStale: false, cacheRejected: false });
  });

  it('when missing or unusable costs only speed, and the next run writes a good one', () => {
    writeFileSync(`${copy}.v8cache`, 'not a V8 code cache');
    expect(runBundled(['validate', EXAMPLE, '--quiet'], copy)).toMatchObject({ code: 0, cacheStale: true, cacheRejected: true });
    rmSync(`${copy}.v8cache`);
    expect(runBundled(['validate', EXAMPLE, '--quiet'], copy)).toMatchObject({ code: 0, cacheStale: true });

    // what the bin does when a run ends with a stale cache
    const save = spawnSync(process.execPath, ['-e', `const l = require(${JSON.stringify(LOADER)}); const b = l.loadBundle({ bundle: ${JSON.stringify(copy)} }); l.saveCodeCache(b.script, ${JSON.stringify(copy)});`]);
    expect(save.status).toBe(0);
    expect(runBundled(['validate', EXAMPLE, '--quiet'], copy)).toMatchObject({ code: 0, cacheStale: false, cacheRejected: false });
  });
});

/**
 * A copy of the installed package in a temporary folder: its own bin/ and dist/bundle/, the rest
 * linked to this checkout, so a test can change the bundle or its cache without touching the one
 * every other test runs.
 */
function packageCopy(): { root: string; bundle: string; remove: () => void } {
  const root = mkdtempSync(join(ROOT, 'dist', 'package-test-'));
  mkdirSync(join(root, 'bin'));
  for (const file of ['rectify.js', 'load-bundle.cjs', 'package.json']) copyFileSync(join(ROOT, 'bin', file), join(root, 'bin', file));
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  for (const linked of ['templates', 'schemas', 'examples', 'generated']) symlinkSync(join(ROOT, linked), join(root, linked));
  mkdirSync(join(root, 'dist', 'bundle'), { recursive: true });
  for (const linked of ['app', 'core', 'host', 'model', 'templates']) symlinkSync(join(ROOT, 'dist', linked), join(root, 'dist', linked));
  return { root, bundle: join(root, 'dist', 'bundle', 'rectify.cjs'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

describe('bin/rectify.js', () => {
  it('runs tsc’s output, not a bundle older than it', () => {
    // a bundle that would fail loudly, dated before the compiled CLI beside it
    const pkg = packageCopy();
    try {
      writeFileSync(pkg.bundle, "throw new Error('the stale bundle ran');\n");
      utimesSync(pkg.bundle, new Date('2000-01-01'), new Date('2000-01-01'));
      const run = spawnSync(process.execPath, [join(pkg.root, 'bin', 'rectify.js'), 'validate', EXAMPLE, '--quiet'], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    } finally {
      pkg.remove();
    }
  });

  it('replaces a code cache V8 refused with one as full as the build made, whatever command ran', () => {
    const pkg = packageCopy();
    try {
      copyFileSync(BUNDLE, pkg.bundle);
      writeFileSync(`${pkg.bundle}.v8cache`, 'made by another Node');
      const run = spawnSync(process.execPath, [join(pkg.root, 'bin', 'rectify.js'), '--version'], { encoding: 'utf8' });
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
      // `--version` alone compiles a third of what a build does; the warm-up put the build in
      expect(statSync(`${pkg.bundle}.v8cache`).size).toBeGreaterThan(0.9 * statSync(`${BUNDLE}.v8cache`).size);
      expect(runBundled(['validate', EXAMPLE, '--quiet'], pkg.bundle)).toMatchObject({ code: 0, cacheStale: false, cacheRejected: false });
    } finally {
      pkg.remove();
    }
  });

  it('writes nothing to a stream it has nothing to say on', () => {
    const run = spawnSync(process.execPath, [BIN, 'validate', EXAMPLE, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });
});

/**
 * The bundled CLI that bin/rectify.js runs (scripts/bundle.js) and the package as npm installs it.
 * What makes start-up fast is held here by what a run does — which files and modules it touches,
 * what it writes — never by timing it: the bin loads dist/bundle/rectify.cjs with the V8 code cache
 * made at build time, uses the cache only when V8 accepts it, and never writes into its own folder,
 * so a read-only install runs.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everydayCommands, everydayOutputs, EXAMPLE, INSTALL_TEST_RUNS, packageCopy, readOnlyWrapper, runBin, snapshot, WORKED } from './package-helpers.js';
import { BIN, ROOT } from './run-cli.js';

const BUNDLE = join(ROOT, 'dist/bundle/rectify.cjs');
const LOADER = join(ROOT, 'bin/load-bundle.cjs');
const CI = process.env.CI === 'true';

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('dist/bundle is missing: run `npm run build` (npm test does it) first');
});

/** Run `main` from a bundle in a fresh Node through the loader, as the bin does; report what the run loaded. */
function runBundled(args: string[], bundle = BUNDLE): { code: number; modules: string[]; cache: string; stderr: string } {
  const script = `
    const before = new Set(process.moduleLoadList);
    const { loadBundle } = require(${JSON.stringify(LOADER)});
    const loaded = loadBundle(${JSON.stringify(bundle)});
    const io = { get stdin() { return process.stdin; }, get stdout() { return process.stdout; }, get stderr() { return process.stderr; }, env: process.env, cwd: ${JSON.stringify(ROOT)} };
    loaded.exports.main(${JSON.stringify(args)}, io).then((code) => {
      const modules = process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice(13));
      require('node:fs').writeFileSync(3, JSON.stringify({ code, modules, cache: loaded.cache }));
    });`;
  const child = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const report = child.output[3];
  if (!report) throw new Error(`the bundled run failed (exit ${child.status}): ${child.stderr}`);
  return { ...(JSON.parse(report) as { code: number; modules: string[]; cache: string }), stderr: child.stderr };
}

/** Node modules a quiet validate or a Markdown build has no use for, each a few milliseconds to load. */
const HEAVY = ['crypto', 'zlib', 'fs/promises', 'readline', 'worker_threads'];

describe('the bundle', () => {
  it('is pure ASCII, so the loader can read it as latin1', () => {
    const bytes = readFileSync(BUNDLE);
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });

  it('is an ordinary CommonJS module: require() runs it without the loader', () => {
    const script = `require(${JSON.stringify(BUNDLE)}).main(['--version'], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {}, cwd: process.cwd() }).then((code) => { process.exitCode = code; });`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('runs a quiet validate without loading Node modules it has no use for', () => {
    const run = runBundled(['validate', EXAMPLE, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.modules.filter((m) => HEAVY.includes(m))).toEqual([]);
  });

  it('builds Markdown without them too, and loads zlib only for the .docx', () => {
    const out = mkdtempSync(join(tmpdir(), 'rectify-bundle-out-'));
    try {
      const md = runBundled(['build', EXAMPLE, '-o', out, '--format', 'md', '--quiet']);
      expect(md.code).toBe(0);
      expect(md.modules.filter((m) => HEAVY.includes(m))).toEqual([]);
      const docx = runBundled(['build', EXAMPLE, '-o', out, '--format', 'md,docx', '--quiet']);
      expect(docx.code).toBe(0);
      expect(docx.modules).toContain('zlib');
      expect(docx.modules.filter((m) => ['crypto', 'fs/promises', 'readline', 'worker_threads'].includes(m))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the code cache', () => {
  let pkg: ReturnType<typeof packageCopy>;
  let out: string;
  beforeAll(() => {
    pkg = packageCopy();
    out = mkdtempSync(join(tmpdir(), 'rectify-cache-out-'));
  });
  afterAll(() => {
    pkg.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('made at build time is accepted', () => {
    expect(runBundled(['validate', EXAMPLE, '--quiet'], pkg.bundle)).toMatchObject({ code: 0, cache: 'accepted' });
  });

  it.each([
    ['foreign (not a code cache at all)', () => writeFileSync(`${pkg.bundle}.v8cache`, 'made by another Node')],
    ['stale (made for an older bundle)', () => {
      copyFileSync(`${BUNDLE}.v8cache`, `${pkg.bundle}.v8cache`);
      writeFileSync(pkg.bundle, `${readFileSync(BUNDLE, 'latin1')}\n// a newer bundle\n`, 'latin1');
    }],
  ])('%s is ignored: the command runs, and nothing is written', (_name, spoil) => {
    spoil();
    const before = snapshot(pkg.root);
    const cache = readFileSync(`${pkg.bundle}.v8cache`);
    expect(runBundled(['build', EXAMPLE, '-o', out, '--format', 'md,docx', '--quiet'], pkg.bundle)).toMatchObject({ code: 0, cache: 'rejected', stderr: '' });
    const bin = runBin(pkg.bin, ['build', EXAMPLE, '-o', out, '--quiet']);
    expect(bin).toMatchObject({ status: 0, stderr: '' });
    expect(snapshot(pkg.root)).toEqual(before);
    expect(readFileSync(`${pkg.bundle}.v8cache`).equals(cache)).toBe(true);
    copyFileSync(BUNDLE, pkg.bundle);
  });

  it('missing costs only speed, and none is made', () => {
    rmSync(`${pkg.bundle}.v8cache`);
    const before = snapshot(pkg.root);
    expect(runBundled(['validate', EXAMPLE, '--quiet'], pkg.bundle)).toMatchObject({ code: 0, cache: 'missing' });
    expect(runBin(pkg.bin, ['--version'])).toMatchObject({ status: 0, stderr: '' });
    expect(snapshot(pkg.root)).toEqual(before);
    expect(existsSync(`${pkg.bundle}.v8cache`)).toBe(false);
  });
});

describe('bin/rectify.js', () => {
  it('writes nothing to a stream it has nothing to say on', () => {
    const run = spawnSync(process.execPath, [BIN, 'validate', EXAMPLE, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('sets the exit code main() returns', () => {
    const out = mkdtempSync(join(tmpdir(), 'rectify-exit-'));
    try {
      writeFileSync(join(out, 'bad.yaml'), 'rectify: 1\n');
      expect(spawnSync(process.execPath, [BIN, 'validate', join(out, 'bad.yaml'), '--quiet']).status).toBe(1);
      expect(spawnSync(process.execPath, [BIN, 'no-such-command']).status).toBe(2);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  // One run of the everyday commands holds both: on a read-only mount of the install folder
  // wherever this system allows one (CI always does), and the folder unchanged after them.
  it('writes nothing into its install folder, whatever it runs, and runs from a read-only install', () => {
    const pkg = packageCopy();
    const out = mkdtempSync(join(tmpdir(), 'rectify-ro-out-'));
    try {
      const wrap = readOnlyWrapper(pkg.root);
      // CI runs as root, where a private read-only mount is always possible
      if (!wrap && CI) throw new Error('cannot mount a folder read-only here (unshare --mount, mount --bind)');
      // install.test.ts, when it runs, does this from two real installs
      if (!INSTALL_TEST_RUNS) {
        const before = snapshot(pkg.root);
        for (const args of everydayCommands(out)) expect(runBin(pkg.bin, args, wrap), args.join(' ')).toMatchObject(WORKED);
        expect(everydayOutputs(out)).toBe(true);
        expect(snapshot(pkg.root)).toEqual(before);
      }
      // the same with a cache V8 refuses (an older bin rewrote it at the end of the command)
      writeFileSync(`${pkg.bundle}.v8cache`, 'made by another Node');
      const spoilt = snapshot(pkg.root);
      expect(runBin(pkg.bin, ['build', EXAMPLE, '-o', out, '--quiet'], wrap)).toMatchObject({ status: 0, stderr: '' });
      expect(snapshot(pkg.root)).toEqual(spoilt);
    } finally {
      pkg.remove();
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the package npm packs', () => {
  it('holds what the bin needs, and runs from a read-only folder', (context) => {
    const work = mkdtempSync(join(tmpdir(), 'rectify-pack-'));
    try {
      // dist/ is built (npm test builds first); --ignore-scripts: no second build
      const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
      expect(pack.status, pack.stderr).toBe(0);
      const [{ filename, files }] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
      const paths = files.map((f) => f.path);
      for (const needed of ['bin/rectify.js', 'bin/load-bundle.cjs', 'dist/bundle/rectify.cjs', 'dist/bundle/rectify.cjs.v8cache', 'dist/bundle/worker.js', 'dist/templates/default.json', 'templates/default/report.md.hbs', 'schemas/ledger.schema.json', 'package.json']) {
        expect(paths).toContain(needed);
      }
      // no sources, no tsc output: the bundle is the program
      expect(paths.filter((p) => p.startsWith('src/') || /^dist\/(?:app|core|host|model)\//.test(p))).toEqual([]);

      // what npm install puts in node_modules/rectify: the tarball's package/ folder, and the dependencies
      // install.test.ts installs this tarball with npm and runs the commands from it read-only
      if (INSTALL_TEST_RUNS) return;
      const installed = join(work, 'package');
      const untar = spawnSync('tar', ['-xzf', join(work, filename), '-C', work]);
      expect(untar.status, String(untar.stderr)).toBe(0);
      symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'));
      const out = join(work, 'out');
      mkdirSync(out);
      const wrap = readOnlyWrapper(installed);
      if (!wrap) {
        if (CI) throw new Error('cannot mount a folder read-only here (unshare --mount, mount --bind)');
        context.skip();
        return;
      }
      const before = snapshot(installed);
      for (const args of everydayCommands(out)) expect(runBin(join(installed, 'bin/rectify.js'), args, wrap), args.join(' ')).toMatchObject(WORKED);
      expect(everydayOutputs(out)).toBe(true);
      expect(snapshot(installed)).toEqual(before);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

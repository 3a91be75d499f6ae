#!/usr/bin/env node
/**
 * `npm run bench`: times whole processes, the way a user meets them — `rectify validate` and
 * `rectify build --format md,docx` on the generated ledgers (bench/generate.js) — against the
 * floor (`node -e 0`) and, when pandoc is installed, against pandoc turning the same Markdown into
 * a .docx, for a report of prose only and for one with the ledger attachment's table. Each figure
 * is the median of several runs; the commands being compared run interleaved (a, b, a, b, …) so a
 * busy machine slows both sides of a ratio alike. A bench reports, it does
 * not gate: the exit code is 0 whatever the figures; a missed target prints a FAIL line.
 *
 *   node bench/run.js [--runs N] [--quick] [--check-all]
 *
 *   --runs N      runs per figure (default 5; the 50,000-measure figures use at most 3)
 *   --quick       3 runs, and leave out the 50,000-measure ledger (the ten-times target is skipped)
 *   --check-all   compare every one of the 200 batch outputs with its one-by-one build
 *                 (default: every tenth, 20 ledgers)
 *
 * Without pandoc on the PATH the pandoc figures are skipped (and said to be); RECTIFY_BENCH_PANDOC
 * names another pandoc binary.
 *
 * Peak memory is the child's maximum resident set size: from GNU time (`/usr/bin/time -f %M`,
 * Debian package `time`) when present, else sampled from /proc/<pid>/status (VmHWM, Linux), else
 * not shown.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll, DEFAULT_OUT } from './generate.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const RECTIFY = join(ROOT, 'bin', 'rectify.js');
const NODE = process.execPath;
// the 50,000-measure ledger is about 29 MB, over the default 10 MiB limit of validate and build
const BIG_BYTES = String(100 * 1024 * 1024);

function parseArgs(argv) {
  const options = { runs: 5, quick: false, checkAll: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--check-all') options.checkAll = true;
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg.startsWith('--runs=')) options.runs = Number(arg.slice(7));
    else {
      console.error(`unknown option ${arg}; usage: node bench/run.js [--runs N] [--quick] [--check-all]`);
      process.exit(2);
    }
  }
  if (!Number.isSafeInteger(options.runs) || options.runs < 1) {
    console.error('--runs needs a positive integer');
    process.exit(2);
  }
  if (options.quick) options.runs = Math.min(options.runs, 3);
  return options;
}

// ---------- measuring one process ----------

const TIME_OUT = join(tmpdir(), `rectify-bench-time-${process.pid}.txt`);

/** GNU time writes the peak RSS (KiB) to a file of its own, leaving the child's stderr alone. */
function gnuTimeWorks() {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', '-o', TIME_OUT, NODE, '-e', '0']);
  return probe.status === 0 && /^\d+\s*$/m.test(readFileSync(TIME_OUT, 'utf8'));
}
const PEAK_METHOD = gnuTimeWorks() ? 'gnu-time' : existsSync('/proc/self/status') ? 'proc' : 'none';

function fail(command, args, status, stderr) {
  const text = String(stderr ?? '').trim().split('\n').slice(-6).join('\n');
  throw new Error(`${basename(command)} ${args.join(' ')} exited with ${status}\n${text}`);
}

/** Wall time (ms, hrtime around the whole process) and peak RSS (KiB or null) of one run. */
async function runOnce(command, args) {
  if (PEAK_METHOD === 'gnu-time') {
    const start = process.hrtime.bigint();
    const child = spawnSync('/usr/bin/time', ['-f', '%M', '-o', TIME_OUT, command, ...args], { cwd: ROOT, maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) fail(command, args, child.status, child.stderr);
    const kib = Number(readFileSync(TIME_OUT, 'utf8').trim().split('\n').pop());
    return { ms, kib };
  }
  // Without GNU time: VmHWM (the kernel's own high-water mark) read every few ms while the child
  // runs; what it misses is only growth in the last interval before exit.
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let kib = null;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) kib = Math.max(kib ?? 0, Number(m[1]));
      } catch {
        // the child has already exited
      }
    };
    const timer = PEAK_METHOD === 'proc' ? setInterval(sample, 2) : null;
    child.on('exit', (status) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (timer) clearInterval(timer);
      if (status !== 0) {
        try {
          fail(command, args, status, stderr);
        } catch (error) {
          reject(error);
        }
      } else resolvePromise({ ms, kib });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Time several cases interleaved: one unmeasured warm-up each (disk cache, not the process, is
 * warmed), then `runs` rounds of every case in turn. Returns one figure per case.
 */
async function measureGroup(cases, runs) {
  const samples = new Map(cases.map((c) => [c.id, []]));
  const failed = new Map();
  for (const c of cases) {
    try {
      await c.before?.();
      await runOnce(c.command, c.args);
    } catch (error) {
      failed.set(c.id, error.message);
    }
  }
  for (let round = 0; round < runs; round++) {
    for (const c of cases) {
      if (failed.has(c.id)) continue;
      try {
        await c.before?.();
        samples.get(c.id).push(await runOnce(c.command, c.args));
      } catch (error) {
        failed.set(c.id, error.message);
      }
    }
  }
  const figures = {};
  for (const c of cases) {
    const list = samples.get(c.id);
    const figure = failed.has(c.id)
      ? { id: c.id, label: c.label, error: failed.get(c.id) }
      : {
          id: c.id,
          label: c.label,
          ms: median(list.map((s) => s.ms)),
          min: Math.min(...list.map((s) => s.ms)),
          kib: list.every((s) => s.kib !== null) ? median(list.map((s) => s.kib)) : null,
          runs: list.length,
        };
    figures[c.id] = figure;
    printFigure(figure);
  }
  return figures;
}

// ---------- output ----------

const seconds = (ms) => (ms / 1000).toFixed(3);
const mib = (kib) => (kib === null || kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`);
const pad = (s, n) => {
  // CJK-free labels: plain padding is enough
  const text = String(s);
  return text.length >= n ? text : text + ' '.repeat(n - text.length);
};
const padLeft = (s, n) => {
  const text = String(s);
  return text.length >= n ? text : ' '.repeat(n - text.length) + text;
};

function printFigure(f) {
  if (f.error) console.log(`  ${pad(f.label, 44)} ERROR: ${f.error.split('\n').join('\n      ')}`);
  else console.log(`  ${pad(f.label, 44)} ${padLeft(seconds(f.ms), 8)} s  (min ${seconds(f.min)}, ${f.runs} runs)  peak ${mib(f.kib)}`);
}

// ---------- the bench ----------

// RECTIFY_BENCH_PANDOC names another pandoc (or a missing one, to see the run without it)
const PANDOC = process.env.RECTIFY_BENCH_PANDOC || 'pandoc';

function pandocVersion() {
  const probe = spawnSync(PANDOC, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.split('\n')[0] : null;
}

function sameFiles(dirA, dirB, names) {
  const differing = [];
  for (const name of names) {
    const a = join(dirA, name);
    const b = join(dirB, name);
    if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))) differing.push(name);
  }
  return differing;
}

/**
 * What V8 makes of the bundle's code cache (made by `npm run build`, never by a run): `accepted`,
 * or `rejected`/`missing`, when the start-up figures include compiling the bundle.
 */
function codeCache() {
  const cache = String(spawnSync(NODE, ['-e', `process.stdout.write(require(${JSON.stringify(join(ROOT, 'bin', 'load-bundle.cjs'))}).loadBundle().cache)`], { cwd: ROOT }).stdout);
  return cache === 'accepted' ? cache : `${cache.toUpperCase() || 'UNREADABLE'}: start-up figures include compiling the bundle (run npm run build with this Node)`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'rectify.cjs'))) {
    console.error('dist/bundle/rectify.cjs is missing: run `npm run build` first');
    process.exit(2);
  }
  const pandoc = pandocVersion();
  const bigRuns = Math.min(options.runs, 3);

  console.log(`rectify bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
  console.log(`rectify: dist/bundle/rectify.cjs, V8 code cache ${codeCache()}`);
  console.log(`pandoc: ${pandoc ?? 'not installed (the pandoc comparisons are skipped)'}`);
  console.log(`peak memory: ${{ 'gnu-time': 'GNU time (%M)', proc: '/proc/<pid>/status VmHWM, sampled', none: 'not available' }[PEAK_METHOD]}`);
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`load average: ${load()} (other work on the machine skews wall times; each ratio's two sides run interleaved)`);
  console.log(`runs: ${options.runs} per figure${options.quick ? ' (--quick: no 50,000-measure ledger)' : `, ${bigRuns} for the 50,000-measure ledger`}\n`);

  const started = process.hrtime.bigint();
  const ledgers = generateAll(DEFAULT_OUT, { large: !options.quick });
  console.log(`generated ledgers in ${seconds(Number(process.hrtime.bigint() - started) / 1e6)} s (bench/out/)\n`);

  const built = join(DEFAULT_OUT, 'built');
  rmSync(built, { recursive: true, force: true });
  const dir = (name) => {
    const path = join(built, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const rectify = (...args) => ({ command: NODE, args: [RECTIFY, ...args] });
  const build = (ledger, out, ...extra) => rectify('build', ledger, '-o', out, '--format', 'md,docx', '--quiet', ...extra);
  const figures = {};

  console.log('start-up: the example ledger (25 measures) and 100 issues × 5 measures');
  Object.assign(
    figures,
    await measureGroup(
      [
        { id: 'floor', label: 'node -e 0', command: NODE, args: ['-e', '0'] },
        { id: 'validateExample', label: 'rectify validate (example)', ...rectify('validate', ledgers.example) },
        { id: 'buildExample', label: 'rectify build md,docx (example)', ...build(ledgers.example, dir('example')) },
        { id: 'validate500', label: 'rectify validate (500 measures)', ...rectify('validate', ledgers.m500) },
      ],
      options.runs,
    ),
  );

  /** A 5,000-measure build and pandoc on the Markdown it wrote, interleaved. */
  const versusPandoc = async (key, name, extra = []) => {
    const out = dir(key);
    const group = [...extra, { id: `build${key}`, label: `rectify build md,docx (5,000, ${name})`, ...build(ledgers[`m${key}`], out) }];
    const markdown = join(out, `${basename(ledgers[`m${key}`], '.yaml')}.md`);
    if (pandoc) {
      group.push({
        id: `pandoc${key}`,
        label: `pandoc md → docx (same Markdown, ${name})`,
        command: PANDOC,
        args: ['-f', 'markdown', '-t', 'docx', '-o', join(dir('pandoc'), `${key}.docx`), markdown],
        // pandoc reads what rectify wrote; the first build of the group makes it
        before: () => existsSync(markdown) || Promise.reject(new Error('rectify build did not write the Markdown pandoc reads')),
      });
    }
    Object.assign(figures, await measureGroup(group, options.runs));
    if (existsSync(markdown)) console.log(`  (report Markdown: ${(readFileSync(markdown, 'utf8').length / 1000).toFixed(0)}k characters)`);
  };

  console.log('\n1,000 issues × 5 measures, prose only (no attachment)');
  await versusPandoc('5000prose', 'prose');
  console.log('\n1,000 issues × 5 measures, table-heavy (the ledger attachment: a row per measure)');
  await versusPandoc('5000', 'table', [{ id: 'validate5000', label: 'rectify validate (5,000 measures)', ...rectify('validate', ledgers.m5000) }]);

  if (!options.quick) {
    console.log('\nten times the ledger: 10,000 issues × 5 measures');
    Object.assign(
      figures,
      await measureGroup(
        [
          { id: 'validate50000', label: 'rectify validate (50,000 measures)', ...rectify('validate', '--max-bytes', BIG_BYTES, ledgers.m50000) },
          { id: 'build50000', label: 'rectify build md,docx (50,000 measures)', ...build(ledgers.m50000, dir('50000'), '--max-bytes', BIG_BYTES) },
        ],
        bigRuns,
      ),
    );
  }

  console.log(`\n${ledgers.batch.length} example-sized ledgers in one rectify build`);
  const batchOut = dir('batch');
  Object.assign(figures, await measureGroup([{ id: 'batch', label: `rectify build md,docx (${ledgers.batch.length} ledgers)`, ...rectify('build', ...ledgers.batch, '-o', batchOut, '--format', 'md,docx', '--quiet') }], Math.min(options.runs, 3)));
  let batchCheck = null;
  if (!figures.batch.error) {
    const sample = options.checkAll ? ledgers.batch : ledgers.batch.filter((_, i) => i % 10 === 0);
    const single = dir('single');
    const names = [];
    for (const ledger of sample) {
      const one = build(ledger, single);
      const result = spawnSync(one.command, one.args, { cwd: ROOT });
      if (result.status !== 0) fail(one.command, one.args, result.status, result.stderr);
      const base = basename(ledger).replace(/\.yaml$/, '');
      names.push(`${base}.md`, `${base}.docx`);
    }
    const differing = sameFiles(batchOut, single, names);
    const written = readdirSync(batchOut).length;
    batchCheck = { checked: sample.length, differing, written };
    console.log(`  ${written} files written; ${sample.length} ledgers rebuilt one by one: ${differing.length === 0 ? 'all identical' : `DIFFER: ${differing.join(', ')}`}`);
  }

  // ---------- the table ----------
  const ms = (id) => figures[id]?.ms;
  const kib = (id) => figures[id]?.kib;
  const ratio = (a, b) => (a !== undefined && b !== undefined && b ? a / b : undefined);
  const versus = (key, name) => [
    {
      name: `5,000-measure build (${name}), time vs pandoc`,
      value: ratio(ms(`build${key}`), ms(`pandoc${key}`)),
      limit: 1.0,
      limitText: '1.0×',
      shown: (v) => `${v.toFixed(2)}×`,
      skip: pandoc ? undefined : 'pandoc not installed',
    },
    {
      name: `5,000-measure build (${name}), peak memory vs pandoc`,
      value: ratio(kib(`build${key}`), kib(`pandoc${key}`)),
      limit: 1.5,
      limitText: '1.5×',
      shown: (v) => `${v.toFixed(2)}×`,
      skip: pandoc ? (PEAK_METHOD === 'none' ? 'no way to read peak memory here' : undefined) : 'pandoc not installed',
    },
  ];
  const targets = [
    {
      name: 'cold build of the example, md+docx, vs node -e 0',
      value: ratio(ms('buildExample'), ms('floor')),
      limit: 2.5,
      limitText: '2.5×',
      shown: (v) => `${v.toFixed(2)}×`,
    },
    {
      name: 'validate 500 measures vs node -e 0',
      value: ratio(ms('validate500'), ms('floor')),
      limit: 3,
      limitText: '3×',
      shown: (v) => `${v.toFixed(2)}×`,
    },
    ...versus('5000prose', 'prose'),
    ...versus('5000', 'table'),
    {
      name: 'ten times the ledger: build time ratio',
      value: ratio(ms('build50000'), ms('build5000')),
      limit: 11,
      limitText: '11×',
      shown: (v) => `${v.toFixed(2)}×`,
      skip: options.quick ? '--quick' : undefined,
    },
    {
      name: 'ten times the ledger: validate time ratio',
      value: ratio(ms('validate50000'), ms('validate5000')),
      limit: 11,
      limitText: '11×',
      shown: (v) => `${v.toFixed(2)}×`,
      skip: options.quick ? '--quick' : undefined,
    },
    {
      name: `${ledgers.batch.length} ledgers in one build, wall`,
      value: ms('batch') !== undefined ? ms('batch') / 1000 : undefined,
      limit: 10,
      limitText: '10 s',
      shown: (v) => `${v.toFixed(2)} s`,
    },
    {
      name: `${ledgers.batch.length} ledgers: outputs identical to one-by-one`,
      value: batchCheck ? batchCheck.differing.length : undefined,
      limit: 0,
      limitText: 'all',
      shown: (v) => (v === 0 ? `${batchCheck.checked} of ${ledgers.batch.length} checked, identical` : `${v} files differ`),
    },
  ];

  console.log('\nfigures (medians)');
  console.log(`  | ${pad('figure', 42)} | ${padLeft('wall', 9)} | ${padLeft('peak RSS', 9)} |`);
  console.log(`  |${'-'.repeat(44)}|${'-'.repeat(11)}|${'-'.repeat(11)}|`);
  for (const f of Object.values(figures)) {
    console.log(`  | ${pad(f.label, 42)} | ${padLeft(f.error ? 'error' : `${seconds(f.ms)} s`, 9)} | ${padLeft(f.error ? '' : mib(f.kib), 9)} |`);
  }

  console.log('\ntargets');
  console.log(`  | ${pad('target', 50)} | ${padLeft('measured', 30)} | ${padLeft('limit', 7)} | result |`);
  console.log(`  |${'-'.repeat(52)}|${'-'.repeat(32)}|${'-'.repeat(9)}|--------|`);
  let failures = 0;
  for (const t of targets) {
    let measured;
    let result;
    if (t.skip) {
      measured = `skipped: ${t.skip}`;
      result = 'SKIP';
    } else if (t.value === undefined || Number.isNaN(t.value)) {
      measured = 'not measured (error above)';
      result = 'FAIL';
    } else {
      measured = t.shown(t.value);
      result = t.value <= t.limit ? 'PASS' : 'FAIL';
    }
    if (result === 'FAIL') failures++;
    console.log(`  | ${pad(t.name, 50)} | ${padLeft(measured, 30)} | ${padLeft(t.limitText, 7)} | ${pad(result, 6)} |`);
  }
  console.log(`\nload average at the end: ${load()}`);
  console.log(failures === 0 ? '\nevery measured target holds' : `\nFAIL: ${failures} target${failures > 1 ? 's' : ''} missed (see the table)`);
  rmSync(TIME_OUT, { force: true });
}

main().catch((error) => {
  console.error(error.stack ?? String(error));
  // a bench reports; a crash of the bench itself is still worth a non-zero code
  process.exitCode = 1;
});

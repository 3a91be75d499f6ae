#!/usr/bin/env node
/**
 * `node bench/hostile.js`: the outside review's promise, measured — no input of 10 MB or less
 * makes any command run longer than 5 s or use more than 1 GB. Every attack of
 * bench/hostile-inputs.js (the backtracking texts, the CSV and .xlsx attacks, the zip bomb) and
 * honest 10 MB ledgers (the generated one, tall and wide; one of one-word measures, the most rows 10 MB holds; one
 * of key figures) are made at about 10 MB, written to a temporary folder, and given to the
 * commands that read them, each as a process of its own, the way a user runs it: `validate`,
 * `build --format md,docx`, `stats` and `export` for ledgers, `import` for sheets. Each figure is
 * the CPU time (user + system, GNU time's %U + %S), the wall time and the peak resident memory of
 * one run (GNU time's %M when /usr/bin/time is there, else VmHWM sampled from /proc). The limit is
 * judged on CPU time where there is one: on a shared machine the wall clock counts the moments
 * other processes had the cores.
 *
 * A bench reports, it does not gate: the exit code is 0 whatever the figures; a figure past a
 * limit prints FAIL. The exit code of each command is shown too (a refusal, 1 or 2, is an answer).
 *
 *   node bench/hostile.js [--mb N] [--only NAME]
 *
 *   --mb N       input size in MB (default 10)
 *   --only NAME  only the attacks whose name contains NAME
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSV_ATTACKS, TEXT_ATTACKS, XLSX_ATTACKS, ledgerWith } from './hostile-inputs.js';
import { generateLedger } from './generate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/rectify.js');
const NODE = process.execPath;
const LIMIT_SECONDS = 5;
const LIMIT_MIB = 1024;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}
const MB = Number(option('--mb', '10'));
const ONLY = option('--only', '');
// decimal megabytes: 10 MB is within the default --max-bytes of 10 MiB
const BYTES = Math.floor(MB * 1_000_000);

const TIME_OUT = join(tmpdir(), `rectify-hostile-time-${process.pid}.txt`);
const TIME_FORMAT = '%M %U %S';
const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', TIME_FORMAT, '-o', TIME_OUT, NODE, '-e', '0']).status === 0;

/** One process: wall and CPU seconds (or null), peak MiB (or null), exit code. Killed after a minute: a hang is a figure too. */
function measure(args, cwd) {
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const command = GNU_TIME ? '/usr/bin/time' : NODE;
    const argv = GNU_TIME ? ['-f', TIME_FORMAT, '-o', TIME_OUT, NODE, BIN, ...args] : [BIN, ...args];
    const child = spawn(command, argv, { cwd, stdio: ['ignore', 'ignore', 'ignore'], env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let kib = null;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) kib = Math.max(kib ?? 0, Number(m[1]));
      } catch {
        // the child has already exited
      }
    };
    const timer = GNU_TIME ? null : setInterval(sample, 2);
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (timer) clearInterval(timer);
      clearTimeout(kill);
      let cpu = null;
      if (GNU_TIME) {
        try {
          const [maxKib, user, system] = readFileSync(TIME_OUT, 'utf8').trim().split('\n').pop().split(' ').map(Number);
          kib = maxKib;
          cpu = user + system;
        } catch {
          kib = null;
        }
      }
      done({ seconds, cpu: cpu === null || Number.isNaN(cpu) ? null : cpu, mib: kib === null || Number.isNaN(kib) ? null : kib / 1024, code: signal ?? code });
    });
  });
}

/**
 * An honest ledger of about `bytes` (bench/generate.js), in two shapes: `tall`, 240 issues with as
 * many measures each as fit; `wide`, as many issues as fit with two measures each (thousands of
 * issues: a report past build's --max-paragraphs, refused).
 */
function honestLedger(bytes, shape) {
  const make = (n) =>
    Buffer.from(
      generateLedger(shape === 'tall' ? { seed: 3, aspects: 6, issuesPerAspect: 40, measuresPerIssue: n, appendix: true } : { seed: 3, aspects: 6, issuesPerAspect: n, measuresPerIssue: 2, appendix: true }).text,
      'utf8',
    );
  // the most measures per issue (issues per aspect) that stay within `bytes`
  let low = 1;
  let high = 2;
  while (make(high).length <= bytes) high *= 2;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (make(mid).length <= bytes) low = mid;
    else high = mid;
  }
  return make(low);
}

/** The honest ledger's facts and registers (everything before its aspects), declared counts left out. */
function honestHead() {
  const text = generateLedger({ seed: 3, aspects: 6, issuesPerAspect: 40, measuresPerIssue: 1, appendix: true }).text;
  return text.slice(0, text.indexOf('\naspects:') + 1).replace(/  declared: .*\n/, '');
}

/** A valid ledger of about `bytes`, its aspects of 50 issues each made by `issue(aspect, issue)`. */
function ledgerOfIssues(bytes, issue, top = '') {
  const parts = [honestHead() + top + 'aspects:\n'];
  let size = Buffer.byteLength(parts[0]);
  for (let a = 1; ; a++) {
    let chunk = `  - title: 方面${a}\n    issues:\n`;
    for (let i = 1; i <= 50; i++) chunk += issue(a, i);
    if (size + Buffer.byteLength(chunk) > bytes) break;
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return Buffer.from(parts.join(''), 'utf8');
}

const issueOf = (a, i, measures) =>
  `      - id: "${a}-${i}"\n        title: 问题${a}-${i}\n        leader: p0002\n        units: [u001]\n        owners: [p0009]\n        measures:\n${measures}`;
const SHORT_MEASURE = (m) => `          - { text: 措施${m}, status: done, owners: [p0009], due: 2023-11-21, done: 2023-10-07 }\n`;

/** Honest and as many rows as 10 MB holds: measures of one word (the table's smallest rows). */
function smallRowsLedger(bytes) {
  return ledgerOfIssues(bytes, (a, i) => issueOf(a, i, Array.from({ length: 40 }, (_, m) => SHORT_MEASURE(m)).join('')));
}

/** Honest and key figure after key figure (the 报告信息 sheet's rows), with one issue. */
function keyFiguresLedger(bytes) {
  const line = (k) => `  - { id: k${k}, name: 办理案件数, value: ${k}, unit: 件 }\n`;
  const head = Buffer.byteLength(honestHead()) + 1000;
  const count = Math.floor((bytes - head) / Buffer.byteLength(line(100000)));
  const metrics = `metrics:\n${Array.from({ length: count }, (_, k) => line(k + 1)).join('')}\n`;
  return Buffer.from(`${honestHead()}${metrics}aspects:\n  - title: 方面1\n    issues:\n${issueOf(1, 1, SHORT_MEASURE(0))}`, 'utf8');
}

/** Every input: a name, its bytes, the file name, the commands that read it. */
function inputs() {
  const ledgerCommands = (file) => [
    ['validate', file],
    ['build', file, '-o', 'out', '--format', 'md,docx'],
    ['stats', file],
    ['export', file, '-o', 'out.xlsx', '--force'],
    ['diff', file, file],
    ['next', file, '--date', '2099-01-01', '-o', 'next.yaml', '--force'],
  ];
  // the ledger around the attack is about 1 KB; the attack makes up the rest
  const n = BYTES - 1200;
  const list = [
    ...['tall', 'wide'].map((shape) => ({ name: `ledger honest ${shape}`, bytes: honestLedger(BYTES, shape), file: 'ledger.yaml', commands: ledgerCommands })),
    { name: 'ledger small rows', bytes: smallRowsLedger(BYTES), file: 'ledger.yaml', commands: ledgerCommands },
    { name: 'ledger key figures', bytes: keyFiguresLedger(BYTES), file: 'ledger.yaml', commands: ledgerCommands },
  ];
  for (const [name, make] of Object.entries(TEXT_ATTACKS)) {
    // a text attack counts characters: a wide unit takes three bytes
    const sample = Buffer.byteLength(make(1000)) - Buffer.byteLength(ledgerWith({}));
    const chars = Math.max(1, Math.floor((n * 1000) / Math.max(sample, 1000)));
    list.push({ name: `ledger ${name}`, bytes: Buffer.from(make(chars), 'utf8'), file: 'ledger.yaml', commands: ledgerCommands });
  }
  const importCommands = (file) => [['import', file, '-o', 'out.yaml', '--force']];
  for (const [name, make] of Object.entries(CSV_ATTACKS)) list.push({ name: `csv ${name}`, bytes: make(Math.floor(n / 3)), file: 'table.csv', commands: importCommands });
  for (const [name, make] of Object.entries(XLSX_ATTACKS)) list.push({ name: `xlsx ${name}`, bytes: make(name === 'many-rows' ? n : undefined), file: 'book.xlsx', commands: importCommands });
  return list.filter((i) => i.name.includes(ONLY));
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/app/main.js'))) {
    console.error('build first: npm run build');
    process.exitCode = 1;
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'rectify-hostile-bench-'));
  console.log(`hostile inputs of about ${MB} MB; limits ${LIMIT_SECONDS} s and ${LIMIT_MIB} MiB per command; peak memory by ${GNU_TIME ? 'GNU time (%M)' : '/proc VmHWM, sampled'}`);
  console.log(`${'input'.padEnd(34)} ${'MB'.padStart(6)}  ${'command'.padEnd(9)} ${'exit'.padStart(4)} ${'cpu s'.padStart(7)} ${'wall s'.padStart(7)} ${'MiB'.padStart(7)}`);
  let worstSeconds = 0;
  let worstMib = 0;
  let failed = 0;
  try {
    for (const input of inputs()) {
      const file = join(work, input.file);
      writeFileSync(file, input.bytes);
      for (const args of input.commands(file)) {
        rmSync(join(work, 'out'), { recursive: true, force: true });
        const r = await measure(args, work);
        const judged = r.cpu ?? r.seconds;
        const over = judged > LIMIT_SECONDS || (r.mib !== null && r.mib > LIMIT_MIB) || typeof r.code === 'string';
        if (over) failed++;
        worstSeconds = Math.max(worstSeconds, judged);
        worstMib = Math.max(worstMib, r.mib ?? 0);
        console.log(
          `${input.name.padEnd(34)} ${(input.bytes.length / 1024 / 1024).toFixed(1).padStart(6)}  ${args[0].padEnd(9)} ${String(r.code).padStart(4)} ${(r.cpu === null ? '–' : r.cpu.toFixed(2)).padStart(7)} ${r.seconds.toFixed(2).padStart(7)} ${(r.mib === null ? '–' : r.mib.toFixed(0)).padStart(7)}${over ? '  FAIL' : ''}`,
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(TIME_OUT, { force: true });
  }
  console.log(`worst: ${worstSeconds.toFixed(2)} s (${GNU_TIME ? 'CPU' : 'wall'}), ${worstMib.toFixed(0)} MiB; ${failed === 0 ? 'every command within the limits' : `FAIL: ${failed} past a limit`}`);
}

await main();

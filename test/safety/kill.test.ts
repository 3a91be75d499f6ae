/**
 * Nothing lost: a build killed with SIGKILL at random moments (seeded) leaves each report file
 * either as it was before or byte-identical to a complete new build — never torn. Temp files a
 * kill leaves behind are hidden (`.ledger.md.PID.HEX.tmp`), never replace a report, and the next
 * build removes those of processes that no longer run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../cli/run-cli.js';
import { run } from '../hostile/report-text.js';
import { bigLedger } from './big-ledger.js';
// mulberry32, seeded: the kill moments repeat run after run
import { prng } from '../../bench/generate.js';

const OUTPUTS = ['ledger.md', 'ledger.docx'];
const TEMP = /^\.ledger\.(md|docx)\.\d+\.[0-9a-f]{8}\.tmp$/;

let work: string;
beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'rectify-kill-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = (ledger: string, out: string) => [BIN, 'build', ledger, '-o', out, '--format', 'md,docx', '--quiet'];

function snapshot(out: string): Record<string, Buffer | undefined> {
  return Object.fromEntries(OUTPUTS.map((f) => [f, existsSync(join(out, f)) ? readFileSync(join(out, f)) : undefined]));
}

describe('a build killed at random moments', () => {
  it('leaves every report file old or complete, never torn', { timeout: 240_000 }, async () => {
    const ledgerA = join(work, 'a', 'ledger.yaml');
    const ledgerB = join(work, 'b', 'ledger.yaml');
    for (const [path, variant] of [[ledgerA, '旧'], [ledgerB, '新']] as const) {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, bigLedger(80, variant));
    }
    // the complete new report, and how long building it takes
    const reference = join(work, 'reference');
    const started = Date.now();
    const complete = await run(process.execPath, build(ledgerB, reference), { timeoutMs: 60_000 });
    const fullTime = Date.now() - started;
    expect(complete.code, complete.stderr).toBe(0);
    const newBytes = snapshot(reference);
    expect(newBytes['ledger.docx']!.length).toBeGreaterThan(15_000);

    // the previous report: built from ledger A into the folder the killed builds write to
    const out = join(work, 'out');
    const previous = await run(process.execPath, build(ledgerA, out), { timeoutMs: 60_000 });
    expect(previous.code, previous.stderr).toBe(0);
    const oldBytes = snapshot(out);
    expect(oldBytes['ledger.md']!.equals(newBytes['ledger.md']!)).toBe(false);

    const random = prng(Number(process.env.KILL_SEED ?? 9704));
    let replaced = 0;
    let untouched = 0;
    const killAfter = async (delay: number) => {
      const child = spawn(process.execPath, build(ledgerB, out), { stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r));
      await Promise.race([exited, new Promise((r) => setTimeout(r, delay))]);
      child.kill('SIGKILL');
      await exited;

      const now = snapshot(out);
      for (const f of OUTPUTS) {
        const bytes = now[f];
        expect(bytes, `${f} vanished after a kill at ${delay} ms`).toBeDefined();
        const isOld = bytes!.equals(oldBytes[f]!);
        const isNew = bytes!.equals(newBytes[f]!);
        expect(isOld || isNew, `${f} torn after a kill at ${delay} ms`).toBe(true);
        if (isNew) replaced++;
        else untouched++;
      }
      // anything else in the folder is a hidden temp file that never took a report's name
      for (const name of readdirSync(out)) if (!OUTPUTS.includes(name)) expect(name).toMatch(TEMP);
      // the next round starts from the previous report again, so every kill meets the same race
      for (const f of OUTPUTS) writeFileSync(join(out, f), oldBytes[f]!);
    };
    for (let round = 0; round < 14; round++) {
      // half the kills anywhere in the build, half around its end, where the files are written
      await killAfter(Math.floor(round % 2 === 0 ? random() * fullTime * 1.2 : fullTime * (0.75 + random() * 0.5)));
    }
    // A shared machine can make every build slower or faster than the reference one, so that all
    // the kills land on one side of the rename; then move the kill moment until both sides are
    // seen. Every extra kill is checked exactly like the others.
    for (let stretch = 1.5; replaced === 0 && stretch < 12; stretch *= 1.5) await killAfter(Math.floor(fullTime * stretch));
    for (let shrink = 0.5; untouched === 0 && shrink > 0.01; shrink /= 2) await killAfter(Math.floor(fullTime * shrink));
    expect(replaced, 'no kill came after a rename').toBeGreaterThan(0);
    expect(untouched, 'no kill came before a rename').toBeGreaterThan(0);

    // a complete build afterwards clears the leftovers of the killed processes
    const last = await run(process.execPath, build(ledgerB, out), { timeoutMs: 60_000 });
    expect(last.code, last.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
    const final = snapshot(out);
    for (const f of OUTPUTS) expect(final[f]!.equals(newBytes[f]!)).toBe(true);
  });
});

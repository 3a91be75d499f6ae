/**
 * The commands' own mistakes, answered like the ledger's (corpus.test.ts): a file given to the
 * wrong command or in the wrong place, a workbook that is not the ledger's, a new round without
 * its date. Each says in Chinese what was given, and its hint holds a command line that, run as
 * written, does the job.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';
import { removeCopies, roundCopy } from '../summary/workspace.js';

afterAll(removeCopies);

/** The `rectify …` command a hint gives after 例如：, as its arguments. */
function commandIn(stderr: string, code: string): string[] {
  const lines = stderr.split('\n');
  const at = lines.findIndex((line) => line.includes(`[${code}]`));
  const hint = lines.slice(at + 1).find((line) => line.trimStart().startsWith('提示'));
  const command = /例如：rectify ([^；\n]+)/.exec(hint ?? '')?.[1];
  if (command === undefined) throw new Error(`no command in the hint of ${code}:\n${stderr}`);
  return command.trim().split(/\s+/);
}

/** 2026-12-01 00:00 UTC: the clock every run here reads. */
const TODAY = { SOURCE_DATE_EPOCH: '1796083200' };

describe('a file given to the wrong command, or in the wrong place', () => {
  it('a summary ledger given to build: says what it is, and the hint runs the round summary', async () => {
    const dir = roundCopy();
    const built = await runMain(['build', 'summary.yaml'], dir);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('summary.yaml:12:1: error: 这是汇总台账（有 round 键），不是单位的整改台账 [summary-ledger]');
    const fixed = await runMain(commandIn(built.stderr, 'summary-ledger'), dir);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(existsSync(join(dir, 'summary.md'))).toBe(true);
  });

  it('a unit ledger given first to summary: one problem, not one per key, and the command in order', async () => {
    const dir = roundCopy();
    const run = await runMain(['summary', 'units/nongye.yaml', 'units/'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('units/nongye.yaml:26:1: error: 这是单位的整改台账（有 aspects 键），不是汇总台账 [unit-ledger]');
    expect(run.stderr).not.toContain('[unknown-key]');
    expect(commandIn(run.stderr, 'unit-ledger')).toEqual(['summary', 'summary.yaml', 'units/nongye.yaml']);
  });

  it('the units folder before the summary ledger: the hint puts them in order, and that runs', async () => {
    const dir = roundCopy();
    const run = await runMain(['summary', 'units/', 'summary.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('units/: error: 这是目录，不是文件 [is-directory]');
    const command = commandIn(run.stderr, 'is-directory');
    expect(command).toEqual(['summary', 'summary.yaml', 'units/']);
    expect((await runMain(command, dir)).code).toBe(0);
  });

  it('a YAML ledger given to import: the hint names the command that makes its sheet', async () => {
    const dir = roundCopy();
    const run = await runMain(['import', 'units/nongye.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('units/nongye.yaml: error: 这是 YAML 台账，不是电子表格 [yaml-not-sheet]');
    expect(run.stderr).toContain('导出成表格用 rectify export units/nongye.yaml');
    expect((await runMain(['export', 'units/nongye.yaml'], dir)).code).toBe(0);
  });

  it('a damaged workbook: said in Chinese, with no message of the zip reader', async () => {
    const dir = roundCopy();
    writeFileSync(join(dir, 'broken.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]));
    const run = await runMain(['import', 'broken.xlsx', '--into', 'units/nongye.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.xlsx: error: 无法读取这个电子表格：它不是有效的 \.xlsx 或 \.csv 文件[^\n]*\[unreadable-file\]/);
    expect(run.stderr).toContain('units/nongye.yaml 未作改动');
    expect(run.stderr).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/);
  });

  it("import --into with another unit's workbook: says whose it is, and changes nothing", async () => {
    const dir = roundCopy();
    expect((await runMain(['export', 'units/wenlv.yaml', '-o', 'wenlv.xlsx'], dir)).code).toBe(0);
    const before = readFileSync(join(dir, 'units/nongye.yaml'), 'utf8');
    const run = await runMain(['import', 'wenlv.xlsx', '--into', 'units/nongye.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/wenlv\.xlsx: error: wenlv\.xlsx 是从“[^”]+”的台账导出的，而 units\/nongye\.yaml 是“[^”]+”的台账；未作改动 \[sheet-of-other-ledger\]/);
    expect(run.stderr).not.toContain('[sheet-out-of-date]');
    expect(readFileSync(join(dir, 'units/nongye.yaml'), 'utf8')).toBe(before);
  });
});

describe('rectify next without --date', () => {
  it('says the round was dated today, and the hint gives a date that works as written', async () => {
    const dir = roundCopy();
    const ledger = readFileSync(join(dir, 'units/nongye.yaml'), 'utf8');
    const date = /^ {2}date: (\S+)$/m.exec(ledger)![1]!;
    writeFileSync(join(dir, 'late.yaml'), ledger.replace(`  date: ${date}`, '  date: 2027-03-31'));
    const run = await runMain(['next', 'late.yaml'], dir, TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('late.yaml: error: 没有给出 --date，新一轮的报告日期就是今天 2026-12-01，不晚于上一轮的 2027-03-31 [round-date]');
    const command = commandIn(run.stderr, 'round-date');
    expect(command).toEqual(['next', 'late.yaml', '--date', '2027-04-30']);
    const fixed = await runMain(command, dir, TODAY);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(readFileSync(join(dir, '2027-04/late.yaml'), 'utf8')).toContain('  date: 2027-04-30');
  });

  it('takes --date as people write it, like a date in the ledger', async () => {
    const dir = roundCopy();
    copyFileSync(join(dir, 'units/nongye.yaml'), join(dir, 'last.yaml'));
    const run = await runMain(['next', 'last.yaml', '--date', '2027年1月5日', '-o', 'jan.yaml'], dir, TODAY);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'jan.yaml'), 'utf8')).toContain('  date: 2027-01-05');
  });
});

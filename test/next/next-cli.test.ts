/** `rectify next`: the next round's ledger, started from the last one. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nextRoundPath } from '../../src/app/commands/next.js';
import { runMain } from '../support/main.js';

const FIXTURE = readFileSync(new URL('../fixtures/rounds/ledger.yaml', import.meta.url), 'utf8');
const root = mkdtempSync(join(tmpdir(), 'rectify-next-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

function workspace(files: Record<string, string>): string {
  const cwd = join(root, String(++counter));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(cwd, name, '..'), { recursive: true });
    writeFileSync(join(cwd, name), text);
  }
  return cwd;
}

const ledger = FIXTURE.replace('$schema=../../../schemas/ledger.schema.json', '$schema=./ledger.schema.json');

describe('rectify next', () => {
  it('copies the last round with the new date, the stage, a note of where it came from and the schema still found', async () => {
    const cwd = workspace({ '2023-12/ledger.yaml': ledger.replace('  stage: progress', '  stage: final') });
    const run = await runMain(['next', '2023-12/ledger.yaml', '--date', '2024-01-31'], cwd);
    expect(run.code).toBe(0);
    const text = readFileSync(join(cwd, '2024-01/ledger.yaml'), 'utf8');
    const expected = ledger
      .replace('  stage: progress', '  stage: final')
      .replace('date: 2023-12-01 #', 'date: 2024-01-31 #')
      .replace('$schema=./ledger.schema.json', '$schema=../2023-12/ledger.schema.json\n# 上一轮：../2023-12/ledger.yaml（报告日期 2023-12-01）；本轮台账由 rectify next 从它生成');
    expect(text).toBe(expected);
    // a deadline now past is told at once
    expect(run.stderr).toContain('2024-01/ledger.yaml');
    expect(run.stderr).toContain('[overdue]');
    expect(run.stderr).toContain('rectify export 2024-01/ledger.yaml');

    // the round after: one note, naming the last round only
    const again = await runMain(['next', '2024-01/ledger.yaml', '--date', '2024-02-29', '-o', 'feb'], cwd);
    expect(again.code).toBe(0);
    const third = readFileSync(join(cwd, 'feb/ledger.yaml'), 'utf8');
    expect(third.match(/rectify next/g)).toHaveLength(1);
    expect(third).toContain('# 上一轮：../2024-01/ledger.yaml（报告日期 2024-01-31）');
    expect(third).toContain('$schema=../2023-12/ledger.schema.json');
  });

  it('refuses a date not after the last round, an existing file without --force, and an invalid ledger', async () => {
    const cwd = workspace({ 'ledger.yaml': ledger });
    const early = await runMain(['next', 'ledger.yaml', '--date', '2023-12-01'], cwd);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('新一轮的报告日期 2023-12-01 不晚于上一轮的 2023-12-01 [round-date]');
    expect(existsSync(join(cwd, '2023-12'))).toBe(false);

    expect((await runMain(['next', 'ledger.yaml', '--date', '2024-01-31', '-o', 'jan.yaml'], cwd)).code).toBe(0);
    const twice = await runMain(['next', 'ledger.yaml', '--date', '2024-01-31', '-o', 'jan.yaml'], cwd);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('[would-overwrite]');
    expect((await runMain(['next', 'ledger.yaml', '--date', '2024-02-01', '-o', 'jan.yaml', '--force'], cwd)).code).toBe(0);
    expect(readFileSync(join(cwd, 'jan.yaml'), 'utf8')).toContain('date: 2024-02-01');

    writeFileSync(join(cwd, 'bad.yaml'), ledger.replace('id: A2', 'id: A1'));
    const bad = await runMain(['next', 'bad.yaml', '--date', '2024-01-31'], cwd);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.yaml 有错误，未生成新一轮台账');
  });

  it('puts the new round beside a round folder, else inside the ledger\'s folder, unless -o names one', () => {
    expect(nextRoundPath('2023-12/ledger.yaml', '2024-01-31', undefined)).toBe('2024-01/ledger.yaml');
    expect(nextRoundPath('rounds/2023-12-01/ledger.yaml', '2024-01-31', undefined)).toBe('rounds/2024-01/ledger.yaml');
    expect(nextRoundPath('ledger.yaml', '2024-01-31', undefined)).toBe('2024-01/ledger.yaml');
    expect(nextRoundPath('台账/司法局.yaml', '2024-01-31', undefined)).toBe('台账/2024-01/司法局.yaml');
    expect(nextRoundPath('ledger.yaml', '2024-01-31', 'out')).toBe('out/ledger.yaml');
    expect(nextRoundPath('ledger.yaml', '2024-01-31', 'out/一月.yml')).toBe('out/一月.yml');
  });

  it('has help with examples', async () => {
    const help = await runMain(['next', '--help'], root);
    expect(help.code).toBe(0);
    expect(help.out).toContain('rectify next 2023-12/ledger.yaml --date 2024-01-31');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT as REPO } from '../cli/run-cli.js';
import { run as runCli } from '../support/main.js';

const CASE = 'test/fixtures/stats/overdue';
const expected = (name: string) => readFileSync(join(REPO, CASE, name), 'utf8');

describe('rectify stats (main in process)', () => {
  it('prints aligned tables of the derived figures, warnings on stderr', async () => {
    const run = await runCli(['stats', `${CASE}/ledger.yaml`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected('expected.txt'));
    expect(run.stderr).toContain('[overdue]');
  });

  it('prints the versioned json shape', async () => {
    const run = await runCli(['stats', `${CASE}/ledger.yaml`, '--format', 'json', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(expected('expected.json'));
    const json = JSON.parse(run.stdout) as { version: number; overdue: { issueId: string; daysOverdue: number }[] };
    expect(json.version).toBe(1);
    expect(json.overdue.map((o) => [o.issueId, o.daysOverdue])).toEqual([
      ['B1', 16],
      ['B1', 30],
    ]);
  });

  it('judges overdue items as of --as-of', async () => {
    const run = await runCli(['stats', `${CASE}/ledger.yaml`, '--format', 'json', '--as-of', '2023-11-10']);
    const json = JSON.parse(run.stdout) as { asOf: string; overdue: { measureId?: string; daysOverdue: number }[] };
    expect(json.asOf).toBe('2023-11-10');
    expect(json.overdue.map((o) => o.daysOverdue)).toEqual([9]);
    expect(run.stderr.match(/\[overdue\]/g)).toHaveLength(1);
  });

  it('refuses a day that does not exist as a usage error, showing how dates are written', async () => {
    const run = await runCli(['stats', `${CASE}/ledger.yaml`, '--as-of', '2023-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('日期应写作 2024-01-31（也可写 2024年1月31日、2024.1.31、2024/1/31），且须是真实存在的日期');
  });

  it('exits 1 with diagnostics and no figures for an invalid ledger', async () => {
    const bad = readFileSync(join(REPO, CASE, 'ledger.yaml'), 'utf8').replace('status: 长期坚持', 'status: 差不多');
    const run = await runCli(['stats', '-'], { input: bad });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/<stdin>:\d+:\d+: error/);
  });

  it('exits 2 when the ledger cannot be read', async () => {
    const run = await runCli(['stats', 'no-such-ledger.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-ledger.yaml');
  });

  it('colours only on request: FORCE_COLOR turns it on, NO_COLOR wins', async () => {
    expect((await runCli(['stats', `${CASE}/ledger.yaml`])).stdout).not.toContain('\u001b[');
    expect((await runCli(['stats', `${CASE}/ledger.yaml`], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })).stdout).toContain('\u001b[');
    const vetoed = await runCli(['stats', `${CASE}/ledger.yaml`], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(vetoed.stdout).toBe(expected('expected.txt'));
    expect(vetoed.stderr).not.toContain('\u001b[');
  });

  it('has help with examples', async () => {
    const run = await runCli(['stats', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('示例：');
    expect(run.stdout).toContain('--as-of');
  });
});

/** The 督办 list (`rectify stats --overdue`) and what the load tables count. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { deadlines, derive } from '../../src/core/derive/index.js';
import { runMain } from '../support/main.js';
import { issue, ledger, measure } from '../diff/ledger-builders.js';

const sample = {
  ...ledger([
    issue('A1', [measure('一', { status: 'done' }), measure('二', { due: '2023-11-21', owners: ['li'] }), measure('三')], { status: 'in-progress', leader: 'wang', units: ['office'], owners: ['zhao'], due: '2023-12-05' }),
    issue('A2', [measure('四', { due: '2023-12-20' })], { status: 'in-progress', due: '2023-11-01', owners: ['zhao'] }),
  ]),
  people: [
    { id: 'wang', name: '王XX', title: '局长' },
    { id: 'li', name: '李XX' },
    { id: 'zhao', name: '赵XX' },
  ],
  units: [{ id: 'office', name: '办公室' }],
};

describe('deadlines (the 督办 list)', () => {
  it('lists overdue items, longest first, then those due within the days given, soonest first, with who answers for them', () => {
    const items = deadlines(sample, '2023-12-01', 7);
    expect(items.map((i) => [i.key, i.state, i.days])).toEqual([
      ['A2', 'overdue', 30],
      ['A1#2', 'overdue', 10],
      ['A1', 'due-soon', 4],
    ]);
    expect(items[1]).toMatchObject({ kind: 'measure', issueTitle: '问题A1', leader: { name: '王XX' }, units: [{ name: '办公室' }], owners: [{ id: 'li', name: '李XX' }] });
    // a measure without owners of its own is answered for by its issue's
    expect(deadlines(sample, '2023-12-15', 7).find((i) => i.key === 'A2#1')?.owners).toEqual([{ id: 'zhao', name: '赵XX' }]);
    expect(deadlines(sample, '2023-12-01', 30).map((i) => i.key)).toEqual(['A2', 'A1#2', 'A1', 'A2#1']);
  });
});

describe('the load tables', () => {
  it('count, for a leader and a unit, the measures under the issues they answer for, and open issues and measures apart', () => {
    const facts = derive(sample);
    expect(facts.load.leaders).toEqual([{ id: 'wang', name: '王XX', title: '局长', issues: 1, measures: 3, open: 3, openIssues: 1, openMeasures: 2, overdue: 1 }]);
    expect(facts.load.units[0]).toMatchObject({ name: '办公室', issues: 1, measures: 3, openIssues: 1, openMeasures: 2 });
    // owners: a measure's own, else its issue's
    expect(facts.load.owners.find((o) => o.id === 'zhao')).toMatchObject({ issues: 2, measures: 3, openIssues: 2, openMeasures: 2 });
    expect(facts.load.owners.find((o) => o.id === 'li')).toMatchObject({ issues: 0, measures: 1 });
  });
});

describe('rectify stats --overdue', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'rectify-overdue-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  const yaml = readFileSync(new URL('../fixtures/rounds/ledger.yaml', import.meta.url), 'utf8');
  writeFileSync(join(cwd, 'ledger.yaml'), yaml);
  const run = (...args: string[]) => runMain(['stats', 'ledger.yaml', ...args], cwd);

  it('prints the list for a terminal, as Markdown and as JSON', async () => {
    const human = await run('--overdue', '--as-of', '2024-01-10');
    expect(human.code).toBe(0);
    expect(human.out).toContain('中共测试县司法局党组巡察整改督办清单（统计日期 2024-01-10，含 7 天内到期的事项）');
    expect(human.out).toMatch(/已逾期\s+A2\s+组织推动法治体检不够扎实\s+2023-12-31\s+逾期 10 天\s+韩素云\s+许文博/);
    expect(human.out).toMatch(/即将到期\s+B1\s+\S+\s+2024-01-15\s+还有 5 天\s+周明哲\s+程立新/);
    const md = await run('--overdue', '--as-of', '2024-01-10', '--format', 'md');
    expect(md.out).toContain('| 序号 | 情况 | 编号 | 事项 | 所属问题 | 责任领导 | 责任单位 | 责任人 | 完成时限 | 整改状态 | 逾期天数 | 剩余天数 |');
    expect(md.out).toContain('| 1 | 已逾期 | A2 | 组织推动法治体检不够扎实 |  | 韩素云 | 律师工作管理科 | 许文博 | 2023-12-31 | 正在整改 | 10 |  |');
    const json = JSON.parse((await run('--overdue', '--as-of', '2024-01-10', '--within', '0', '--format', 'json')).out);
    expect(json).toMatchObject({ version: 1, asOf: '2024-01-10', within: 0 });
    expect(json.items.map((i: { key: string }) => i.key)).toEqual(['A2']);
  });

  it('writes the workbook to send out beside the ledger, never over one without --force', async () => {
    const made = await run('--overdue', '--as-of', '2024-01-10', '--format', 'xlsx');
    expect(made.code).toBe(0);
    expect(made.stderr).toContain('已写入 ledger.督办清单.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(cwd, 'ledger.督办清单.xlsx')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('督办清单')!;
    expect(ws.getCell('A1').value).toContain('督办清单');
    expect(ws.getRow(2).values).toEqual([undefined, '序号', '情况', '编号', '事项', '所属问题', '责任领导', '责任单位', '责任人', '完成时限', '整改状态', '逾期天数', '剩余天数']);
    expect(ws.getCell('C3').value).toBe('A2');
    expect(ws.getCell('I3').value).toEqual(new Date('2023-12-31T00:00:00Z'));
    expect(ws.getCell('K3').value).toBe(10);
    expect((await run('--overdue', '--format', 'xlsx')).code).toBe(2);
    expect((await run('--overdue', '--format', 'xlsx', '--force')).code).toBe(0);
  });

  it('keeps md and xlsx for the list, and calls --as-of 统计日期', async () => {
    const md = await run('--format', 'md');
    expect(md.code).toBe(2);
    expect(md.stderr).toContain('[overdue-only]');
    const asOf = await run('--as-of', '2024-01-10');
    expect(asOf.out).toContain('统计日期 2024-01-10（报告日期 2023-12-01）');
    expect(asOf.stderr).toContain('已超过整改时限 2023-12-31（统计日期 2024-01-10）');
    expect((await run()).out).toContain('报告日期 2023-12-01，');
  });
});

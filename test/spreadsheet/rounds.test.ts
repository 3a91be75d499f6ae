/**
 * Two reporting rounds of one 整改台账, played as an office plays them: the ledger exported to Excel,
 * cells typed over as a person types them (a row added, a measure reopened, a deadline extended, a
 * date written 2024年1月5日), imported back into the ledger, compared with the last round, built.
 * Every step succeeds, the figures are right, and the YAML keeps its comments and style.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';
import { editWorkbook, insertRow } from '../support/workbook.js';

const FIXTURE = new URL('../fixtures/rounds/ledger.yaml', import.meta.url).pathname;
const ENV = { SOURCE_DATE_EPOCH: '1704067200' };
const dir = mkdtempSync(join(tmpdir(), 'rectify-rounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runMain(args, dir, ENV);
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** The comments and styles of the fixture a rewrite must keep. */
function expectUserStyleKept(yaml: string): void {
  expect(yaml).toContain('# 整改台账：每一轮复制一份，更新状态和日期');
  expect(yaml).toMatch(/^ {2}date: \d{4}-\d{2}-\d{2} # 本轮报告日期$/m);
  expect(yaml).toContain('# 数字来自关键数据');
  expect(yaml).toContain('  # 第一个方面');
  expect(yaml).toContain('  visit: { from: 2023-08-02, to: 2023-08-04 }');
  expect(yaml).toContain('  - { id: zhou, name: 周明哲, title: 副局长 }');
  expect(yaml).toMatch(/^# yaml-language-server: \$schema=/);
}

describe('two rounds through Excel', () => {
  it('round 1 (December): export, edit, import into the ledger, diff, build', async () => {
    mkdirSync(join(dir, '2023-12'));
    copyFileSync(FIXTURE, join(dir, '2023-12/ledger.yaml'));
    const before = read('2023-12/ledger.yaml');
    expect((await run('export', '2023-12/ledger.yaml')).code).toBe(0);

    await editWorkbook(join(dir, '2023-12/ledger.xlsx'), (wb) => {
      const ws = wb.getWorksheet('整改台账')!;
      // rows: 2 A1-1, 3 A1-2, 4 A2#1, 5 A2#2, 6 B1#1
      ws.getCell('J4').value = '已完成'; // A2#1 done, as a clerk types it
      ws.getCell('K4').value = '2023年11月28日';
      ws.getCell('I4').value = '2024-02-29'; // A2's deadline extended, on each of its rows
      ws.getCell('I5').value = '2024/2/29';
      // a new measure under B1, typed into the row below the table
      ws.getRow(7).values = [null, null, null, null, '开展行政执法案卷评查。', null, null, '许文博', '2024/1/15', '正在整改'];
      // a key figure updated on the 报告信息 sheet
      const report = wb.getWorksheet('报告信息')!;
      report.eachRow((row) => {
        if (row.getCell(1).value === 'trained') row.getCell(3).value = 150;
      });
    });
    const imported = await run('import', '2023-12/ledger.xlsx', '--into', '2023-12/ledger.yaml');
    expect(imported.stderr).toContain('已更新 2023-12/ledger.yaml');
    expect(imported.code).toBe(0);
    // what changed, as rectify diff tells it
    expect(imported.out).toContain('新完成的整改措施（1）');
    expect(imported.out).toMatch(/延期（1）\n {2}~ A2 组织推动法治体检不够扎实：2023-12-31 → 2024-02-29（延期 60 天）/);
    expect(imported.out).toContain('+ B1#2 开展行政执法案卷评查。 [正在整改]');
    expect(imported.out).toContain('~ trained 培训人次：120人次 → 150人次 (+30)');

    const after = read('2023-12/ledger.yaml');
    expectUserStyleKept(after);
    // only the lines that changed, changed
    expect(after).toContain('        due: 2024-02-29\n        progress: 已组织律师参与');
    expect(after).toContain('          - text: 组织律师为规模以上企业提供免费法律服务。\n            status: 已整改完成\n            done: 2023-11-28\n');
    // the new measure has what it does not share with its issue (its deadline and status are B1's)
    expect(after).toContain('          - text: 开展行政执法案卷评查。\n            owners: [xu]\n');
    expect(after).toContain('{ id: trained, name: 培训人次, value: 150, unit: 人次, target: 200 }');
    expect(after.split('\n').length - before.split('\n').length).toBe(3);

    copyFileSync(FIXTURE, join(dir, 'december-before.yaml'));
    const compared = await run('diff', 'december-before.yaml', '2023-12/ledger.yaml', '--format', 'md');
    expect(compared.code).toBe(0);
    expect(compared.out).toContain('| **A2** 组织推动法治体检不够扎实 | 2023-12-31 | 2024-02-29 | 延期 60 天 |');

    const built = await run('build', '2023-12/ledger.yaml', '--format', 'md');
    expect(built.code).toBe(0);
    const md = read('2023-12/ledger.md');
    expect(md).toContain('对照反馈的3个问题，制定整改措施6条，组织培训150人次。');
    expect(md).toContain('办理案件300件');
  });

  it('round 2 (January): next, export, edit, import into the ledger, diff, build', async () => {
    const next = await run('next', '2023-12/ledger.yaml', '--date', '2024-01-31');
    expect(next.code).toBe(0);
    expect(next.stderr).toContain('已生成新一轮台账 2024-01/ledger.yaml（报告日期 2024-01-31）');
    // the new round is the last one with a new date: diff shows nothing but the date
    const same = await run('diff', '2023-12/ledger.yaml', '2024-01/ledger.yaml');
    expect(same.out).toContain('整改进展对比：2023-12-01 → 2024-01-31');
    expect(same.out).toContain('两轮台账之间没有变化。');
    expect(read('2024-01/ledger.yaml')).toContain('# 上一轮：../2023-12/ledger.yaml（报告日期 2023-12-01）；本轮台账由 rectify next 从它生成');

    expect((await run('export', '2024-01/ledger.yaml')).code).toBe(0);
    await editWorkbook(join(dir, '2024-01/ledger.xlsx'), (wb) => {
      const ws = wb.getWorksheet('整改台账')!;
      // rows: 2 A1-1, 3 A1-2, 4 A2#1, 5 A2#2, 6 B1#1, 7 B1#2
      ws.getCell('J3').value = '正在整改'; // A1-2 reopened under A1, which shows 已整改完成
      ws.getCell('K3').value = null;
      ws.getCell('J5').value = '已整改完成'; // A2's last open measure done
      ws.getCell('K5').value = '2024年1月5日';
      ws.getCell('I6').value = new Date(Date.UTC(2024, 2, 31)); // B1's deadline extended (an Excel date)
      ws.getCell('I7').value = new Date(Date.UTC(2024, 2, 31));
      ws.getCell('F6').value = '韩素云'; // B1's leader changed
      ws.getCell('E6').value = '开展送法律上门活动，覆盖全部规上企业。'; // B1#1 reworded
      ws.getCell('H4').value = '许文博、程立新'; // A2#1 gets an owner more
      const report = wb.getWorksheet('报告信息')!;
      report.eachRow((row) => {
        if (row.getCell(1).value === 'trained') row.getCell(3).value = 180;
      });
      // a new measure inside A2, on a row inserted above its last
      insertRow(ws, 5, [null, null, null, null, '建立法治体检工作台账。', null, null, null, null, '已整改完成', '2024年1月5日']);
    });
    const imported = await run('import', '2024-01/ledger.xlsx', '--into', '2024-01/ledger.yaml');
    expect(imported.stderr).toContain('已更新 2024-01/ledger.yaml');
    expect(imported.code).toBe(0);

    const yaml = read('2024-01/ledger.yaml');
    expectUserStyleKept(yaml);
    expect(yaml).toContain('  date: 2024-01-31 # 本轮报告日期');

    const diff = await run('diff', '2023-12/ledger.yaml', '2024-01/ledger.yaml', '--format', 'json');
    const json = JSON.parse(diff.out);
    expect(json.issues.newlyDone.map((r: { id: string }) => r.id)).toEqual(['A2']);
    expect(json.issues.statusChanged.map((r: { id: string; from: string; to: string }) => [r.id, r.from, r.to])).toEqual([
      ['A1', 'done', 'in-progress'],
      ['A2', 'in-progress', 'done'],
    ]);
    expect(json.measures.statusChanged.map((r: { key: string; to: string }) => [r.key, r.to])).toEqual([
      ['A1-2', 'in-progress'],
      ['A2#3', 'done'], // the measure that was A2#2, now third: a row was inserted above it
    ]);
    expect(json.measures.added.map((r: { key: string; text: string }) => [r.key, r.text])).toEqual([['A2#2', '建立法治体检工作台账。']]);
    const changes = [...json.issues.changed, ...json.measures.changed].flatMap((i: { changes: { field: string }[] }) => i.changes.map((c) => c.field));
    expect(changes).toEqual(expect.arrayContaining(['due', 'leader', 'done']));
    const extended = json.issues.changed.find((i: { id: string }) => i.id === 'B1').changes;
    expect(extended).toContainEqual({ field: 'due', from: '2024-01-15', to: '2024-03-31', days: 76 });
    expect(extended).toContainEqual({ field: 'leader', from: { id: 'zhou', name: '周明哲' }, to: { id: 'han', name: '韩素云' } });
    const measure = (key: string) => json.measures.changed.find((m: { key: string }) => m.key === key).changes;
    expect(measure('B1#1')).toContainEqual(expect.objectContaining({ field: 'text', inline: { before: '…展送法律上门活动', removed: '', added: '，覆盖全部规上企业', after: '。' } }));
    expect(measure('A2#1')).toContainEqual({ field: 'owners', added: [{ id: 'cheng', name: '程立新' }], removed: [] });
    expect(measure('A2#3')).toContainEqual({ field: 'done', to: '2024-01-05' });
    expect(json.metrics).toEqual([{ kind: 'changed', id: 'trained', name: '培训人次', unit: '人次', from: 150, to: 180, delta: 30 }]);
    const md = (await run('diff', '2023-12/ledger.yaml', '2024-01/ledger.yaml', '--format', 'md')).out;
    for (const heading of ['### 新完成的问题（1）', '### 状态有变化的问题（1）', '### 新增的整改措施（1）', '### 延期（1）', '### 完成日期变化', '### 文字修改（1）', '### 责任变化（2）', '### 指标变化']) {
      expect(md).toContain(heading);
    }

    const built = await run('build', '2024-01/ledger.yaml');
    expect(built.code).toBe(0);
    expect(built.stderr).toContain('已生成 2024-01/ledger.docx');
    const report = read('2024-01/ledger.md');
    // 3 issues, A2 done; 7 measures, A1-1, A2#1, A2#2, A2#3 done
    expect(report).toContain('对照反馈的3个问题，制定整改措施7条，组织培训180人次。');
    const stats = JSON.parse((await run('stats', '2024-01/ledger.yaml', '--format', 'json')).out);
    expect(stats.issues.done).toBe(1);
    expect(stats.issues.rate.text).toBe('33.33%');
    expect(stats.measures.done).toBe(4);
  });
});

/**
 * `rectify import SHEET --into LEDGER`: the sheet's edits written back into the ledger it is a
 * working copy of — or, when the sheet is wrong, nothing changed and every error at its cell.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';
import { editWorkbook } from '../support/workbook.js';

const FIXTURE = new URL('../fixtures/rounds/ledger.yaml', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'rectify-into-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

/** A folder with the fixture ledger and its exported workbook (or csv). */
async function exported(format: 'xlsx' | 'csv' = 'xlsx') {
  const cwd = join(root, String(++counter));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(cwd);
  copyFileSync(FIXTURE, join(cwd, 'ledger.yaml'));
  const run = (...args: string[]) => runMain(args, cwd, { SOURCE_DATE_EPOCH: '1701388800' });
  expect((await run('export', 'ledger.yaml', '--format', format)).code).toBe(0);
  return { cwd, run, sheet: join(cwd, `ledger.${format}`), yaml: () => readFileSync(join(cwd, 'ledger.yaml'), 'utf8') };
}

// table rows: 2 A1-1, 3 A1-2, 4 A2#1, 5 A2#2, 6 B1#1; columns D 问题状态, I 完成时限, J 整改状态, K 完成日期
describe('import --into', () => {
  it('a completion date after the report date: refused at its cell, naming the report date cell and --date', async () => {
    const { run, sheet, yaml, cwd } = await exported();
    const before = yaml();
    await editWorkbook(sheet, (wb) => {
      const ws = wb.getWorksheet('整改台账')!;
      ws.getCell('J4').value = '已整改完成';
      ws.getCell('K4').value = '2024年1月5日';
    });
    const refused = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ledger.xlsx:4:11: error: 日期顺序错误：完成日期 2024-01-05 晚于报告日期 2023-12-01 [date-order]');
    expect(refused.stderr).toContain('位置: 整改台账!K4');
    expect(refused.stderr).toContain('把 报告信息!B4 的报告日期改为本轮报告的日期，或导入时加 --date YYYY-MM-DD');
    expect(refused.stderr).toContain('有 1 处错误（见上），ledger.yaml 未作改动');
    expect(refused.stderr).not.toContain('无法读取');
    expect(refused.stderr).not.toMatch(/ledger\.yaml:\d+/);
    expect(yaml()).toBe(before);

    // either fix works: --date on the command line ...
    const dated = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml', '--date', '2024-01-31', '-o', 'dated.yaml');
    expect(dated.code).toBe(0);
    // ... or the report date typed on the 报告信息 sheet
    await editWorkbook(sheet, (wb) => {
      wb.getWorksheet('报告信息')!.getCell('B4').value = '2024年1月31日';
    });
    const typed = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml');
    expect(typed.code).toBe(0);
    expect(yaml()).toContain('  date: 2024-01-31 # 本轮报告日期');
    expect(yaml()).toBe(readFileSync(join(cwd, 'dated.yaml'), 'utf8'));
  });

  it('an issue marked done over an open measure: refused at the 问题状态 cell, naming the measure\'s cell', async () => {
    const { run, sheet, yaml } = await exported();
    const before = yaml();
    await editWorkbook(sheet, (wb) => {
      wb.getWorksheet('整改台账')!.getCell('D4').value = '已整改完成'; // A2, whose measures are open
    });
    const refused = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[done-with-open-measures]');
    expect(refused.stderr).toContain('位置: 整改台账!D4');
    expect(refused.stderr).toContain('提示: 把此格改为 正在整改（或清空，由各项措施推定），或把 整改台账!J4 改为 已整改完成');
    expect(yaml()).toBe(before);
  });

  it('the issue status left as exported follows the measures: all done → done, one reopened → reopened', async () => {
    const { run, sheet, yaml } = await exported();
    await editWorkbook(sheet, (wb) => {
      const ws = wb.getWorksheet('整改台账')!;
      ws.getCell('J4').value = '已整改完成';
      ws.getCell('J5').value = '已整改完成';
      ws.getCell('J3').value = '正在整改'; // A1-2 reopened under A1 (已整改完成)
    });
    expect((await run('import', 'ledger.xlsx', '--into', 'ledger.yaml')).code).toBe(0);
    const stats = JSON.parse((await run('stats', 'ledger.yaml', '--format', 'json')).out);
    expect(stats.issues.byStatus).toMatchObject({ done: 1, 'in-progress': 2 });
    expect(stats.issues.rate.text).toBe('33.33%');
    expect(yaml()).toMatch(/- id: A2\n {8}title: 组织推动法治体检不够扎实\n {8}status: 已整改完成/);
    expect(yaml()).toMatch(/- id: A1\n {8}title: 履行牵头抓总职能有差距\n {8}status: 正在整改/);
  });

  it('an invalid cell: nothing changes, the cell named', async () => {
    const { run, sheet, yaml } = await exported();
    const before = yaml();
    await editWorkbook(sheet, (wb) => {
      wb.getWorksheet('整改台账')!.getCell('J6').value = '差不多了';
    });
    const refused = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('位置: 整改台账!J6');
    expect(yaml()).toBe(before);
  });

  it('the same sheet imported again changes nothing; a ledger changed after the export is not undone', async () => {
    const { run, sheet, yaml, cwd } = await exported();
    await editWorkbook(sheet, (wb) => {
      wb.getWorksheet('整改台账')!.getCell('J4').value = '已整改完成';
    });
    expect((await run('import', 'ledger.xlsx', '--into', 'ledger.yaml')).code).toBe(0);
    const once = yaml();
    const again = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('表格与 ledger.yaml 一致，没有变化');
    expect(yaml()).toBe(once);

    // someone changes the ledger itself: the sheet does not show it
    writeFileSync(join(cwd, 'ledger.yaml'), once.replace('        due: 2024-01-15', '        due: 2024-02-15'));
    const stale = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('ledger.yaml 在导出 ledger.xlsx 之后改动过（B1），这些改动表格中没有');
    expect(yaml()).toContain('due: 2024-02-15');
    const forced = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml', '--force');
    expect(forced.code).toBe(0);
    expect(yaml()).toContain('due: 2024-01-15');
  });

  it('an invalid ledger is reported as it is and not touched', async () => {
    const { run, cwd, yaml } = await exported();
    writeFileSync(join(cwd, 'ledger.yaml'), yaml().replace('id: A2', 'id: A1'));
    const before = yaml();
    const refused = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ledger\.yaml:\d+:\d+: error: 编号 A1 重复/);
    expect(refused.stderr).toContain('ledger.yaml 未作改动');
    expect(yaml()).toBe(before);
  });

  it('-o - prints the updated ledger and leaves it as it was', async () => {
    const { run, sheet, yaml } = await exported();
    const before = yaml();
    await editWorkbook(sheet, (wb) => {
      wb.getWorksheet('整改台账')!.getCell('J4').value = '已整改完成';
    });
    const printed = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml', '-o', '-');
    expect(printed.code).toBe(0);
    expect(printed.out).toContain('新完成的整改措施（1）');
    expect(printed.out).toContain('# 整改台账：每一轮复制一份，更新状态和日期');
    expect(yaml()).toBe(before);
  });
});

describe('figures and placeholders through a round trip', () => {
  it('xlsx: cells show the figures, the ledger keeps its placeholders; a figure edited on 报告信息 follows', async () => {
    const { run, sheet, yaml, cwd } = await exported();
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(sheet) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('整改台账')!.getCell('E3').value).toBe('对“首次不罚”机制落实情况进行调度，办理案件300件。');
    // a new ledger from the workbook alone is the same ledger: every figure, every placeholder
    const alone = await run('import', 'ledger.xlsx', '-o', 'alone.yaml');
    expect(alone.code).toBe(0);
    const same = await run('diff', 'ledger.yaml', 'alone.yaml', '--exit-code');
    expect(same.code).toBe(0);
    expect(readFileSync(join(cwd, 'alone.yaml'), 'utf8')).toContain('办理案件{{metrics.cases}}件。');

    await editWorkbook(sheet, (book) => {
      book.getWorksheet('报告信息')!.eachRow((row) => {
        if (row.getCell(1).value === 'cases') row.getCell(3).value = 320;
      });
    });
    expect((await run('import', 'ledger.xlsx', '--into', 'ledger.yaml')).code).toBe(0);
    expect(yaml()).toContain('办理案件{{metrics.cases}}件。 # 数字来自关键数据');
    expect(yaml()).toContain('{ id: cases, name: 不罚轻罚案件, value: 320, unit: 件 }');
  });

  it('an edited text that loses its placeholder is taken as typed, with a warning at the cell', async () => {
    const { run, sheet, yaml } = await exported();
    await editWorkbook(sheet, (wb) => {
      wb.getWorksheet('整改台账')!.getCell('E3').value = '对“首次不罚”机制落实情况进行调度，共办理案件300件。';
    });
    const run1 = await run('import', 'ledger.xlsx', '--into', 'ledger.yaml');
    expect(run1.code).toBe(0);
    expect(run1.stderr).toContain('整改台账!E3');
    expect(run1.stderr).toContain('[placeholder-replaced]');
    expect(yaml()).toContain('            text: 对“首次不罚”机制落实情况进行调度，共办理案件300件。');
    // the measure kept its id and its figures: the text was edited where it stood
    expect(yaml()).toContain('          - id: A1-2\n            text: 对“首次不罚”机制落实情况进行调度，共办理案件300件。');
  });

  it('csv: readers see figures; imported --into the ledger every figure and placeholder is kept', async () => {
    const { run, sheet, yaml, cwd } = await exported('csv');
    const csv = readFileSync(sheet, 'utf8');
    expect(csv).toContain('办理案件300件');
    expect(csv).not.toContain('{{');
    // on its own the csv imports: the figures as typed text
    const alone = await run('import', 'ledger.csv', '-o', 'alone.yaml');
    expect(alone.code).toBe(0);
    expect(readFileSync(join(cwd, 'alone.yaml'), 'utf8')).toContain('办理案件300件');
    // into the ledger: nothing lost, the edit taken (A2#2's 整改状态, the tenth column)
    const rows = csv.split('\r\n').map((line) => line.split(','));
    const row = rows.find((r) => r[4] === '对律师法治体检开展情况进行督导检查。')!;
    expect(row[9]).toBe('正在整改');
    row[9] = '已整改完成';
    writeFileSync(sheet, rows.map((r) => r.join(',')).join('\r\n'));
    const into = await run('import', 'ledger.csv', '--into', 'ledger.yaml');
    expect(into.code).toBe(0);
    expect(into.out).toContain('✓ A2#2 对律师法治体检开展情况进行督导检查。');
    expect(yaml()).toContain('办理案件{{metrics.cases}}件。 # 数字来自关键数据');
    expect(yaml()).toContain('{ id: cases, name: 不罚轻罚案件, value: 300, unit: 件 }');
    expect(yaml()).toContain('组织培训{{metrics.trained}}人次');
  });
});

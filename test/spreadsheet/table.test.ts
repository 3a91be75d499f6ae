import { describe, expect, it } from 'vitest';
import { ledgerToTable } from '../../src/core/spreadsheet/table.js';
import { COLUMNS } from '../../src/core/spreadsheet/columns.js';
import { sampleLedger } from './sample-ledger.js';

const col = (header: string) => COLUMNS.findIndex((c) => c.header === header);

describe('ledgerToTable', () => {
  const table = ledgerToTable(sampleLedger());

  it('writes the thirteen headers of the issue in order', () => {
    expect(table.header).toEqual(['序号', '方面', '问题', '问题状态', '整改措施', '责任领导', '责任单位', '责任人', '完成时限', '整改状态', '完成日期', '整改进展及备注', '佐证材料']);
  });

  it('writes one row per measure with names, Chinese statuses and inherited values', () => {
    expect(table.rows).toHaveLength(5);
    const [first, second] = table.rows;
    expect(first![col('问题')]).toBe('落实上级决策部署不到位'); // untitled single issue shows the aspect title
    expect(first![col('责任领导')]).toBe('王某某');
    expect(first![col('责任单位')]).toBe('办公室、法治督察科');
    expect(first![col('责任人')]).toBe('李某'); // inherited from the issue
    expect(second![col('责任人')]).toBe('赵某');
    expect(first![col('完成时限')]).toBe('2023-10-31');
    expect(first![col('整改状态')]).toBe('已整改完成');
    expect(first![col('佐证材料')]).toBe('清单文件\n公布截图\n（第二页）');
    expect(table.rows.map((r) => r[col('序号')])).toEqual(['1', '1', '2', '3', '3']);
    // the issue's status as the report counts it: its own, else from its measures
    expect(table.rows.map((r) => r[col('问题状态')])).toEqual(['已整改完成', '已整改完成', '正在整改', '正在整改', '正在整改']);
    expect(table.rows.map((r) => r[col('整改进展及备注')])).toEqual(['', '', '', '持续推进中', '持续推进中']);
  });

  it('shows figures filled in where the ledger has placeholders', () => {
    const ledger = sampleLedger();
    ledger.aspects[0]!.issues[0]!.measures[1]!.text = '共办理案件{{metrics.cases}}件，律师{{metrics.lawyers}}名参与，{{measures}}条措施';
    const row = ledgerToTable(ledger).rows[1]!;
    expect(row[col('整改措施')]).toBe('共办理案件300件，律师45名参与，5条措施');
  });

  it('merges the cells an issue shares, and the aspect over its issues; never a measure\'s own', () => {
    const merged = (header: string) => table.merges.filter((m) => m.column === col(header)).map((m) => [m.top, m.bottom]);
    expect(merged('序号')).toEqual([[0, 1], [3, 4]]);
    expect(merged('方面')).toEqual([[0, 1], [2, 4]]);
    expect(merged('问题状态')).toEqual([[0, 1], [3, 4]]);
    expect(merged('整改进展及备注')).toEqual([[0, 1], [3, 4]]);
    // each measure's status, deadline and owners can be changed on its own row
    for (const header of ['整改措施', '责任人', '完成时限', '整改状态', '完成日期', '佐证材料']) expect(merged(header)).toEqual([]);
  });
});

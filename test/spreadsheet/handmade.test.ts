import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importSheet as importSpreadsheetToYaml } from '../support/import.js';
import { parseColumnMap } from '../../src/core/spreadsheet/column-map.js';
import { encodeGb18030 } from './gb18030.js';

const TODAY = '2023-12-01';

/**
 * The layout people make by hand: a title row merged across the table, the header on row 2 in
 * their own words, a 问题类别 column left blank, 问题 cells merged over the measure rows, dates typed
 * every which way, a 备注 column (the issue's progress note) and a column rectify does not know.
 */
async function handMadeWorkbook(edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['XX县司法局巡察反馈问题整改台账']);
  ws.mergeCells('A1:L1');
  ws.addRow(['序号', '问题类别', '具体问题', '整改举措', '分管领导', '责任部门', '具体责任人', '整改时限', '完成情况', '完成日期', '联系电话', '备注']);
  ws.addRow([1, null, '对行政执法监督工作用力不足', '开展“送法律上门”活动，梳理涉企行政处罚事项155项', '张三', '执法监督科', '李四', '2023/10/31', '已完成', new Date(Date.UTC(2023, 9, 20)), '', '已印制明白纸']);
  ws.addRow([null, null, null, '开展道路交通安全和运输执法领域突出问题专项整治', null, null, '王五、李四', '2023年11月30日', '正在整改', null, '']);
  ws.addRow([null, null, null, '集中开展行政执法案卷评查', null, null, '李四', '长期坚持', null, null, '']);
  ws.mergeCells('A3:A5');
  ws.mergeCells('C3:C5');
  ws.mergeCells('E3:E5');
  ws.mergeCells('F3:F5');
  ws.addRow([2, null, '普法形式单一，针对性不强', '深化媒体公益普法，新开办“八五普法我来讲”节目', '赵六', '普法科、宣传科', '钱七', 45260, '已整改完成', '2023.11.15', '']);
  ws.addRow([3, null, '普法形式单一，针对性不强', '开展“美好生活·民法典相伴”主题宣传活动', '赵六', '普法科', '钱七', '2023-12-31', '整改中', null, '']);
  ws.addRow(['填报人：孙八　　审核人：周九']);
  ws.mergeCells('A8:L8');
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('import of a hand-made spreadsheet', () => {
  it('gives a ledger that validates, with placeholders it names', async () => {
    const result = await importSpreadsheetToYaml(await handMadeWorkbook(), {
      file: 'book.xlsx',
      output: 'ledger.yaml',
      lang: 'zh',
      today: TODAY,
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toContain('fill-in');
    expect(result.diagnostics.find((d) => d.code === 'skipped-row')).toMatchObject({ line: 8, path: 'Sheet1!A8' });
    const unknown = result.diagnostics.find((d) => d.code === 'unknown-header');
    expect(unknown).toMatchObject({ file: 'book.xlsx', line: 2, column: 11, path: 'Sheet1!K2' });

    const ledger = result.ledger!;
    expect(result.yaml).toContain('【待填写】');
    expect(ledger.aspects).toHaveLength(1);
    const [first, second, third] = ledger.aspects[0]!.issues;
    // Rows 3–5 share a merged 具体问题 cell: one issue with three measures.
    expect(first!.title).toBe('对行政执法监督工作用力不足');
    expect(first!.measures.map((m) => m.text)).toHaveLength(3);
    expect(ledger.people.map((p) => p.name)).toEqual(['张三', '李四', '王五', '赵六', '钱七']);
    expect(ledger.units.map((u) => u.name)).toEqual(['执法监督科', '普法科', '宣传科']);
    expect(first!.leader).toBe('p1');
    expect(first!.units).toEqual(['u1']);
    expect(first!.measures[0]).toMatchObject({ status: 'done', due: '2023-10-31', done: '2023-10-20', owners: ['p2'] });
    expect(first!.measures[1]).toMatchObject({ status: 'in-progress', due: '2023-11-30', owners: ['p3', 'p2'] });
    // 长期坚持 as a deadline: no due date, status ongoing.
    expect(first!.measures[2]!.due).toBeUndefined();
    expect(first!.measures[2]!.status).toBe('ongoing');
    // Same text but a new 序号: a new issue.
    expect(second!.measures[0]).toMatchObject({ due: '2023-11-30', done: '2023-11-15', status: 'done' });
    expect(second!.units).toEqual(['u2', 'u3']);
    expect(third!.title).toBe('普法形式单一，针对性不强');
    // 备注 is the issue's progress note
    expect(first!.progress).toBe('已印制明白纸');
    expect(second!.progress).toBeUndefined();
  });

  it('reads 整改进展 beside 整改状态 as the progress note, whichever comes first', async () => {
    for (const headers of [
      ['整改进展', '整改状态'],
      ['整改状态', '整改进展'],
    ]) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['问题', '整改措施', ...headers]);
      const cells = { 整改进展: '已完成清单公布', 整改状态: '已完成' } as Record<string, string>;
      ws.addRow(['问题一', '措施一', ...headers.map((h) => cells[h]!)]);
      const result = await importSpreadsheetToYaml(Buffer.from(await wb.xlsx.writeBuffer()), { file: 'book.xlsx', output: 'ledger.yaml', today: TODAY });
      expect(result.diagnostics.filter((d) => d.code === 'duplicate-column')).toEqual([]);
      const issue = result.ledger!.aspects[0]!.issues[0]!;
      expect(issue.progress).toBe('已完成清单公布');
      expect(issue.measures[0]!.status).toBe('done');
    }
  });

  it('reports every unreadable cell with sheet, row and column, and gives no YAML', async () => {
    const book = await handMadeWorkbook((ws) => {
      ws.getCell('H6').value = '下个月';
      ws.getCell('I7').value = '差不多了';
      ws.addRow([4, null, '新问题', null, '赵六', '普法科', '钱七', '2023-12-31', null, null, '']);
      ws.addRow([4, null, null, '第二条措施', null, null, null, null, '未启动', '2023-13-01', '']);
    });
    const result = await importSpreadsheetToYaml(book, { file: 'book.xlsx', output: 'ledger.yaml', lang: 'en', today: TODAY });
    expect(result.yaml).toBeUndefined();
    expect(result.ledger).toBeUndefined();
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path, d.line, d.column]);
    expect(errors).toEqual([
      ['bad-date', 'Sheet1!H6', 6, 8],
      ['unknown-status', 'Sheet1!I7', 7, 9],
      ['missing-measure', 'Sheet1!D9', 9, 4],
      ['bad-date', 'Sheet1!J10', 10, 10],
    ]);
  });

  it('reads a GB18030 csv with a title row and unusual headers named in a --map file', async () => {
    const csv = [
      'XX县司法局整改台账,,,,',
      '编号,反馈意见,落实举措,牵头部门,销号情况',
      '1,"执法监督效果不佳","打造闭环式执法监督新模式,强化""三道关口""",执法监督科,已完成',
      ',,"组织全县35个行政执法部门开展专题培训",执法监督科,正在整改',
      '',
    ].join('\r\n');
    const map = parseColumnMap('反馈意见: 问题\n落实举措: measure\n销号情况: 整改状态\n', 'map.yaml');
    expect(map.problems).toEqual([]);
    const result = await importSpreadsheetToYaml(encodeGb18030(csv), {
      file: 'book.csv',
      output: 'ledger.yaml',
      lang: 'en',
      today: TODAY,
      map: map.map!,
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const issue = result.ledger!.aspects[0]!.issues[0]!;
    expect(result.ledger!.aspects[0]!.issues).toHaveLength(1);
    expect(issue.measures.map((m) => [m.text, m.status])).toEqual([
      ['打造闭环式执法监督新模式,强化"三道关口"', 'done'],
      ['组织全县35个行政执法部门开展专题培训', 'in-progress'],
    ]);
    expect(result.ledger!.units.map((u) => u.name)).toEqual(['执法监督科']);
  });

  it('says which column is missing when the header lacks one', async () => {
    const csv = '序号,问题,责任单位\r\n1,某问题,办公室\r\n';
    const result = await importSpreadsheetToYaml(Buffer.from(csv), { file: 'book.csv', output: 'x.yaml', lang: 'en', today: TODAY });
    expect(result.diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([['missing-column', 'book', 1]]);
  });

  it('refuses a sheet without any ledger table', async () => {
    const result = await importSpreadsheetToYaml(Buffer.from('a,b\r\n1,2\r\n'), { file: 'x.csv', output: 'x.yaml', lang: 'zh', today: TODAY });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['no-table']);
  });

  it('refuses the old binary .xls format with a hint', async () => {
    const result = await importSpreadsheetToYaml(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), {
      file: 'x.xls',
      output: 'x.yaml',
      lang: 'en',
      today: TODAY,
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unsupported-format']);
  });
});

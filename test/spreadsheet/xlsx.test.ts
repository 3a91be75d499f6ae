import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ledgerToSpreadsheet } from '../../src/core/spreadsheet/export.js';
import { gridsToLedger, readSpreadsheet } from '../../src/core/spreadsheet/import.js';
import { readZip } from '../../src/host/zip.js';
import { sampleLedger } from './sample-ledger.js';

const DATE = new Date('2023-12-01T00:00:00Z');

describe('xlsx export', () => {
  it('is byte-identical for the same ledger and date', async () => {
    // exceljs stamps its own zip with the clock; the bytes export writes do not carry it
    const a = Buffer.from(await ledgerToSpreadsheet(sampleLedger(), 'xlsx', { date: DATE }));
    await new Promise((r) => setTimeout(r, 1100));
    const b = Buffer.from(await ledgerToSpreadsheet(sampleLedger(), 'xlsx', { date: DATE }));
    expect(a.equals(b)).toBe(true);
    // no folder entries (xl/, _rels/): Excel writes none
    expect(Object.keys(readZip(a)).filter((name) => name.endsWith('/'))).toEqual([]);
  });

  it('freezes the header, sets widths, prints A4 landscape and merges the cells an issue shares, not a measure\'s own', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await ledgerToSpreadsheet(sampleLedger(), 'xlsx', { date: DATE })) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('整改台账')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' });
    expect(ws.getColumn(5).width).toBe(44);
    expect(ws.getCell('C3').isMerged && ws.getCell('C3').master.address).toBe('C2');
    expect(ws.getCell('D3').isMerged && ws.getCell('D3').master.address).toBe('D2');
    // a measure's own cells (text, owners, deadline, status, completion date) are never merged
    for (const column of ['E', 'H', 'I', 'J', 'K']) expect(ws.getCell(`${column}3`).isMerged).toBe(false);
    expect(wb.getWorksheet('台账信息')?.state).toBe('hidden');
    expect(wb.getWorksheet('报告信息')?.state).toBe('visible');
  });

  it('writes dates as Excel dates and offers the status words in a drop-down', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await ledgerToSpreadsheet(sampleLedger(), 'xlsx', { date: DATE })) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('整改台账')!;
    expect(ws.getCell('I2').value).toEqual(new Date('2023-10-31T00:00:00Z'));
    expect(ws.getCell('I2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('K2').value).toEqual(new Date('2023-08-01T00:00:00Z'));
    const words = '"已整改完成,正在整改,长期坚持,基本完成,未启动"';
    // on the rows of the table and on rows a clerk adds below it
    for (const cell of ['D2', 'J2', 'J300']) expect(ws.getCell(cell).dataValidation).toMatchObject({ type: 'list', formulae: [words] });
    const report = wb.getWorksheet('报告信息')!;
    expect(report.getCell('A4').value).toBe('报告日期');
    expect(report.getCell('B4').value).toEqual(new Date('2023-12-01T00:00:00Z'));
    expect(report.getCell('B6').dataValidation).toMatchObject({ type: 'list', formulae: ['"整改进展,整改完成"'] });
  });
});

describe('xlsx round trip', () => {
  it('gives back the ledger when the import sees the ledger it was exported from', async () => {
    const ledger = sampleLedger();
    const bytes = await ledgerToSpreadsheet(ledger, 'xlsx', { date: DATE });
    const { book, problems } = await readSpreadsheet(bytes, 'out.xlsx');
    expect(problems).toEqual([]);
    expect(book?.metaYaml).toContain('rectify: 1');
    const result = gridsToLedger(book!.sheets, { file: 'out.xlsx', today: '2024-01-01', meta: ledger });
    expect(result.problems).toEqual([]);
    expect(result.ledger).toEqual(ledger);
  });

  it('takes cells the user changed over the stored ledger', async () => {
    const ledger = sampleLedger();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await ledgerToSpreadsheet(ledger, 'xlsx', { date: DATE })) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('整改台账')!;
    ws.getCell('J4').value = '已完成';
    ws.getCell('K4').value = '2023年11月20日';
    ws.getCell('H4').value = '新同志';
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const { book } = await readSpreadsheet(edited, 'out.xlsx');
    const result = gridsToLedger(book!.sheets, { file: 'out.xlsx', today: '2024-01-01', meta: ledger });
    const measure = result.ledger!.aspects[1]!.issues[0]!.measures[0]!;
    expect(measure).toMatchObject({ status: 'done', done: '2023-11-20', due: '2024-03-31' });
    const added = result.ledger!.people.find((p) => p.name === '新同志');
    expect(added?.id).toBe('p1');
    expect(measure.owners).toEqual(['p1']);
  });
});

describe('schema comment of the imported YAML', () => {
  it('points at the shipped schema relative to an output inside the checkout, and is left out elsewhere', async () => {
    const { schemaPathFor } = await import('../../src/app/pipeline/import.js');
    const { SCHEMA_FILE } = await import('../../src/host/package-paths.js');
    const inRepo = new URL('../../examples/some-ledger/ledger.yaml', import.meta.url).pathname;
    expect(schemaPathFor(inRepo, SCHEMA_FILE)).toBe('../../schemas/ledger.schema.json');
    expect(schemaPathFor('/elsewhere/ledger.yaml', SCHEMA_FILE)).toBeUndefined();
    expect(schemaPathFor(undefined, SCHEMA_FILE)).toBeUndefined();
  });
});

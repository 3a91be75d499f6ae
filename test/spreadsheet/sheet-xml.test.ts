import { describe, expect, it } from 'vitest';
import { ledgerToSpreadsheet } from '../../src/core/spreadsheet/export.js';
import { gridsToLedger, readSpreadsheet } from '../../src/core/spreadsheet/import.js';
import { xmlEscape } from '../../src/core/xml/write.js';
import { sampleLedger } from './sample-ledger.js';

const DATE = new Date('2023-12-01T00:00:00Z');

describe('text in the sheet XML rectify writes itself', () => {
  it('escapes markup and leaves out what XML cannot carry, keeping tabs, line breaks and astral characters', () => {
    expect(xmlEscape(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(xmlEscape('一\u0000二\u0008三\u000b四\u007f五\ufffe六\uffff七')).toBe('一二三四五六七');
    expect(xmlEscape('行\t一\n行二\r')).toBe('行\t一\n行二\r');
    // a lone surrogate is left out, a pair (𠀀, U+20000) kept
    expect(xmlEscape('\ud840甲\udc00乙\ud840\udc00')).toBe('甲乙\ud840\udc00');
    expect(xmlEscape('整改')).toBe('整改');
  });

  it('gives back markup characters and line breaks of the table and the hidden ledger (its lines\' indentation too)', async () => {
    const ledger = sampleLedger();
    const measure = ledger.aspects[0]!.issues[0]!.measures[0]!;
    measure.text = '修订<制度> & "规程"\n第二行';
    const { book, problems } = await readSpreadsheet(await ledgerToSpreadsheet(ledger, 'xlsx', { date: DATE }), 'out.xlsx');
    expect(problems).toEqual([]);
    const table = book!.sheets.find((s) => s.name === '整改台账')!;
    expect(table.rows.some((row) => row.some((cell) => cell?.value === measure.text))).toBe(true);
    const result = gridsToLedger(book!.sheets, { file: 'out.xlsx', today: '2024-01-01', meta: ledger });
    expect(book!.metaYaml).toContain('修订<制度> & \\"规程\\"');
    expect(result.ledger).toEqual(ledger);
  });
});

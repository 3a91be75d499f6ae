import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv, restoreFormula, writeCsv } from '../../src/core/spreadsheet/csv.js';

describe('csv', () => {
  it('writes UTF-8 with a BOM, CRLF and RFC 4180 quoting', () => {
    const bytes = writeCsv([['序号', '问题'], ['1', '含,逗号 "引号"\n换行']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('序号,问题\r\n1,"含,逗号 ""引号""\n换行"\r\n');
  });

  it('reads back what it writes, for any table', () => {
    // with the characters a formula starts with, and the ' that guards them (OWASP): import takes away exactly what export added
    const cell = fc.string({ unit: fc.constantFrom('a', '问', ',', '"', '\n', '\r\n', ' ', 'x', '=', '+', '-', '@', "'", '\t') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const { text } = decodeCsvBytes(writeCsv(rows));
        // a lone \r is not a line end we write, but a lone row of one empty field reads back as [''].
        expect(parseCsv(text).rows.map((row) => row.map(restoreFormula))).toEqual(rows);
      }),
    );
  });

  it('writes a cell a spreadsheet would evaluate with a \' before it, and reads it back as typed', () => {
    const rows = [['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\t=1', "'=a", "'plain", '1-2']];
    const text = decodeCsvBytes(writeCsv(rows)).text;
    expect(text).toBe('"\'=HYPERLINK(""http://x"",""y"")",\'+1,\'-2,\'@SUM(A1),\'\t=1,\'\'=a,\'plain,1-2\r\n');
    expect(parseCsv(text).rows[0]!.map(restoreFormula)).toEqual(rows[0]);
  });

  it('decodes GB18030 when the bytes are not UTF-8, and strips a UTF-8 BOM', () => {
    // "问题,整改措施" in GB18030
    const gb = Uint8Array.from([0xce, 0xca, 0xcc, 0xe2, 0x2c, 0xd5, 0xfb, 0xb8, 0xc4, 0xb4, 0xeb, 0xca, 0xa9]);
    expect(decodeCsvBytes(gb)).toEqual({ text: '问题,整改措施', encoding: 'gb18030' });
    expect(decodeCsvBytes(Buffer.from('\uFEFF问题', 'utf8'))).toEqual({ text: '问题', encoding: 'utf-8' });
  });

  it('reports an unterminated quote', () => {
    expect(parseCsv('a,b\n"c,d\n').unterminatedQuoteLine).toBe(2);
  });

  it('reads LF-only files and a last line without a line end', () => {
    expect(parseCsv('a,b\nc,d').rows).toEqual([['a', 'b'], ['c', 'd']]);
  });
});

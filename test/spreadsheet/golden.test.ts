import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSheet as importSpreadsheetToYaml } from '../support/import.js';

const fixture = (name: string, file: string) => new URL(`../fixtures/spreadsheet/${name}/${file}`, import.meta.url);

describe('golden import', () => {
  it('turns a hand-made csv into the expected ledger YAML', async () => {
    const result = await importSpreadsheetToYaml(readFileSync(fixture('handmade-csv', 'input.csv')), {
      file: 'input.csv',
      output: 'ledger.yaml',
      lang: 'zh',
      today: '2023-12-01',
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['fill-in']);
    expect(result.yaml).toBe(readFileSync(fixture('handmade-csv', 'expected.yaml'), 'utf8'));
  });
});

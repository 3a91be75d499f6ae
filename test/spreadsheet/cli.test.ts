import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { runMain } from '../support/main.js';

const EXAMPLE = new URL('../../examples/justice-bureau/ledger.yaml', import.meta.url);
const BAD = new URL('../fixtures/spreadsheet/bad-ledger/ledger.yaml', import.meta.url);
const ENV = { SOURCE_DATE_EPOCH: '1701388800' };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rectify-sheet-'));
  copyFileSync(EXAMPLE, join(dir, 'ledger.yaml'));
});

describe('rectify export', () => {
  it('writes ledger.xlsx beside the ledger, byte-identical on a second run with --force', async () => {
    const first = await runMain(['export', 'ledger.yaml'], dir, ENV);
    expect(first.code).toBe(0);
    const bytes = readFileSync(join(dir, 'ledger.xlsx'));
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const again = await runMain(['export', 'ledger.yaml', '--force'], dir, ENV);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'ledger.xlsx')).equals(bytes)).toBe(true);
  });

  it('refuses to overwrite an existing file without --force (exit 2)', async () => {
    writeFileSync(join(dir, 'ledger.xlsx'), 'mine');
    const run = await runMain(['export', 'ledger.yaml'], dir, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would-overwrite');
    expect(readFileSync(join(dir, 'ledger.xlsx'), 'utf8')).toBe('mine');
  });

  it('writes csv with a BOM to standard output', async () => {
    const run = await runMain(['export', 'ledger.yaml', '--format', 'csv', '-o', '-'], dir, ENV);
    expect(run.code).toBe(0);
    expect(run.stdout.subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(run.stdout.toString('utf8')).toContain('序号,方面,问题,问题状态,整改措施,责任领导,责任单位,责任人,完成时限,整改状态,完成日期,整改进展及备注,佐证材料\r\n');
  });

  it('refuses an invalid ledger (exit 1) and writes nothing', async () => {
    copyFileSync(BAD, join(dir, 'bad.yaml'));
    const run = await runMain(['export', 'bad.yaml'], dir, ENV);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('unknown-reference');
    expect(existsSync(join(dir, 'bad.xlsx'))).toBe(false);
  });
});

describe('rectify import', () => {
  it('imports an export back to a ledger equal to the original', async () => {
    expect((await runMain(['export', 'ledger.yaml', '-o', 'book.xlsx'], dir, ENV)).code).toBe(0);
    const run = await runMain(['import', 'book.xlsx', '-o', 'back.yaml'], dir, ENV);
    expect(run.code).toBe(0);
    const original = validateLedgerText(readFileSync(join(dir, 'ledger.yaml')), 'ledger.yaml');
    const back = validateLedgerText(readFileSync(join(dir, 'back.yaml')), 'back.yaml');
    expect(back.ledger).toEqual(original.ledger);
  });

  it('never overwrites an existing file without --force, and never the input', async () => {
    await runMain(['export', 'ledger.yaml', '-o', 'book.xlsx'], dir, ENV);
    const refused = await runMain(['import', 'book.xlsx', '-o', 'ledger.yaml'], dir, ENV);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, 'ledger.yaml'))).toEqual(readFileSync(EXAMPLE));
    const self = await runMain(['import', 'book.xlsx', '-o', 'book.xlsx', '--force'], dir, ENV);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('output-is-input');
    const forced = await runMain(['import', 'book.xlsx', '-o', 'ledger.yaml', '--force'], dir, ENV);
    expect(forced.code).toBe(0);
  });

  it('writes nothing when a row cannot be read (exit 1), naming the cell', async () => {
    writeFileSync(join(dir, 'book.csv'), '\uFEFF问题,整改措施,完成时限\r\n某问题,某措施,明年\r\n');
    const run = await runMain(['import', 'book.csv'], dir, ENV);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('book.csv:2:3');
    expect(run.stderr).toContain('book!C2');
    expect(readdirSync(dir).sort()).toEqual(['book.csv', 'ledger.yaml']);
  });

  it('refuses a bad --map file (exit 2)', async () => {
    writeFileSync(join(dir, 'map.yaml'), '反馈意见: 不存在的字段\n');
    writeFileSync(join(dir, 'book.csv'), '问题,整改措施\r\n某问题,某措施\r\n');
    const run = await runMain(['import', 'book.csv', '--map', 'map.yaml'], dir, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad-map');
  });

  it('says what is wrong in a --map file that is no YAML, in words, at its line (exit 2)', async () => {
    writeFileSync(join(dir, 'map.yaml'), '反馈意见：问题\n');
    writeFileSync(join(dir, 'book.csv'), '反馈意见,整改措施\r\n某问题,某措施\r\n');
    const run = await runMain(['import', 'book.csv', '--map', 'map.yaml'], dir, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('map.yaml:1:5: error: --map 文件不是有效的 YAML/JSON：用了中文冒号“：” [bad-map]');
    expect(run.stderr).toContain('改为：反馈意见: 问题');
  });

  it('writes the YAML to standard output with -o -', async () => {
    writeFileSync(join(dir, 'book.csv'), '问题,整改措施\r\n某问题,某措施\r\n');
    const run = await runMain(['import', 'book.csv', '-o', '-'], dir, ENV);
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8')).toContain('- title: 巡察反馈问题');
    expect(run.stderr).toContain('fill-in');
  });
});

describe('the built binary', () => {
  it('exports and imports back, as a user runs it', () => {
    const bin = fileURLToPath(new URL('../../bin/rectify.js', import.meta.url));
    if (!existsSync(fileURLToPath(new URL('../../dist/app/commands/export.js', import.meta.url)))) {
      throw new Error('dist/ is missing or stale: run `npm run build` (npm test does it) before the CLI tests');
    }
    const run = (args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', ...ENV }, encoding: 'utf8' });
    expect(run(['export', 'ledger.yaml', '-o', 'book.xlsx']).status).toBe(0);
    const back = run(['import', 'book.xlsx', '-o', 'back.yaml']);
    expect(back.status).toBe(0);
    expect(back.stderr).toContain('back.yaml');
    expect(validateLedgerText(readFileSync(join(dir, 'back.yaml')), 'back.yaml').ledger).toEqual(
      validateLedgerText(readFileSync(join(dir, 'ledger.yaml')), 'ledger.yaml').ledger,
    );
  });
});

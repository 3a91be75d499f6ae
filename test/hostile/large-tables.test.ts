/**
 * Every row of an imported table becomes an issue or a measure checked as a ledger is, so a table
 * is bounded in rows as well as in cells: `--max-bytes` / 640 rows under the header (16,384 by
 * default) and `--max-bytes` / 64 cells. Past either, the import is refused at the first row or
 * cell beyond, nothing is written, and the `--max-bytes` the hint gives imports it as written.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxRowsOf } from '../../src/core/spreadsheet/import.js';
import { runMain } from '../support/main.js';

const MAX_BYTES = 64_000;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rectify-large-tables-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A narrow CSV (two columns) of `rows` issues. */
function narrow(rows: number): string {
  return ['问题,整改措施', ...Array.from({ length: rows }, (_, i) => `问题${i + 1},措施${i + 1}`)].join('\n') + '\n';
}

describe('a table of more rows than --max-bytes allows', () => {
  it('is refused at the first row past the limit; the hinted --max-bytes imports it', async () => {
    const limit = maxRowsOf({ maxBytes: MAX_BYTES });
    writeFileSync(join(dir, 'narrow.csv'), narrow(limit + 1));
    const refused = await runMain(['import', 'narrow.csv', '-o', 'narrow.yaml', '--max-bytes', String(MAX_BYTES)], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`narrow.csv:${limit + 2}:1: error:`);
    expect(refused.stderr).toContain('[sheet-too-large]');
    expect(existsSync(join(dir, 'narrow.yaml'))).toBe(false);
    const hinted = /--max-bytes (\d+)/.exec(refused.stderr);
    expect(hinted).not.toBeNull();
    const imported = await runMain(['import', 'narrow.csv', '-o', 'narrow.yaml', '--max-bytes', hinted![1]!], dir);
    expect(imported.code, imported.stderr).toBe(0);
    expect(existsSync(join(dir, 'narrow.yaml'))).toBe(true);
  });

  it('is imported at the limit itself', async () => {
    writeFileSync(join(dir, 'full.csv'), narrow(maxRowsOf({ maxBytes: MAX_BYTES })));
    const r = await runMain(['import', 'full.csv', '-o', 'full.yaml', '--max-bytes', String(MAX_BYTES)], dir);
    expect(r.code, r.stderr).toBe(0);
  });

  it('by default, far above a real 台账', () => {
    expect(maxRowsOf({ maxBytes: 10 * 1024 * 1024 })).toBe(16_384);
  });
});

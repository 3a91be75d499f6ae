/**
 * A ledger of tens of thousands of tiny items (one-word measures, key figures) is as many objects
 * for every command to check, count and write, and took them past the seconds a command may take.
 * Past `--max-items` (60,000 by default; the example holds 116) every command that reads a ledger
 * refuses it as it is read, and the option the hint gives, applied as written, reads it.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ITEMS } from '../../src/core/load/index.js';
import { runMain } from '../support/main.js';

const EXAMPLE = new URL('../../examples/justice-bureau/ledger.yaml', import.meta.url);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rectify-many-items-'));
  copyFileSync(EXAMPLE, join(dir, 'ledger.yaml'));
  copyFileSync(EXAMPLE, join(dir, 'other.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a ledger of more list items than --max-items', () => {
  it.each([
    ['validate', ['validate', 'ledger.yaml']],
    ['build', ['build', 'ledger.yaml', '-o', 'out']],
    ['stats', ['stats', 'ledger.yaml']],
    ['export', ['export', 'ledger.yaml', '-o', 'out.xlsx']],
    ['diff', ['diff', 'ledger.yaml', 'other.yaml']],
    ['next', ['next', 'ledger.yaml', '--date', '2024-01-31', '-o', 'next.yaml']],
  ])('%s refuses it, and reads it with the option the hint gives', async (_name, args) => {
    const refused = await runMain([...args, '--max-items', '100'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[too-many-items]');
    const hinted = /--max-items (\d+)/.exec(refused.stderr);
    expect(hinted).not.toBeNull();
    const read = await runMain([...args, '--max-items', hinted![1]!], dir);
    expect(read.stderr).not.toContain('[too-many-items]');
    expect(read.code, read.stderr).toBe(0);
  });

  it('by default, far above a real ledger', () => {
    expect(DEFAULT_MAX_ITEMS).toBe(60_000);
  });
});

/**
 * Ledger text that validation lets through (a C1 control such as U+009B, which some terminals take
 * for the start of an escape sequence; a bidi override that reorders the line) reaches the terminal
 * in the human reports of `stats`, `stats --overdue` and `diff`: each is shown escaped there, as
 * in diagnostics, while the reports' own colours stay codes the terminal acts on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerWith } from '../../bench/hostile-inputs.js';
import { runMain } from '../support/main.js';

const HOSTILE = '示例\u009b2J\u202e问题';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rectify-terminal-'));
  const ledger = ledgerWith({});
  writeFileSync(join(dir, 'old.yaml'), ledger);
  // a report date past the deadline, so that the issue is also on the overdue list
  writeFileSync(join(dir, 'new.yaml'), ledger.replace('示例问题', JSON.stringify(HOSTILE)).replace('date: 2024-03-01', 'date: 2025-03-01'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the human reports on the terminal', () => {
  it.each([
    ['stats', ['stats', 'new.yaml']],
    ['stats --overdue', ['stats', 'new.yaml', '--overdue']],
    ['diff', ['diff', 'old.yaml', 'new.yaml']],
  ])('%s shows control characters and bidi overrides escaped', async (_name, args) => {
    const r = await runMain(args, dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('示例\\x9B2J\\u202E问题');
    expect(r.out).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
  });

  it('keeps the colours it adds when colour is asked for', async () => {
    const r = await runMain(['diff', 'old.yaml', 'new.yaml'], dir, { FORCE_COLOR: '1', NO_COLOR: '' });
    expect(r.out).toContain('\u001b[');
    expect(r.out).toContain('\\x9B');
  });
});

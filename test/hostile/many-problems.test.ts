/**
 * A ledger whose every measure is overdue gives a warning per measure: a hundred thousand of them
 * once overflowed the call stack where they were gathered (an internal error instead of a report).
 * They are all counted and all in `--format json`; a person is shown the first few of each kind in
 * each file and one line for the rest.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerWith } from '../../bench/hostile-inputs.js';
import { SHOWN_PER_CODE } from '../../src/app/report/human.js';
import { runMain } from '../support/main.js';

const MEASURES = 150_000;
let dir: string;

/** The example's one issue with `count` overdue measures instead of its own. */
function overdue(count: number): string {
  const one = ledgerWith({});
  const start = one.indexOf('        measures:');
  expect(start).toBeGreaterThan(0);
  const measures = Array.from({ length: count }, (_, i) => `          - { text: 措施${i}, due: 2024-01-01, status: in-progress }`).join('\n');
  return `${one.slice(0, start)}        measures:\n${measures}\n`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rectify-many-problems-'));
  writeFileSync(join(dir, 'many.yaml'), overdue(MEASURES));
  writeFileSync(join(dir, 'some.yaml'), overdue(SHOWN_PER_CODE * 3));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('warnings by the hundred thousand', () => {
  it('are all reported, with no internal error', async () => {
    const r = await runMain(['validate', 'many.yaml', '--max-bytes', '20000000', '--max-items', '200000', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { files: { warnings: number }[]; diagnostics: { code: string }[] };
    expect(json.files[0]!.warnings).toBe(MEASURES);
    expect(json.diagnostics.filter((d) => d.code === 'overdue').length).toBe(MEASURES);
  }, 60_000);

  it('are shown to a person fifty of a kind, one line for the rest, and all counted', async () => {
    const r = await runMain(['validate', 'some.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/\[overdue\]$/gm)?.length).toBe(SHOWN_PER_CODE + 1);
    expect(r.stderr).toContain(`同类问题另有 ${SHOWN_PER_CODE * 2} 个`);
    expect(r.stderr).toContain(`0个错误，${SHOWN_PER_CODE * 3}个警告`);
    const en = await runMain(['--lang', 'en', 'validate', 'some.yaml'], dir);
    expect(en.stderr).toContain(`${SHOWN_PER_CODE * 2} more of this kind`);
  });
});

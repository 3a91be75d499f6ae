/**
 * Every shipped output through `rectify check`: each example ledger (examples/) built with each
 * shipped unit template set (default, audit), internal and public; the example round's summary
 * (`rectify summary`), internal and public; each of the round's unit ledgers; and the shapes of real
 * reports (test/fixtures/shapes/*, with the set each names). Every rule read from the XML passes,
 * and — printed by LibreOffice — every printed rule passes or does not apply. Without soffice the
 * printed check is skipped on a developer machine and fails on CI (CI=true).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_RULES, PRINTED_RULES } from '../../src/core/check/index.js';
import { itWithSoffice, requireSoffice } from '../docx/build-fixture.js';
import { templateOf } from '../support/build.js';
import { run } from '../support/main.js';
import { REPO } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'rectify-shipped-'));
const UNIT_EXAMPLES = ['examples/justice-bureau/ledger.yaml', 'examples/audit/ledger.yaml'];
const ROUND = 'examples/round';
const SHAPES = 'test/fixtures/shapes';
let docx: string[] = [];

interface CheckJson {
  checks: { file: string; printed: string; rules: { rule: string; status: string; params: Record<string, unknown> }[] }[];
}

async function build(args: string[]): Promise<void> {
  const r = await run([...args, '--quiet'], { cwd: REPO });
  expect(r.code, `rectify ${args.join(' ')}\n${r.stderr}`).toBe(0);
}

beforeAll(async () => {
  for (const ledger of UNIT_EXAMPLES) {
    for (const set of ['default', 'audit']) {
      const dir = join(out, `${ledger.split('/')[1]}-${set}`);
      mkdirSync(dir);
      await build(['build', ledger, '--template', set, '-o', dir, '--format', 'docx']);
      await build(['build', ledger, '--template', set, '-o', dir, '--format', 'docx', '--public']);
    }
  }
  mkdirSync(join(out, 'round'));
  await build(['summary', `${ROUND}/summary.yaml`, `${ROUND}/units`, '-o', join(out, 'round'), '--format', 'docx']);
  await build(['summary', `${ROUND}/summary.yaml`, `${ROUND}/units`, '-o', join(out, 'round'), '--format', 'docx', '--public']);
  mkdirSync(join(out, 'units'));
  await build(['build', `${ROUND}/units`, '-o', join(out, 'units'), '--format', 'docx']);
  for (const shape of readdirSync(join(REPO, SHAPES)).sort()) {
    const ledger = `${SHAPES}/${shape}/ledger.yaml`;
    mkdirSync(join(out, shape));
    await build(['build', ledger, '--template', templateOf(readFileSync(join(REPO, ledger), 'utf8')), '-o', join(out, shape), '--format', 'docx']);
  }
  docx = readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.docx'))
    .sort()
    .map((f) => join(out, f));
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

async function check(print: 'never' | 'always'): Promise<CheckJson> {
  const r = await run(['check', ...docx.map((f) => relative(out, f)), '--print', print, '--format', 'json'], { cwd: out });
  const json = JSON.parse(r.stdout) as CheckJson;
  for (const c of json.checks) expect(c.rules.filter((x) => x.status === 'fail'), c.file).toEqual([]);
  expect(r.code, r.stderr).toBe(0);
  return json;
}

describe('rectify check on every shipped output', () => {
  it('builds them all: 2 examples × 2 sets × internal and public, the summary and its public version, the round’s units, every shape', () => {
    const units = readdirSync(join(REPO, ROUND, 'units')).filter((f) => f.endsWith('.yaml')).length;
    const shapes = readdirSync(join(REPO, SHAPES)).length;
    expect(docx).toHaveLength(UNIT_EXAMPLES.length * 2 * 2 + 2 + units + shapes);
  });

  it('passes every rule read from the XML', async () => {
    const json = await check('never');
    expect(json.checks.map((c) => c.rules.length)).toEqual(docx.map(() => DOCX_RULES.length));
  });

  itWithSoffice(
    'passes every printed rule, or it does not apply',
    async () => {
      requireSoffice();
      const json = await check('always');
      for (const c of json.checks) {
        expect(c.printed, c.file).toBe('checked');
        expect(c.rules.map((x) => x.rule)).toEqual([...DOCX_RULES, ...PRINTED_RULES]);
      }
    },
    1_200_000,
  );
});

/**
 * The pieces of a summary on their own: exact sums, the placeholders the summary ledger may use and
 * the values the round gives them, the summary ledger's own rules, and the kinds of template sets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sumDecimals, summariseRound, summariseUnit, type UnitSummary } from '../../src/core/summary/index.js';
import { validateLedgerText, validateSummaryText } from '../../src/core/validate/index.js';
import { SUMMARY_PLACEHOLDER_NAMES } from '../../src/model/placeholders.js';
import { runMain } from '../support/main.js';
import { worded } from '../support/words.js';
import { edit, EXAMPLE_ROUND, removeCopies, roundCopy } from './workspace.js';

afterAll(removeCopies);

function exampleUnits(asOf = '2024-03-20'): UnitSummary[] {
  return ['minzheng', 'nongye', 'wenlv', 'diyizhongxue', 'shiyanxiaoxue', 'liangshi'].map((name) => {
    const file = `units/${name}.yaml`;
    const { ledger } = validateLedgerText(readFileSync(join(EXAMPLE_ROUND, file)), file);
    return summariseUnit(ledger!, file, asOf);
  });
}

function exampleSummary(text = readFileSync(join(EXAMPLE_ROUND, 'summary.yaml'), 'utf8')) {
  const { summary, source, problems } = validateSummaryText(text, 'summary.yaml');
  expect(problems).toEqual([]);
  return { summary: summary!, positions: source!.positions };
}

describe('metric values are added as the decimals written', () => {
  it('exactly, in any order', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals([0.1, 0.2])).toBe(0.3);
    expect(sumDecimals([66.57, 146, 1369.5])).toBe(1582.07);
    const values = [3.25, 0.8, 12.47, 0.01, 1e-7, -2.5, 1234567.891];
    const reversed = [...values].reverse();
    expect(sumDecimals(values)).toBe(sumDecimals(reversed));
    expect(sumDecimals(values)).toBe(1234581.9210001);
    expect(sumDecimals([])).toBe(0);
  });
});

describe('the placeholders of a summary ledger', () => {
  it('are every figure the round gives, and the round gives every one of them', () => {
    const { summary, positions } = exampleSummary();
    const { figures } = summariseRound({ summary, file: 'summary.yaml', positions, units: exampleUnits(), leftOut: 0, asOf: '2024-03-20' });
    const names = Object.keys(figures!.placeholders);
    expect(names.filter((n) => !/^(groups|metrics)\./.test(n)).sort()).toEqual([...SUMMARY_PLACEHOLDER_NAMES].sort());
    expect(figures!.placeholders).toMatchObject({
      units: '6',
      groups: '3',
      teams: '3',
      issues: '21',
      done: '15',
      'in-progress': '6',
      'issues.in-progress': '2',
      'measures.done': '19',
      continuing: '3',
      rate: '71.43%',
      'overdue-issues': '2',
      'units-done': '1',
      'groups.schools.units': '2',
      'groups.routine.rate': '66.67%',
      'metrics.refund': '16.52',
    });
  });

  it('an unknown one is refused at its place, with the closest name', () => {
    const text = readFileSync(join(EXAMPLE_ROUND, 'summary.yaml'), 'utf8').replace('{{groups.schools.units}}', '{{groups.school.units}}');
    const { summary, problems } = validateSummaryText(text, 'summary.yaml');
    expect(summary).toBeUndefined();
    const [problem] = worded(problems, 'en');
    expect(problem).toMatchObject({ code: 'unknown-placeholder', line: 25, column: 23, path: 'round.groups[1].label' });
    expect(problem!.hint).toContain('did you mean {{groups.schools.units}}?');
  });
});

describe("the summary ledger's rules", () => {
  it('dates in order and real, ids unique', () => {
    const text = readFileSync(join(EXAMPLE_ROUND, 'summary.yaml'), 'utf8');
    const codes = (changed: string) => validateSummaryText(changed, 'summary.yaml').problems.map((p) => `${p.code} ${p.place.path}`);
    expect(codes(text.replace('feedback: 2023-12-08', 'feedback: 2023-10-01').replace('- id: grain', '- id: routine'))).toEqual([
      'date-order round.feedback',
      'duplicate-id round.groups[2].id',
    ]);
    // a date that is no day: its order is not judged
    expect(codes(text.replace('date: 2024-03-20', 'date: 2024-02-30').replace('feedback: 2023-12-08', 'feedback: 2023-10-01'))).toEqual(['bad-date report.date']);
  });
});

describe('template sets know what they render', () => {
  it('build is never given the summary set, nor summary a report set', async () => {
    const cwd = roundCopy();
    const build = await runMain(['build', 'units/nongye.yaml', '--template', 'summary'], cwd);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('没有名为“summary”的内置模板集');
    expect(build.stderr).toContain('内置模板集：audit、default');
    const summary = await runMain(['summary', 'summary.yaml', 'units', '--template', 'default'], cwd);
    expect(summary.code).toBe(2);
    expect(summary.stderr).toContain('内置模板集：summary');
  });

  it('a folder without summary.md.hbs says which file a summary set needs', async () => {
    const cwd = roundCopy();
    expect((await runMain(['templates', 'export', 'default', 'mine'], cwd)).code).toBe(0);
    const run = await runMain(['summary', 'summary.yaml', 'units', '--templates', 'mine'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('mine/summary.md.hbs: error: 模板文件不存在 [template-missing]');
    expect(run.stderr).toContain('rectify templates export summary DIR');
  });

  it('an exported summary set builds the same summary', async () => {
    const cwd = roundCopy();
    expect((await runMain(['templates', 'export', 'summary', 'mine'], cwd)).code).toBe(0);
    const shipped = await runMain(['summary', 'summary.yaml', 'units', '-o', 'a', '--format', 'md', '--quiet'], cwd);
    const own = await runMain(['summary', 'summary.yaml', 'units', '-o', 'b', '--format', 'md', '--templates', 'mine', '--quiet'], cwd);
    expect([shipped.code, own.code]).toEqual([0, 0]);
    expect(readFileSync(join(cwd, 'b/summary.md'), 'utf8')).toBe(readFileSync(join(cwd, 'a/summary.md'), 'utf8'));
    const list = await runMain(['templates', 'list'], cwd);
    expect(list.out).toMatch(/^summary\t/m);
  });
});

describe('validate and schema know the summary ledger', () => {
  it('rectify validate checks a summary ledger by its own shape', async () => {
    const cwd = roundCopy();
    expect((await runMain(['validate', 'summary.yaml', 'units/minzheng.yaml'], cwd)).code).toBe(0);
    const text = readFileSync(join(cwd, 'summary.yaml'), 'utf8').replace('  arranged_by: 区委\n', '');
    const run = await runMain(['validate', '-', '--lang', 'en'], cwd, {}, text);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: missing required key arranged_by [missing-key]');
    expect(run.stderr).toContain('path: round');
  });

  it('rectify schema --summary prints the shipped summary schema, byte for byte', async () => {
    const run = await runMain(['schema', '--summary'], EXAMPLE_ROUND);
    expect(run.code).toBe(0);
    expect(run.out).toBe(readFileSync(join(EXAMPLE_ROUND, '../../schemas/summary.schema.json'), 'utf8'));
  });
});

describe('the public version', () => {
  it("masks the summary ledger's and the units' redact lists and names in every output (named 公开版, beside the internal one), or writes nothing", async () => {
    const cwd = roundCopy();
    const run = await runMain(['summary', 'summary.yaml', 'units', '-o', 'out', '--format', 'md,docx,xlsx', '--public'], cwd);
    expect(run.code, run.stderr).toBe(0);
    const markdown = readFileSync(join(cwd, 'out/summary.公开版.md'), 'utf8');
    expect(markdown).not.toContain('青禾');
    expect(markdown).toContain('XX区民政局党组');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(cwd, 'out/summary.公开版.xlsx')) as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells.join('\n')).not.toMatch(/青禾|宋立群|叶文静/);
    expect(cells).toContain('XXX');

    // a mask that makes another masked text again: nothing is written
    edit(cwd, 'summary.yaml', 'redact: [青禾]', 'redact: [{ text: 青禾, mask: 农业农村局 }, 农业农村局]');
    const leak = await runMain(['summary', 'summary.yaml', 'units', '-o', 'leak', '--public'], cwd);
    expect(leak.code).toBe(2);
    expect(leak.stderr).toContain('[redaction-failed]');
    expect(existsSync(join(cwd, 'leak'))).toBe(false);
  });
});

describe('the documented summary ledgers', () => {
  it.each(['README.md', 'docs/summary-format.md'])('the example in %s validates cleanly', (doc) => {
    const text = readFileSync(join(EXAMPLE_ROUND, '../..', doc), 'utf8');
    const yaml = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((block) => /^round:/m.test(block) && /^rectify: 1$/m.test(block));
    expect(yaml, `a summary ledger in ${doc}`).toBeDefined();
    expect(worded(validateSummaryText(yaml!, doc).problems, 'en')).toEqual([]);
  });
});

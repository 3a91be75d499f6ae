/**
 * What people write that rectify takes as meant, rather than refusing: a person's name where an id
 * goes, an id written as a number, dates in their Chinese spellings, a done issue with a measure
 * to keep at. Each is taken once, when the ledger is read, so every command sees the same ledger.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/core/derive/index.js';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { typedCounts } from '../../src/core/validate/typed-counts.js';
import { readDateRange, readDateText } from '../../src/model/dates.js';
import { runMain } from '../support/main.js';

const BASE = readFileSync(new URL('../fixtures/validate/valid-base/ledger.yaml', import.meta.url), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'rectify-accepted-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function edit(...pairs: [string, string][]): string {
  return pairs.reduce((text, [from, to]) => {
    expect(text, from).toContain(from);
    return text.replace(from, to);
  }, BASE);
}

describe('a name where an id goes (item 7)', () => {
  const byName = edit(['        leader: wang\n        units', '        leader: 王XX\n        units'], ['        owners: [li]\n', '        owners: [李XX]\n'], ['        units: [office]\n', '        units: [办公室]\n']);

  it('is the id of the one person (or unit) of that name', () => {
    const result = validateLedgerText(byName, 'ledger.yaml');
    expect(result.problems).toEqual([]);
    const issue = result.ledger!.aspects[0]!.issues[0]!;
    expect([issue.leader, issue.owners, issue.units]).toEqual(['wang', ['li'], ['office']]);
  });

  it('is the id for every command: stats, the report, export and diff see no name', async () => {
    writeFileSync(join(work, 'by-name.yaml'), byName);
    writeFileSync(join(work, 'by-id.yaml'), BASE);
    const stats = JSON.parse((await runMain(['stats', 'by-name.yaml', '--format', 'json'], work)).out) as { load: { leaders: { id: string; name: string }[] } };
    expect(stats.load.leaders.map((l) => [l.id, l.name])).toEqual([['wang', '王XX']]);
    const diff = await runMain(['diff', 'by-id.yaml', 'by-name.yaml', '--format', 'json'], work);
    expect(diff.code).toBe(0);
    expect(JSON.stringify(JSON.parse(diff.out))).not.toContain('王XX');
    expect((await runMain(['export', 'by-name.yaml', '--format', 'csv', '-o', 'by-name.csv'], work)).code).toBe(0);
    expect((await runMain(['export', 'by-id.yaml', '--format', 'csv', '-o', 'by-id.csv'], work)).code).toBe(0);
    expect(readFileSync(join(work, 'by-name.csv'))).toEqual(readFileSync(join(work, 'by-id.csv')));
    expect((await runMain(['build', 'by-name.yaml', 'by-id.yaml', '--format', 'md'], work)).code).toBe(0);
    expect(readFileSync(join(work, 'by-name.md'), 'utf8')).toBe(readFileSync(join(work, 'by-id.md'), 'utf8'));
  });

  it('is not guessed when two people share it', () => {
    const shared = edit(['    name: 李XX\n', '    name: 王XX\n'], ['        leader: wang\n        units', '        leader: 王XX\n        units']);
    const result = validateLedgerText(shared, 'ledger.yaml');
    expect(result.problems.map((p) => [p.code, p.params.shared])).toEqual([['unknown-reference', 'wang, li']]);
  });
});

describe('an id written as a whole number (item 8)', () => {
  it('is its text', () => {
    const result = validateLedgerText(edit(['      - id: "1"\n', '      - id: 1\n']), 'ledger.yaml');
    expect(result.problems).toEqual([]);
    expect(result.ledger!.aspects[0]!.issues[0]!.id).toBe('1');
  });
});

describe('dates as people write them (item 9)', () => {
  it.each(['2023年5月30日', '2023.5.30', '2023/5/30', '2023-5-30', '2023年05月30日'])('%s is 2023-05-30, in the ledger and in the report', async (typed) => {
    const text = edit(['  feedback: 2023-05-30\n', `  feedback: ${typed}\n`]);
    const result = validateLedgerText(text, 'ledger.yaml');
    expect(result.problems).toEqual([]);
    expect(result.ledger!.inspection.feedback).toBe('2023-05-30');
    writeFileSync(join(work, 'dated.yaml'), text);
    expect((await runMain(['build', 'dated.yaml', '--format', 'md'], work)).code).toBe(0);
    expect(readFileSync(join(work, 'dated.md'), 'utf8')).toContain('2023年5月30日');
  });

  it('are still checked against the calendar and the order of events, at their place', () => {
    const result = validateLedgerText(edit(['  feedback: 2023-05-30\n', '  feedback: 2023年5月1日\n']), 'ledger.yaml');
    expect(result.problems.map((p) => [p.code, p.place.line, p.place.column])).toEqual([['date-order', 14, 13]]);
  });

  it('are read by the one reader the spreadsheet import uses too', () => {
    expect(readDateText('２０２３年１２月１日')).toBe('2023-12-01');
    expect(readDateText('2023-02-29')).toBeUndefined();
    expect(readDateRange('2022年9月16日至10月18日')).toEqual({ from: '2022-09-16', to: '2022-10-18' });
    expect(readDateRange('2022年9月16日至18日')).toEqual({ from: '2022-09-16', to: '2022-09-18' });
    expect(readDateRange('2022.9.16-2022.10.18')).toEqual({ from: '2022-09-16', to: '2022-10-18' });
    expect(readDateRange('2022-09-16')).toBeUndefined();
  });
});

describe('an issue done with a measure to keep at (item 15)', () => {
  it('is accepted, and the measure counts as ongoing', () => {
    const text = edit(['          - text: 开展调度。\n            status: done\n', '          - text: 开展调度。\n            status: 长期坚持\n']);
    const result = validateLedgerText(text, 'ledger.yaml');
    expect(result.problems).toEqual([]);
    const facts = derive(result.ledger!);
    expect(facts.issues[0]!.status).toBe('done');
    expect(facts.measuresByStatus.ongoing).toBe(1);
    expect(facts.placeholders['measures-done']).toBe('2');
  });

  it('is still refused with a measure in progress', () => {
    const text = edit(['          - text: 开展调度。\n            status: done\n', '          - text: 开展调度。\n            status: 正在整改\n']);
    expect(validateLedgerText(text, 'ledger.yaml').problems.map((p) => p.code)).toEqual(['done-with-open-measures']);
  });
});

describe('figures typed by hand (item 12): what is read, and what never is', () => {
  it.each([
    ['存在5个方面8项问题', ['aspects:5', 'issues:8']],
    ['制定整改措施26条', ['measures:26']],
    ['制定26条整改措施', ['measures:26']],
    ['已整改完成7项', ['done:7']],
    ['明确3名责任领导、4个责任单位、9名责任人', ['leaders:3', 'units:4', 'owners:9']],
    ['反馈问题8个', ['issues:8']],
    ['问题已整改完成7项', ['done:7']],
  ])('%s', (text, found) => {
    expect(typedCounts(text).map((t) => `${t.name}:${t.value}`)).toEqual(found);
  });

  it.each([
    '2023年9月16日召开会议',
    '依据《条例》第3条',
    '第2项问题已整改',
    '其中3项问题已整改到位',
    '投入资金5万元，培训120人次',
    '联系电话12345678，编号3-1',
    '完成率98.71%',
    '问题1.5项',
    '移交立行立改问题2个，已全部办结',
    '重点整改措施3条',
  ])('%s is no count', (text) => {
    expect(typedCounts(text)).toEqual([]);
  });
});

describe('【待填写】 left in the ledger (item 13)', () => {
  const text = edit(['  by: 市委第五巡察组\n', '  by: 【待填写】巡察组\n']);

  it('is a warning at validate and an error at build, which writes nothing', async () => {
    writeFileSync(join(work, 'unfilled.yaml'), text);
    const validated = await runMain(['validate', 'unfilled.yaml'], work);
    expect(validated.code).toBe(0);
    expect(validated.stderr).toContain('unfilled.yaml:8:7: warning: 这里还是待填写的占位文字“【待填写】”');
    const built = await runMain(['build', 'unfilled.yaml', '-o', 'unfilled-out'], work);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('unfilled.yaml:8:7: error:');
    expect(() => readFileSync(join(work, 'unfilled-out', 'unfilled.md'))).toThrow();
  });

  it('fails validate under --strict', async () => {
    expect((await runMain(['validate', 'unfilled.yaml', '--strict'], work)).code).toBe(1);
  });
});

describe('an issue no one answers for (item 14)', () => {
  it('is a warning, and --strict makes it fail', async () => {
    writeFileSync(join(work, 'nobody.yaml'), edit(['        leader: wang\n        units: [office]\n        owners: [li]\n', '']));
    const plain = await runMain(['validate', 'nobody.yaml'], work);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('warning: 问题 1 没有责任领导、责任单位或责任人');
    expect((await runMain(['validate', 'nobody.yaml', '--strict'], work)).code).toBe(1);
  });
});

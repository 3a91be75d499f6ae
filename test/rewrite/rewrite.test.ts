/**
 * A ledger's YAML rewritten in place (import --into, next): the user's comments, key order, quoting,
 * flow style and $schema line kept, every untouched line byte for byte, the result reading as the
 * intended ledger.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headComments, matchLines, rewriteLedgerText, withHeadComments } from '../../src/core/rewrite/index.js';
import { validateLedgerText } from '../../src/core/validate/index.js';
import type { Ledger } from '../../src/model/ledger.js';

const FIXTURE = readFileSync(new URL('../fixtures/rounds/ledger.yaml', import.meta.url), 'utf8');
const EXAMPLE = readFileSync(new URL('../../examples/justice-bureau/ledger.yaml', import.meta.url), 'utf8');

function ledgerOf(text: string): Ledger {
  const result = validateLedgerText(text, 'ledger.yaml');
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result.ledger!;
}

/** The lines of `after` that are not in `before`, and the other way round (a line diff, in order). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const match = matchLines(a, b);
  const kept = new Set(match.filter((j) => j >= 0));
  return { removed: a.filter((_, i) => match[i]! < 0), added: b.filter((_, j) => !kept.has(j)) };
}

function rewrite(text: string, edit: (l: Ledger) => void): string {
  const before = ledgerOf(text);
  const after = structuredClone(before);
  edit(after);
  const out = rewriteLedgerText(text, before, after);
  expect(ledgerOf(out)).toEqual(after);
  return out;
}

describe('rewriteLedgerText', () => {
  it('gives the text back unchanged when the ledger is unchanged', () => {
    expect(rewrite(FIXTURE, () => {})).toBe(FIXTURE);
    expect(rewrite(EXAMPLE, () => {})).toBe(EXAMPLE);
  });

  it('changes a scalar on its line, keeping the comment after it', () => {
    const out = rewrite(FIXTURE, (l) => {
      l.report.date = '2024-01-31';
    });
    expect(changedLines(FIXTURE, out)).toEqual({ removed: ['  date: 2023-12-01 # 本轮报告日期'], added: ['  date: 2024-01-31 # 本轮报告日期'] });
  });

  it('words a changed status as the file words statuses: Chinese here, English in the example', () => {
    const zh = rewrite(FIXTURE, (l) => {
      l.aspects[0]!.issues[1]!.measures[0]!.status = 'done';
    });
    expect(changedLines(FIXTURE, zh).added).toEqual(['            status: 已整改完成']);
    const en = rewrite(EXAMPLE, (l) => {
      l.aspects[0]!.issues[0]!.measures[0]!.status = 'in-progress';
      l.aspects[0]!.issues[0]!.status = 'in-progress';
    });
    expect(changedLines(EXAMPLE, en).added).toEqual(['        status: in-progress', '            status: in-progress']);
  });

  it('puts a new key where the shape orders it, and a new item in the style of its neighbours', () => {
    const out = rewrite(FIXTURE, (l) => {
      const a2 = l.aspects[0]!.issues[1]!;
      a2.measures[0]!.done = '2023-11-28';
      a2.measures.splice(1, 0, { text: '建立法治体检工作台账。', status: 'done', done: '2023-11-30', owners: ['cheng'], evidence: [], metrics: [] });
      l.people.push({ id: 'p1', name: '王五' });
    });
    const { removed, added } = changedLines(FIXTURE, out);
    expect(removed).toEqual([]);
    expect(added).toEqual([
      '  - { id: p1, name: 王五 }',
      '            done: 2023-11-28',
      '          - text: 建立法治体检工作台账。',
      '            status: 已整改完成',
      '            done: 2023-11-30',
      '            owners: [cheng]',
    ]);
    expect(out).toContain('            status: 正在整改\n            done: 2023-11-28\n          - text: 建立法治体检工作台账。');
  });

  it('removes an item without disturbing the comments of the others', () => {
    const out = rewrite(FIXTURE, (l) => {
      l.aspects[0]!.issues[0]!.measures.splice(0, 1);
    });
    expect(changedLines(FIXTURE, out).removed).toEqual(['          - id: A1-1', '            text: 制定公布不予处罚事项清单。', '            status: 已整改完成', '            done: 2023-10-20']);
    expect(out).toContain('办理案件{{metrics.cases}}件。 # 数字来自关键数据');
  });

  it('keeps lines the yaml printer would restyle: a comment after `- `, [a] beside { a: 1 }', () => {
    const text = [
      '# yaml-language-server: $schema=./ledger.schema.json',
      'rectify: 1',
      'report: { title: 报告, unit: 单位, date: 2023-12-01 }',
      'inspection:',
      '  by: 组',
      '  target: 单位',
      '  arranged_by: 市委',
      '  visit: { from: 2023-08-02, to: 2023-08-04 }',
      '  feedback: 2023-08-30',
      'people:',
      '  - # 编号',
      '    id: li',
      '    name: 李四',
      'aspects:',
      '  - title: 方面',
      '    issues:',
      '      - id: A1',
      '        owners: [li]',
      '        measures:',
      '          - { text: 措施一。, status: 正在整改 }',
      '',
    ].join('\n');
    const out = rewrite(text, (l) => {
      l.aspects[0]!.issues[0]!.measures[0]!.status = 'done';
      l.aspects[0]!.issues[0]!.measures[0]!.done = '2023-11-01';
    });
    expect(changedLines(text, out)).toEqual({
      removed: ['          - { text: 措施一。, status: 正在整改 }'],
      added: ['          - { text: 措施一。, status: 已整改完成, done: 2023-11-01 }'],
    });
  });

  it('keeps CRLF line ends', () => {
    const crlf = FIXTURE.replace(/\n/g, '\r\n');
    const out = rewrite(crlf, (l) => {
      l.report.date = '2024-01-31';
    });
    expect(out).toBe(crlf.replace('date: 2023-12-01', 'date: 2024-01-31'));
  });

  it('expands an alias before changing what it names, so the change shows up once', () => {
    const text = FIXTURE.replace('        units: [supervision]\n        owners: [cheng]\n        due: 2023-10-31', '        units: &sup [supervision]\n        owners: [cheng]\n        due: 2023-10-31').replace(
      '      - id: B1\n        status: 正在整改\n        leader: zhou\n        units: [supervision]',
      '      - id: B1\n        status: 正在整改\n        leader: zhou\n        units: *sup',
    );
    expect(text).toContain('*sup');
    rewrite(text, (l) => {
      l.aspects[0]!.issues[0]!.units = ['supervision', 'lawyers'];
    });
  });
});

describe('head comments', () => {
  it('points the modeline elsewhere and replaces the note it wrote before', () => {
    expect(headComments(FIXTURE).schema).toBe('../../../schemas/ledger.schema.json');
    const once = withHeadComments(FIXTURE, { schema: '../x.json', marker: 'rectify next', note: ['上一轮：a（rectify next）'] });
    expect(once.split('\n').slice(0, 3)).toEqual(['# yaml-language-server: $schema=../x.json', '# 上一轮：a（rectify next）', '# 整改台账：每一轮复制一份，更新状态和日期']);
    const twice = withHeadComments(once, { marker: 'rectify next', note: ['上一轮：b（rectify next）'] });
    expect(twice.split('\n').slice(0, 3)).toEqual(['# yaml-language-server: $schema=../x.json', '# 上一轮：b（rectify next）', '# 整改台账：每一轮复制一份，更新状态和日期']);
    expect(twice.split('\n').slice(3)).toEqual(FIXTURE.split('\n').slice(2));
  });
});

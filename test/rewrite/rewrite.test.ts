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
  return read(text).ledger!;
}

function read(text: string) {
  const result = validateLedgerText(text, 'ledger.yaml');
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result;
}

/** The lines of `after` that are not in `before`, and the other way round (a line diff, in order). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const match = matchLines(a, b);
  const kept = new Set(match.filter((j) => j >= 0));
  return { removed: a.filter((_, i) => match[i]! < 0), added: b.filter((_, j) => !kept.has(j)) };
}

/**
 * `text` rewritten as the commands do (with the positions its validation gave: scalars replaced in
 * place where that is enough), checked to read as the edited ledger; the document path alone
 * (no positions) must read so too.
 */
function rewrite(text: string, edit: (l: Ledger) => void): string {
  const { ledger: before, source } = read(text);
  const after = structuredClone(before!);
  edit(after);
  const out = rewriteLedgerText(text, before!, after, source!.positions);
  expect(ledgerOf(out)).toEqual(after);
  expect(ledgerOf(rewriteLedgerText(text, before!, after))).toEqual(after);
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

describe('texts and dates replaced where they stand', () => {
  /** Every text and date of the ledger (a key path into it), found by walking the loaded value. */
  function leaves(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    if (typeof value === 'string') out.push(path);
    else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'typed') leaves(v, [...path, k], out);
    return out;
  }
  const setAt = (root: unknown, path: (string | number)[], value: string) => {
    let at = root as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
    at[path[path.length - 1]!] = value;
  };
  // texts that read as something else when plain, that need quotes in a flow mapping, that hold quotes
  const NEW_TEXTS = ['2031-02-03', '123', 'true', 'null', 'a: b', 'x #y', '逗号,在此', '[括号]', "it's", 'say "hi"', '  两端空格 ', '换\n行', '\\反斜杠', '——整改——', '{{measures}}项'];

  it('reads back as the edited ledger, every other line byte for byte, whatever the new text', () => {
    for (const source of [FIXTURE, EXAMPLE]) {
      const { ledger, source: read0 } = read(source);
      // prose takes any of the texts; a date another date (a valid ledger stays valid)
      // (a redact entry may be written as a bare text for { text }: a change of form, left to the document path)
      const prose = leaves(ledger).filter((p) => p[0] !== 'redact' && (['text', 'title', 'progress', 'name'].includes(String(p.at(-1))) || typeof p.at(-1) === 'number'));
      const dates = leaves(ledger).filter((p) => ['date', 'due', 'done', 'feedback', 'from', 'to'].includes(String(p.at(-1))));
      expect(prose.length).toBeGreaterThan(20);
      expect(dates.length).toBeGreaterThan(5);
      const edits = [...prose.map((path, k) => [path, NEW_TEXTS[k % NEW_TEXTS.length]!] as const), ...dates.map((path) => [path, '2031-02-03'] as const)];
      for (const [path, text] of edits) {
        const after = structuredClone(ledger!);
        setAt(after, path, text);
        let rewritten: string;
        try {
          rewritten = rewriteLedgerText(source, ledger!, after, read0!.positions);
        } catch (e) {
          throw new Error(`${path.join('.')}: ${String(e)}`);
        }
        const back = validateLedgerText(rewritten, 'ledger.yaml');
        // a text may now break a rule of the ledger (a date order, a list item): what counts is what it reads as
        const out = rewriteLedgerText(source, ledger!, after, read0!.positions);
        const value = back.source?.value as Record<string, unknown> | undefined;
        let at: unknown = value;
        // (one paragraph may be written as a text rather than a list of one)
        for (const step of path) at = typeof at === 'string' && step === 0 ? at : (at as Record<string | number, unknown>)?.[step];
        expect(at, path.join('.')).toBe(text);
        // one line (or the lines of a multi-line scalar) changed, the others as they were
        const { removed, added } = changedLines(source, out);
        expect(added.length, path.join('.')).toBe(1);
        expect(removed.length, path.join('.')).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

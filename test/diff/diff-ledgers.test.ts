import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { diffLedgers } from '../../src/core/diff/diff-ledgers.js';
import { formatDiffHuman } from '../../src/app/report/diff/format-human.js';
import { buildDiffJson } from '../../src/app/report/diff/format-json.js';
import { formatDiffMarkdown } from '../../src/app/report/diff/format-markdown.js';
import { escapeMarkdown } from '../../src/core/render/escape.js';
import { hasChanges } from '../../src/core/diff/ledger-diff.js';
import { issue, ledger, measure } from './ledger-builders.js';

const plain = new Chalk({ level: 0 });

describe('diffLedgers', () => {
  it('reports nothing for identical rounds', () => {
    const l = ledger([issue('A1', [measure('一', { status: 'done' })])]);
    const diff = diffLedgers(l, structuredClone(l));
    expect(hasChanges(diff)).toBe(false);
    expect(diff.issues).toEqual({ newlyDone: [], statusChanged: [], added: [], removed: [], changed: [] });
    expect(formatDiffHuman(diff, 'zh', plain)).toContain('两轮台账之间没有变化');
  });

  it('matches issues by id and lists newly done, other status changes, added and removed', () => {
    const before = ledger([
      issue('A1', [measure('一', { status: 'in-progress' })]),
      issue('A2', [measure('二', { status: 'not-started' })]),
      issue('A3', [measure('三', { status: 'done' })]),
    ]);
    const after = ledger([
      issue('A2', [measure('二', { status: 'in-progress' })]),
      issue('A1', [measure('一', { status: 'done' })]),
      issue('A4', [measure('四', { status: 'ongoing' })]),
    ]);
    const diff = diffLedgers(before, after);
    expect(diff.issues.newlyDone.map((r) => r.id)).toEqual(['A1']);
    expect(diff.issues.statusChanged.map((r) => [r.id, r.from, r.to])).toEqual([
      ['A2', 'not-started', 'in-progress'],
      ['A1', 'in-progress', 'done'],
    ]);
    expect(diff.issues.added.map((r) => [r.id, r.status])).toEqual([['A4', 'ongoing']]);
    expect(diff.issues.removed.map((r) => r.id)).toEqual(['A3']);
    expect(diff.totals.old).toEqual({ issues: 3, issuesDone: 1, measures: 3, measuresDone: 1 });
    expect(diff.totals.new).toEqual({ issues: 3, issuesDone: 1, measures: 3, measuresDone: 1 });
  });

  it('matches measures by id, and id-less measures by issue and position', () => {
    const before = ledger([
      issue('A1', [measure('甲', { id: 'm-a' }), measure('乙', { id: 'm-b' })], { status: 'in-progress' }),
      issue('A2', [measure('一'), measure('二')], { status: 'in-progress' }),
    ]);
    const after = ledger([
      // reordered measures with ids: no change
      issue('A1', [measure('乙', { id: 'm-b' }), measure('甲', { id: 'm-a' })], { status: 'in-progress' }),
      // id-less measure 二 becomes done; a third is added at the end
      issue('A2', [measure('一'), measure('二', { status: 'done' }), measure('三')], { status: 'in-progress' }),
    ]);
    const diff = diffLedgers(before, after);
    expect(diff.measures.newlyDone.map((r) => r.key)).toEqual(['A2#2']);
    expect(diff.measures.added.map((r) => r.key)).toEqual(['A2#3']);
    expect(diff.measures.removed).toEqual([]);
    expect(diff.measures.statusChanged.map((r) => [r.key, r.from, r.to])).toEqual([['A2#2', 'in-progress', 'done']]);
  });

  it('uses effective statuses: an issue without status follows its measures', () => {
    const before = ledger([issue('A1', [measure('一', { status: 'done' }), measure('二', { status: 'in-progress' })])]);
    const after = ledger([issue('A1', [measure('一', { status: 'done' }), measure('二', { status: 'done' })])]);
    const diff = diffLedgers(before, after);
    expect(diff.issues.newlyDone.map((r) => r.id)).toEqual(['A1']);
    expect(diff.measures.newlyDone.map((r) => r.key)).toEqual(['A1#2']);
  });

  it('gives metric deltas, additions and removals, including metrics held by measures', () => {
    const before = ledger([issue('A1', [measure('一', { metrics: [{ id: 'cases', name: '案件', value: 100 }] })])], {
      metrics: [
        { id: 'lawyers', name: '参与律师', value: 40, unit: '名' },
        { id: 'rate', name: '比例', value: 0.1 },
        { id: 'gone', name: '旧指标', value: 3 },
      ],
    });
    const after = ledger([issue('A1', [measure('一', { metrics: [{ id: 'cases', name: '案件', value: 1000 }] })])], {
      metrics: [
        { id: 'lawyers', name: '参与律师', value: 45, unit: '名' },
        { id: 'rate', name: '比例', value: 0.3 },
        { id: 'firms', name: '律所', value: 5, unit: '家' },
      ],
    });
    const diff = diffLedgers(before, after);
    expect(diff.metrics).toEqual([
      { kind: 'changed', id: 'lawyers', name: '参与律师', unit: '名', from: 40, to: 45, delta: 5 },
      { kind: 'changed', id: 'rate', name: '比例', from: 0.1, to: 0.3, delta: 0.2 },
      { kind: 'added', id: 'firms', name: '律所', unit: '家', to: 5 },
      { kind: 'changed', id: 'cases', name: '案件', from: 100, to: 1000, delta: 900 },
      { kind: 'removed', id: 'gone', name: '旧指标', from: 3 },
    ]);
    const human = formatDiffHuman(diff, 'zh', plain);
    expect(human).toContain('lawyers 参与律师：40名 → 45名 (+5)');
    expect(human).toContain('- gone 旧指标：3 [删除]');
  });
});

describe('diff formatters', () => {
  const before = ledger([issue('A1', [measure('建立*台账*', { status: 'in-progress' })])], { date: '2023-11-01' });
  const after = ledger([issue('A1', [measure('建立*台账*', { status: 'done' })])], { date: '2023-12-01' });
  const diff = diffLedgers(before, after);

  it('json carries a version and whether anything changed', () => {
    const json = buildDiffJson(diff);
    expect(json.version).toBe(1);
    expect(json.changed).toBe(true);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('markdown escapes ledger text and has the totals table', () => {
    const md = formatDiffMarkdown(diff, 'zh');
    expect(md).toContain('## 整改进展对比：2023-11-01 → 2023-12-01');
    expect(md).toContain('| 问题已完成 | 0 | 1 | +1 |');
    expect(md).toContain('- **A1#1** 建立\\*台账\\*');
    expect(md).toContain('### 新完成的问题（1）');
  });

  it('human output lists a status change that ended in done only once', () => {
    const human = formatDiffHuman(diff, 'en', plain);
    expect(human.match(/A1#1/g)).toHaveLength(1);
    expect(human).toContain('Measures newly done (1)');
    expect(human).not.toContain('\u001b[');
    expect(formatDiffMarkdown(diff, 'en')).toContain('| Issues done | 0 | 1 | +1 |');
  });

  it('colours only through the chalk it is given', () => {
    expect(formatDiffHuman(diff, 'zh', new Chalk({ level: 1 }))).toContain('\u001b[');
  });

  it('ledger text in the diff is escaped as in the report: one line, inline syntax neutralised', () => {
    expect(escapeMarkdown('a|b\n<c> _d_ `e` [f](g)')).toBe('a\\|b \\<c\\> \\_d\\_ \\`e\\` \\[f\\](g)');
  });
});

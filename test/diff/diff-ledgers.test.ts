import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { diffLedgers } from '../../src/core/diff/diff-ledgers.js';
import { formatDiffHuman } from '../../src/app/report/diff/format-human.js';
import { buildDiffJson } from '../../src/app/report/diff/format-json.js';
import { formatDiffMarkdown } from '../../src/app/report/diff/format-markdown.js';
import { escapeMarkdown } from '../../src/core/render/escape.js';
import { hasChanges } from '../../src/core/diff/ledger-diff.js';
import { issue, ledger, measure } from './ledger-builders.js';
import type { Issue, Ledger } from '../../src/model/ledger.js';

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

describe('diffLedgers and sub-issues', () => {
  it('matches sub-issues by id as findings, their measures and metrics too', () => {
    const withSub = (status: 'in-progress' | 'done', value: number) =>
      ledger([
        issue('A1', [], {
          subissues: [
            { id: 'A1-1', title: '子问题', units: [], owners: [], measures: [measure('一', { status })], metrics: [{ id: 'money', name: '问题资金', value }] },
          ],
        }),
      ]);
    const diff = diffLedgers(withSub('in-progress', 10), withSub('done', 12));
    expect(diff.issues.newlyDone.map((r) => r.id)).toEqual(['A1', 'A1-1']);
    expect(diff.measures.newlyDone.map((r) => r.key)).toEqual(['A1-1#1']);
    expect(diff.metrics.map((m) => m.id)).toEqual(['money']);
  });
});

describe('every change a reviewer cares about', () => {
  const people = [
    { id: 'zhou', name: '周明哲', title: '副局长' },
    { id: 'han', name: '韩素云' },
    { id: 'cheng', name: '程立新' },
    { id: 'xu', name: '许文博' },
  ];
  const units = [
    { id: 'sup', name: '监督科' },
    { id: 'law', name: '律师科' },
  ];
  const before: Ledger = {
    ...ledger([
      issue('A1', [measure('建立定期调度机制，每月通报整改进展。', { id: 'm1', due: '2024-01-31' }), measure('开展专项检查。', { owners: ['cheng'], evidence: ['检查方案'] })], {
        due: '2023-12-31',
        leader: 'zhou',
        units: ['sup'],
        owners: ['cheng'],
        progress: '已部署',
        status: 'in-progress',
      }),
      issue('A2', [measure('制定清单。')], { due: '2024-02-29', status: 'in-progress' }),
    ]),
    people,
    units,
    metrics: [{ id: 'trained', name: '培训人次', value: 120, unit: '人次', target: 200 }],
  };
  const after: Ledger = structuredClone(before);
  const [a1, a2] = after.aspects[0]!.issues as [Issue, Issue];
  a1.due = '2024-03-31'; // 延期
  a1.measures[0]!.due = '2024-01-15'; // earlier
  a1.measures[0]!.text = '建立定期调度机制，每周通报整改进展。';
  a1.measures[1]!.done = '2023-11-28';
  a1.measures[1]!.owners = ['xu'];
  a1.measures[1]!.evidence = ['检查方案', '检查报告'];
  a1.leader = 'han';
  a1.units = ['law'];
  a1.owners = ['cheng', 'xu'];
  a1.progress = '已部署，正在推进';
  a1.title = '问题A1（修订）';
  delete a2.due; // cleared
  after.people = [...people.filter((p) => p.id !== 'cheng'), { id: 'p1', name: '王五' }];
  after.people[0] = { id: 'zhou', name: '周明哲', title: '局长' };
  after.units = [units[0]!, { id: 'law', name: '律师工作管理科' }];
  after.report = { ...after.report, title: '测试报告（第二轮）', date: '2024-01-31', stage: 'final' };
  after.metrics = [{ id: 'trained', name: '培训人次', value: 150, unit: '人次', target: 300 }];
  const diff = diffLedgers(before, after);
  const fields = (key: string) => [...diff.issues.changed, ...diff.measures.changed].find((c) => ('id' in c ? c.id : c.key) === key)?.changes;

  it('extended deadlines, with the old and the new date and the days', () => {
    expect(fields('A1')).toContainEqual({ field: 'due', from: '2023-12-31', to: '2024-03-31', days: 91 });
    expect(fields('m1')).toContainEqual({ field: 'due', from: '2024-01-31', to: '2024-01-15', days: -16 });
    expect(fields('A2')).toContainEqual({ field: 'due', from: '2024-02-29' });
    const human = formatDiffHuman(diff, 'zh', plain);
    expect(human).toMatch(/延期（1）\n {2}~ A1 问题A1（修订）：2023-12-31 → 2024-03-31（延期 91 天）/);
    expect(human).toContain('m1 建立定期调度机制，每周…：2024-01-31 → 2024-01-15（提前 16 天）');
    expect(human).toContain('A2 问题A2：2024-02-29 → （无）');
  });

  it('completion dates', () => {
    expect(fields('A1#2')).toContainEqual({ field: 'done', to: '2023-11-28' });
    expect(formatDiffHuman(diff, 'zh', plain)).toMatch(/完成日期变化（1）\n {2}~ A1#2 开展专项检查。：（无） → 2023-11-28/);
  });

  it('text changes of issues and measures, as a short inline diff', () => {
    expect(fields('m1')).toContainEqual({
      field: 'text',
      from: '建立定期调度机制，每月通报整改进展。',
      to: '建立定期调度机制，每周通报整改进展。',
      inline: { before: '…定期调度机制，每', removed: '月', added: '周', after: '通报整改进展。' },
    });
    const human = formatDiffHuman(diff, 'zh', plain);
    expect(human).toContain('~ m1 建立定期调度机制，每周…：…定期调度机制，每[-月-]{+周+}通报整改进展。');
    expect(human).toContain('~ A1 问题A1（修订）：问题A1{+（修订）+}');
    expect(human).toContain('~ A1 问题A1（修订） 整改进展：已部署{+，正在推进+}');
    expect(formatDiffMarkdown(diff, 'zh')).toContain('…定期调度机制，每~~月~~**周**通报整改进展。');
  });

  it('leader, unit and owner changes, of issues and of measures that have their own', () => {
    expect(fields('A1')).toContainEqual({ field: 'leader', from: { id: 'zhou', name: '周明哲' }, to: { id: 'han', name: '韩素云' } });
    expect(fields('A1')).toContainEqual({ field: 'units', added: [{ id: 'law', name: '律师工作管理科' }], removed: [{ id: 'sup', name: '监督科' }] });
    expect(fields('A1')).toContainEqual({ field: 'owners', added: [{ id: 'xu', name: '许文博' }], removed: [] });
    expect(fields('A1#2')).toContainEqual({ field: 'owners', added: [{ id: 'xu', name: '许文博' }], removed: [{ id: 'cheng', name: '程立新' }] });
    // m1 has no owners of its own: the issue's change is told once, at the issue
    expect(fields('m1')?.some((c) => c.field === 'owners')).toBe(false);
    const human = formatDiffHuman(diff, 'zh', plain);
    expect(human).toContain('~ A1 问题A1（修订） 责任领导：周明哲 → 韩素云');
    expect(human).toContain('~ A1 问题A1（修订） 责任单位：+律师工作管理科 -监督科');
    expect(human).toContain('~ A1#2 开展专项检查。 责任人：+许文博 -程立新');
  });

  it('evidence added and removed', () => {
    expect(fields('A1#2')).toContainEqual({ field: 'evidence', added: ['检查报告'], removed: [] });
  });

  it('people and units added, removed and renamed', () => {
    expect(diff.people).toEqual([
      { kind: 'changed', id: 'zhou', name: '周明哲', title: '局长', from: { name: '周明哲', title: '副局长' } },
      { kind: 'added', id: 'p1', name: '王五' },
      { kind: 'removed', id: 'cheng', name: '程立新' },
    ]);
    expect(diff.units).toEqual([{ kind: 'changed', id: 'law', name: '律师工作管理科', from: { name: '律师科' } }]);
    const human = formatDiffHuman(diff, 'zh', plain);
    expect(human).toContain('人员名册变化（3）\n  ~ zhou 周明哲（副局长） → 周明哲（局长）\n  + p1 王五\n  - cheng 程立新');
  });

  it('the report facts and metrics; the report date only in the heading', () => {
    expect(diff.facts).toEqual([
      { path: 'report.title', from: '测试报告', to: '测试报告（第二轮）' },
      { path: 'report.stage', from: 'progress', to: 'final' },
    ]);
    expect(diff.metrics).toEqual([{ kind: 'changed', id: 'trained', name: '培训人次', unit: '人次', from: 120, to: 150, delta: 30, target: { from: 200, to: 300 } }]);
    const human = formatDiffHuman(diff, 'zh', plain);
    expect(human).toContain('整改进展对比：2023-12-01 → 2024-01-31');
    expect(human).toContain('~ 报告标题：测试报告 → 测试报告（第二轮）');
    expect(human).toContain('~ trained 培训人次：120人次 → 150人次 (+30)，目标值 200 → 300');
  });

  it('--format md groups them for a merge request: deadlines extended as a table', () => {
    const md = formatDiffMarkdown(diff, 'zh');
    expect(md).toContain('### 延期（1）\n\n| 事项 | 原时限 | 新时限 | 变化 |\n|---|---|---|---:|\n| **A1** 问题A1（修订） | 2023-12-31 | 2024-03-31 | 延期 91 天 |');
    for (const heading of ['### 时限的其他变化（2）', '### 完成日期变化（1）', '### 文字修改（3）', '### 责任变化（4）', '### 佐证材料变化（1）', '### 人员名册变化（3）', '### 单位名册变化（1）', '### 报告信息变化（2）', '### 指标变化']) {
      expect(md).toContain(heading);
    }
  });

  it('a round started from the last with only a new date shows nothing but the date', () => {
    const next = { ...structuredClone(before), report: { ...before.report, date: '2024-01-31' } };
    const d = diffLedgers(before, next);
    expect(hasChanges(d)).toBe(false);
    expect(formatDiffHuman(d, 'zh', plain)).toContain('整改进展对比：2023-12-01 → 2024-01-31');
  });
});

describe('measures without an id', () => {
  it('are matched within their issue by text, so one inserted among others is an addition, and a reworded one a text change', () => {
    const before = ledger([issue('A1', [measure('一'), measure('二', { status: 'in-progress' }), measure('三')], { status: 'in-progress' })]);
    const after = ledger([issue('A1', [measure('一'), measure('新'), measure('二', { status: 'done' }), measure('三（改）')], { status: 'in-progress' })]);
    const diff = diffLedgers(before, after);
    expect(diff.measures.added.map((r) => [r.key, r.text])).toEqual([['A1#2', '新']]);
    expect(diff.measures.newlyDone.map((r) => [r.key, r.text])).toEqual([['A1#3', '二']]);
    expect(diff.measures.changed.map((r) => [r.key, r.changes.map((c) => c.field)])).toEqual([['A1#4', ['text']]]);
    expect(diff.measures.removed).toEqual([]);
  });
});

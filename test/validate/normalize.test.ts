import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/model/ledger.js';
import { validateLedgerText } from '../../src/core/validate/index.js';

const read = (name: string) => readFileSync(new URL(`../fixtures/validate/${name}/ledger.yaml`, import.meta.url));

describe('the validated Ledger', () => {
  it('carries every key of the format, statuses in English, nothing invented', () => {
    const result = validateLedgerText(read('_full'), 'ledger.yaml');
    expect(result.problems).toEqual([]);
    const expected: Ledger = {
      rectify: 1,
      report: {
        title: '关于巡视整改情况的报告',
        subtitle: '——2024年1月15日在某某会议上',
        speaker: '某某局局长　张某',
        unit: '中共某某局党组',
        date: '2024-01-15',
        to: '市委巡视办',
        stage: 'progress',
        opening: ['根据{{arranged-by}}统一部署，{{visit}}，{{by}}对{{target}}开展了巡视。{{feedback:md}}反馈了巡视意见。'],
        summary: false,
        parts: { overview: '整改工作开展情况', issues: false, plans: true },
        headings: {
          aspect: 'in-aspect',
          issue: '{{no}}关于“{{title}}”问题的整改',
          subissue: '{{no}}关于{{title}}的问题。',
          run_in: ['subissue'],
          aspects_as_parts: false,
        },
        status_line: '整改情况：{{status}}。',
        status_words: { done: '已完成', 'in-progress': '正在推进', ongoing: '持续整改', partial: '阶段性完成', 'not-started': '未启动' },
        count_word: '个',
      },
      inspection: {
        by: '市委第二巡视组',
        target: '某某局党组',
        arranged_by: '市委',
        kind: '巡视',
        visit: { from: '2023-03-01', to: '2023-04-30' },
        feedback: '2023-06-10',
        declared: { aspects: 1, issues: 2, measures: 4 },
      },
      people: [
        { id: 'p1', name: '张某', title: '局长' },
        { id: 'p2', name: '李某' },
      ],
      units: [{ id: 'u1', name: '办公室' }],
      overview: [
        { lead: '局党组高度重视，', points: [{ title: '加强领导', text: ['成立整改领导小组。'] }, { title: '压实责任' }] },
        { text: '共制定整改措施{{measures}}条，完成率{{rate}}，移交线索{{clues}}件，培训{{metrics.trained}}人。', break: true },
        { part: '党组对巡视反馈意见的认识', heading: '提高认识', layout: 'paragraphs', label: '（一）', points: [{ title: '统一思想', text: ['认真学习。', '深入研讨。'] }] },
      ],
      issues_intro: ['对照反馈的{{issues:cn}}个问题，逐项整改。'],
      aspects: [
        {
          id: 'a1',
          title: '落实主体责任不到位',
          intro: ['本方面{{issues}}个问题，涉及金额{{sum.问题金额}}万元。'],
          issues: [
            {
              id: 'i1',
              title: '学习不深入',
              status: 'ongoing',
              leader: 'p1',
              units: ['u1'],
              owners: ['p2'],
              due: '2024-06-30',
              progress: '持续推进中。',
              metrics: [],
              subissues: [],
              measures: [
                {
                  id: 'm1',
                  text: '建立学习制度。',
                  status: 'done',
                  due: '2023-08-31',
                  done: '2023-08-20',
                  owners: ['p2'],
                  evidence: ['学习制度文件'],
                  metrics: [{ id: 'sessions', name: '学习次数', value: 12, unit: '次', target: 10 }],
                },
                { id: 'm2', text: '开展专题学习{{metrics.sessions}}次。', status: 'ongoing', owners: [], evidence: [], metrics: [] },
              ],
            },
            {
              id: 'i2',
              title: '督促不到位',
              units: ['u1'],
              owners: [],
              measures: [{ text: '定期督查。', status: 'done', done: '2023-12-01', owners: [], evidence: [], metrics: [] }],
              after: ['督查情况每月通报。'],
              metrics: [{ id: 'i2-money', name: '问题金额', value: 12.5, unit: '万元' }],
              subissues: [
                {
                  id: 'i2-1',
                  title: '督查记录不全',
                  status: 'done',
                  units: [],
                  owners: [],
                  measures: [{ text: '补齐记录。', status: 'done', owners: [], evidence: [], metrics: [] }],
                  metrics: [],
                },
              ],
            },
          ],
          metrics: [{ id: 'a1-money', name: '涉及金额', value: 3.5, unit: '万元' }],
        },
      ],
      metrics: [{ id: 'trained', name: '培训人数', value: 35.5, unit: '人' }],
      referrals: { clues: 2, petitions: 0, text: '已按要求办理完毕。' },
      plans: { shortcomings: '长效机制还不健全。', lead: '下步，我们将：', items: ['巩固整改成果。', '健全长效机制。'] },
      appendix: { ledger: true },
      redact: [{ text: '某某局' }, { text: '张某', mask: '张XX' }],
      // 12.50 keeps its trailing zero in the report
      typed: { 'aspects[0].issues[1].metrics[0].value': '12.50' },
    };
    expect(result.ledger).toStrictEqual(expected);
  });

  it('fills defaults for what a small ledger leaves out', () => {
    const ledger = validateLedgerText(read('valid-base'), 'ledger.yaml').ledger!;
    expect(ledger.report.stage).toBe('progress');
    expect(ledger.inspection.kind).toBe('巡察');
    expect(ledger.appendix).toEqual({ ledger: false });
    expect(ledger.redact).toEqual([]);
    expect(ledger.metrics).toEqual([]);
    expect(ledger.aspects[0]!.issues[0]!.status).toBe('done');
    expect(ledger.aspects[1]!.issues[1]!.status).toBeUndefined();
    expect('referrals' in ledger).toBe(false);
  });
});

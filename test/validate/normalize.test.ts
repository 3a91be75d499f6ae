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
      report: { title: '关于巡视整改情况的报告', unit: '中共某某局党组', date: '2024-01-15', to: '市委巡视办', stage: 'final' },
      inspection: {
        by: '市委第二巡视组',
        target: '某某局党组',
        arranged_by: '市委',
        kind: '巡视',
        visit: { from: '2023-03-01', to: '2023-04-30' },
        feedback: '2023-06-10',
        declared: { aspects: 1, issues: 2, measures: 3 },
      },
      people: [
        { id: 'p1', name: '张某', title: '局长' },
        { id: 'p2', name: '李某' },
      ],
      units: [{ id: 'u1', name: '办公室' }],
      overview: [
        { lead: '局党组高度重视，', points: [{ title: '加强领导', text: '成立整改领导小组。' }, { title: '压实责任' }] },
        { text: '共制定整改措施{{measures}}条，完成率{{rate}}，移交线索{{clues}}件，培训{{metrics.trained}}人。', break: true },
      ],
      aspects: [
        {
          id: 'a1',
          title: '落实主体责任不到位',
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
              units: [],
              owners: [],
              measures: [{ text: '定期督查。', status: 'done', done: '2023-12-01', owners: [], evidence: [], metrics: [] }],
            },
          ],
        },
      ],
      metrics: [{ id: 'trained', name: '培训人数', value: 35.5, unit: '人' }],
      referrals: { clues: 2, petitions: 0, text: '已按要求办理完毕。' },
      plans: { shortcomings: '长效机制还不健全。', lead: '下步，我们将：', items: ['巩固整改成果。', '健全长效机制。'] },
      appendix: { ledger: true },
      redact: [{ text: '某某局' }, { text: '张某', mask: '张XX' }],
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

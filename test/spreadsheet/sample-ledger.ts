import type { Ledger } from '../../src/model/ledger.js';
import { normalizeLedger } from '../../src/core/validate/index.js';

/** A small ledger using every table feature: inherited fields, an untitled single issue, multi-unit issues. */
export function sampleLedger(): Ledger {
  // through the normaliser, so keys added to the format later arrive at their defaults
  return normalizeLedger({
    rectify: 1,
    report: { title: 'XX县司法局关于巡察整改进展情况的报告', unit: 'XX县司法局', date: '2023-12-01', stage: 'progress' },
    inspection: {
      by: '市委第五巡察组',
      target: 'XX县司法局党组',
      arranged_by: '市委',
      kind: '巡察',
      visit: { from: '2023-04-02', to: '2023-05-04' },
      feedback: '2023-06-30',
    },
    people: [
      { id: 'wang', name: '王某某', title: '局长' },
      { id: 'li', name: '李某' },
      { id: 'zhao', name: '赵某' },
    ],
    units: [
      { id: 'office', name: '办公室' },
      { id: 'law', name: '法治督察科' },
    ],
    overview: [{ text: '巡察组反馈意见中指出存在{{aspects}}个方面{{issues}}项问题。' }],
    aspects: [
      {
        id: 'a1',
        title: '落实上级决策部署不到位',
        issues: [
          {
            id: 'i1',
            status: 'done',
            leader: 'wang',
            units: ['office', 'law'],
            owners: ['li'],
            due: '2023-10-31',
            measures: [
              { id: 'm1', text: '制定公布不予处罚事项清单。', status: 'done', done: '2023-08-01', owners: [], evidence: ['清单文件', '公布截图\n（第二页）'], metrics: [] },
              { text: '对"首次不罚"机制落实情况进行调度，今年以来共办理案件300余件。', status: 'done', owners: ['zhao'], evidence: [], metrics: [{ id: 'cases', name: '不罚轻罚案件', value: 300, unit: '件' }] },
            ],
          },
        ],
      },
      {
        title: '行政执法监督工作存在短板弱项',
        issues: [
          {
            id: 'i2',
            title: '对行政执法监督工作用力不足',
            leader: 'li',
            units: ['law'],
            owners: [],
            measures: [{ text: '开展“送法律上门”活动', status: 'in-progress', due: '2024-03-31', owners: ['zhao'], evidence: [], metrics: [] }],
          },
          {
            id: 'i3',
            title: '执法监督效果不佳',
            units: [],
            owners: ['zhao'],
            progress: '持续推进中',
            measures: [
              { text: '强化行政执法专项监督, 召开"土地执法"专项培训会', status: 'ongoing', owners: [], evidence: [], metrics: [] },
              { text: '组织专题培训', owners: [], evidence: [], metrics: [] },
            ],
          },
        ],
      },
    ],
    metrics: [{ id: 'lawyers', name: '参与律师', value: 45, unit: '名' }],
    plans: { items: ['围绕企业法律风险防控开展法治体检。'] },
    appendix: { ledger: true },
    redact: [{ text: '王某某' }],
  });
}

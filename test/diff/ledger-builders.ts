import type { Issue, Ledger, Measure, Metric } from '../../src/model/ledger.js';

/** Small validated-shape ledgers for the diff and stats unit tests. */
export function measure(text: string, extra: Partial<Measure> = {}): Measure {
  return { text, owners: [], evidence: [], metrics: [], ...extra };
}

export function issue(id: string, measures: Measure[], extra: Partial<Issue> = {}): Issue {
  return { id, title: `问题${id}`, units: [], owners: [], measures, metrics: [], subissues: [], ...extra };
}

export function ledger(issues: Issue[], extra: { date?: string; metrics?: Metric[] } = {}): Ledger {
  return {
    rectify: 1,
    report: { title: '测试报告', unit: '测试单位', date: extra.date ?? '2023-12-01', stage: 'progress' },
    inspection: {
      by: '市委第一巡察组',
      target: '测试单位党组',
      arranged_by: '市委',
      kind: '巡察',
      visit: { from: '2023-08-01', to: '2023-08-03' },
      feedback: '2023-09-01',
    },
    people: [],
    units: [],
    overview: [],
    aspects: [{ title: '方面一', issues, metrics: [] }],
    metrics: extra.metrics ?? [],
    appendix: { ledger: false },
    redact: [],
  };
}

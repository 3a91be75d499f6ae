import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/core/derive/index.js';
import { formatStatsHuman } from '../../src/app/report/stats/format-human.js';
import { buildStatsJson } from '../../src/app/report/stats/stats-json.js';
import { issue, ledger, measure } from '../diff/ledger-builders.js';

const plain = new Chalk({ level: 0 });

describe('stats formatters', () => {
  const facts = derive(
    ledger([
      issue('A1', [measure('一', { status: 'done' }), measure('二', { status: 'in-progress', due: '2023-11-21' })]),
    ]),
  );

  it('names an overdue measure without id as ISSUE#N, with its days overdue', () => {
    const text = formatStatsHuman(facts, '测试', 'zh', plain);
    expect(text).toMatch(/^A1#2\s+二\s+2023-11-21\s+10\s+正在整改$/m);
    expect(text).toContain('完成率        0%   50%');
  });

  it('leaves out load tables nobody is named in, and speaks English on request', () => {
    const text = formatStatsHuman(facts, 'Test', 'en', plain);
    expect(text).toContain('Overdue (1)');
    expect(text).not.toContain('Leaders');
    expect(text).not.toContain('责任');
  });

  it('json is versioned and keeps only the documented fields', () => {
    const json = buildStatsJson(facts, 'ledger.yaml');
    expect(Object.keys(json)).toEqual(['version', 'file', 'asOf', 'counts', 'issues', 'measures', 'aspects', 'overdue', 'load', 'metrics']);
    expect(json.measures.rate.text).toBe('50%');
    expect(json.overdue[0]).toMatchObject({ kind: 'measure', issueId: 'A1', daysOverdue: 10 });
  });
});

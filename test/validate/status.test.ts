import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/model/ledger.js';
import { issueStatusFromMeasures, statusFromWord } from '../../src/model/status.js';

const of = (...statuses: (Status | undefined)[]) => statuses.map((status) => (status ? { status } : {}));

describe('issueStatusFromMeasures', () => {
  it.each([
    [of(), 'in-progress'],
    [of('done', 'done'), 'done'],
    [of('not-started', 'not-started'), 'not-started'],
    [of('done', 'ongoing'), 'ongoing'],
    [of('done', 'in-progress'), 'in-progress'],
    [of('done', 'not-started'), 'in-progress'],
    [of('done', 'partial'), 'partial'],
    [of('ongoing', 'partial'), 'partial'],
    [of('done', undefined), 'in-progress'],
  ] as const)('%j → %s', (measures, expected) => {
    expect(issueStatusFromMeasures(measures)).toBe(expected);
  });
});

describe('statusFromWord', () => {
  it('maps English names and Chinese aliases, and nothing else', () => {
    expect(statusFromWord('done')).toBe('done');
    expect(statusFromWord('已完成')).toBe('done');
    expect(statusFromWord('整改中')).toBe('in-progress');
    expect(statusFromWord('持续整改')).toBe('ongoing');
    expect(statusFromWord('部分整改')).toBe('partial');
    expect(statusFromWord('未整改')).toBe('not-started');
    expect(statusFromWord('已完成整改')).toBe('done');
    expect(statusFromWord('部分完成')).toBe('partial');
    expect(statusFromWord('完成了')).toBeUndefined();
    expect(statusFromWord('Done')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { readDate, readStatus, splitNames, isOngoingDueWord } from '../../src/core/spreadsheet/cells.js';
import { fieldForHeader, normaliseHeader, columnLetter } from '../../src/core/spreadsheet/columns.js';

describe('readDate', () => {
  it.each([
    ['2023-12-31', '2023-12-31'],
    ['2023/12/31', '2023-12-31'],
    ['2023.1.5', '2023-01-05'],
    ['2023年12月31日', '2023-12-31'],
    ['2023 年 2 月 8 日', '2023-02-08'],
    ['２０２３－１２－３１', '2023-12-31'],
    ['20231231', '2023-12-31'],
    ['45291', '2023-12-31'],
  ])('reads %s', (text, iso) => {
    expect(readDate(text)).toEqual({ ok: true, value: iso });
  });

  it('reads Excel serial numbers and date cells (UTC fields)', () => {
    expect(readDate(45291)).toEqual({ ok: true, value: '2023-12-31' });
    expect(readDate(new Date(Date.UTC(2024, 1, 29)))).toEqual({ ok: true, value: '2024-02-29' });
  });

  it.each(['2023-02-30', '2023-13-01', '下月底', '12/31', '3'])('refuses %s', (text) => {
    expect(readDate(text).ok).toBe(false);
  });

  it('treats an empty cell as no date', () => {
    expect(readDate(null)).toEqual({ ok: true, value: undefined });
    expect(readDate('  ')).toEqual({ ok: true, value: undefined });
  });

  it('knows the words for "no deadline"', () => {
    expect(isOngoingDueWord('长期坚持')).toBe(true);
    expect(isOngoingDueWord('持续推进')).toBe(true);
    expect(isOngoingDueWord('2023-12-31')).toBe(false);
  });
});

describe('readStatus', () => {
  it.each([
    ['已整改完成', 'done'],
    ['已完成。', 'done'],
    ['正在整改', 'in-progress'],
    ['长期坚持', 'ongoing'],
    ['持续推进', 'ongoing'],
    ['基本完成', 'partial'],
    ['未启动', 'not-started'],
    ['done', 'done'],
  ])('reads %s', (text, status) => {
    expect(readStatus(text)).toEqual({ ok: true, value: status });
  });

  it('reads a sentence that opens with a status word and punctuation', () => {
    expect(readStatus('已整改完成。一是制定清单；二是开展调度。')).toEqual({ ok: true, value: 'done' });
    expect(readStatus('正在整改，预计年底完成')).toEqual({ ok: true, value: 'in-progress' });
    expect(readStatus('已整改落实').ok).toBe(false);
  });

  it('refuses unknown words', () => {
    expect(readStatus('差不多了').ok).toBe(false);
  });
});

describe('headers', () => {
  it('normalises whitespace, full-width punctuation and a trailing note', () => {
    expect(normaliseHeader(' 整改\n时限（年月日）：')).toBe('整改时限');
  });

  it.each([
    ['具体问题', 'issue'],
    ['存在问题', 'issue'],
    ['整改举措', 'measure'],
    ['分管领导', 'leader'],
    ['责任部门', 'units'],
    ['责任科室', 'units'],
    ['具体责任人', 'owners'],
    ['整改时限', 'due'],
    ['完成情况', 'status'],
    ['问题类别', 'aspect'],
    ['佐证', 'evidence'],
  ])('%s is %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('lets the --map win over the synonyms', () => {
    expect(fieldForHeader('反馈意见', new Map([['反馈意见', 'issue' as const]]))).toBe('issue');
    expect(fieldForHeader('备注', new Map([['备注', null]]))).toBeNull();
    expect(fieldForHeader('备注')).toBe('progress');
    expect(fieldForHeader('联系电话')).toBeUndefined();
  });

  it('names columns as spreadsheets do', () => {
    expect([1, 3, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('splits name lists on the separators people use', () => {
    expect(splitNames('张三、李四，王五;赵六\n钱七')).toEqual(['张三', '李四', '王五', '赵六', '钱七']);
  });
});

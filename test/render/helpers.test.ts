import { describe, expect, it } from 'vitest';
import { cnNumber, ordinal, parenNumber } from '../../src/core/render/numerals.js';
import { cnDate, cnDateRange } from '../../src/core/render/dates.js';
import { clauses, enumerate } from '../../src/core/render/enumerate.js';
import { escapeMarkdown, joinLines, unescapeMarkdown } from '../../src/core/render/escape.js';
import { auditSubtotal } from '../../src/core/render/vocabulary.js';
import { maskMarkdown, redactionsOf } from '../../src/core/public/redact.js';
import { fillPlaceholders } from '../../src/core/render/placeholders.js';
import { rate } from '../../src/core/derive/rate.js';

describe('Chinese numerals', () => {
  it.each([
    [0, '零'], [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [21, '二十一'], [99, '九十九'],
    [100, '一百'], [101, '一百零一'], [110, '一百一十'], [115, '一百一十五'], [1000, '一千'], [1001, '一千零一'],
    [1010, '一千零一十'], [2024, '二千零二十四'], [10000, '一万'], [10001, '一万零一'], [100000, '十万'],
    [110000, '十一万'], [123456, '十二万三千四百五十六'], [100000000, '一亿'],
  ])('%i → %s', (n, cn) => expect(cnNumber(n)).toBe(cn));
  it('refuses what is not a whole number', () => {
    expect(() => cnNumber(1.5)).toThrow(RangeError);
    expect(() => cnNumber(-1)).toThrow(RangeError);
  });
  it('writes ordinals and parenthesised numbers', () => {
    expect(ordinal(1)).toBe('一是');
    expect(ordinal(12)).toBe('十二是');
    expect(parenNumber(6)).toBe('（六）');
  });
});

describe('dates', () => {
  it('drops leading zeros', () => expect(cnDate('2023-09-02')).toBe('2023年9月2日'));
  it('drops the year of the second date in the same year', () => {
    expect(cnDateRange('2023-08-02', '2023-08-04')).toBe('2023年8月2日至8月4日');
    expect(cnDateRange('2023-12-28', '2024-01-05')).toBe('2023年12月28日至2024年1月5日');
  });
  it('refuses a malformed date', () => expect(() => cnDate('2023-9-2')).toThrow());
});

describe('rate', () => {
  it('is whole without decimals, else two decimals', () => {
    expect(rate(19, 25).text).toBe('76%');
    expect(rate(2, 3).text).toBe('66.67%');
    expect(rate(1, 8).text).toBe('12.50%');
    expect(rate(7647, 7747).text).toBe('98.71%');
    expect(rate(8, 8).text).toBe('100%');
    expect(rate(0, 0)).toEqual({ done: 0, total: 0, percent: 0, text: '0%' });
  });
});

describe('enumerate', () => {
  it('joins clauses with ；and ends with 。', () => {
    expect(enumerate([{ title: '加强领导', text: '主持召开2次会议' }, { title: '压实责任', text: '明确责任' }])).toBe(
      '一是加强领导。主持召开2次会议；二是压实责任。明确责任。',
    );
  });
  it('adds nothing after a text that ends a sentence', () => {
    expect(enumerate([{ text: '甲。' }, { text: '乙！' }, { text: '丙' }])).toBe('一是甲。二是乙！三是丙。');
  });
  it('states a single item without 一是', () => expect(enumerate([{ text: '唯一措施。' }])).toBe('唯一措施。'));
  it('gives nothing for no items', () => expect(enumerate([])).toBe(''));
  it('joins part-three clauses', () => expect(clauses(['甲；', '乙', '丙。'])).toBe('甲；乙；丙。'));
});

describe('Markdown escaping', () => {
  it('escapes everything that could make structure', () => {
    expect(escapeMarkdown('a|b *c* _d_ <e> [f](g) `h` & ~i~ \\')).toBe('a\\|b \\*c\\* \\_d\\_ \\<e\\> \\[f\\](g) \\`h\\` \\& \\~i\\~ \\\\');
    expect(escapeMarkdown('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdown('- 列表')).toBe('\\- 列表');
    expect(escapeMarkdown('12. 编号')).toBe('12\\. 编号');
    expect(escapeMarkdown('::: signature')).toBe('\\::: signature');
    expect(escapeMarkdown('互联网＋监管，通过率100％。1.针对')).toBe('互联网＋监管，通过率100％。1.针对');
  });
  it('joins line breaks: none between Chinese characters, a space otherwise', () => {
    expect(joinLines('第一行\n第二行\nEnglish\nwords\n')).toBe('第一行第二行 English words');
    expect(joinLines('甲，\r\n乙')).toBe('甲，乙');
  });
  it('round-trips through unescape', () => {
    const text = 'a|b *c* _d_ <e> [f] # & \\ 中文';
    expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
  });
  it('does not HTML-escape', () => expect(escapeMarkdown('A&B')).not.toContain('&amp;'));
});

describe('placeholders', () => {
  it('fills known names and leaves unknown ones as written', () => {
    expect(fillPlaceholders('措施{{measures}}条，完成率{{ rate }}，{{nope}}', { measures: '25', rate: '76%' })).toBe('措施25条，完成率76%，{{nope}}');
  });
  it('prints one % after a rate typed with its own %: {{rate}}% is 76%, not 76%%', () => {
    expect(fillPlaceholders('整改完成率{{rate}}%，措施完成率{{measures-rate}}％。', { rate: '76%', 'measures-rate': '98.71%' })).toBe('整改完成率76%，措施完成率98.71%。');
  });
});

describe('audit subtotal', () => {
  it('lists non-zero counts in the fixed order, each status in its own word: 正在整改 is never printed as 部分整改', () => {
    expect(auditSubtotal({ done: 2, partial: 3, 'in-progress': 1, ongoing: 0, 'not-started': 0 })).toBe('已整改2项，部分整改3项，正在整改1项');
    expect(auditSubtotal({ 'not-started': 1, done: 1, ongoing: 2 })).toBe('已整改1项，持续整改2项，未整改1项');
  });
  it('counts with the ledger\'s counting word and status words', () => {
    expect(auditSubtotal({ done: 2, partial: 1 }, '个', { partial: '阶段性完成整改' })).toBe('已整改2个，阶段性完成整改1个');
  });
});

describe('masking', () => {
  const masks = redactionsOf({
    redact: [{ text: '青禾' }, { text: '青禾司法' }, { text: '8月', mask: 'X月' }, { text: 'a_b' }],
    people: [{ id: 'l', name: '林向东' }],
  });
  it('masks longer strings first and people by one X per character', () => {
    const { markdown, survivors } = maskMarkdown('青禾县，“青禾司法”公众号，林向东同志，2023年8月2日，a\\_b', masks);
    expect(markdown).toBe('XX县，“XXXX”公众号，XXX同志，2023年X月2日，XXX');
    expect(survivors).toEqual([]);
  });
  it('reports a masked string that the masking re-creates', () => {
    const { survivors } = maskMarkdown('甲乙', redactionsOf({ redact: [{ text: '甲', mask: '丙' }, { text: '丙乙', mask: 'X' }], people: [] }));
    expect(survivors).toEqual(['丙乙']);
  });
});

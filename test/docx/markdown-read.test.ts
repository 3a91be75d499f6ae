import { describe, expect, it } from 'vitest';
import { readReportMarkdown } from '../../src/core/docx/markdown-read.js';
import { worded } from '../support/words.js';
import type { Block } from '../../src/core/docx/report-model.js';

const read = (md: string) => readReportMarkdown(md, 'report.md');
const only = (md: string): Block => {
  const r = read(md);
  expect(r.problems).toEqual([]);
  expect(r.blocks).toHaveLength(1);
  return r.blocks[0]!;
};

describe('bold next to Chinese punctuation', () => {
  it('bolds a quoted term followed by a letter', () => {
    expect(only('建立**“三个一”**工作机制')).toEqual({
      kind: 'body',
      line: 1,
      runs: [
        { text: '建立', bold: false },
        { text: '“三个一”', bold: true },
        { text: '工作机制', bold: false },
      ],
    });
  });

  it('bolds a label ending in a full-width colon', () => {
    expect(only('**整改措施：**立行立改')).toMatchObject({
      runs: [
        { text: '整改措施：', bold: true },
        { text: '立行立改', bold: false },
      ],
    });
  });

  it('keeps escaped asterisks literal, even doubled', () => {
    expect(only('星号\\*\\*不加粗\\*\\*而是原样')).toMatchObject({ runs: [{ text: '星号**不加粗**而是原样', bold: false }] });
    expect(only('a \\* b')).toMatchObject({ runs: [{ text: 'a * b', bold: false }] });
  });

  it('allows escapes inside bold', () => {
    expect(only('**a\\*b：**c')).toMatchObject({ runs: [{ text: 'a*b：', bold: true }, { text: 'c', bold: false }] });
  });

  it('undoes every Markdown escape and entity, so the ledger text comes back', () => {
    expect(only('\\# \\| \\_x\\_ \\<b\\> \\[1\\] \\\\ &amp; &#x4E2D;')).toMatchObject({
      runs: [{ text: '# | _x_ <b> [1] \\ & 中', bold: false }],
    });
  });
});

describe('blocks', () => {
  it('maps heading levels to title and 一、（一）1.（1）', () => {
    const r = read('# 标题\n\n## 一、甲\n\n### （一）乙\n\n#### 1.丙\n\n##### （1）丁\n\n正文。\n');
    expect(r.problems).toEqual([]);
    expect(r.blocks.map((b) => [b.kind, 'level' in b ? b.level : 0, b.line])).toEqual([
      ['title', 0, 1],
      ['heading', 1, 3],
      ['heading', 2, 5],
      ['heading', 3, 7],
      ['heading', 4, 9],
      ['body', 0, 11],
    ]);
  });

  it('joins soft line breaks without a space between Chinese characters', () => {
    expect(only('第一行\n第二行 and\nmore')).toMatchObject({ runs: [{ text: '第一行第二行 and more' }] });
  });

  it('reads the fenced blocks', () => {
    const md = [
      '# 标题', '', '::: to', '', '市委巡察办：', '', ':::', '', '正文。', '',
      '::: attachment-note', '', '附件：整改台账', '', ':::', '',
      '::: signature', '', 'XX县司法局党组', '', '2023年12月1日', '', ':::', '',
      '::: attachment', '', '附件', '', '# 整改台账', '', '| 序号 | 问题 |', '|---|---|', '| 1 | a\\|b |', '', ':::', '',
    ].join('\n');
    const r = read(md);
    expect(r.problems).toEqual([]);
    expect(r.blocks.map((b) => b.kind)).toEqual(['title', 'addressee', 'body', 'attachment-note', 'signature', 'attachment']);
    const sig = r.blocks[4];
    expect(sig).toMatchObject({ units: [[{ text: 'XX县司法局党组' }]], date: [{ text: '2023年12月1日' }] });
    const att = r.blocks[5];
    expect(att).toMatchObject({ kind: 'attachment', label: [{ text: '附件' }] });
    if (att?.kind !== 'attachment') throw new Error('no attachment');
    expect(att.content.map((c) => c.kind)).toEqual(['title', 'table']);
    expect(att.content[1]).toMatchObject({ header: [[{ text: '序号' }], [{ text: '问题' }]], rows: [[[{ text: '1' }], [{ text: 'a|b' }]]] });
  });
});

describe('Markdown the writer cannot place is an error naming its line', () => {
  const cases: [string, string, number, string][] = [
    ['a list', '正文。\n\n- 一\n- 二\n', 3, 'unmapped-markdown'],
    ['a code block', '正文。\n\n```\ncode\n```\n', 3, 'unmapped-markdown'],
    ['raw HTML', '正文。\n\n<div>x</div>\n', 3, 'unmapped-markdown'],
    ['emphasis', '第一段。\n\n有*强调*的段落\n', 3, 'unmapped-markdown'],
    ['a link', '[链接](http://example.com)\n', 1, 'unmapped-markdown'],
    ['inline code on a paragraph\'s second line', '第一段。\n\n第二段\n有`代码`\n', 4, 'unmapped-markdown'],
    ['a level-6 heading', '###### 六级\n', 1, 'unmapped-markdown'],
    ['a table outside an attachment', '正文。\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', 3, 'unmapped-markdown'],
    ['an unknown fenced block', '::: box\n\n正文。\n\n:::\n', 1, 'unmapped-markdown'],
    ['an unclosed fenced block', '正文。\n\n::: signature\n\n单位\n', 3, 'bad-fenced-block'],
    ['a nested fenced block', '::: attachment\n\n::: to\n\n:::\n', 3, 'bad-fenced-block'],
    ['a stray closing fence', '正文。\n\n:::\n', 3, 'bad-fenced-block'],
    ['a one-paragraph signature', '::: signature\n\n单位\n\n:::\n', 1, 'bad-fenced-block'],
    ['a second body title', '# 一\n\n# 二\n', 3, 'duplicate-title'],
  ];
  it.each(cases)('%s', (_name, md, line, code) => {
    const r = read(md);
    expect(r.problems.map((d) => [d.code, d.place.line, d.place.file, d.severity])).toContainEqual([code, line, 'report.md', 'error']);
  });

  it('says what it found and how to fix it', () => {
    const [d] = worded(read('- 一\n').problems, 'en');
    expect(d?.message).toContain('a list');
    expect(d?.hint).toContain('docs/report-markdown.md');
  });
});

describe('setext headings (text underlined with === or ---)', () => {
  it('are still headings, though marked is asked only when an underline is in sight', () => {
    const r = read('标题\n===\n\n第一段\n\n方面\n---\n\n第二段很长很长\n仍是第二段\n');
    expect(r.problems).toEqual([]);
    expect(r.blocks.map((b) => b.kind)).toEqual(['title', 'body', 'heading', 'body']);
    expect(r.blocks[2]).toMatchObject({ kind: 'heading', level: 1, line: 6 });
    expect(r.blocks[3]).toMatchObject({ kind: 'body', line: 9, runs: [{ text: '第二段很长很长仍是第二段' }] });
  });
  it('are not made from an underline after a blank line', () => {
    const r = read('段落\n\n   \n===\n');
    expect(r.blocks.map((b) => b.kind)).toEqual(['body', 'body']);
  });
});

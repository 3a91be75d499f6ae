/**
 * The attached 整改台账 table reads well (issue 16, item 4): 序号 centred, every date on one line,
 * only the text columns wrap, a row that fits a page never split.
 */
import { describe, expect, it } from 'vitest';
import { cellTextWidth, columnWidths } from '../../src/core/docx/document-build.js';
import { DEFAULT_LAYOUT } from '../../src/core/docx/index.js';
import { readReportMarkdown } from '../../src/core/docx/markdown-read.js';
import type { TableBlock } from '../../src/core/docx/report-model.js';
import { buildFixture, part } from './build-fixture.js';

const LANDSCAPE_TEXT = 16838 - 1588 - 1474;
const CHAR = 240; // 12pt, the table's size
const PAD = 140;

function table(rows: string[][]): TableBlock {
  const header = ['序号', '问题', '整改措施', '责任领导', '责任单位', '责任人', '完成时限', '完成情况'];
  const md = `::: attachment\n\n附件\n\n# 整改台账\n\n| ${header.join(' | ')} |\n| :-: | --- | --- | --- | --- | --- | :-: | --- |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n\n:::\n`;
  const { blocks, problems } = readReportMarkdown(md, 'report.md');
  expect(problems).toEqual([]);
  const attachment = blocks.find((b) => b.kind === 'attachment');
  return (attachment as { content: TableBlock[] }).content.find((c) => c.kind === 'table')!;
}

const MEASURES = '一是制定公布事项清单，涉及市场监管、城市管理等28个领域397项行政处罚事项。'.repeat(4);

describe('the ledger table', () => {
  it('gives a date column the width of its longest date, on one line, and the measures column the most', () => {
    const t = table([
      ['1', '落实上级决策部署不到位', MEASURES, '周明哲', '行政执法协调监督科', '程立新、许文博、唐晓燕', '2023年10月31日', '已整改完成（2023年10月20日）'],
      ['2', '普法责任制落实不到位', MEASURES, '韩素云', '普法科', '沈嘉怡', '2023年12月31日', '正在整改'],
    ]);
    const widths = columnWidths(t, LANDSCAPE_TEXT, DEFAULT_LAYOUT);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT);
    const chars = (c: number) => (widths[c]! - PAD) / CHAR;
    // 完成时限: a full date fits, with its Latin digits and the space around them
    expect(chars(6)).toBeGreaterThanOrEqual(cellTextWidth('2023年10月31日'));
    // 完成情况: the bracketed date fits on a line of its own
    expect(chars(7)).toBeGreaterThanOrEqual(cellTextWidth('（2023年10月20日）'));
    // 序号 and the leader's name on one line
    expect(chars(0)).toBeGreaterThanOrEqual(cellTextWidth('序号'));
    expect(chars(3)).toBeGreaterThanOrEqual(cellTextWidth('责任领导'));
    // the measures column is the widest
    expect(Math.max(...widths)).toBe(widths[2]);
  });

  it('centres 序号 and the dates as the templates ask, and breaks a wrapping cell before its bracketed date', async () => {
    const xml = part(await buildFixture('justice-bureau'), 'word/document.xml');
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    const cells = (r: string) => r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    // the ledger's rows, not the attachment label's one-cell table
    const body = rows.filter((r) => !r.includes('<w:tblHeader') && cells(r).length > 1);
    expect(body.length).toBeGreaterThan(0);
    for (const r of body) expect(cells(r)[0]).toContain('<w:jc w:val="center"/>');
  });
});

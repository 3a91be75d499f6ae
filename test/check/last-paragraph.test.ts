/**
 * The report's last paragraph keeps at least its last two lines with the signature. A long one is
 * set as two paragraphs (its last lines flush left, GwBodyContinued) only where the cut falls after
 * a character that cannot end a sentence; `rectify check` reads a flush-left paragraph after such a
 * text as that continuation (model/text.ts: one rule for both). Where no cut runs on, the paragraph
 * is kept whole — and the report passes its own check wherever its lines happen to end.
 */
import { describe, expect, it } from 'vitest';
import { docxOfMarkdown } from '../support/build.js';
import { checkBytes } from './helpers.js';

/** A report whose last paragraph is `text`, after `lead` characters that shift where its lines end. */
function report(text: string, lead: number): string {
  return `# 关于整改进展情况的报告\n\n## 一、整改工作基本情况\n\n${'甲'.repeat(lead)}${text}\n\n::: signature\n\n中共示例单位党组\n\n2023年12月1日\n\n:::\n`;
}

describe('the last paragraph before the signature', () => {
  it.each([
    // colons, clause marks and exclamations wherever a line may end
    ['colons and clauses', '一是：落实；二是：推进！'],
    // closing quotes and brackets
    ['quotes and brackets', '开展“送法进企业”活动（已销号）'],
  ])('%s at line ends: the .docx passes its own first-line-indent rule, wherever the lines fall', async (_name, unit) => {
    // every phase of the lines against the repeated text, so that the cut lands after each mark
    for (let lead = 0; lead < 28; lead++) {
      const docx = await docxOfMarkdown(report(unit.repeat(Math.ceil(600 / unit.length)), lead));
      const indent = checkBytes(docx).find((r) => r.rule === 'first-line-indent');
      expect(indent?.status, `${unit} after ${lead} characters: ${JSON.stringify(indent?.params)}`).toBe('pass');
    }
  });
});

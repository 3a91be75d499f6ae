/**
 * A report made at a meeting prints a subtitle line (——…在…会议上) and the speaker line under its
 * title: centred, in the second heading level's 楷体, a line left free under them before the
 * addressee. Built from the audit shape that has both (test/fixtures/shapes/audit-npc-points), it
 * passes rectify's own GB/T 9704 checker (`rectify check`) like the examples do.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../src/app/pipeline/index.js';
import { readReportMarkdown } from '../../src/core/docx/markdown-read.js';
import { docxOfMarkdown, shippedTemplates } from '../support/build.js';
import { part, REPO } from './build-fixture.js';
import { run as runCli } from '../support/main.js';

const ledger = readFileSync(join(REPO, 'test/fixtures/shapes/audit-npc-points/ledger.yaml'));
let markdown = '';
let docx: Uint8Array;

beforeAll(async () => {
  const audit = shippedTemplates('audit');
  const built = buildMarkdown(ledger, 'ledger.yaml', audit.compiled, { public: false, strict: false });
  markdown = built.markdown!;
  docx = await docxOfMarkdown(markdown, '2024-11-20', audit);
});

/** The document's paragraphs in order: style, alignment and text. */
function paragraphs(xml: string): { style: string; text: string }[] {
  return (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

describe('the subtitle and speaker lines', () => {
  it('are read from ::: subtitle and ::: speaker, one paragraph each', () => {
    const { blocks, problems } = readReportMarkdown(markdown, 'report.md');
    expect(problems).toEqual([]);
    expect(blocks.filter((b) => b.kind === 'subtitle').map((b) => (b.kind === 'subtitle' ? b.role : ''))).toEqual(['subtitle', 'speaker']);
  });

  it('stand centred under the title in 楷体, a free line before the addressee', () => {
    const ps = paragraphs(part(docx, 'word/document.xml'));
    const at = ps.findIndex((p) => p.style === 'GwSubtitle');
    expect(ps[at]!.text).toBe('2024年11月20日在XX市第十七届人民代表大会常务委员会第十九次会议上');
    expect(ps[at + 1]).toEqual({ style: 'GwSubtitle', text: '市审计局局长 XXX' });
    expect(ps[at + 2]).toEqual({ style: 'GwBody', text: '' });
    expect(ps[at + 3]!.style).toBe('GwAddressee');
    const styles = part(docx, 'word/styles.xml');
    const subtitle = /<w:style [^>]*w:styleId="GwSubtitle"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(subtitle).toContain('<w:jc w:val="center"/>');
    expect(subtitle).toContain('w:eastAsia="楷体_GB2312"');
  });

  it('a subtitle block with two paragraphs is an error naming its line', () => {
    const { problems } = readReportMarkdown('# 标题\n\n::: subtitle\n\n第一行\n\n第二行\n\n:::\n', 'report.md');
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-fenced-block', params: expect.objectContaining({ rule: 'subtitle', found: 2 }) })]);
  });

  it('the report passes rectify check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rectify-front-'));
    writeFileSync(join(dir, 'report.docx'), docx);
    const r = await runCli(['check', 'report.docx', '--print', 'never', '--format', 'json'], { cwd: dir });
    const failed = (JSON.parse(r.stdout) as { checks: { rules: { rule: string; status: string }[] }[] }).checks.flatMap((c) => c.rules.filter((x) => x.status === 'fail'));
    expect(failed).toEqual([]);
    expect(r.code, r.stderr).toBe(0);
  });
});

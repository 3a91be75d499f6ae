import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, markdownToDocx, type Layout } from '../../src/core/docx/index.js';
import { readZip, writeZip } from '../../src/host/zip.js';
import { part, REPORT_DATE } from './build-fixture.js';

const MD = [
  '# 关于整改情况的报告', '', '::: to', '', '市委巡察办：', '', ':::', '',
  '## 一、基本情况', '', '**整改措施：**立行立改。', '',
  '::: signature', '', 'XX县司法局党组', '', '2023年12月1日', '', ':::', '',
].join('\n');

async function build(layout: Layout, md = MD) {
  const { parts, problems } = await markdownToDocx(md, { layout, creationDate: REPORT_DATE, markdownFile: 'report.md', unzip: readZip });
  return { bytes: parts ? new Uint8Array(writeZip(parts)) : undefined, problems };
}

describe('the layout file drives the document', () => {
  it('a local rule (bold headings, centred plain page numbers) changes the output, not the code', async () => {
    const layout: Layout = {
      ...DEFAULT_LAYOUT,
      heading1: { ...DEFAULT_LAYOUT.heading1, bold: true },
      pageNumber: { ...DEFAULT_LAYOUT.pageNumber, style: 'plain', position: 'center' },
    };
    const { bytes } = await build(layout);
    const styles = part(bytes!, 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="GwHeading1"[\s\S]*?<w:b\/>[\s\S]*?<\/w:style>/);
    const footer = part(bytes!, 'word/footer1.xml');
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(footer).not.toContain('—');
    expect(part(bytes!, 'word/settings.xml')).toContain('<w:evenAndOddHeaders w:val="false"/>');
  });

  it('places the addressee flush left and the signature by character counts', async () => {
    const { bytes, problems } = await build(DEFAULT_LAYOUT);
    expect(problems).toEqual([]);
    const xml = part(bytes!, 'word/document.xml');
    expect(xml).toMatch(/<w:pStyle w:val="GwAddressee"\/><\/w:pPr><w:r><w:t xml:space="preserve">市委巡察办：/);
    expect(part(bytes!, 'word/styles.xml')).toMatch(/w:styleId="GwAddressee"(?:(?!<\/w:style>)[\s\S])*<\/w:style>/);
    expect(xml).toContain('<w:pStyle w:val="GwSignature"/><w:keepNext/><w:ind w:right="1103"/>');
    expect(xml).toContain('<w:pStyle w:val="GwSignature"/><w:ind w:right="630"/>');
    // bold label next to the full-width colon
    expect(xml).toMatch(/<w:b\/>[\s\S]*?整改措施：<\/w:t>/);
  });

  it('gives no .docx when the Markdown holds something it cannot place', async () => {
    const r = await build(DEFAULT_LAYOUT, `${MD}\n> 引用\n`);
    expect(r.bytes).toBeUndefined();
    expect(r.problems.map((d) => [d.code, d.place.file, d.place.line])).toEqual([['unmapped-markdown', 'report.md', 21]]);
  });
});

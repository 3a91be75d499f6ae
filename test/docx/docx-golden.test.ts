import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertInPPr, patchStylesXml, PPR_ORDER } from '../../src/core/docx/styles-patch.js';
import { buildFixture, buildLedgerIn, exampleLedgerText, FIXTURES, normalisedDocumentXml, part } from './build-fixture.js';

function expectGolden(xml: string, golden: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(join(golden, '..'), { recursive: true });
    writeFileSync(golden, xml);
  }
  expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1 once`).toBe(true);
  expect(xml).toBe(readFileSync(golden, 'utf8'));
}

/**
 * The fixture report's document.xml is held as text, so any layout change shows up in review.
 * The example's is held too, built through the build stage from examples/justice-bureau/ledger.yaml.
 * After a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/docx/docx-golden.test.ts
 */
describe('golden document.xml', () => {
  it('matches the held document.xml of the justice-bureau report', async () => {
    expectGolden(normalisedDocumentXml(await buildFixture('justice-bureau')), join(FIXTURES, 'justice-bureau', 'document.xml'));
  });

  it('matches the held document.xml of examples/justice-bureau, built as `rectify build` builds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rectify-golden-'));
    writeFileSync(join(dir, 'example.yaml'), exampleLedgerText(false));
    const built = await buildLedgerIn(dir, 'example', ['docx']);
    const xml = normalisedDocumentXml(new Uint8Array(readFileSync(built.docx!)));
    expectGolden(xml, join(FIXTURES, 'justice-bureau-example', 'document.xml'));
    // the long title is set as a trapezoid: two lines, the upper the longer
    const title = /<w:pStyle w:val="GwTitle"\/>[\s\S]*?<\/w:p>/.exec(xml.replace(/\n/g, ''))?.[0] ?? '';
    expect(title.match(/<w:br\/>/g)).toHaveLength(1);
  });
});

describe('the package around it', () => {
  it('keeps the signature on a page with body text: the last paragraph and the attachment note keep with it', async () => {
    const xml = part(await buildFixture('justice-bureau'), 'word/document.xml');
    const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
    const note = paragraphs.findIndex((p) => p.includes('附件：'));
    expect(note).toBeGreaterThan(1);
    // the body paragraph before the blank line and the note, the note, and the signature's unit line
    for (const p of [paragraphs[note - 2]!, paragraphs[note - 1]!, paragraphs[note]!, paragraphs[note + 2]!]) expect(p).toContain('<w:keepNext/>');
    // the date, last, keeps with nothing
    expect(paragraphs[note + 3]).not.toContain('<w:keepNext/>');
  });

  it('has a line-only grid of 579 twips on every section and never restarts page numbers', async () => {
    const xml = part(await buildFixture('justice-bureau'), 'word/document.xml');
    const sections = xml.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    for (const s of sections) {
      expect(s).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
      expect(s).not.toMatch(/w:start=/);
      expect(s).toMatch(/<w:footerReference w:type="default"/);
      expect(s).toMatch(/<w:footerReference w:type="even"/);
    }
    // the attachment: landscape A4 from portrait width and height
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('repeats the ledger table header row, keeps rows whole that fit a page, and lets taller ones run on', async () => {
    const xml = part(await buildFixture('justice-bureau'), 'word/document.xml');
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    const header = rows.filter((r) => r.includes('<w:tblHeader/>') || r.includes('<w:tblHeader w:val="true"/>'));
    expect(header).toHaveLength(1);
    expect(header[0]).toContain('整改措施');
    expect(header[0]).toContain('<w:cantSplit');
    const body = rows.filter((r) => !header.includes(r) && r.includes('整改'));
    expect(body.length).toBeGreaterThan(0);
    // the fixture's rows are short: every one is kept whole
    expect(body.filter((r) => !r.includes('<w:cantSplit'))).toEqual([]);
  });

  it('sets page numbers in 宋体 in every slot, odd right and even left, and turns on even/odd footers', async () => {
    const docx = await buildFixture('justice-bureau');
    expect(part(docx, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = [1, 2, 3, 4].map((n) => part(docx, `word/footer${n}.xml`));
    for (const f of footers) {
      expect(f).toContain('w:ascii="宋体" w:cs="宋体" w:eastAsia="宋体" w:hAnsi="宋体"');
      expect(f).toContain('PAGE');
      expect(f).toContain('— ');
    }
    expect(footers.filter((f) => f.includes('<w:jc w:val="right"/>') && f.includes('w:right="280"'))).toHaveLength(2);
    expect(footers.filter((f) => f.includes('<w:jc w:val="left"/>') && f.includes('w:left="280"'))).toHaveLength(2);
  });

  it('keeps Times New Roman out of hAnsi and turns off grid snapping where lines are not one pitch', async () => {
    const styles = part(await buildFixture('justice-bureau'), 'word/styles.xml');
    expect(styles).not.toMatch(/w:hAnsi="Times New Roman"/);
    const style = (id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? '';
    expect(style('GwTitle')).toContain('<w:snapToGrid w:val="0"/>');
    expect(style('GwTableText')).toContain('<w:snapToGrid w:val="0"/>');
    expect(style('GwBody')).not.toContain('snapToGrid');
    expect(style('GwBody')).toContain('<w:widowControl w:val="0"/>');
  });

  it('writes every paragraph property of every style in the schema\'s order (CT_PPr is a sequence)', async () => {
    const styles = part(await buildFixture('justice-bureau'), 'word/styles.xml');
    const pPrs = [...styles.matchAll(/<w:pPr>([\s\S]*?)<\/w:pPr>/g)].map((m) => m[1]!);
    expect(pPrs.length).toBeGreaterThan(10);
    for (const inner of pPrs) {
      const names = [...inner.matchAll(/<w:([A-Za-z]+)\b[^>]*?\/?>/g)].map((m) => m[1]!).filter((n) => PPR_ORDER.includes(n));
      const ranks = names.map((n) => PPR_ORDER.indexOf(n));
      expect(ranks, names.join(' ')).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe('insertInPPr', () => {
  it('puts snapToGrid at its place in the sequence, whatever the style holds', () => {
    const el = '<w:snapToGrid w:val="0"/>';
    expect(insertInPPr('<w:keepNext/><w:spacing w:line="579"/><w:jc w:val="center"/>', el)).toBe('<w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:line="579"/><w:jc w:val="center"/>');
    // no spacing to anchor on: before the indent, after the punctuation settings
    expect(insertInPPr('<w:kinsoku w:val="0"/><w:ind w:left="0"/>', el)).toBe('<w:kinsoku w:val="0"/><w:snapToGrid w:val="0"/><w:ind w:left="0"/>');
    // nothing after it in the sequence: at the end, but before rPr with its own children
    expect(insertInPPr('<w:pBdr><w:top w:val="single"/></w:pBdr><w:rPr><w:b/></w:rPr>', el)).toBe('<w:pBdr><w:top w:val="single"/></w:pBdr><w:snapToGrid w:val="0"/><w:rPr><w:b/></w:rPr>');
    expect(insertInPPr('', el)).toBe(el);
    // already there: left alone
    expect(insertInPPr('<w:snapToGrid/><w:jc w:val="left"/>', el)).toBe('<w:snapToGrid/><w:jc w:val="left"/>');
  });

  it('gives a style without paragraph properties its own, before its run properties', () => {
    const xml = '<w:styles><w:style w:type="paragraph" w:styleId="GwTitle"><w:name w:val="t"/><w:rPr><w:b/></w:rPr></w:style></w:styles>';
    expect(patchStylesXml(xml)).toBe(
      '<w:styles><w:style w:type="paragraph" w:styleId="GwTitle"><w:name w:val="t"/><w:pPr><w:widowControl w:val="0"/><w:snapToGrid w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style></w:styles>',
    );
  });
});

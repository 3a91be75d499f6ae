/**
 * A .docx made by another tool: a hand-written WordprocessingML package
 * (test/fixtures/check/other-tool-package/) with styles named as Chinese Word names them, fonts
 * from the theme through docDefaults, basedOn chains, a character style, a text box, a content
 * control, a table, a run-in heading, a sealed signature, a line grid, fields of both kinds and a
 * landscape attachment section inheriting its footers. Then the same package with parts missing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readDocx } from '../../src/core/check/index.js';
import { docxParts } from '../../src/host/docx-file.js';
import { byRule, checkBytes, CHECK_FIXTURES, failing, zipFolder } from './helpers.js';

const PACKAGE = join(CHECK_FIXTURES, 'other-tool-package');
const docx = zipFolder(PACKAGE);

function without(bytes: Uint8Array, ...names: string[]): Uint8Array {
  const files = unzipSync(bytes);
  for (const n of names) delete files[n];
  return zipSync(files);
}

function edited(bytes: Uint8Array, part: string, find: string, replace: string): Uint8Array {
  const files = unzipSync(bytes);
  const text = strFromU8(files[part]!);
  if (!text.includes(find)) throw new Error(`${find} not in ${part}`);
  files[part] = strToU8(text.split(find).join(replace));
  return zipSync(files);
}

describe('a 公文 written by another tool', () => {
  it('passes every rule; the heading level it does not use does not apply', () => {
    const results = checkBytes(docx);
    expect(failing(results)).toEqual([]);
    // no heading of the third level, no masthead, no colophon: they do not apply
    expect(results.filter((r) => r.status === 'absent').map((r) => r.rule)).toEqual(['heading3', 'masthead', 'colophon']);
  });

  it('resolves run formatting through the character style, the paragraph style chain, docDefaults and the theme', () => {
    const doc = readDocx(docxParts(docx));
    const f = doc.formatting;
    const para = (start: string) => doc.paragraphs.find((p) => p.text.startsWith(start))!;
    const body = para('为深入贯彻落实');
    const run = body.runs[0]!;
    // eastAsia and ascii from the theme's minor fonts (ea empty → the Hans script font)
    expect(f.runFont(body.el, run.el, 'eastAsia')).toBe('仿宋_GB2312');
    expect(f.runFont(body.el, run.el, 'ascii')).toBe('Times New Roman');
    // 16pt from Normal (a), two basedOn steps up from a7, over docDefaults' 10.5pt
    expect(f.runSize(body.el, run.el)).toBe(32);
    // the indent from a5, one step up
    expect(f.paraProp(body.el, 'ind', 'firstLineChars')).toBe('200');
    expect(f.paragraphStyleId(body.el)).toBe('a7');
    expect(f.styleChain('a7').map((s) => s.id)).toEqual(['a7', 'a5', 'a']);
    // the heading's 黑体 from its style, its size from Normal
    const h1 = para('一、检查范围');
    expect(f.runFont(h1.el, h1.runs[0]!.el, 'eastAsia')).toBe('黑体');
    // the title's 小标宋 and 22pt from the character style aa
    const title = para('某某县人民政府关于');
    expect(f.runFont(title.el, title.runs[0]!.el, 'eastAsia')).toBe('方正小标宋简体');
    expect(f.runSize(title.el, title.runs[0]!.el)).toBe(44);
    // the hint set on the run, the hAnsi slot still from the theme
    const quoted = body.runs[1]!;
    expect(f.runProp(body.el, quoted.el, 'rFonts', 'hint')).toBe('eastAsia');
    expect(f.runFont(body.el, quoted.el, 'hAnsi')).toBe('Times New Roman');
  });

  it('reads the content control, leaves the text box and the table out of the prose', () => {
    const doc = readDocx(docxParts(docx));
    const texts = doc.paragraphs.filter((p) => p.table < 0).map((p) => p.text);
    expect(texts.some((t) => t.startsWith('全县各类生产经营单位'))).toBe(true);
    expect(texts.some((t) => t.includes('文本框'))).toBe(false);
    expect(doc.paragraphs.filter((p) => p.table >= 0).map((p) => p.text)).toEqual(['联系人', '0536-1234567']);
  });

  it('reads two sections, the second inheriting the footers; both field kinds; the sealed signature', () => {
    const results = checkBytes(docx);
    expect(byRule(results, 'page-a4')!.params).toEqual({ sections: 2 });
    expect(byRule(results, 'page-number-field')!.params).toEqual({ sections: 2, text: '— N —' });
    expect(byRule(results, 'page-number-sides')!.params).toMatchObject({ oddSide: 'right', evenSide: 'left', oddSpaceChars: 1, evenSpaceChars: 1 });
    expect(byRule(results, 'page-number-size')!.params).toMatchObject({ sizePt: '14' });
    expect(byRule(results, 'signature-placement')!.params).toMatchObject({ layout: 'sealed', dateRightChars: 4, centreOffsetChars: 0, blankLinesAbove: 3 });
    expect(byRule(results, 'line-pitch')!.params).toMatchObject({ lineRule: 'auto', line: 'none', gridType: 'lines', gridPitch: 579, linesPerPage: 22 });
    // the run-in heading: （一）… in 楷体 up to its 。, the sentence after it in 仿宋
    expect(byRule(results, 'heading2')!.params).toMatchObject({ paragraphs: 2, off: 0 });
  });

  it('a run-in heading whose heading part is in 仿宋 fails its level', () => {
    const broken = edited(docx, 'word/document.xml', '<w:rFonts w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/></w:rPr><w:t>（一）', '</w:rPr><w:t>（一）');
    expect(failing(checkBytes(broken)).map((r) => r.rule)).toEqual(['heading2']);
  });
});

describe('the same package with parts missing', () => {
  it('without the theme, the theme fonts stay unresolved: body text has no 仿宋', () => {
    const results = checkBytes(without(docx, 'word/theme/theme1.xml'));
    expect(byRule(results, 'body-font')).toMatchObject({ status: 'fail', params: { font: 'minorEastAsia' } });
    expect(byRule(results, 'latin-font')).toMatchObject({ status: 'fail', params: { font: 'minorHAnsi' } });
  });

  it('without settings.xml there is no evenAndOddHeaders', () => {
    const results = checkBytes(without(docx, 'word/settings.xml'));
    expect(failing(results).map((r) => r.rule)).toEqual(['page-number-sides']);
    expect(byRule(results, 'page-number-sides')!.params).toMatchObject({ problem: 'no-even-odd' });
  });

  it('without styles.xml every size is Word\'s default 10pt', () => {
    const results = checkBytes(without(docx, 'word/styles.xml'));
    expect(byRule(results, 'body-font')).toMatchObject({ status: 'fail', params: { sizePt: '10' } });
  });

  it('without the footers, no page numbers', () => {
    const results = checkBytes(without(docx, 'word/footer1.xml', 'word/footer2.xml'));
    expect(byRule(results, 'page-number-field')).toMatchObject({ status: 'fail', params: { problem: 'no-field' } });
    expect(byRule(results, 'page-number-sides')!.status).toBe('absent');
  });

  it('without the relationships of the main part, styles and settings are still found by their usual names', () => {
    const results = checkBytes(without(docx, 'word/_rels/document.xml.rels', '_rels/.rels'));
    // the footers are reached only through relationships
    expect(failing(results).map((r) => r.rule)).toEqual(['page-number-field']);
    expect(byRule(results, 'page-number-field')!.params).toMatchObject({ problem: 'missing' });
  });
});

describe('a 公文 with a masthead and headings numbered by Word (test/fixtures/check/other-tool-masthead/)', () => {
  const masthead = zipFolder(join(CHECK_FIXTURES, 'other-tool-masthead'));

  it('passes every rule: 份号, 密级, 紧急程度 and the document number are not the title or body text', () => {
    const results = checkBytes(masthead);
    expect(failing(results)).toEqual([]);
    expect(byRule(results, 'title')!.params).toMatchObject({ text: '某某县人民政府关于开展安全生产大检查的通…', sizePt: '22' });
    expect(byRule(results, 'signature-placement')!.params).toMatchObject({ layout: 'unsealed', unitRightChars: 3, dateRightChars: 2, dateOffsetChars: 2 });
  });

  it('reads the list numbers Word draws: 一、 二、 and （一） restarting under each first-level heading', () => {
    const doc = readDocx(docxParts(masthead));
    expect(doc.paragraphs.filter((p) => p.label !== '').map((p) => p.label + p.text)).toEqual(['一、检查范围', '二、工作要求', '（一）加强组织领导', '（二）按时报送材料']);
    const results = checkBytes(masthead);
    expect(byRule(results, 'heading1')!.params).toMatchObject({ paragraphs: 2, off: 0, text: '一、检查范围' });
    expect(byRule(results, 'heading2')!.params).toMatchObject({ paragraphs: 2, off: 0 });
    // the headings' indent comes from the list level alone
    const h1 = doc.paragraphs.find((p) => p.text === '检查范围')!;
    expect(doc.formatting.paraProp(h1.el, 'ind', 'firstLineChars')).toBe('200');
  });

  it('without numbering.xml the headings lose their numbers and read as body text in 黑体', () => {
    const results = checkBytes(without(masthead, 'word/numbering.xml'));
    expect(byRule(results, 'heading1')!.status).toBe('absent');
    expect(byRule(results, 'body-font')).toMatchObject({ status: 'fail', params: { text: '检查范围', font: '黑体' } });
  });

  it('an upward document (上行文): the document number flush left with 签发人 beside it is masthead, not body text', () => {
    const upward = edited(
      masthead,
      'word/document.xml',
      '<w:p><w:pPr><w:pStyle w:val="a"/><w:jc w:val="center"/></w:pPr><w:r><w:t>某政发〔2024〕3号</w:t></w:r></w:p>',
      '<w:p><w:pPr><w:pStyle w:val="a"/><w:ind w:leftChars="100" w:left="320"/></w:pPr><w:r><w:t>某政发〔2024〕3号　　　　　　　　签发人：张三</w:t></w:r></w:p>',
    );
    expect(failing(checkBytes(upward))).toEqual([]);
  });
});


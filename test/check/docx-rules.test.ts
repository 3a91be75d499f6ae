/**
 * The XML rules of `rectify check` on rectify's own output: every shipped example passes, and each
 * fixture case (test/fixtures/check/<case>/case.json: a built example with its XML edited) fails
 * exactly the rule it breaks, with the evidence in its params.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_RULES } from '../../src/core/check/index.js';
import { brokenCases, buildExamples, byRule, checkBytes, editDocx, failing, type Base } from './helpers.js';

let examples: Record<Base, string>;
const bytes = (base: Base) => new Uint8Array(readFileSync(examples[base]));

beforeAll(async () => {
  examples = await buildExamples();
});
afterAll(() => rmSync(dirname(examples['audit']), { recursive: true, force: true }));

describe('the shipped examples', () => {
  it.each(['justice-bureau', 'justice-bureau-appendix', 'audit', 'audit-no-appendix', 'full'] as const)('%s: no rule fails, one result per rule in order', (base) => {
    const results = checkBytes(bytes(base));
    expect(results.map((r) => r.rule)).toEqual([...DOCX_RULES]);
    expect(failing(results)).toEqual([]);
  });

  it('checks every element the report has, and says which it lacks', () => {
    const status = (base: Base) => Object.fromEntries(checkBytes(bytes(base)).map((r) => [r.rule, r.status]));
    const jb = status('justice-bureau');
    // the justice bureau's report has no addressee and, as shipped, no attachment
    expect(jb).toMatchObject({ addressee: 'absent', 'attachment-label': 'absent', 'attachment-title': 'absent', 'signature-placement': 'pass', 'date-format': 'pass', heading3: 'pass' });
    expect(status('justice-bureau-appendix')).toMatchObject({ 'attachment-label': 'pass', 'attachment-title': 'pass', 'page-a4': 'pass' });
    // the audit report has an addressee and the ledger attached in a landscape section, no Chinese quotes
    expect(status('audit')).toMatchObject({ addressee: 'pass', 'attachment-label': 'pass', 'cjk-punctuation-font': 'absent' });
  });

  it('places the signature as 7.3.5.2 does without a seal, whichever of unit and date is longer', () => {
    const jb = byRule(checkBytes(bytes('justice-bureau')), 'signature-placement')!;
    // unit longer than the date: the unit two characters from the right
    expect(jb.params).toMatchObject({ layout: 'unsealed', unitRightChars: 2, dateRightChars: 3.5, blankLinesAbove: 1 });
    const audit = byRule(checkBytes(bytes('audit')), 'signature-placement')!;
    // the date is the longer: the date keeps two characters, the unit moves left
    expect(audit.params).toMatchObject({ layout: 'unsealed', unitRightChars: 2.5, dateRightChars: 2 });
  });

  it('checks the 版头, the sealed signature and the 版记 when the report has them', () => {
    const results = checkBytes(bytes('full'));
    expect(byRule(results, 'masthead')).toMatchObject({ status: 'pass', params: { issuer: '中共青禾县司法局党组文件', color: 'FF0000', signer: 'yes', rule: 'red', indentChars: 1 } });
    expect(byRule(results, 'colophon')).toMatchObject({ status: 'pass', params: { printed: '2023年12月1日印发', ruleAbove: 'yes', ruleBelow: 'yes' } });
    expect(byRule(results, 'signature-placement')).toMatchObject({ status: 'pass', params: { layout: 'sealed', dateRightChars: 4, blankLinesAbove: 3 } });
    // the masthead is neither title nor body text
    expect(byRule(results, 'title')!.params.text).toMatch(/^青禾县司法局关于/);
    // without them: not applicable
    expect(byRule(checkBytes(bytes('justice-bureau')), 'masthead')!.status).toBe('absent');
    expect(byRule(checkBytes(bytes('justice-bureau')), 'colophon')!.status).toBe('absent');
  });

  it('reads the sections: portrait body and landscape attachment, each with its own footers', () => {
    const results = checkBytes(bytes('justice-bureau-appendix'));
    expect(byRule(results, 'page-a4')!.params).toEqual({ sections: 2 });
    expect(byRule(results, 'page-margins')!.params).toMatchObject({ topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 });
    expect(byRule(results, 'page-number-field')!.params).toMatchObject({ sections: 2, text: '— N —' });
  });
});

describe('one broken .docx per rule (test/fixtures/check/*/case.json)', () => {
  const cases = brokenCases();

  it('covers every rule read from the XML', () => {
    expect(new Set(cases.map((c) => c.fails))).toEqual(new Set(DOCX_RULES));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: exactly its rule fails', (_name, c) => {
    const results = checkBytes(editDocx(bytes(c.base), c.edits));
    const failed = failing(results);
    expect(failed.map((r) => r.rule), c.description).toEqual([c.fails]);
    expect(failed[0]!.params).toMatchObject(c.params);
  });
});

describe('elements a document may lack', () => {
  it('no page numbers at all: the page-number rule fails (they are required), the rules about their look do not apply', () => {
    const c = brokenCases().find((x) => x.name === 'page-numbers-removed')!;
    const results = checkBytes(editDocx(bytes(c.base), c.edits));
    expect(byRule(results, 'page-number-field')!.status).toBe('fail');
    expect(byRule(results, 'page-number-sides')!.status).toBe('absent');
    expect(byRule(results, 'page-number-size')!.status).toBe('absent');
  });

  it('no body text: the body rule fails, the body is required', () => {
    // every body paragraph centred: none is body text any more
    const edited = editDocx(bytes('justice-bureau'), [
      { part: 'word/document.xml', find: '<w:pStyle w:val="GwBody"/>', replace: '<w:pStyle w:val="GwBody"/><w:jc w:val="center"/>', all: true },
      // the last lines set apart to stay with the signature too
      { part: 'word/document.xml', find: '<w:pStyle w:val="GwBodyContinued"/>', replace: '<w:pStyle w:val="GwBodyContinued"/><w:jc w:val="center"/>', all: true },
    ]);
    expect(byRule(checkBytes(edited), 'body-font')).toMatchObject({ status: 'fail', params: { paragraphs: 0 } });
  });

  it('no headings of a level: that level does not apply', () => {
    // the third-level headings renumbered as plain body paragraphs
    const edited = editDocx(bytes('justice-bureau'), [
      { part: 'word/document.xml', find: '<w:pStyle w:val="GwHeading3"/></w:pPr><w:r><w:t xml:space="preserve">', replace: '<w:pStyle w:val="GwBody"/></w:pPr><w:r><w:t xml:space="preserve">针对', all: true },
    ]);
    const results = checkBytes(edited);
    expect(byRule(results, 'heading3')!.status).toBe('absent');
    expect(failing(results)).toEqual([]);
  });

  it('a date in Chinese numerals is still the date line, and fails its format', () => {
    const edited = editDocx(bytes('justice-bureau'), [{ part: 'word/document.xml', find: '>2023年12月1日<', replace: '>二〇二三年十二月一日<' }]);
    const results = checkBytes(edited);
    expect(byRule(results, 'date-format')).toMatchObject({ status: 'fail', params: { date: '二〇二三年十二月一日' } });
    // and it is not mistaken for body text
    expect(byRule(results, 'body-font')!.status).toBe('pass');
  });

  it("a paragraph's own hanging indent wins over its style's first-line indent", () => {
    const edited = editDocx(bytes('justice-bureau'), [
      { part: 'word/document.xml', find: '<w:pPr><w:pStyle w:val="GwBody"/></w:pPr><w:r>', replace: '<w:pPr><w:pStyle w:val="GwBody"/><w:ind w:hanging="640"/></w:pPr><w:r>' },
    ]);
    const results = checkBytes(edited);
    expect(failing(results).map((r) => r.rule)).toEqual(['first-line-indent']);
    expect(byRule(results, 'first-line-indent')!.params).toMatchObject({ off: 1, firstLineChars: 'none', firstLineTwips: 'none' });
  });
});

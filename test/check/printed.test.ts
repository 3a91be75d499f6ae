/**
 * The printed rules: pure tests on small bbox XHTML fixtures (test/fixtures/check/printed-NAME/bbox.xhtml,
 * the shape `pdftotext -bbox-layout` prints), then an edited example printed by LibreOffice.
 * Without soffice the LibreOffice tests are skipped on a developer machine and fail on CI
 * (CI=true), like the other LibreOffice tests.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPrintedLayout, PRINTED_RULES } from '../../src/core/check/index.js';
import { missingPrintTools, printedLayoutXhtml } from '../../src/host/pdf-layout.js';
import { Failure } from '../../src/model/problem.js';
import { itWithSoffice, requireSoffice } from '../docx/build-fixture.js';
import { brokenCases, buildExamples, CHECK_FIXTURES, editDocx, failing, type Base } from './helpers.js';

interface PrintedCase {
  fails: string[];
  params: Record<string, Record<string, string | number>>;
}

const printedCases = readdirSync(CHECK_FIXTURES)
  .filter((name) => name.startsWith('printed-'))
  .sort()
  .map((name) => ({
    name,
    xhtml: readFileSync(join(CHECK_FIXTURES, name, 'bbox.xhtml'), 'utf8'),
    expect: JSON.parse(readFileSync(join(CHECK_FIXTURES, name, 'expect.json'), 'utf8')) as PrintedCase,
  }));

describe('checkPrintedLayout on hand-made bbox XHTML', () => {
  it('returns one result per printed rule, in order', () => {
    const conforming = printedCases.find((c) => c.name === 'printed-conforming')!;
    const results = checkPrintedLayout(conforming.xhtml);
    expect(results.map((r) => r.rule)).toEqual([...PRINTED_RULES]);
    expect(results.filter((r) => r.rule !== 'print-colophon').every((r) => r.status === 'pass')).toBe(true);
    // no 版记 on these pages
    expect(results.find((r) => r.rule === 'print-colophon')!.status).toBe('absent');
    expect(results.find((r) => r.rule === 'print-lines-per-page')!.params).toEqual({ maxLines: 22, pages: 2, perPage: '22,22' });
    expect(results.find((r) => r.rule === 'print-chars-per-line')!.params).toMatchObject({ medianChars: 28 });
    // baselines are compared at 0.1pt, as render_check.py does: a 28.95pt pitch reads as 28.9 and 29.0
    expect(results.find((r) => r.rule === 'print-line-pitch')!.params.medianPt).toBeCloseTo(28.95, 0);
  });

  it.each(printedCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const results = checkPrintedLayout(c.xhtml);
    expect(failing(results).map((r) => r.rule).sort()).toEqual([...c.expect.fails].sort());
    for (const [rule, params] of Object.entries(c.expect.params)) expect(results.find((r) => r.rule === rule)!.params).toMatchObject(params);
  });

  it('a single page: no full page to count lines on, and no even page', () => {
    const one = printedCases.find((c) => c.name === 'printed-one-page')!;
    const results = checkPrintedLayout(one.xhtml);
    expect(results.find((r) => r.rule === 'print-lines-per-page')!.status).toBe('absent');
    expect(results.find((r) => r.rule === 'print-page-number-sides')!.status).toBe('pass');
  });

  it('no page numbers at all: the numbers rule fails, their sides do not apply', () => {
    const conforming = printedCases.find((c) => c.name === 'printed-conforming')!.xhtml;
    const unnumbered = conforming.replace(/<block><line[^\n]*>—<\/word>[^\n]*\n/g, '');
    const results = checkPrintedLayout(unnumbered);
    expect(results.find((r) => r.rule === 'print-page-numbers')).toMatchObject({ status: 'fail', params: { numbered: 0, page: 1, found: 'none' } });
    expect(results.find((r) => r.rule === 'print-page-number-sides')!.status).toBe('absent');
  });

  it('no pages: every rule fails', () => {
    const results = checkPrintedLayout('<html xmlns="http://www.w3.org/1999/xhtml"><body><doc></doc></body></html>');
    expect(results.filter((r) => r.rule !== 'print-page-number-sides' && r.rule !== 'print-colophon').every((r) => r.status === 'fail')).toBe(true);
  });

  it('text that is not XML is pdftotext failing (exit 2), naming the document', () => {
    const err = (() => {
      try {
        checkPrintedLayout('<html><body><doc><page width="1"></doc>', 'report.docx');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(Failure);
    expect((err as Failure).problems[0]).toMatchObject({ code: 'pdftotext-failed', place: { file: 'report.docx' } });
  });
});

describe('the examples as LibreOffice prints them', () => {
  let examples: Record<Base, string>;
  const env = { PATH: process.env.PATH ?? '' };

  beforeAll(async () => {
    examples = await buildExamples();
  });
  afterAll(() => rmSync(dirname(examples.audit), { recursive: true, force: true }));

  // every printed rule passing on every shipped template set's output: test/docx/render.test.ts
  itWithSoffice('a restarted page number shows on the printed page too', async () => {
    requireSoffice();
    const c = brokenCases().find((x) => x.name === 'page-number-restart')!;
    const docx = editDocx(readFileSync(examples[c.base]), c.edits);
    const results = checkPrintedLayout(await printedLayoutXhtml(docx, { env }));
    expect(failing(results).map((r) => r.rule)).toEqual(['print-page-numbers']);
    expect(results.find((r) => r.rule === 'print-page-numbers')!.params).toMatchObject({ found: '1' });
  });

  it('names the tools it cannot find', async () => {
    const err = await printedLayoutXhtml(new Uint8Array(), { env: { PATH: '/nonexistent' }, file: 'report.docx' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Failure);
    expect((err as Failure).problems[0]).toMatchObject({ code: 'print-tools-missing', place: { file: 'report.docx' }, params: { missing: 'soffice, pdftotext' } });
  });
});

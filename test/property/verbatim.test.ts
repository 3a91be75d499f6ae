/**
 * Property: any valid ledger builds, and every one of its strings reaches the report exactly — in
 * the rendered Markdown and in the .docx text — and every XML part of the .docx is well-formed.
 * One fixed hostile sample is reopened in LibreOffice (skipped locally without soffice; in CI a
 * missing soffice fails).
 */
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../src/app/pipeline/index.js';
import { docxOfMarkdown, shippedTemplates } from '../support/build.js';
import type { CompiledTemplateSet } from '../../src/core/render/engine.js';
import { findSoffice } from '../../src/host/pdf.js';
import { assertWellFormedXml, docxParts, docxText, markdownText, occurrences } from '../hostile/report-text.js';
import { randomLedger, type RandomLedger } from './ledger-arbitrary.js';

let templates: CompiledTemplateSet;
beforeAll(() => {
  templates = shippedTemplates('default').compiled;
});

function markdownOf(ledger: RandomLedger): { markdown: string; reportDate: string } {
  const built = buildMarkdown(new TextEncoder().encode(ledger.yaml), 'ledger.yaml', templates, { public: false, strict: false });
  const errors = built.problems.filter((d) => d.severity === 'error');
  expect(errors, ledger.yaml).toEqual([]);
  expect(built.markdown).toBeTypeOf('string');
  return { markdown: built.markdown!, reportDate: built.ledger!.report.date };
}

async function docxOf(markdown: string, reportDate: string): Promise<Uint8Array> {
  // SOURCE_DATE_EPOCH unset: the document date comes from the ledger, so bytes are reproducible
  return docxOfMarkdown(markdown, reportDate);
}

const seed = Number(process.env.FC_SEED ?? 20240301);

describe('random hostile ledgers', () => {
  it('build, and every ledger string appears verbatim in the rendered Markdown', () => {
    fc.assert(
      fc.property(randomLedger, (ledger) => {
        const text = markdownText(markdownOf(ledger).markdown);
        for (const s of ledger.strings) expect(occurrences(text, s), `${JSON.stringify(s)} missing from the Markdown`).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed },
    );
  });

  it('give a .docx whose XML parses and whose text holds every string as often as the Markdown does', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(randomLedger, async (ledger) => {
        const { markdown, reportDate } = markdownOf(ledger);
        const docx = await docxOf(markdown, reportDate);
        for (const [name, xml] of Object.entries(docxParts(docx))) assertWellFormedXml(name, xml);
        const md = markdownText(markdown);
        const word = docxText(docx);
        for (const s of ledger.strings) expect(occurrences(word, s), `${JSON.stringify(s)} in the .docx`).toBe(occurrences(md, s));
      }),
      { numRuns: 15, seed },
    );
  });
});

describe('LibreOffice reopens a hostile sample', () => {
  const soffice = findSoffice(process.env);
  const required = process.env.CI === 'true';
  it.skipIf(!soffice && !required)('converts it to text with every string intact', { timeout: 180_000 }, async () => {
    expect(soffice, 'CI needs LibreOffice (soffice) on the PATH for this test').toBeDefined();
    const sample = fc.sample(randomLedger, { numRuns: 1, seed })[0]!;
    const strings = [...sample.strings];
    const { markdown, reportDate } = markdownOf(sample);
    const work = mkdtempSync(join(tmpdir(), 'rectify-lo-'));
    try {
      writeFileSync(join(work, 'sample.docx'), await docxOf(markdown, reportDate));
      execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', work, join(work, 'sample.docx')], {
        timeout: 170_000,
        stdio: 'ignore',
      });
      const text = readFileSync(join(work, 'sample.txt'), 'utf8');
      for (const s of strings) expect(text, `${JSON.stringify(s)} after LibreOffice`).toContain(s);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

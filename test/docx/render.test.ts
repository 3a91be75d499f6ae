/**
 * The example's .docx as printed: the two shared checkers, then LibreOffice's PDF and plain-text
 * export. Built through the build stage (`rectify build`'s code path), once: LibreOffice starts are
 * slow, so the two .docx go through one text conversion and the PDF comes from the pdf writer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/app/exit.js';
import { Failure } from '../../src/model/problem.js';
import { docxToPdf } from '../../src/host/pdf.js';
import {
  buildLedgerIn,
  docxTexts,
  exampleLedgerText,
  hasSoffice,
  itWithSoffice,
  joinTitleLines,
  markdownParagraphs,
  markdownTitles,
  requireSoffice,
  run,
  SHARED_TOOLS,
} from './build-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'rectify-render-'));
/** the example as shipped, and the example with `appendix.ledger: true` */
let example: Record<string, string> = {};
let appendix: Record<string, string> = {};

beforeAll(async () => {
  writeFileSync(join(dir, 'example.yaml'), exampleLedgerText(false));
  writeFileSync(join(dir, 'appendix.yaml'), exampleLedgerText(true));
  example = await buildLedgerIn(dir, 'example', ['md', 'docx']);
  appendix = await buildLedgerIn(dir, 'appendix', hasSoffice ? ['md', 'docx', 'pdf'] : ['md', 'docx']);
});

describe('GB/T 9704 checkers on the example report', () => {
  it('gbt9704.py passes every rule, with and without the attached ledger', () => {
    for (const docx of [example.docx!, appendix.docx!]) {
      const r = run('python3', [join(SHARED_TOOLS, 'gbt9704.py'), docx]);
      expect(r.out).toMatch(/(\d+)\/\1 rules pass/);
      expect(r.code, r.out).toBe(0);
    }
  });

  itWithSoffice('render_check.py passes every rule', () => {
    requireSoffice();
    const r = run('python3', [join(SHARED_TOOLS, 'render_check.py'), example.docx!]);
    expect(r.out).toMatch(/render: (\d+)\/\1 pass/);
    expect(r.code, r.out).toBe(0);
  });
});

describe('printed with LibreOffice', () => {
  itWithSoffice('prints the attached ledger on landscape pages, the header row on each, page numbers continuous', () => {
    requireSoffice();
    const pdf = appendix.pdf!;
    const md = readFileSync(appendix.md!, 'utf8');
    const headerLine = md.split('\n').find((l) => l.startsWith('| 序号'));
    expect(headerLine, 'the attached ledger table in the Markdown').toBeDefined();
    const header = new RegExp(headerLine!.slice(1, -1).split('|').map((c) => c.trim()).join('\\s+'));

    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ page: Number(m[1]), landscape: Number(m[2]) > Number(m[3]) }));
    const firstLandscape = sizes.findIndex((s) => s.landscape);
    expect(firstLandscape).toBeGreaterThan(0);
    expect(sizes.slice(0, firstLandscape).every((s) => !s.landscape)).toBe(true);
    const attachment = sizes.slice(firstLandscape);
    expect(attachment.length).toBeGreaterThanOrEqual(2);
    expect(attachment.every((s) => s.landscape)).toBe(true);

    for (const { page, landscape } of sizes) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
      const lines = text.split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean);
      expect(lines[lines.length - 1], `page ${page}`).toBe(`—${page}—`);
      if (landscape) expect(text, `header row on page ${page}`).toMatch(header);
    }
    const first = execFileSync('pdftotext', ['-f', String(firstLandscape + 1), '-l', String(firstLandscape + 1), '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(first.trimStart().startsWith('附件')).toBe(true);
  });

  itWithSoffice('gives back the Markdown text, paragraph by paragraph (a title\'s line breaks count as nothing)', () => {
    requireSoffice();
    const texts = docxTexts([example.docx!, appendix.docx!], join(dir, 'txt'));
    for (const [i, built] of [example, appendix].entries()) {
      const md = readFileSync(built.md!, 'utf8');
      expect(joinTitleLines(texts[i]!, markdownTitles(md))).toEqual(markdownParagraphs(md));
    }
    // the example's title is long enough to be set on two lines: the join above is exercised
    expect(texts[0]!.length).toBe(markdownParagraphs(readFileSync(example.md!, 'utf8')).length + 1);
  });
});

describe('docxToPdf', () => {
  it('fails with a clear message and exit code 2 when soffice is not on the PATH', async () => {
    const err = await docxToPdf(readFileSync(example.docx!), 'example.yaml', { PATH: join(dir, 'no-such-bin') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Failure);
    const [problem] = (err as Failure).problems;
    expect(problem).toMatchObject({ code: 'soffice-missing', place: { file: 'example.yaml' } });
    expect(exitCodeFor([problem!])).toBe(2);
  });
});

/**
 * The .docx as printed: the two shared checkers, then LibreOffice's PDF and plain-text export of
 * the fixture report. LibreOffice starts are slow, so the file is built and converted once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RectifyError } from '../../src/diagnostics/diagnostic.js';
import { docxToPdf } from '../../src/output/pdf.js';
import { buildFixture, fixtureMarkdown, hasSoffice, itWithSoffice, requireSoffice, run, SHARED_TOOLS } from './build-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'rectify-render-'));
const docxPath = join(dir, 'report.docx');

beforeAll(async () => {
  writeFileSync(docxPath, await buildFixture('justice-bureau'));
});

/** The Markdown's text, one entry per paragraph or table cell, markup and escapes removed. */
function markdownParagraphs(md: string): string[] {
  const out: string[] = [];
  const text = (s: string) => s.replace(/\*\*/g, '').replace(/\\(.)/g, '$1').trim();
  for (const line of md.split('\n')) {
    if (!line.trim() || /^:::/.test(line) || /^\|[\s:|-]+\|$/.test(line)) continue;
    if (line.startsWith('|')) {
      const cells = line.trim().slice(1, -1).split(/(?<!\\)\|/);
      out.push(...cells.map(text));
    } else out.push(text(line.replace(/^#{1,5} /, '')));
  }
  return out;
}

describe('GB/T 9704 checkers on the fixture report', () => {
  it('gbt9704.py passes every rule', () => {
    const r = run('python3', [join(SHARED_TOOLS, 'gbt9704.py'), docxPath]);
    expect(r.out).toMatch(/(\d+)\/\1 rules pass/);
    expect(r.code, r.out).toBe(0);
  });

  itWithSoffice('render_check.py passes every rule', () => {
    requireSoffice();
    const r = run('python3', [join(SHARED_TOOLS, 'render_check.py'), docxPath]);
    expect(r.out).toMatch(/render: (\d+)\/\1 pass/);
    expect(r.code, r.out).toBe(0);
  });
});

describe('printed with LibreOffice', () => {
  let pdf = '';
  beforeAll(async () => {
    if (hasSoffice) pdf = (await docxToPdf(docxPath, dir)).pdfPath;
  });

  itWithSoffice('prints the attachment on landscape pages, the header row on each, page numbers continuous', () => {
    requireSoffice();
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
      if (landscape) {
        expect(text, `header row on page ${page}`).toMatch(/序号\s+反馈问题\s+整改措施\s+责任单位\s+完成时限/);
      }
    }
    const first = execFileSync('pdftotext', ['-f', String(firstLandscape + 1), '-l', String(firstLandscape + 1), '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(first.trimStart().startsWith('附件')).toBe(true);
  });

  itWithSoffice('gives back the Markdown text, paragraph by paragraph', () => {
    requireSoffice();
    const profile = `file://${join(dir, 'txt-profile')}`;
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', join(dir, 'txt'), docxPath], { stdio: 'ignore', timeout: 180_000 });
    const txt = readFileSync(join(dir, 'txt', 'report.txt'), 'utf8').replace(/^\uFEFF/, '');
    const extracted = txt.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    expect(extracted).toEqual(markdownParagraphs(fixtureMarkdown('justice-bureau')));
  });
});

describe('docxToPdf', () => {
  it('fails with a clear message and exit code 2 when soffice is not on the PATH', async () => {
    const err = await docxToPdf(docxPath, dir, { PATH: join(dir, 'no-such-bin') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RectifyError);
    expect((err as RectifyError).exitCode).toBe(2);
    expect((err as RectifyError).diagnostic.code).toBe('soffice-missing');
    expect((err as RectifyError).message).toContain('soffice');
  });
});

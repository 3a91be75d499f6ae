/** Shared by the docx tests: build a fixture report, read parts of the .docx, find the tools. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { it } from 'vitest';
import { docxOfMarkdown } from '../support/build.js';
import { findOnPath, findSoffice } from '../../src/host/pdf.js';

export const REPO = join(import.meta.dirname, '../..');
export const FIXTURES = join(REPO, 'test/fixtures/docx');
export const REPORT_DATE = new Date(Date.UTC(2023, 11, 1));

export function fixtureMarkdown(name: string): string {
  return readFileSync(join(FIXTURES, name, 'report.md'), 'utf8');
}

export async function buildFixture(name: string, creationDate = REPORT_DATE): Promise<Uint8Array> {
  return docxOfMarkdown(fixtureMarkdown(name), creationDate);
}

export function part(docx: Uint8Array, name: string): string {
  const entry = unzipSync(docx)[name];
  if (!entry) throw new Error(`no ${name} in the .docx`);
  return strFromU8(entry);
}

/** document.xml one element per line, so a golden diff shows what moved. */
export function normalisedDocumentXml(docx: Uint8Array): string {
  return part(docx, 'word/document.xml').replace(/></g, '>\n<') + '\n';
}

/** LibreOffice and poppler (pdftotext, pdfinfo): the printing tests need both. */
export const hasSoffice = findSoffice(process.env) !== undefined && findOnPath('pdftotext', process.env) !== undefined;

/**
 * Tests that need LibreOffice: they fail on CI (CI=true) when soffice or pdftotext is missing (a
 * CI image without them must not pass silently) and are skipped on a developer machine without them.
 */
export const itWithSoffice = hasSoffice || process.env.CI === 'true' ? it : it.skip;

export function requireSoffice(): void {
  if (!hasSoffice) throw new Error('soffice or pdftotext is not on the PATH: install libreoffice-writer-nogui and poppler-utils');
}

export function run(cmd: string, args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 }) };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { code: err.status ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

export const EXAMPLE_LEDGER = join(REPO, 'examples/justice-bureau/ledger.yaml');
export const AUDIT_LEDGER = join(REPO, 'examples/audit/ledger.yaml');

/**
 * The example ledger's text; with `appendix` the ledger table is attached (the example ships
 * without it). Derived here rather than copied, so the fixture follows the example.
 */
export function exampleLedgerText(appendix = false, ledger = EXAMPLE_LEDGER): string {
  const text = readFileSync(ledger, 'utf8');
  const switched = text.replace(/^appendix:\s*\{\s*ledger:\s*(true|false)\s*\}[ \t]*$/m, `appendix: { ledger: ${appendix} }`);
  if (!/^appendix:\s*\{\s*ledger:\s*(true|false)\s*\}[ \t]*$/m.test(text)) throw new Error(`${ledger} has no line "appendix: { ledger: true|false }" to switch`);
  return switched;
}

/** Only the PATH: a SOURCE_DATE_EPOCH in the developer's shell must not change what tests see. */
export const BUILD_ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '' };

/**
 * Build `<name>.yaml` (already written in `dir`) through the build stage, as `rectify build` does.
 * Returns the paths written, by extension.
 */
export async function buildLedgerIn(dir: string, name: string, formats: string[], template = 'default'): Promise<Record<string, string>> {
  const { buildOne } = await import('../support/build.js');
  const result = await buildOne(`${name}.yaml`, { cwd: dir, formats, env: BUILD_ENV, template });
  if (result.exitCode !== 0) throw new Error(JSON.stringify(result.diagnostics, null, 1));
  return Object.fromEntries(result.outputs.map((p) => [p.slice(p.lastIndexOf('.') + 1), p]));
}

/**
 * The Markdown's text, one entry per paragraph or table cell, markup and escapes removed: what
 * LibreOffice's plain-text export of the .docx must give back.
 */
export function markdownParagraphs(md: string): string[] {
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

/** The `#` titles of the Markdown, as text. */
export function markdownTitles(md: string): string[] {
  return md.split('\n').filter((l) => /^# /.test(l)).map((l) => l.slice(2).replace(/\*\*/g, '').replace(/\\(.)/g, '$1').trim());
}

/**
 * A long title is set on several lines (explicit line breaks, GB/T 9704 7.3.1) and the text export
 * gives one line per line: those lines are joined back, so a title's line breaks count as nothing
 * when the text is compared paragraph by paragraph. Nothing else is joined.
 */
export function joinTitleLines(lines: string[], titles: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let joined = lines[i]!;
    const title = titles.find((t) => t !== joined && t.startsWith(joined));
    if (title !== undefined) {
      let j = i;
      while (joined !== title && j + 1 < lines.length && title.startsWith(joined + lines[j + 1]!)) joined += lines[++j]!;
      if (joined === title) i = j;
      else joined = lines[i]!;
    }
    out.push(joined);
  }
  return out;
}

/**
 * Lines of a text export joined back where the writer broke a paragraph or a table cell on its
 * own (a title's lines, a cell's bracketed date set on a line of its own): two or more consecutive
 * lines that together are one of the `expected` paragraphs become that paragraph.
 */
export function joinBrokenLines(lines: string[], expected: string[]): string[] {
  const wanted = new Set(expected);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let joined = lines[i]!;
    if (!wanted.has(joined)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
        const candidate = lines.slice(i, j + 1).join('');
        if (wanted.has(candidate)) {
          joined = candidate;
          i = j;
          break;
        }
      }
    }
    out.push(joined);
  }
  return out;
}

/**
 * Plain text of several .docx files with ONE LibreOffice start (starts are slow): `<name>.txt`
 * beside each in `outDir`, one line per paragraph, trimmed, blank lines dropped.
 */
export function docxTexts(docxPaths: string[], outDir: string): string[][] {
  const profile = `file://${join(outDir, 'txt-profile')}`;
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', outDir, ...docxPaths], { stdio: 'ignore', timeout: 300_000 });
  return docxPaths.map((p) => {
    const name = p.slice(p.lastIndexOf('/') + 1).replace(/\.docx$/, '.txt');
    return readFileSync(join(outDir, name), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  });
}

/** Shared by the docx tests: build a fixture report, read parts of the .docx, find the tools. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { it } from 'vitest';
import { loadLayout, markdownToDocx } from '../../src/docx/index.js';
import { findSoffice } from '../../src/output/pdf.js';

export const REPO = join(import.meta.dirname, '../..');
export const SHARED_TOOLS = join(REPO, '..', 'shared', 'tools');
export const FIXTURES = join(REPO, 'test/fixtures/docx');
export const REPORT_DATE = new Date(Date.UTC(2023, 11, 1));

export function fixtureMarkdown(name: string): string {
  return readFileSync(join(FIXTURES, name, 'report.md'), 'utf8');
}

export async function buildFixture(name: string, creationDate = REPORT_DATE): Promise<Uint8Array> {
  const { layout, diagnostics } = loadLayout(join(REPO, 'templates/default'));
  if (!layout) throw new Error(JSON.stringify(diagnostics));
  const r = await markdownToDocx(fixtureMarkdown(name), { layout, creationDate, markdownFile: 'report.md' });
  if (!r.bytes) throw new Error(JSON.stringify(r.diagnostics, null, 1));
  return r.bytes;
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

export const hasSoffice = findSoffice() !== undefined;

/**
 * Tests that need LibreOffice: they fail on CI when soffice is missing (a CI image without it must
 * not pass silently) and are skipped on a developer machine without it.
 */
export const itWithSoffice = hasSoffice || process.env.CI === 'true' ? it : it.skip;

export function requireSoffice(): void {
  if (!hasSoffice) throw new Error('soffice is not on the PATH: install libreoffice-writer-nogui and poppler-utils');
}

export function run(cmd: string, args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 }) };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { code: err.status ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

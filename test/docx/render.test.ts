/**
 * The shipped examples' .docx as printed: rectify's own GB/T 9704 checker (`rectify check`, in
 * process) on every shipped template set's output — the justice bureau (default) and the audit
 * report (--template audit), each with and without the attached ledger — then LibreOffice's PDF and
 * plain-text export. Built through the build stage (`rectify build`'s code path), once:
 * LibreOffice starts are slow, so the two justice-bureau .docx go through one text conversion and
 * the PDF comes from the pdf writer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/app/exit.js';
import { DOCX_RULES, PRINTED_RULES } from '../../src/core/check/index.js';
import { Failure } from '../../src/model/problem.js';
import { docxToPdf } from '../../src/host/pdf.js';
import { run as runCli } from '../support/main.js';
import {
  AUDIT_LEDGER,
  buildLedgerIn,
  docxTexts,
  exampleLedgerText,
  hasSoffice,
  itWithSoffice,
  joinBrokenLines,
  joinTitleLines,
  markdownParagraphs,
  markdownTitles,
  requireSoffice,
} from './build-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'rectify-render-'));
/** the example as shipped, and the example with `appendix.ledger: true` */
let example: Record<string, string> = {};
let appendix: Record<string, string> = {};
/** the audit example as shipped (its ledger attached), and without the attachment */
let audit: Record<string, string> = {};
let auditPlain: Record<string, string> = {};

beforeAll(async () => {
  writeFileSync(join(dir, 'example.yaml'), exampleLedgerText(false));
  writeFileSync(join(dir, 'appendix.yaml'), exampleLedgerText(true));
  writeFileSync(join(dir, 'audit.yaml'), exampleLedgerText(true, AUDIT_LEDGER));
  writeFileSync(join(dir, 'audit-plain.yaml'), exampleLedgerText(false, AUDIT_LEDGER));
  example = await buildLedgerIn(dir, 'example', ['md', 'docx']);
  appendix = await buildLedgerIn(dir, 'appendix', hasSoffice ? ['md', 'docx', 'pdf'] : ['md', 'docx']);
  audit = await buildLedgerIn(dir, 'audit', ['docx'], 'audit');
  auditPlain = await buildLedgerIn(dir, 'audit-plain', ['docx'], 'audit');
});

interface CheckJson {
  checks: { file: string; printed: string; rules: { rule: string; status: string; params: Record<string, unknown> }[] }[];
}

const CHECKED = ['example.docx', 'appendix.docx', 'audit.docx', 'audit-plain.docx'];

describe("rectify check on every shipped template set's output", () => {
  it('passes every rule read from the XML, with and without the attached ledger', async () => {
    const r = await runCli(['check', ...CHECKED, '--print', 'never', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout) as CheckJson;
    for (const c of json.checks) expect(c.rules.filter((x) => x.status !== 'pass' && x.status !== 'absent'), c.file).toEqual([]);
    expect(r.code, r.stdout).toBe(0);
    const status = (file: string) => Object.fromEntries(json.checks.find((c) => c.file === file)!.rules.map((x) => [x.rule, x.status]));
    expect(json.checks.map((c) => c.rules.length)).toEqual(CHECKED.map(() => DOCX_RULES.length));
    // the elements each output has are checked, not merely absent
    for (const file of CHECKED) expect(status(file), file).toMatchObject({ title: 'pass', heading1: 'pass', 'body-font': 'pass', 'signature-placement': 'pass', 'date-format': 'pass', 'page-number-sides': 'pass' });
    for (const file of ['appendix.docx', 'audit.docx']) expect(status(file), file).toMatchObject({ 'attachment-label': 'pass', 'attachment-title': 'pass' });
    for (const file of ['example.docx', 'audit-plain.docx']) expect(status(file), file).toMatchObject({ 'attachment-label': 'absent' });
  });

  itWithSoffice('passes every printed rule: 22 lines of 28 characters, page numbers on their sides, continuous through the attachment', async () => {
    requireSoffice();
    const r = await runCli(['check', ...CHECKED, '--print', 'always', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout) as CheckJson;
    for (const c of json.checks) expect(c.rules.filter((x) => x.status === 'fail'), c.file).toEqual([]);
    expect(r.code, r.stdout).toBe(0);
    for (const c of json.checks) {
      expect(c.printed, c.file).toBe('checked');
      expect(c.rules.map((x) => x.rule)).toEqual([...DOCX_RULES, ...PRINTED_RULES]);
      const rule = (name: string) => c.rules.find((x) => x.rule === name)!;
      expect(rule('print-lines-per-page'), c.file).toMatchObject({ status: 'pass', params: { maxLines: 22 } });
      expect(rule('print-chars-per-line'), c.file).toMatchObject({ status: 'pass', params: { medianChars: 28 } });
      expect(rule('print-page-numbers').params.numbered, c.file).toBe(rule('print-page-numbers').params.pages);
    }
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
      expect(joinBrokenLines(joinTitleLines(texts[i]!, markdownTitles(md)), markdownParagraphs(md))).toEqual(markdownParagraphs(md));
    }
    // the example's title is long enough to be set on two lines, and its last paragraph's last two lines
    // are set apart to stay with the signature: the joins above are exercised
    expect(texts[0]!.length).toBe(markdownParagraphs(readFileSync(example.md!, 'utf8')).length + 2);
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

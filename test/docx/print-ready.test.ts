/**
 * Issue 16, "Print-ready", as LibreOffice prints it: a report with 版头, sealed signature and 版记
 * and the ledger attached, built to .docx and PDF once, then measured on the PDF — the red rules
 * (pixels of the rendered page), the 签发人 line, the 版记 at the foot of an even last page, the
 * table's dates on one line, the faces the PDF uses and embeds, the document's author.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect } from 'vitest';
import { withPrintReady } from '../check/helpers.js';
import { buildOne } from '../support/build.js';
import { run as runCli } from '../support/main.js';
import { exampleLedgerText, hasSoffice, itWithSoffice, requireSoffice } from './build-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'rectify-print-ready-'));
let pdf = '';
let warnings: { code: string; message: string }[] = [];

interface Line {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

function lines(file: string): { pages: { width: number; height: number }[]; lines: Line[] } {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: { width: number; height: number }[] = [];
  const out: Line[] = [];
  for (const page of xhtml.split('<page ').slice(1)) {
    const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    pages.push({ width: Number(w), height: Number(h) });
    for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const text = [...m[5]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join('');
      out.push({ page: pages.length, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text });
    }
  }
  return { pages, lines: out };
}

/** The rows (points from the top) of a page rendered at 72 dpi where most of a line's pixels are red. */
function redRows(file: string, page: number): number[] {
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = ppm.subarray(header[0].length);
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    let red = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      if (data[i]! > 200 && data[i + 1]! < 90 && data[i + 2]! < 90) red++;
    }
    if (red > width * 0.5) rows.push(y);
  }
  return rows;
}

beforeAll(async () => {
  writeFileSync(join(dir, 'full.yaml'), withPrintReady(exampleLedgerText(true)));
  if (!hasSoffice) return;
  const result = await buildOne('full.yaml', { cwd: dir, formats: ['md', 'docx', 'pdf'], env: { PATH: process.env.PATH ?? '' } });
  expect(result.exitCode, JSON.stringify(result.diagnostics)).toBe(0);
  warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  pdf = join(dir, 'full.pdf');
});

describe('a print-ready report as LibreOffice prints it', () => {
  itWithSoffice('版头: the red mark, the number and 签发人 on one line, one character in from either side, the red rule between it and the title', () => {
    requireSoffice();
    const { pages, lines: all } = lines(pdf);
    const first = all.filter((l) => l.page === 1);
    const mark = first.find((l) => l.text === '中共青禾县司法局党组文件')!;
    const number = first.find((l) => l.text.startsWith('青司党'))!;
    const signer = first.find((l) => l.text.includes('签发人'))!;
    const title = first.find((l) => l.text.startsWith('青禾县司法局关于'))!;
    expect(mark && number && signer && title).toBeTruthy();
    // one line: the same baseline; the number one character (16pt) in from the left of the text block, 签发人 one in from the right
    expect(Math.abs(number.y1 - signer.y1)).toBeLessThan(1);
    const left = (28 / 25.4) * 72;
    const right = pages[0]!.width - (26 / 25.4) * 72;
    expect(number.x0 - left).toBeGreaterThan(12);
    expect(number.x0 - left).toBeLessThan(20);
    expect(right - signer.x1).toBeGreaterThan(12);
    expect(right - signer.x1).toBeLessThan(20);
    // the mark is centred
    expect(Math.abs((mark.x0 + mark.x1) / 2 - (left + right) / 2)).toBeLessThan(3);
    // a red rule under the number line and above the title, about 4 mm under the line
    const rule = redRows(pdf, 1).filter((y) => y > number.y1 && y < title.y0);
    expect(rule.length).toBeGreaterThan(0);
    expect(rule[0]! - number.y1).toBeGreaterThan(5);
    expect(rule[0]! - number.y1).toBeLessThan(20);
  });

  itWithSoffice('版记: at the foot of the last page, an even page, numbered on; rectify check agrees', async () => {
    requireSoffice();
    const { pages, lines: all } = lines(pdf);
    const printed = all.filter((l) => /印发$/.test(l.text)).pop()!;
    expect(printed.page).toBe(pages.length);
    expect(printed.page % 2).toBe(0);
    expect(printed.y1).toBeGreaterThan(pages[printed.page - 1]!.height * 0.75);
    expect(all.filter((l) => l.page === printed.page).map((l) => l.text.replace(/\s/g, ''))).toContain(`—${printed.page}—`);
    const r = await runCli(['check', 'full.docx', '--print', 'always', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout) as { checks: { rules: { rule: string; status: string }[] }[] };
    expect(json.checks[0]!.rules.filter((x) => x.status === 'fail')).toEqual([]);
    expect(json.checks[0]!.rules.filter((x) => ['masthead', 'colophon', 'print-colophon', 'signature-placement'].includes(x.rule)).map((x) => x.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(r.code).toBe(0);
  });

  itWithSoffice('the attached ledger: every date on one line', () => {
    requireSoffice();
    const { pages, lines: all } = lines(pdf);
    const landscape = all.filter((l) => pages[l.page - 1]!.width > pages[l.page - 1]!.height);
    const md = readFileSync(join(dir, 'full.md'), 'utf8');
    const dates = [...new Set([...md.matchAll(/\|\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*\|/g)].map((m) => m[1]!))];
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(landscape.some((l) => l.text.replace(/\s/g, '').includes(date)), date).toBe(true);
    // and no line holds a date cut short (年 without its 日 on a date-column line)
    expect(landscape.filter((l) => /^\d{4}年\d{0,2}月?$/.test(l.text.replace(/\s/g, '')))).toEqual([]);
  });

  itWithSoffice('the PDF embeds every face it uses, names each substitution once, and is authored by the issuing unit', () => {
    requireSoffice();
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f, f).toMatch(/\syes\s+yes\s+yes\s/);
    const installed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
    const substituted = warnings.filter((w) => w.code === 'font-substituted');
    if (!installed.includes('仿宋_GB2312')) {
      expect(substituted).toHaveLength(1);
      for (const face of ['方正小标宋简体', '仿宋_GB2312', '楷体_GB2312', '黑体']) expect(substituted[0]!.message).toContain(face);
      // not the one sans-serif fallback for everything: the title and the mark in a serif (Song) face, the signer in a Kai
      expect(fonts.some((f) => /Serif|Song|Ming|Fang/i.test(f))).toBe(true);
      expect(fonts.some((f) => /Kai/i.test(f))).toBe(true);
    }
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Author:\s+中共青禾县司法局党组$/m);
    expect(info).toMatch(/^Title:\s+青禾县司法局关于/m);
  });
});

describe('keeping the signature with the text, economically', () => {
  itWithSoffice('the audit example: the last lines of its last paragraph go with the signature, the page before stays at least two-thirds full', async () => {
    requireSoffice();
    const { AUDIT_LEDGER } = await import('./build-fixture.js');
    writeFileSync(join(dir, 'audit.yaml'), readFileSync(AUDIT_LEDGER));
    const result = await buildOne('audit.yaml', { cwd: dir, formats: ['docx', 'pdf'], template: 'audit', env: { PATH: process.env.PATH ?? '' } });
    expect(result.exitCode).toBe(0);
    const { lines: all } = lines(join(dir, 'audit.pdf'));
    const date = all.find((l) => l.text.replace(/\s/g, '') === '2024年6月28日')!;
    const onPage = all.filter((l) => l.page === date.page && !/^—/.test(l.text.trim()));
    const before = onPage.filter((l) => l.y1 < date.y0);
    // at least two lines of body text above the note and the signature on the signature's page
    const bodyLines = before.filter((l) => !/^附件|青禾县农业农村局/.test(l.text.replace(/\s/g, '')));
    expect(bodyLines.length).toBeGreaterThanOrEqual(2);
    // the page before holds at least two-thirds of its 22 lines
    const previous = all.filter((l) => l.page === date.page - 1 && !/^[—–-]\s*\d+\s*[—–-]$/.test(l.text.trim()));
    expect(previous.length).toBeGreaterThanOrEqual(15);
  });
});

describe('the line model the writer splits by', () => {
  itWithSoffice('breaks every body line where LibreOffice does, on both shipped examples', async () => {
    requireSoffice();
    const { bodyLines } = await import('../../src/core/docx/line-break.js');
    const { DEFAULT_LAYOUT } = await import('../../src/core/docx/index.js');
    for (const name of ['full', 'audit']) {
      const printed = new Set(lines(join(dir, `${name}.pdf`)).lines.map((l) => l.text.replace(/\s/g, '')));
      const xml = execFileSync('unzip', ['-p', join(dir, `${name}.docx`), 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const bodies = [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="GwBody"\/><\/w:pPr>([\s\S]*?)<\/w:p>/g)].map((m) =>
        [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')).join(''),
      );
      expect(bodies.length).toBeGreaterThan(10);
      const predicted = bodies.flatMap((b) => bodyLines(b, 8844, 640, DEFAULT_LAYOUT));
      const missed = predicted.filter((l) => !printed.has(l.replace(/\s/g, '')));
      expect(missed, name).toEqual([]);
    }
  });
});

describe('版记 on the last page, an even page (7.4)', () => {
  /** A report of one-line paragraphs: title, a blank line, `n` lines, the signature (a blank line, unit, date): n + 5 lines, 22 a page. */
  const report = (n: number) =>
    [
      '# 关于版记位置的报告',
      ...Array.from({ length: n }, (_, i) => `第${'一二三四五六七八九十'[i % 10]}项工作按计划推进落实。`),
      '::: signature\n\n中共青禾县司法局党组\n\n2023年12月1日\n\n:::',
      '::: colophon\n\n抄送：市委巡察办，县纪委监委。\n\n中共青禾县司法局党组办公室\n\n2023年12月1日印发\n\n:::',
    ].join('\n\n') + '\n';

  const cases = [
    // [case, paragraphs, pages printed, the 版记's page]
    ['the text ends on page 1 (odd): the 版记 on page 2, the back of the sheet', 10, 2, 2],
    ['the text ends on page 2 with room: the 版记 at its foot, no page added', 30, 2, 2],
    ['the text ends on page 2 without room: a blank page 3, the 版记 on page 4', 38, 4, 4],
    ['the text ends on page 3: the 版记 on page 4', 50, 4, 4],
  ] as const;
  // the four reports printed by one LibreOffice run, as rectify check prints a folder
  let printed: Promise<(string | Error)[]> | undefined;
  const printAll = async () => {
    const { docxOfMarkdown } = await import('../support/build.js');
    const { printedLayoutsXhtml } = await import('../../src/host/pdf-layout.js');
    const docs = await Promise.all(cases.map(async ([name, n]) => ({ docx: await docxOfMarkdown(report(n)), file: name })));
    return printedLayoutsXhtml(docs, { env: { PATH: process.env.PATH ?? '' } });
  };

  itWithSoffice.each(cases)('%s', async (name, _n, pages, page) => {
    requireSoffice();
    const { checkPrintedLayout } = await import('../../src/core/check/index.js');
    printed ??= printAll();
    const layout = (await printed)[cases.findIndex((c) => c[0] === name)]!;
    if (layout instanceof Error) throw layout;
    const results = checkPrintedLayout(layout);
    const colophon = results.find((r) => r.rule === 'print-colophon')!;
    expect(colophon, JSON.stringify(colophon.params)).toMatchObject({ status: 'pass', params: { pages, page } });
    expect(results.find((r) => r.rule === 'print-page-numbers')!.status).toBe('pass');
  });
});

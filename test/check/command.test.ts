/**
 * `rectify check FILE.docx…` through main(argv, io) in this process: exit codes, the three output
 * formats, both languages, files that cannot be read, and when the printed rules run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { DOCX_RULES } from '../../src/core/check/index.js';
import { brokenCases, buildExamples, editDocx, runCheckCli, type Base } from './helpers.js';

let dir: string;
let examples: Record<Base, string>;
/** a PATH without LibreOffice or poppler */
const NO_TOOLS = { PATH: '/nonexistent' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rectify-check-cli-'));
  examples = await buildExamples(join(dir, 'examples'));
  const c = brokenCases().find((x) => x.name === 'page-margins-top-40mm')!;
  writeFileSync(join(dir, 'margins.docx'), editDocx(readFileSync(examples[c.base]), c.edits));
  const docx = readFileSync(examples['justice-bureau']);
  writeFileSync(join(dir, 'report.docx'), docx);
  writeFileSync(join(dir, 'notes.docx'), '这不是 Word 文档，只是一段文字。\n');
  writeFileSync(join(dir, 'truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(join(dir, 'no-document.docx'), zipSync({ 'readme.txt': strToU8('hello'), 'word/styles.xml': strToU8('<w:styles/>') }));
  writeFileSync(join(dir, 'bad-xml.docx'), editDocx(docx, [{ part: 'word/document.xml', find: '</w:body>', replace: '</w:bod>' }]));
  mkdirSync(join(dir, 'folder.docx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (args: string[], env: Record<string, string> = NO_TOOLS) => runCheckCli(['check', ...args], { cwd: dir, env });

describe('rectify check: results', () => {
  it('exits 0 on the example report, with the summary line on stderr and nothing on stdout', async () => {
    const r = await check(['examples/justice-bureau.docx', '--print', 'never']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '16 条规则通过，0 条不符合，5 条不涉及\n' });
  });

  it('exits 1 on a failing rule: one diagnostic with the evidence and a Word/WPS hint', async () => {
    const r = await check(['margins.docx', '--print', 'never']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('margins.docx: error: 第 1 节页边距为上 40、下 35、左 28、右 26 毫米，应为上 37、下 35、左 28、右 26 毫米（允许 ±1 毫米） [gbt-page-margins]');
    expect(r.stderr).toContain('提示: 页边距：上 37 毫米、下 35 毫米、左 28 毫米、右 26 毫米（Word“布局 → 页边距 → 自定义边距”');
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('15 条规则通过，1 条不符合，5 条不涉及');
  });

  it('speaks English with --lang en', async () => {
    const r = await runCheckCli(['--lang', 'en', 'check', 'margins.docx', '--print', 'never'], { cwd: dir, env: NO_TOOLS });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('margins.docx: error: section 1 has margins top 40, bottom 35, left 28, right 26 mm; GB/T 9704 wants 37, 35, 28, 26 mm (±1 mm) [gbt-page-margins]');
    expect(r.stderr).toContain('hint: margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (Word: Layout → Margins → Custom Margins');
    expect(r.stderr).toContain('15 rules pass, 1 fails, 5 not applicable');
  });

  it('--format json: the diagnostics in the validate shape, and every rule with its status and params', async () => {
    const r = await check(['margins.docx', 'report.docx', '--print', 'never', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as {
      version: number;
      files: { file: string; valid: boolean; errors: number }[];
      diagnostics: { code: string; file: string; severity: string; message: string; hint: string }[];
      checks: { file: string; printed: string; rules: { rule: string; status: string; params: Record<string, unknown> }[] }[];
    };
    expect(json.version).toBe(1);
    expect(json.files).toEqual([
      { file: 'margins.docx', valid: false, errors: 1, warnings: 0 },
      { file: 'report.docx', valid: true, errors: 0, warnings: 0 },
    ]);
    expect(json.diagnostics).toHaveLength(1);
    expect(json.diagnostics[0]).toMatchObject({ code: 'gbt-page-margins', file: 'margins.docx', severity: 'error' });
    expect(json.checks.map((c) => c.printed)).toEqual(['off', 'off']);
    expect(json.checks[0]!.rules.map((x) => x.rule)).toEqual([...DOCX_RULES]);
    expect(json.checks[0]!.rules.find((x) => x.rule === 'page-margins')).toEqual({
      rule: 'page-margins',
      status: 'fail',
      params: { sections: 1, section: 1, topMm: 40, bottomMm: 35, leftMm: 28, rightMm: 26 },
    });
  });

  it('--format github: one annotation per failed rule', async () => {
    const r = await check(['margins.docx', '--print', 'never', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=margins.docx,title=gbt-page-margins::第 1 节页边距为上 40/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('--verbose lists what passed and what did not apply', async () => {
    const r = await check(['report.docx', '--print', 'never', '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('report.docx: 通过：页边距 [gbt-page-margins]');
    expect(r.stderr).toContain('report.docx: 不涉及：附件标识（文件中没有附件） [gbt-attachment-label]');
  });

  it('several files: each gets its summary line, the worst exit code wins', async () => {
    const r = await check(['report.docx', 'margins.docx', 'notes.docx', '--print', 'never']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('report.docx: 16 条规则通过，0 条不符合，5 条不涉及');
    expect(r.stderr).toContain('margins.docx: 15 条规则通过，1 条不符合，5 条不涉及');
  });
});

describe('rectify check: files that cannot be checked (exit 2)', () => {
  it.each([
    ['notes.docx', 'not-zip', 'notes.docx: error: 这不是 .docx 文件（不是 zip 压缩包） [not-zip]', '另存为 → Word 文档（*.docx）'],
    ['truncated.docx', 'corrupt-zip', 'truncated.docx: error: 文件已损坏，无法解压', '重新获取'],
    ['no-document.docx', 'no-document', 'no-document.docx: error: 文件中没有 word/document.xml，不是 Word 文档 [no-document]', '另存为'],
    ['bad-xml.docx', 'bad-xml', 'bad-xml.docx: error: 其中的 word/document.xml 不是合法的 XML（第 1 行', '修复'],
    ['missing.docx', 'not-found', 'missing.docx: error: 找不到这个文件 [not-found]', '检查文件名'],
    ['folder.docx', 'is-directory', 'folder.docx: error: 这是目录，不是文件 [is-directory]', '.docx 文件'],
  ])('%s: %s', async (file, code, message, hint) => {
    const r = await check([file, '--print', 'never']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stderr).toContain(hint);
    // no summary for a file that was not checked
    expect(r.stderr).not.toContain('条规则通过');
  });

  it('--max-bytes refuses a larger file before reading it', async () => {
    const r = await check(['report.docx', '--print', 'never', '--max-bytes', '1000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/report\.docx: error: 文件有 \d+ 字节，超过 1000 字节上限 \[docx-too-large\]/);
  });

  it('names the missing file argument', async () => {
    const r = await check([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('缺少参数 DOCX [usage]');
  });
});

describe('rectify check: the printed rules', () => {
  it('--print always without LibreOffice: exit 2, saying what to install', async () => {
    const r = await check(['report.docx', '--print', 'always']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('report.docx: error: 无法检查打印效果：找不到 soffice, pdftotext [print-tools-missing]');
    expect(r.stderr).toContain('apt-get install libreoffice-writer-nogui poppler-utils');
  });

  it('--print auto without LibreOffice: the XML rules decide, the summary says printing was not checked', async () => {
    const r = await check(['report.docx']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('16 条规则通过，0 条不符合，5 条不涉及（未检查打印效果：找不到 soffice, pdftotext；apt-get install libreoffice-writer-nogui poppler-utils）\n');
  });

  // --print always with LibreOffice, on every shipped template set's output: test/docx/render.test.ts

});

describe('rectify check: the words', () => {
  it('every rule is a problem code gbt-<rule>, worded in Chinese and English, and named for --verbose', async () => {
    const { PRINTED_RULES } = await import('../../src/core/check/index.js');
    const { zh } = await import('../../src/app/messages/zh.js');
    const { en } = await import('../../src/app/messages/en.js');
    const { say } = await import('../../src/app/messages/index.js');
    for (const rule of [...DOCX_RULES, ...PRINTED_RULES]) {
      expect(Object.keys(zh), rule).toContain(`gbt-${rule}`);
      expect(Object.keys(en), rule).toContain(`gbt-${rule}`);
      // a Chinese name for each rule (the English one may be the id itself: title, addressee)
      expect(say('check.pass', { rule }, 'zh'), rule).not.toContain(rule);
      expect(say('check.absent', { rule }, 'zh'), rule).not.toContain(rule);
    }
  });
});

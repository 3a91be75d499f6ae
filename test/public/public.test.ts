/**
 * `rectify build --public` (党务公开版) through the built binary: every output, read back as a
 * reader sees it, holds none of the masked strings; a build that would leak one writes nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { docxParagraphTexts, markdownReadingText, survivingMaskedStrings } from '../../src/core/public/survivors.js';
import { redactionsOf } from '../../src/core/public/redact.js';
import { shippedTemplateSetDir } from '../../src/host/template-set.js';
import { ROOT } from '../cli/run-cli.js';
import { run as runCli, zipParts } from '../support/main.js';

const example = readFileSync(join(ROOT, 'examples/justice-bureau/ledger.yaml'), 'utf8');
const parsed = parse(example) as { people: { name: string }[]; redact: (string | { text: string })[] };
const secrets = [...parsed.people.map((p) => p.name), ...parsed.redact.map((r) => (typeof r === 'string' ? r : r.text))];
const root = mkdtempSync(join(tmpdir(), 'rectify-public-'));
let counter = 0;

afterAll(() => rmSync(root, { recursive: true, force: true }));

function workspace(files: Record<string, string>): string {
  const dir = join(root, String(++counter));
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A copy of the shipped default set whose main template gets `extra` after the opening. */
function templatesWith(dir: string, extra: string): string {
  const set = join(dir, 'mine');
  cpSync(shippedTemplateSetDir('default'), set, { recursive: true });
  const main = join(set, 'report.md.hbs');
  const text = readFileSync(main, 'utf8');
  expect(text).toContain('{{> opening}}');
  writeFileSync(main, text.replace('{{> opening}}', `{{> opening}}\n\n${extra}\n`));
  return set;
}

describe('rectify build --public', () => {
  it('masks people and redact strings in the Markdown and in every part of the .docx', async () => {
    expect(secrets).toEqual(expect.arrayContaining(['林向东', '青禾', '云川']));
    const cwd = workspace({ 'jb.yaml': example });
    const { code } = await runCli(['build', 'jb.yaml', '--public', '--format', 'md,docx', '-o', 'out'], { cwd });
    expect(code).toBe(0);
    const md = markdownReadingText(readFileSync(join(cwd, 'out/jb.公开版.md'), 'utf8'));
    const docx = docxParagraphTexts(zipParts(readFileSync(join(cwd, 'out/jb.公开版.docx'))));
    const docxText = docx.map((p) => p.text).join('\n');
    for (const secret of secrets) {
      expect(md).not.toContain(secret);
      expect(docxText).not.toContain(secret);
    }
    // masked as the seed report does, in the body and in the document properties alike
    expect(md).toContain('XX县司法局');
    expect(docx.find((p) => p.part === 'word/document.xml' && p.text.includes('XX县司法局'))).toBeDefined();
    expect(docx.find((p) => p.part === 'docProps/core.xml')?.text).toContain('XX县司法局');
  });

  it('without --public the same names are there (the check above can fail)', async () => {
    const cwd = workspace({ 'jb.yaml': example });
    expect((await runCli(['build', 'jb.yaml', '--format', 'docx'], { cwd })).code).toBe(0);
    const text = docxParagraphTexts(zipParts(readFileSync(join(cwd, 'jb.docx')))).map((p) => p.text).join('\n');
    expect(text).toContain('青禾县');
  });

  it('a name the template splits with emphasis (**青**禾) cannot be masked: exit 2, the .docx named, nothing written', async () => {
    const cwd = workspace({ 'jb.yaml': example });
    const set = templatesWith(cwd, '本报告经**青**禾县司法局党组审定。');
    // the docx alone: the Markdown check never runs, the .docx's joined runs are what catches it
    const docxOnly = await runCli(['--lang', 'en', 'build', 'jb.yaml', '--public', '--templates', set, '--format', 'docx', '-o', 'out'], { cwd });
    expect(docxOnly.code).toBe(2);
    expect(docxOnly.stderr).toContain('[redaction-failed]');
    expect(docxOnly.stderr).toContain('jb.公开版.docx would still show masked text: 青禾 (word/document.xml, text)');
    expect(existsSync(join(cwd, 'out'))).toBe(false);

    const both = await runCli(['build', 'jb.yaml', '--public', '--templates', set, '-o', 'out'], { cwd });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('公开版：jb.公开版.md 中仍有应遮蔽的文字：青禾');
    expect(existsSync(join(cwd, 'out'))).toBe(false);

    // the same template without --public builds: it is the public check that refuses
    expect((await runCli(['build', 'jb.yaml', '--templates', set, '-o', 'out'], { cwd })).code).toBe(0);
  });

  it('is written beside the internal version, never over it; --suffix names it otherwise', async () => {
    const cwd = workspace({ 'jb.yaml': example });
    expect((await runCli(['build', 'jb.yaml'], { cwd })).code).toBe(0);
    const internal = { md: readFileSync(join(cwd, 'jb.md')), docx: readFileSync(join(cwd, 'jb.docx')) };
    const run = await runCli(['build', 'jb.yaml', '--public'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('已生成 jb.公开版.md');
    expect(run.stderr).toContain('已生成 jb.公开版.docx');
    // both intact: the internal one byte for byte, the public one masked
    expect(readFileSync(join(cwd, 'jb.md')).equals(internal.md)).toBe(true);
    expect(readFileSync(join(cwd, 'jb.docx')).equals(internal.docx)).toBe(true);
    expect(readFileSync(join(cwd, 'jb.md'), 'utf8')).toContain('青禾县');
    expect(readFileSync(join(cwd, 'jb.公开版.md'), 'utf8')).not.toContain('青禾县');
    expect((await runCli(['build', 'jb.yaml', '--public', '--suffix', 'public', '--format', 'md'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'jb.public.md'), 'utf8')).toBe(readFileSync(join(cwd, 'jb.公开版.md'), 'utf8'));
    const slash = await runCli(['build', 'jb.yaml', '--public', '--suffix', '../x'], { cwd });
    expect(slash.code).toBe(2);
  });

  it('a mask that re-creates another masked string fails clearly and writes nothing', async () => {
    const ledger = example.replace(/^redact:\n/m, 'redact:\n  - { text: XX, mask: 青禾 }\n');
    expect(ledger).not.toBe(example);
    const cwd = workspace({ 'jb.yaml': ledger });
    const { code, stderr } = await runCli(['build', 'jb.yaml', '--public', '-o', 'out'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('[redaction-failed]');
    expect(stderr).toContain('XX');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});

describe('reading outputs back', () => {
  const masks = redactionsOf({
    redact: [
      { text: '青禾', mask: 'XX' },
      { text: '第五组', mask: '第五组（公开）' },
    ],
    people: [{ id: 'lin', name: '林向东' }],
  });

  it('joins the runs of a paragraph, not paragraphs with each other', async () => {
    const p = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join('')}</w:p>`;
    const docx = [
      { name: 'word/document.xml', data: strToU8(`<w:document><w:body>${p('青', '禾县')}${p('林')}${p('向东')}</w:body></w:document>`) },
      { name: 'word/footer1.xml', data: strToU8(`<w:ftr>${p('&#x6797;&#21521;&#19996; &amp; co')}</w:ftr>`) },
    ];
    expect(docxParagraphTexts(docx)).toEqual([
      { part: 'word/document.xml', text: '青禾县' },
      { part: 'word/document.xml', text: '林' },
      { part: 'word/document.xml', text: '向东' },
      { part: 'word/footer1.xml', text: '林向东 & co' },
    ]);
    expect(await survivingMaskedStrings({ docx }, masks)).toEqual([
      { text: '青禾', part: 'word/document.xml', where: 'text' },
      { text: '林向东', part: 'word/footer1.xml', where: 'text' },
    ]);
  });

  it('reads Markdown without emphasis markers and escapes, and lets a mask that contains its text pass', async () => {
    expect(markdownReadingText('**青**禾 \\*林\\* _向_东')).toBe('青禾 *林* 向东');
    const markdown = '报告由**林**向东审定，\\*第五组\\*（公开）';
    expect(await survivingMaskedStrings({ markdown }, masks)).toEqual([{ text: '林向东', part: '', where: 'rendered' }]);
  });

  it('reads attribute values and document properties, and names the attribute', async () => {
    const docx = [
      { name: 'word/styles.xml', data: strToU8('<w:styles><w:style><w:rPr><w:rFonts w:eastAsia="林&#x5411;东"/></w:rPr></w:style></w:styles>') },
      { name: 'docProps/core.xml', data: strToU8('<cp:coreProperties><dc:title>青禾县报告</dc:title><dc:creator>x</dc:creator></cp:coreProperties>') },
    ];
    expect(await survivingMaskedStrings({ docx }, masks)).toEqual([
      { text: '青禾', part: 'docProps/core.xml', where: 'text' },
      { text: '林向东', part: 'word/styles.xml', where: 'attribute w:eastAsia' },
    ]);
  });

  it('finds names in every spelling a reader cannot tell apart, and none across a block', async () => {
    const found = async (markdown: string) => (await survivingMaskedStrings({ markdown }, masks)).map((s) => s.text);
    for (const spelling of ['林\u200b向东', '林向\u00ad东', '林\u2066向东\u2069', '林 向东', '林\u3000向\u3000东', '林<!-- x -->向东', '林[](x)向东', '林&#21521;东', '林\n向东', '\uf9f4向东']) {
      expect(await found(`报告由${spelling}审定`), JSON.stringify(spelling)).toContain('林向东');
    }
    expect(await found('ＡＢ 青\u0301禾')).toEqual([]);
    expect(await found('# 林\n\n向东')).toEqual([]);
  });
});

/**
 * `rectify build --format md,docx,pdf` as a user runs it: the compiled binary in a subprocess, its
 * exit code, the files it leaves. PDF needs LibreOffice: those tests fail on CI without soffice and
 * are skipped on a developer machine without it.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedTemplateSetDir } from '../../src/host/template-set.js';
import { ROOT } from '../cli/run-cli.js';
import { run as runCli } from '../support/main.js';
import { itWithSoffice } from '../docx/build-fixture.js';

const example = readFileSync(join(ROOT, 'examples/justice-bureau/ledger.yaml'), 'utf8');
const root = mkdtempSync(join(tmpdir(), 'rectify-build-formats-'));
let counter = 0;

afterAll(() => rmSync(root, { recursive: true, force: true }));

function workspace(files: Record<string, string> = { 'jb.yaml': example }): string {
  const dir = join(root, String(++counter));
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A PATH that holds no soffice (the binary is started by its absolute path, so none is needed). */
const NO_SOFFICE = { PATH: join(root, 'empty-bin') };

describe('rectify build --format', () => {
  itWithSoffice('md,docx,pdf: exit 0 and all three files', async () => {
    const cwd = workspace();
    const r = await runCli(['build', 'jb.yaml', '--format', 'md,docx,pdf', '--quiet'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['jb.docx', 'jb.md', 'jb.pdf', 'jb.yaml']);
    expect(readFileSync(join(cwd, 'jb.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(cwd, 'jb.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes md and docx by default, and takes repeated --format flags', async () => {
    const cwd = workspace();
    const r = await runCli(['build', 'jb.yaml', '--quiet'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['jb.docx', 'jb.md', 'jb.yaml']);
    const only = workspace();
    expect((await runCli(['build', 'jb.yaml', '--format', 'docx', '--format', 'md', '-o', 'out', '--quiet'], { cwd: only })).code).toBe(0);
    expect(readdirSync(join(only, 'out')).sort()).toEqual(['jb.docx', 'jb.md']);
  });

  it('pdf without soffice on the PATH: exit 2, a clear message in the chosen language, and no file at all', async () => {
    const cwd = workspace();
    const zh = await runCli(['build', 'jb.yaml', '--format', 'md,docx,pdf'], { cwd, env: NO_SOFFICE });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('无法生成 PDF：PATH 中找不到 LibreOffice（soffice）');
    expect(zh.stderr).toContain('soffice-missing');
    expect(readdirSync(cwd)).toEqual(['jb.yaml']);

    const en = await runCli(['--lang', 'en', 'build', 'jb.yaml', '--format', 'pdf', '-o', 'out'], { cwd, env: NO_SOFFICE });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('cannot write the PDF: LibreOffice (soffice) is not on the PATH');
    expect(en.stderr).toContain('leave pdf out of --format');
    expect(readdirSync(cwd)).toEqual(['jb.yaml']);
  });

  it('Markdown the .docx writer cannot place: exit 2 naming the line, and not even the .md is written', async () => {
    const cwd = workspace();
    cpSync(shippedTemplateSetDir('default'), join(cwd, 'mine'), { recursive: true });
    writeFileSync(join(cwd, 'mine/report.md.hbs'), `${readFileSync(join(cwd, 'mine/report.md.hbs'), 'utf8')}\n> 引用\n`);
    const r = await runCli(['build', 'jb.yaml', '--templates', 'mine'], { cwd });
    expect(r.code).toBe(2);
    // the line of the report Markdown (see it with --format md), and the construct
    expect(r.stderr).toMatch(/^jb\.md:\d+:1: .*"> 引用" \[unmapped-markdown\]$/m);
    expect(readdirSync(cwd).sort()).toEqual(['jb.yaml', 'mine']);
  });

  it('a bad layout.json: exit 2 naming the key, nothing written', async () => {
    const cwd = workspace();
    cpSync(shippedTemplateSetDir('default'), join(cwd, 'mine'), { recursive: true });
    writeFileSync(join(cwd, 'mine/layout.json'), JSON.stringify({ body: { size: '16pt' } }));
    const r = await runCli(['build', 'jb.yaml', '--templates', 'mine'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('body.size');
    expect(readdirSync(cwd).sort()).toEqual(['jb.yaml', 'mine']);
  });
});

describe('rectify build is byte-reproducible', () => {
  async function build(env: NodeJS.ProcessEnv): Promise<{ md: Buffer; docx: Buffer }> {
    const cwd = workspace();
    const r = await runCli(['build', 'jb.yaml', '--format', 'md,docx', '--quiet'], { cwd, env });
    expect(r.code, r.stderr).toBe(0);
    return { md: readFileSync(join(cwd, 'jb.md')), docx: readFileSync(join(cwd, 'jb.docx')) };
  }
  const core = (docx: Buffer) => strFromU8(unzipSync(new Uint8Array(docx))['docProps/core.xml']!);

  it('two builds are identical under TZ=UTC and TZ=Asia/Shanghai, dated by report.date', async () => {
    const utc = await build({ TZ: 'UTC' });
    const shanghai = await build({ TZ: 'Asia/Shanghai' });
    expect(shanghai.md.equals(utc.md)).toBe(true);
    expect(shanghai.docx.equals(utc.docx)).toBe(true);
    expect(core(utc.docx)).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-12-01T00:00:00Z</dcterms:created>');
  });

  it('with SOURCE_DATE_EPOCH the date is the epoch, still identical in every time zone', async () => {
    const utc = await build({ TZ: 'UTC', SOURCE_DATE_EPOCH: '1700000000' });
    const shanghai = await build({ TZ: 'Asia/Shanghai', SOURCE_DATE_EPOCH: '1700000000' });
    expect(shanghai.docx.equals(utc.docx)).toBe(true);
    expect(core(utc.docx)).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:modified>');
  });
});

describe('rectify build -o FILE', () => {
  it('names the one output of one ledger in one format; the format follows from the name', async () => {
    const cwd = workspace();
    const r = await runCli(['build', 'jb.yaml', '-o', 'reports/整改报告.docx', '--quiet'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(cwd, 'reports'))).toEqual(['整改报告.docx']);
    expect(readdirSync(cwd).sort()).toEqual(['jb.yaml', 'reports']);
    const md = await runCli(['build', 'jb.yaml', '-o', '报告.md', '--format', 'md', '--quiet'], { cwd });
    expect(md.code, md.stderr).toBe(0);
    expect(readFileSync(join(cwd, '报告.md'), 'utf8')).toContain('# 青禾县司法局');
  });

  it('refuses a file name for several formats or several ledgers, naming what to give instead (exit 2)', async () => {
    const cwd = workspace({ 'a.yaml': example, 'b.yaml': example });
    const formats = await runCli(['build', 'a.yaml', '-o', 'x.docx', '--format', 'md,docx'], { cwd });
    expect(formats.code).toBe(2);
    expect(formats.stderr).toContain('[output-file]');
    const ledgers = await runCli(['build', 'a.yaml', 'b.yaml', '-o', 'x.docx'], { cwd });
    expect(ledgers.code).toBe(2);
    expect(ledgers.stderr).toContain('-o x.docx 是一个文件名，但要生成 2 份台账');
    expect(readdirSync(cwd).sort()).toEqual(['a.yaml', 'b.yaml']);
  });
});

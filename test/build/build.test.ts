import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOne as buildLedgerFile } from '../support/build.js';
import { shippedTemplateSetDir } from '../../src/host/template-set.js';
import { main } from '../../src/app/main.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const example = readFileSync(join(root, 'examples/justice-bureau/ledger.yaml'), 'utf8');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rectify-build-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('buildLedgerFile', () => {
  it('writes <ledger name>.md beside the ledger, the same bytes every time', async () => {
    const cwd = workspace({ 'jb.yaml': example });
    const first = await buildLedgerFile('jb.yaml', { cwd });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toEqual([join(cwd, 'jb.md')]);
    const bytes = readFileSync(join(cwd, 'jb.md'));
    await buildLedgerFile('jb.yaml', { cwd });
    expect(readFileSync(join(cwd, 'jb.md')).equals(bytes)).toBe(true);
    expect(readdirSync(cwd).sort()).toEqual(['jb.md', 'jb.yaml']); // no temp files left
  });

  it('writes into -o DIR, creating it', async () => {
    const cwd = workspace({ 'jb.yaml': example });
    const result = await buildLedgerFile('jb.yaml', { cwd, outDir: 'out/reports' });
    expect(result.outputs).toEqual([join(cwd, 'out/reports/jb.md')]);
  });

  it('stops on validation errors (exit 1) and writes nothing', async () => {
    const cwd = workspace({ 'bad.yaml': example.replace('date: 2023-12-01', 'date: 2023-13-45') });
    const result = await buildLedgerFile('bad.yaml', { cwd });
    expect(result.exitCode).toBe(1);
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.line > 0)).toBe(true);
    expect(existsSync(join(cwd, 'bad.md'))).toBe(false);
  });

  it('refuses to write over its input', async () => {
    const cwd = workspace({ 'ledger.md': example });
    const result = await buildLedgerFile('ledger.md', { cwd });
    expect(result.exitCode).toBe(2);
    expect(result.diagnostics.map((d) => d.code)).toContain('output-is-input');
    expect(readFileSync(join(cwd, 'ledger.md'), 'utf8')).toBe(example);
  });

  it('renders the audit example with the audit set', async () => {
    const cwd = workspace({ 'audit.yaml': readFileSync(join(root, 'examples/audit/ledger.yaml'), 'utf8') });
    const result = await buildLedgerFile('audit.yaml', { cwd, template: 'audit' });
    expect(result.exitCode).toBe(0);
    const md = readFileSync(join(cwd, 'audit.md'), 'utf8');
    expect(md).toContain('### （一）预算编制和执行方面\n\n问题6项，已整改2项，部分整改4项。');
    expect(md).toContain('审计查出问题10项，已整改4项，部分整改4项，持续整改1项，未整改1项，整改完成率40%。');
    expect(md).toContain('涉及问题资金1286.4万元，整改到位资金903.25万元（完成70.22%）。');
    expect(md).toContain('| 10 | 政府采购合同未按规定公开 |');
  });

  it('uses a user template folder instead of the shipped set', async () => {
    const cwd = workspace({ 'jb.yaml': example });
    cpSync(shippedTemplateSetDir('default'), join(cwd, 'mine'), { recursive: true });
    writeFileSync(join(cwd, 'mine/partials/signature.hbs'), '::: signature\n\n{{report.unit}}（自定义）\n\n{{date report.date}}\n\n:::\n');
    const result = await buildLedgerFile('jb.yaml', { cwd, templatesDir: 'mine' });
    expect(result.exitCode).toBe(0);
    expect(readFileSync(join(cwd, 'jb.md'), 'utf8')).toContain('中共青禾县司法局党组（自定义）');
  });

  it('names the user template file, line and column of a misspelt field (exit 2)', async () => {
    const cwd = workspace({ 'jb.yaml': example });
    cpSync(shippedTemplateSetDir('default'), join(cwd, 'mine'), { recursive: true });
    writeFileSync(join(cwd, 'mine/partials/signature.hbs'), '::: signature\n\n  {{report.unitt}}\n\n:::\n');
    const result = await buildLedgerFile('jb.yaml', { cwd, templatesDir: 'mine' });
    expect(result.exitCode).toBe(2);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'template-error', file: 'mine/partials/signature.hbs', line: 3, column: 5 })]);
    expect(result.diagnostics[0]!.message).toContain('unitt');
    expect(existsSync(join(cwd, 'jb.md'))).toBe(false);
  });
});

describe('rectify build (CLI, in-process)', () => {
  async function run(argv: string[], cwd: string) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c) => (err += String(c)));
    const code = await main(argv, { stdin: new PassThrough(), stdout, stderr, env: { NO_COLOR: '1' }, cwd });
    return { code, err };
  }
  it('builds the public version and reports the declared-figure warning', async () => {
    const cwd = workspace({ 'jb.yaml': example });
    const { code, err } = await run(['build', 'jb.yaml', '-o', 'out', '--public'], cwd);
    expect(code).toBe(0);
    expect(err).toContain('declared-mismatch');
    const md = readFileSync(join(cwd, 'out/jb.公开版.md'), 'utf8');
    expect(md).toContain('# XX县司法局关于市委巡察暨优化营商环境专项巡察整改进展情况的报告');
  });
  it('fails with exit 1 under --strict because of the warning, writing nothing', async () => {
    const cwd = workspace({ 'jb.yaml': example });
    const { code } = await run(['build', 'jb.yaml', '--strict'], cwd);
    expect(code).toBe(1);
    expect(existsSync(join(cwd, 'jb.md'))).toBe(false);
  });
  it('refuses an unknown format with exit 2', async () => {
    const cwd = workspace({ 'jb.yaml': example });
    const { code, err } = await run(['build', 'jb.yaml', '--format', 'rtf'], cwd);
    expect(code).toBe(2);
    expect(err).toContain('rtf');
  });
  it('exports a shipped set and refuses to export over a non-empty folder', async () => {
    const cwd = workspace({});
    expect((await run(['templates', 'export', 'audit', 'mine'], cwd)).code).toBe(0);
    expect(existsSync(join(cwd, 'mine/report.md.hbs'))).toBe(true);
    expect((await run(['templates', 'export', 'audit', 'mine'], cwd)).code).toBe(2);
  });
});

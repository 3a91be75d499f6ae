import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/app/main.js';
import { run } from '../support/main.js';
import { ensureBuilt, ROOT, runCli as runBinary } from './run-cli.js';

const VALID = 'test/fixtures/cli/valid.yaml';
const WARNING = 'test/fixtures/cli/warning.yaml';
const INVALID = 'test/fixtures/cli/invalid.yaml';

/** A GitHub workflow command: `::error|warning props::data`, props with no raw `,` or `:` in values. */
const GITHUB_LINE = /^::(error|warning) file=[^,:\r\n]+(,line=\d+,col=\d+)?,title=[a-z0-9-]+::[^\r\n]*$/;

beforeAll(() => ensureBuilt());

describe('rectify validate (main in process)', () => {
  it('exits 0 and prints nothing for a valid ledger', async () => {
    const r = await run(['validate', VALID]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 0 with a warning, printed as file:line:col on stderr', async () => {
    const r = await run(['validate', WARNING]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${WARNING}:18:15: warning: 写明的整改措施数是 26，台账实际列出 4 [declared-mismatch]`);
    expect(r.stderr).toContain('位置: inspection.declared.measures');
  });

  it('exits 1 for an invalid ledger and reports every error once', async () => {
    const r = await run(['validate', INVALID]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${INVALID}:3:1: error: 缺少必填的键 unit [missing-key]`);
    expect(r.stderr).toContain(`${INVALID}:34:17: error:`);
    expect(r.stderr.match(/\[unknown-reference\]/g)).toHaveLength(1);
    expect(r.stderr).toContain('2个错误，1个警告');
  });

  it('speaks English with --lang en, before or after the command', async () => {
    for (const args of [['--lang', 'en', 'validate', WARNING], ['validate', WARNING, '--lang', 'en']]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('warning: declared 26 measures, the ledger lists 4 [declared-mismatch]');
    }
  });

  it('--strict makes a warning fail, shown as an error', async () => {
    const r = await run(['validate', '--strict', WARNING]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(':18:15: error:');
  });

  it('--quiet hides warnings, never errors', async () => {
    const quietWarning = await run(['validate', '--quiet', WARNING]);
    expect(quietWarning).toEqual({ code: 0, stdout: '', stderr: '' });
    const quietInvalid = await run(['validate', '--quiet', INVALID]);
    expect(quietInvalid.code).toBe(1);
    expect(quietInvalid.stderr).toContain('[missing-key]');
    expect(quietInvalid.stderr).not.toContain('[declared-mismatch]');
  });

  it('reads standard input for -', async () => {
    const r = await run(['validate', '-'], { input: readFileSync(WARNING) });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('<stdin>:18:15: warning:');
  });

  it('--format json prints the versioned shape on stdout', async () => {
    const r = await run(['validate', '--format', 'json', INVALID, VALID]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.files).toEqual([
      { file: INVALID, valid: false, errors: 2, warnings: 1 },
      { file: VALID, valid: true, errors: 0, warnings: 0 },
    ]);
    expect(report.summary).toEqual({ errors: 2, warnings: 1 });
    expect(report.diagnostics[0]).toEqual({
      severity: 'error',
      code: 'missing-key',
      message: '缺少必填的键 unit',
      file: INVALID,
      line: 3,
      column: 1,
      path: 'report',
      hint: '在此对象中添加 unit: …（发文机关署名）',
    });
  });

  it('--format github prints valid workflow annotation commands, escaped', async () => {
    const r = await run(['validate', '--format', 'github', '--lang', 'en', INVALID]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(GITHUB_LINE);
    expect(lines[0]).toBe(
      `::error file=${INVALID},line=3,col=1,title=missing-key::missing required key unit%0Areport%0Aadd unit: … to this object`,
    );
    expect(lines[1]).toMatch(/^::warning file=[^,]+,line=17,col=15,title=declared-mismatch::/);
    expect(lines[2]).toContain('person id wa,ng: x does not exist');
  });

  it('exits 2 for a missing file, and still checks the others', async () => {
    const r = await run(['validate', 'no-such-ledger.yaml', INVALID]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-ledger.yaml: error: 找不到这个文件 [not-found]');
    expect(r.stderr).toContain('[missing-key]');
  });

  it('exits 2 for a directory', async () => {
    const r = await run(['validate', 'test/fixtures']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[is-directory]');
  });

  it('exits 2 for usage errors', async () => {
    expect((await run(['validate', '--bogus'])).code).toBe(2);
    expect((await run(['validate', '--format', 'xml', VALID])).code).toBe(2);
    expect((await run(['validate', '--max-bytes', 'lots', VALID])).code).toBe(2);
    expect((await run(['--lang', 'fr', 'validate', VALID])).code).toBe(2);
    expect((await run(['no-such-command'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });

  it('exits 0 for --help and --version', async () => {
    const help = await run(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('refuses input over --max-bytes with exit 1', async () => {
    const r = await run(['validate', '--max-bytes', '100', VALID]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[too-large]');
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR wins', async () => {
    const forced = await run(['validate', WARNING], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(forced.stderr).toContain('\u001b[');
    const plain = await run(['validate', WARNING], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stderr).not.toContain('\u001b[');
  });
});

// the one command of the README, through the installed binary as a user runs it
describe('the Done-when check: npx rectify validate examples/justice-bureau/ledger.yaml', () => {
  it('exits 0 and prints the one warning with its line and column', async () => {
    const r = await runBinary(['validate', 'examples/justice-bureau/ledger.yaml']);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => /: (warning|error): /.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^examples\/justice-bureau\/ledger\.yaml:\d+:\d+: warning: .*26.*25.* \[declared-mismatch\]$/);
  });
});

describe('rectify validate at a terminal (in process)', () => {
  async function atTerminal(args: string[], tty: boolean): Promise<{ code: number; stderr: string; stdout: string }> {
    const stdout = new PassThrough();
    const stderr = Object.assign(new PassThrough(), { isTTY: tty });
    let out = '';
    let err = '';
    stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const stdin = new PassThrough();
    stdin.end();
    const code = await main(args, { stdin, stdout, stderr, env: { NO_COLOR: '1' }, cwd: ROOT });
    return { code, stderr: err, stdout: out };
  }

  it('says in one line that all is well', async () => {
    expect(await atTerminal(['validate', VALID], true)).toEqual({ code: 0, stdout: '', stderr: `${VALID}：未发现问题\n` });
    expect(await atTerminal(['--lang', 'en', 'validate', VALID], true)).toMatchObject({ code: 0, stderr: expect.stringContaining(VALID) });
  });

  it('stays quiet in scripts, with --quiet, and when there was anything to say', async () => {
    expect(await atTerminal(['validate', VALID], false)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await atTerminal(['validate', VALID, '--quiet'], true)).toEqual({ code: 0, stdout: '', stderr: '' });
    const warned = await atTerminal(['validate', WARNING], true);
    expect(warned.stderr).toContain('[declared-mismatch]');
    expect(warned.stderr).not.toContain('未发现问题');
  });
});

import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/app/main.js';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { ROOT as REPO, runCliSync as runCli } from '../cli/run-cli.js';
import { run } from '../support/main.js';

const shippedSchema = readFileSync(join(REPO, 'schemas/ledger.schema.json'), 'utf8');

const temps: string[] = [];
const track = (dir: string) => (temps.push(dir), dir);
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  return track(mkdtempSync(join(tmpdir(), 'rectify-init-')));
}

describe('rectify init (built binary)', () => {
  it('writes a valid commented ledger and the schema copy, asking nothing without a terminal', () => {
    const cwd = tempDir();
    const run = runCli(['init', 'round1', '--unit', 'XX县司法局', '--kind', '审计'], { cwd, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('round1/ledger.yaml');
    const text = readFileSync(join(cwd, 'round1/ledger.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=./ledger.schema.json\n')).toBe(true);
    expect(readFileSync(join(cwd, 'round1/ledger.schema.json'), 'utf8')).toBe(shippedSchema);
    const result = validateLedgerText(text, 'ledger.yaml');
    expect(result.problems).toEqual([]);
    expect(result.ledger?.report.date).toBe('2023-11-14');
    expect(result.ledger?.inspection.kind).toBe('审计');
    // and the CLI agrees
    expect(runCli(['validate', 'round1/ledger.yaml'], { cwd }).code).toBe(0);
  });

  it('init FILE.yaml: refused as a file name, exit 2, nothing made, how to say it instead', async () => {
    const cwd = tempDir();
    for (const name of ['ledger.yaml', 'sub/台账.yml', 'x.JSON']) {
      const r = await run(['init', name, '-y'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[init-not-a-folder]');
      expect(r.stderr).not.toMatch(/internal|at .+:\d+:\d+/);
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('never overwrites without --force, and says how to', () => {
    const cwd = tempDir();
    expect(runCli(['init', '--unit', '甲单位'], { cwd }).code).toBe(0);
    writeFileSync(join(cwd, 'ledger.yaml'), '# my work\n');
    const again = runCli(['init', '--unit', '乙单位'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('ledger.yaml');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(cwd, 'ledger.yaml'), 'utf8')).toBe('# my work\n');

    const forced = runCli(['init', '--unit', '乙单位', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, 'ledger.yaml'), 'utf8')).toContain('unit: 乙单位');
  });

  it('accepts an identical schema copy (several ledgers in one folder) but not a different one', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'ledger.schema.json'), shippedSchema);
    const same = runCli(['init'], { cwd });
    expect(same.code).toBe(0);
    expect(same.stderr).not.toContain('ledger.schema.json');

    const other = tempDir();
    writeFileSync(join(other, 'ledger.schema.json'), '{}\n');
    const run = runCli(['--lang', 'en', 'init'], { cwd: other });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ledger.schema.json');
    expect(readFileSync(join(other, 'ledger.schema.json'), 'utf8')).toBe('{}\n');
  });

  it('refuses an unknown inspection kind as a usage error', () => {
    const run = runCli(['init', '--kind', '检查'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('巡察');
  });

  it('has help with examples', () => {
    const run = runCli(['init', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('示例：');
    expect(run.stdout).toContain('--force');
  });

  it('colours its confirmation only when asked to', () => {
    const plain = runCli(['init'], { cwd: tempDir() });
    expect(plain.stderr).not.toContain('\u001b[');
    const forced = runCli(['init'], { cwd: tempDir(), env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\u001b[');
    const vetoed = runCli(['init'], { cwd: tempDir(), env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(vetoed.stderr).not.toContain('\u001b[');
  });
});

describe('rectify init on a terminal (in-process)', () => {
  function terminalIo(answers: string) {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    stdout.resume();
    stdin.end(answers);
    return { io: { stdin, stdout, stderr, env: {}, cwd: tempDir() }, err: () => err };
  }

  it('asks for the unit, the kind and the team, with defaults on empty answers', async () => {
    const { io, err } = terminalIo('测试局\n检查\n巡视\n\n');
    const code = await main(['init'], io);
    expect(code).toBe(0);
    expect(err()).toContain('被检查单位');
    expect(err()).toContain('请填写'); // 检查 is not a kind: asked again
    const ledger = validateLedgerText(readFileSync(join(io.cwd, 'ledger.yaml'), 'utf8'), 'ledger.yaml').ledger;
    expect(ledger?.report.unit).toBe('测试局');
    expect(ledger?.inspection.kind).toBe('巡视');
    expect(ledger?.inspection.by).toBe('省委第一巡视组');
  });

  it('asks nothing with --yes', async () => {
    const { io, err } = terminalIo('');
    expect(await main(['init', '--yes', '--unit', '丙单位'], io)).toBe(0);
    expect(err()).not.toContain('被检查单位');
    expect(readFileSync(join(io.cwd, 'ledger.yaml'), 'utf8')).toContain('unit: 丙单位');
  });

  it('takes the defaults when input ends before the questions are answered', async () => {
    const { io } = terminalIo('');
    expect(await main(['init'], io)).toBe(0);
    expect(readFileSync(join(io.cwd, 'ledger.yaml'), 'utf8')).toContain('kind: 巡察');
  });
});

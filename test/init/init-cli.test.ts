import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/app/main.js';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { ROOT as REPO } from '../cli/run-cli.js';
import { run as runCli } from '../support/main.js';

const shippedSchema = readFileSync(join(REPO, 'schemas/ledger.schema.json'), 'utf8');

const temps: string[] = [];
const track = (dir: string) => (temps.push(dir), dir);
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  return track(mkdtempSync(join(tmpdir(), 'rectify-init-')));
}

describe('rectify init (main in process)', () => {
  it('writes a valid commented ledger and the schema copy, asking nothing without a terminal', async () => {
    const cwd = tempDir();
    const run = await runCli(['init', 'round1', '--unit', 'XX县司法局', '--kind', '审计'], { cwd, env: { SOURCE_DATE_EPOCH: '1700000000' } });
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
    expect((await runCli(['validate', 'round1/ledger.yaml'], { cwd })).code).toBe(0);
  });

  it('init FILE.yaml: refused as a file name, exit 2, nothing made, how to say it instead', async () => {
    const cwd = tempDir();
    for (const name of ['ledger.yaml', 'sub/台账.yml', 'x.JSON']) {
      const r = await runCli(['init', name, '-y'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[init-not-a-folder]');
      expect(r.stderr).not.toMatch(/internal|at .+:\d+:\d+/);
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('never overwrites without --force, and says how to', async () => {
    const cwd = tempDir();
    expect((await runCli(['init', '--unit', '甲单位'], { cwd })).code).toBe(0);
    writeFileSync(join(cwd, 'ledger.yaml'), '# my work\n');
    const again = await runCli(['init', '--unit', '乙单位'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('ledger.yaml');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(cwd, 'ledger.yaml'), 'utf8')).toBe('# my work\n');

    const forced = await runCli(['init', '--unit', '乙单位', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, 'ledger.yaml'), 'utf8')).toContain('unit: 乙单位');
  });

  it('accepts an identical schema copy (several ledgers in one folder) but not a different one', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'ledger.schema.json'), shippedSchema);
    const same = await runCli(['init'], { cwd });
    expect(same.code).toBe(0);
    expect(same.stderr).not.toContain('ledger.schema.json');

    const other = tempDir();
    writeFileSync(join(other, 'ledger.schema.json'), '{}\n');
    const run = await runCli(['--lang', 'en', 'init'], { cwd: other });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ledger.schema.json');
    expect(readFileSync(join(other, 'ledger.schema.json'), 'utf8')).toBe('{}\n');
  });

  it('refuses an unknown inspection kind as a usage error', async () => {
    const run = await runCli(['init', '--kind', '检查'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('巡察');
  });

  it('has help with examples', async () => {
    const run = await runCli(['init', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('示例：');
    expect(run.stdout).toContain('--force');
  });

  it('colours its confirmation only when asked to', async () => {
    const plain = await runCli(['init'], { cwd: tempDir() });
    expect(plain.stderr).not.toContain('\u001b[');
    const forced = await runCli(['init'], { cwd: tempDir(), env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(forced.stderr).toContain('\u001b[');
    const vetoed = await runCli(['init'], { cwd: tempDir(), env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
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

  it('asks for the unit, the kind and the team; an empty team answer invents none', async () => {
    const { io, err } = terminalIo('测试局\n检查\n巡视\n\n');
    const code = await main(['init'], io);
    expect(code).toBe(0);
    expect(err()).toContain('被检查单位');
    expect(err()).toContain('请填写'); // 检查 is not a kind: asked again
    const text = readFileSync(join(io.cwd, 'ledger.yaml'), 'utf8');
    const result = validateLedgerText(text, 'ledger.yaml');
    expect(result.ledger?.report.unit).toBe('测试局');
    expect(result.ledger?.inspection.kind).toBe('巡视');
    // no team was invented: the fill-in marker stays, and validation points at it
    expect(result.ledger?.inspection.by).toBe('【待填写】');
    expect(result.problems.map((p) => [p.code, p.place.path])).toEqual([['unfilled', 'inspection.by']]);
  });

  it('asks only what its flags did not give', async () => {
    const { io, err } = terminalIo('市委第三巡察组\n');
    expect(await main(['init', '--unit', '乙单位', '--kind', '巡察'], io)).toBe(0);
    expect(err()).not.toContain('被检查单位');
    expect(err()).not.toContain('检查类型');
    expect(err()).toContain('巡察组名称');
    const text = readFileSync(join(io.cwd, 'ledger.yaml'), 'utf8');
    expect(text).toContain('unit: 乙单位');
    expect(text).toContain('by: 市委第三巡察组');
  });

  it('asks nothing with --yes', async () => {
    const { io, err } = terminalIo('');
    expect(await main(['init', '--yes', '--unit', '丙单位'], io)).toBe(0);
    expect(err()).not.toContain('被检查单位');
    expect(readFileSync(join(io.cwd, 'ledger.yaml'), 'utf8')).toContain('unit: 丙单位');
  });

  it.each([
    ['Ctrl-D before the questions are answered', '测试局\n'],
    ['Ctrl-D at the first question', ''],
    ['Ctrl-C typed into an answer by a raw terminal', '测试局\n巡\u0003'],
  ])('cancels on %s and writes nothing', async (_name, answers) => {
    const { io, err } = terminalIo(answers);
    expect(await main(['init'], io)).toBe(2);
    expect(err()).toContain('已取消，没有写入任何文件');
    expect(existsSync(join(io.cwd, 'ledger.yaml'))).toBe(false);
    expect(existsSync(join(io.cwd, 'ledger.schema.json'))).toBe(false);
  });
});

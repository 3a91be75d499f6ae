import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT as REPO } from '../cli/run-cli.js';
import { run as runCli } from '../support/main.js';

const CASE = 'test/fixtures/diff/rounds';
const OLD = `${CASE}/old.yaml`;
const NEW = `${CASE}/new.yaml`;
const expected = (name: string) => readFileSync(join(REPO, CASE, name), 'utf8');

describe('rectify diff (main in process)', () => {
  it.each([
    [['diff', OLD, NEW], 'expected.txt'],
    [['--lang', 'en', 'diff', OLD, NEW], 'expected.en.txt'],
    [['diff', OLD, NEW, '--format', 'md'], 'expected.md'],
    [['diff', OLD, NEW, '--format', 'json'], 'expected.json'],
  ])('rectify %j gives %s', async (args, golden) => {
    const run = await runCli(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected(golden));
  });

  it('exits 1 on changes only with --exit-code', async () => {
    expect((await runCli(['diff', OLD, NEW, '--exit-code'])).code).toBe(1);
    const same = await runCli(['diff', OLD, OLD, '--exit-code']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('两轮台账之间没有变化');
  });

  it('reads the old round from standard input', async () => {
    const run = await runCli(['diff', '-', NEW, '--format', 'json'], { input: readFileSync(join(REPO, OLD), 'utf8') });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(expected('expected.json')));
  });

  it('refuses standard input for both rounds', async () => {
    const run = await runCli(['diff', '-', '-']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[stdin-twice]');
  });

  it('exits 1 with diagnostics naming the invalid file', async () => {
    const bad = readFileSync(join(REPO, NEW), 'utf8').replace('id: B3', 'id: B1');
    const run = await runCli(['diff', OLD, '-'], { input: bad });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/<stdin>:\d+:\d+: error/);
  });

  it('colours only on request', async () => {
    expect((await runCli(['diff', OLD, NEW], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })).stdout).toContain('\u001b[');
    expect((await runCli(['diff', OLD, NEW], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).toBe(expected('expected.txt'));
    // Markdown and json are for machines: never coloured.
    expect((await runCli(['diff', OLD, NEW, '--format', 'md'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })).stdout).toBe(expected('expected.md'));
  });

  it('has help with examples and the exit status rule', async () => {
    const run = await runCli(['diff', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('示例：');
    expect(run.stdout).toContain('--exit-code');
  });
});

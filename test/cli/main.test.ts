import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { commands } from '../../src/app/commands/index.js';
import { main, type CliIo } from '../../src/app/main.js';

function fakeIo(stdinText = ''): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const stdin = new PassThrough();
  stdin.end(stdinText);
  return { io: { stdin, stdout, stderr, env: {}, cwd: process.cwd() }, out: () => out, err: () => err };
}

describe('main in-process', () => {
  it('returns the exit code instead of exiting', async () => {
    const { io, err } = fakeIo('rectify: 1\n');
    expect(await main(['validate', '-'], io)).toBe(1);
    expect(err()).toContain('<stdin>:1:1: error:');
  });
  it('returns 0 for --help and writes help to the given stdout', async () => {
    const { io, out } = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(out()).toContain('validate');
  });
  it('returns 2 for an unknown option, with the message on the given stderr', async () => {
    const { io, err } = fakeIo();
    expect(await main(['validate', '--nope'], io)).toBe(2);
    expect(err()).toContain('不认识的选项 --nope');
  });
  it('keeps the worst exit code across files: a missing file (2) beats an invalid one (1)', async () => {
    const { io } = fakeIo('rectify: 1\n');
    expect(await main(['validate', '-', 'does-not-exist.yaml'], io)).toBe(2);
  });
  it('sets up only the command being run, yet help still lists every command and a misspelt one is still suggested', async () => {
    const help = fakeIo();
    expect(await main(['--lang', 'en', '--help'], help.io)).toBe(0);
    for (const name of ['init', 'validate', 'build', 'templates', 'stats', 'diff', 'export', 'import', 'schema']) expect(help.out()).toContain(`  ${name}`);
    const typo = fakeIo();
    expect(await main(['--lang', 'en', 'buidl'], typo.io)).toBe(2);
    expect(typo.err()).toContain('did you mean build?');
    const afterGlobal = fakeIo('rectify: 1\n');
    expect(await main(['--lang', 'en', 'validate', '-'], afterGlobal.io)).toBe(1);
    expect(afterGlobal.err()).toContain('<stdin>:1:1: error:');
  });
  it('declares only the command being run, whatever global options come first', async () => {
    const spies = commands.map((command) => vi.spyOn(command, 'register'));
    try {
      const { io } = fakeIo('rectify: 1\n');
      await main(['--lang', 'en', 'validate', '-'], io);
      expect(commands.filter((_c, i) => spies[i]!.mock.calls.length > 0).map((c) => c.name)).toEqual(['validate']);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

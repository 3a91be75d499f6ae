import { PassThrough } from 'node:stream';
import { main } from '../../src/app/main.js';

export interface MainRun {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Run the CLI in-process with captured streams, as the bin does but without a subprocess. */
export async function runMain(args: string[], cwd: string, env: Record<string, string> = {}): Promise<MainRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(args, { stdin, stdout, stderr, env: { NO_COLOR: '1', ...env }, cwd });
  return { code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') };
}

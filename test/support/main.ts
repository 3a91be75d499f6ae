import { PassThrough } from 'node:stream';
import { main } from '../../src/app/main.js';
import { readZip } from '../../src/host/zip.js';

export interface MainRun {
  code: number;
  stdout: Buffer;
  stderr: string;
  /** stdout as text */
  out: string;
}

/**
 * Run the CLI in process with captured streams, as the bin does but without a subprocess: the
 * same main(argv, io), the same host of this machine. `input` is standard input.
 */
export async function runMain(args: string[], cwd: string, env: Record<string, string> = {}, input?: string | Buffer): Promise<MainRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const stdin = new PassThrough();
  stdin.end(input);
  const code = await main(args, { stdin, stdout, stderr, env: { NO_COLOR: '1', PATH: process.env.PATH ?? '', ...env }, cwd });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes, stderr: Buffer.concat(err).toString('utf8'), out: stdoutBytes.toString('utf8') };
}

/** runMain with the shape of the subprocess runner (stdout as text), for command tables. */
export async function run(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string | Buffer } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runMain(args, options.cwd ?? process.cwd(), options.env ?? {}, options.input);
  return { code: r.code, stdout: r.out, stderr: r.stderr };
}

/** The parts of a .docx or .xlsx on disk, as the public check reads them. */
export function zipParts(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  return Object.entries(readZip(bytes)).map(([name, data]) => ({ name, data }));
}

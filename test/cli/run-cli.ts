import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/rectify.js', import.meta.url));

/** `npm test` builds first; a lone `vitest run test/cli` still needs dist/ and the bundle to exist. */
export function ensureBuilt(): void {
  if (!existsSync(new URL('../../dist/bundle/rectify.cjs', import.meta.url))) execFileSync(process.execPath, ['scripts/build.js'], { cwd: ROOT });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the installed binary as a user would: a subprocess, its real exit code and streams. */
export function runCli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? ROOT, env: { PATH: process.env.PATH ?? '', ...options.env }, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/**
 * The same, synchronously, in a clean environment (PATH and HOME only), so no colour setting leaks
 * in from the developer's shell or CI.
 */
export function runCliSync(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  if (!existsSync(new URL('../../dist/app/main.js', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it) before the CLI tests');
  }
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, input: options.input ?? '', encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

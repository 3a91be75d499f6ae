/**
 * The sources type-check. The build strips types without checking them (scripts/compile-sources.js),
 * so this is where a type error fails: tsc --noEmit over tsconfig.json, as `npm run typecheck`.
 * A subprocess, so the checker's time runs beside the other test files rather than before them.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli/run-cli.js';

const TSC = createRequire(`${ROOT}package.json`).resolve('typescript/bin/tsc');

describe('the sources', () => {
  it('type-check (tsc --noEmit)', async () => {
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile(process.execPath, [TSC, '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }),
      );
    });
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 300_000);
});

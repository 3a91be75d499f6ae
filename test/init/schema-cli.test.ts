import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT as REPO, runCliSync as runCli } from '../cli/run-cli.js';

describe('rectify schema (built binary)', () => {
  it('prints the shipped schema byte for byte, whatever the working directory', () => {
    const shipped = readFileSync(join(REPO, 'schemas/ledger.schema.json'), 'utf8');
    const run = runCli(['schema'], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(shipped);
    expect((JSON.parse(run.stdout) as { properties: Record<string, unknown> }).properties).toHaveProperty('aspects');
  });

  it('has help with examples', () => {
    const run = runCli(['schema', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('rectify schema > ledger.schema.json');
  });
});

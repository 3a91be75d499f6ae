import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT as REPO } from '../cli/run-cli.js';
import { run as runCli } from '../support/main.js';

describe('rectify schema (main in process)', () => {
  it('prints the shipped schema byte for byte, whatever the working directory', async () => {
    const shipped = readFileSync(join(REPO, 'schemas/ledger.schema.json'), 'utf8');
    const run = await runCli(['schema'], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(shipped);
    expect((JSON.parse(run.stdout) as { properties: Record<string, unknown> }).properties).toHaveProperty('aspects');
  });

  it('has help with examples', async () => {
    const run = await runCli(['schema', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('rectify schema > ledger.schema.json');
  });
});

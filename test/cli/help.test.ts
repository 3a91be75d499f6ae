import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './run-cli.js';

const COMMANDS = ['init', 'validate', 'build', 'templates', 'stats', 'diff', 'export', 'import', 'schema'];

describe('--help (built binary)', () => {
  beforeAll(ensureBuilt);

  it('lists every command', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it.each(COMMANDS)('%s --help shows usage and examples, exit 0', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: rectify ${command}`);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain(`rectify ${command}`);
  });
});

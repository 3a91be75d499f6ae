import { describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';

const COMMANDS = ['init', 'validate', 'build', 'summary', 'templates', 'stats', 'diff', 'export', 'import', 'schema'];
const HERE = process.cwd();
/** Words commander prints in English unless told otherwise. */
const COMMANDER_ENGLISH = /Usage:|Options:|Arguments:|Commands:|display help|output the version|\(default:|\(choices:|\[options\]/;

describe('--help, in Chinese unless --lang en', () => {
  it('lists every command', async () => {
    const run = await runMain(['--help'], HERE);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.out).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(run.out).not.toMatch(COMMANDER_ENGLISH);
  });

  it.each(COMMANDS)('%s --help shows usage and examples in Chinese, exit 0', async (command) => {
    const run = await runMain([command, '--help'], HERE);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`用法： rectify ${command}`);
    expect(run.out).toContain('示例：');
    expect(run.out).not.toMatch(COMMANDER_ENGLISH);
  });

  it.each(COMMANDS)('%s --help --lang en is English', async (command) => {
    const run = await runMain([command, '--help', '--lang', 'en'], HERE);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Usage: rectify ${command}`);
    expect(run.out).toContain('Examples:');
    expect(run.out).not.toMatch(/用法|示例|选项：/);
  });
});

describe('usage errors are worded from the catalogue', () => {
  it('a misspelt command: Chinese, with the command it probably was, exit 2', async () => {
    const run = await runMain(['biuld', 'ledger.yaml'], HERE);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有名为 biuld 的命令');
    expect(run.stderr).toContain('是否应为 build？');
    expect(run.stderr).not.toMatch(/error: unknown command|Did you mean/);
  });

  it('an unknown option and a bad choice, in English under --lang en', async () => {
    const unknown = await runMain(['validate', '--frmat', 'json', '--lang', 'en'], HERE);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --frmat');
    const choice = await runMain(['validate', '--format', 'xml'], HERE);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain('选项 --format <format> 的取值 xml 无效，可用：human, json, github');
  });

  it('a value our own parser refuses is said in Chinese', async () => {
    const run = await runMain(['validate', '--max-bytes', 'lots'], HERE);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('应为正整数');
  });
});

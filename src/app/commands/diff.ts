import { Option, type Command } from 'commander';
import { fileError } from '../../model/diagnostic.js';
import { diffLedgers } from '../../core/diff/diff-ledgers.js';
import { formatDiffHuman } from '../report/diff/format-human.js';
import { formatDiffJson } from '../report/diff/format-json.js';
import { formatDiffMarkdown } from '../report/diff/format-markdown.js';
import { hasChanges } from '../../core/diff/ledger-diff.js';
import { chalkFor } from '../color.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';
import { loadValidLedger } from './stats.js';

export const DIFF_FORMATS = ['human', 'json', 'md'] as const;

interface DiffOptions {
  format: (typeof DIFF_FORMATS)[number];
  exitCode?: boolean;
  quiet?: boolean;
}

const HELP_EXAMPLES = `
Examples:
  rectify diff 2023-11/ledger.yaml 2023-12/ledger.yaml
  rectify diff old.yaml ledger.yaml --format md >> "$GITHUB_STEP_SUMMARY"
  git show HEAD~1:ledger.yaml | rectify diff - ledger.yaml --format json

Shows what changed between two reporting rounds: issues and measures newly done, other status
changes, items added and removed, metric values. Issues are matched by id; measures by id, or,
without one, by their issue's id and position (ISSUE#2 is the issue's second measure).
Exit status is 0 whether or not anything changed; with --exit-code it is 1 when something did,
as with git diff --exit-code. Invalid ledgers exit 1 too, with their diagnostics on stderr (run
rectify validate first where the two must be told apart). Only one of OLD and NEW may be -.
`;

const STDIN_TWICE = {
  zh: { message: 'OLD 和 NEW 不能都是 -（标准输入只能读一次）', hint: '把其中一轮先存成文件' },
  en: { message: 'OLD and NEW cannot both be - (standard input can be read once)', hint: 'save one of the rounds to a file first' },
} as const;

async function runDiff(oldFile: string, newFile: string, options: DiffOptions, ctx: CliContext): Promise<void> {
  if (oldFile === '-' && newFile === '-') {
    const t = STDIN_TWICE[ctx.globals().lang];
    throw fileError('<stdin>', 'stdin-twice', t.message, t.hint);
  }
  const before = await loadValidLedger(oldFile, ctx, options);
  const after = await loadValidLedger(newFile, ctx, options);
  if (before === undefined || after === undefined) return;
  const diff = diffLedgers(before, after);
  const { lang } = ctx.globals();
  const text =
    options.format === 'json'
      ? formatDiffJson(diff)
      : options.format === 'md'
        ? formatDiffMarkdown(diff, lang)
        : formatDiffHuman(diff, lang, chalkFor(ctx.io.stdout, ctx.io.env));
  await writeText(ctx.io.stdout, text);
  if (options.exitCode === true && hasChanges(diff)) ctx.fail(1);
}

export const diffCommand: CommandModule = {
  name: 'diff',
  register(command: Command, ctx: CliContext): void {
    command
      .description('compare two reporting rounds of a ledger (对比两轮整改台账)')
      .argument('<OLD>', 'the earlier ledger; - reads standard input')
      .argument('<NEW>', 'the later ledger; - reads standard input')
      .addOption(new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('human'))
      .option('--exit-code', 'exit 1 when the ledgers differ')
      .option('--quiet', 'do not show validation warnings')
      .addHelpText('after', HELP_EXAMPLES)
      .action(async (oldFile: string, newFile: string, options: DiffOptions) => runDiff(oldFile, newFile, options, ctx));
  },
};

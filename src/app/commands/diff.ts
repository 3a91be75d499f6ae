import { Option, type Command } from 'commander';
import { diffLedgers } from '../../core/diff/diff-ledgers.js';
import { hasChanges } from '../../core/diff/ledger-diff.js';
import { fail, placeIn } from '../../model/problem.js';
import { chalkFor } from '../color.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';
import { formatDiffHuman } from '../report/diff/format-human.js';
import { visibleIn } from '../report/visible.js';
import { formatDiffJson } from '../report/diff/format-json.js';
import { formatDiffMarkdown } from '../report/diff/format-markdown.js';
import { loadValidLedger } from './stats.js';
import { itemsOption } from './validate.js';

export const DIFF_FORMATS = ['human', 'json', 'md'] as const;

interface DiffOptions {
  format: (typeof DIFF_FORMATS)[number];
  exitCode?: boolean;
  quiet?: boolean;
  maxItems?: number;
}

async function runDiff(oldFile: string, newFile: string, options: DiffOptions, ctx: CliContext): Promise<void> {
  if (oldFile === '-' && newFile === '-') fail('stdin-twice', placeIn('<stdin>'));
  const before = await loadValidLedger(oldFile, ctx, options);
  const after = await loadValidLedger(newFile, ctx, options);
  if (before === undefined || after === undefined) return;
  const diff = diffLedgers(before, after);
  const lang = ctx.lang();
  const text =
    options.format === 'json'
      ? formatDiffJson(diff)
      : options.format === 'md'
        ? formatDiffMarkdown(diff, lang)
        : // ledger text reaches the terminal with its control characters shown escaped
          formatDiffHuman(visibleIn(diff), lang, chalkFor(ctx.io.stdout, ctx.io.env));
  await writeText(ctx.io.stdout, text);
  if (options.exitCode === true && hasChanges(diff)) ctx.differ();
}

export const diffCommand: CommandModule = {
  name: 'diff',
  register(command: Command, ctx: CliContext): void {
    command
      .description(ctx.say('help.diff'))
      .addHelpText('after', ctx.say('help.diff.examples'))
      .argument('<OLD>', ctx.say('help.argument.old'))
      .argument('<NEW>', ctx.say('help.argument.new'))
      .addOption(new Option('--format <format>', ctx.say('help.option.output-format')).choices(DIFF_FORMATS).default('human'))
      .option('--exit-code', ctx.say('help.option.exit-code'))
      .option('--quiet', ctx.say('help.option.quiet-warnings'))
      .addOption(itemsOption(ctx))
      .action(async (oldFile: string, newFile: string, options: DiffOptions) => runDiff(oldFile, newFile, options, ctx));
  },
};

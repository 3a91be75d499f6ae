import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_ALIASES, DEFAULT_MAX_BYTES, DEFAULT_MAX_ITEMS } from '../../core/load/index.js';
import { validateAnyText } from '../../core/validate/index.js';
import { displayName } from '../../host/index.js';
import { Failure, hasErrors, type Problem } from '../../model/problem.js';
import type { CliContext, CommandModule } from '../context.js';
import { FORMATS, type OutputFormat } from '../report/index.js';
import { applyStrict } from '../report/strict.js';
import { pushAll } from '../../model/lists.js';

interface ValidateOptions {
  format: OutputFormat;
  strict?: boolean;
  quiet?: boolean;
  maxBytes: number;
  maxAliases: number;
  maxItems: number;
}

/** For `--max-bytes` and friends; the error's text is a catalogue key (see main's usage errors). */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('positive-integer');
  return n;
}

/** The input limits every command that reads a ledger takes. */
export function limitOptions(command: Command, ctx: CliContext): Command {
  return command
    .addOption(new Option('--max-bytes <n>', ctx.say('help.option.max-bytes')).argParser(positiveInteger).default(DEFAULT_MAX_BYTES))
    .addOption(new Option('--max-aliases <n>', ctx.say('help.option.max-aliases')).argParser(positiveInteger).default(DEFAULT_MAX_ALIASES))
    .addOption(itemsOption(ctx));
}

/** `--max-items`: also on the commands that read one ledger without the other limits (stats, export, diff, next). */
export function itemsOption(ctx: CliContext): Option {
  return new Option('--max-items <n>', ctx.say('help.option.max-items')).argParser(positiveInteger).default(DEFAULT_MAX_ITEMS);
}

async function runValidate(files: string[], options: ValidateOptions, ctx: CliContext): Promise<void> {
  const inputs = files.length > 0 ? files : ['ledger.yaml'];
  const all: Problem[] = [];
  for (const file of inputs) {
    const name = displayName(file);
    let bytes: Uint8Array;
    try {
      bytes = await ctx.host.readInput(file, options.maxBytes);
    } catch (error) {
      if (!(error instanceof Failure)) throw error;
      pushAll(all, error.problems);
      continue;
    }
    // a unit ledger or a summary ledger (summary.yaml), told apart by what it holds
    const result = validateAnyText(bytes, name, { maxBytes: options.maxBytes, maxAliases: options.maxAliases, maxItems: options.maxItems });
    pushAll(all, applyStrict(result.problems, options.strict === true));
  }
  await ctx.report(all, { format: options.format, files: inputs.map(displayName), quiet: options.quiet === true });
  // a person at a terminal hears that all is well; a script hears nothing
  if (options.format === 'human' && !options.quiet && !hasErrors(all) && all.length === 0 && ctx.io.stderr.isTTY === true) {
    await ctx.tell('validate.clean', { files: inputs.map(displayName).join('、') }, 'done');
  }
}

export const validateCommand: CommandModule = {
  name: 'validate',
  register(command: Command, ctx: CliContext): void {
    command
      .description(ctx.say('help.validate'))
      .addHelpText('after', ctx.say('help.validate.examples'))
      .argument('[LEDGER...]', ctx.say('help.argument.ledgers'), [])
      .addOption(new Option('--format <format>', ctx.say('help.option.diagnostics-format')).choices(FORMATS).default('human'))
      .option('--strict', ctx.say('help.option.strict'))
      .option('--quiet', ctx.say('help.option.quiet'));
    limitOptions(command, ctx).action(async (files: string[], options: ValidateOptions) => runValidate(files, options, ctx));
  },
};

import { InvalidArgumentError, Option, type Command } from 'commander';
import { derive } from '../../core/derive/index.js';
import { validateLedgerText } from '../../core/validate/index.js';
import { displayName } from '../../host/index.js';
import { isRealDate } from '../../model/dates.js';
import type { IsoDate, Ledger } from '../../model/ledger.js';
import { hasErrors } from '../../model/problem.js';
import { chalkFor } from '../color.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';
import { formatStatsHuman } from '../report/stats/format-human.js';
import { formatStatsJson } from '../report/stats/stats-json.js';

export const STATS_FORMATS = ['human', 'json'] as const;

interface StatsOptions {
  format: (typeof STATS_FORMATS)[number];
  asOf?: IsoDate;
  quiet?: boolean;
}

/**
 * Read and validate a ledger for a command that works on its content (stats, diff, export). Its
 * problems are reported in human form on stderr, so stdout keeps only the command's own output;
 * with errors, `undefined` comes back (and the run ends with exit 1).
 */
export async function loadValidLedger(file: string, ctx: CliContext, options: { quiet?: boolean; asOf?: IsoDate } = {}): Promise<Ledger | undefined> {
  const bytes = await ctx.host.readInput(file);
  const result = validateLedgerText(bytes, displayName(file), options.asOf ? { asOf: options.asOf } : {});
  await ctx.report(result.problems, { files: [displayName(file)], quiet: options.quiet === true });
  return hasErrors(result.problems) ? undefined : result.ledger;
}

/** `YYYY-MM-DD` naming a real calendar day, for options that take a date. */
export function parseIsoDate(value: string): IsoDate {
  if (!isRealDate(value)) throw new InvalidArgumentError('date');
  return value;
}

async function runStats(file: string, options: StatsOptions, ctx: CliContext): Promise<void> {
  const ledger = await loadValidLedger(file, ctx, options);
  if (ledger === undefined) return;
  const asOf = options.asOf ?? ledger.report.date;
  // derive takes "today" from report.date; moving that date is exactly what --as-of asks.
  const facts = derive({ ...ledger, report: { ...ledger.report, date: asOf } });
  const text =
    options.format === 'json'
      ? formatStatsJson(facts, displayName(file))
      : formatStatsHuman(facts, ledger.report.title, ctx.lang(), chalkFor(ctx.io.stdout, ctx.io.env));
  await writeText(ctx.io.stdout, text);
}

export const statsCommand: CommandModule = {
  name: 'stats',
  register(command: Command, ctx: CliContext): void {
    command
      .description(ctx.say('help.stats'))
      .addHelpText('after', ctx.say('help.stats.examples'))
      .argument('[LEDGER]', ctx.say('help.argument.ledger'), 'ledger.yaml')
      .addOption(new Option('--format <format>', ctx.say('help.option.output-format')).choices(STATS_FORMATS).default('human'))
      .addOption(new Option('--as-of <date>', ctx.say('help.option.as-of')).argParser(parseIsoDate))
      .option('--quiet', ctx.say('help.option.quiet-warnings'))
      .action(async (file: string, options: StatsOptions) => runStats(file, options, ctx));
  },
};

import { InvalidArgumentError, Option, type Command } from 'commander';
import { derive } from '../../core/derive/index.js';
import { hasErrors } from '../../model/diagnostic.js';
import { displayName, readLedgerInput } from '../../core/load/index.js';
import type { IsoDate, Ledger } from '../../model/ledger.js';
import { formatStatsHuman } from '../report/stats/format-human.js';
import { formatStatsJson } from '../report/stats/stats-json.js';
import { validateLedgerText } from '../../core/validate/index.js';
import { chalkFor } from '../color.js';
import type { CliContext, CommandModule } from '../context.js';
import { formatHuman } from '../report/human.js';
import { writeText } from '../io.js';

export const STATS_FORMATS = ['human', 'json'] as const;

interface StatsOptions {
  format: (typeof STATS_FORMATS)[number];
  asOf?: IsoDate;
  quiet?: boolean;
}

/**
 * Read and validate a ledger for a command that works on its content (stats, diff). Diagnostics
 * go to stderr in human form, so stdout keeps only the command's own output; with errors the
 * run fails with exit 1 and `undefined` comes back. Read failures throw (exit 2).
 */
export async function loadValidLedger(
  file: string,
  ctx: CliContext,
  options: { quiet?: boolean; asOf?: IsoDate } = {},
): Promise<Ledger | undefined> {
  const { lang } = ctx.globals();
  const bytes = await readLedgerInput(file, ctx.io, lang);
  const result = validateLedgerText(bytes, displayName(file), { lang, ...(options.asOf ? { asOf: options.asOf } : {}) });
  const shown = options.quiet === true ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  await writeText(ctx.io.stderr, formatHuman(shown, lang, chalkFor(ctx.io.stderr, ctx.io.env)));
  if (hasErrors(result.diagnostics) || result.ledger === undefined) {
    ctx.fail(1);
    return undefined;
  }
  return result.ledger;
}

/** `YYYY-MM-DD` naming a real calendar day, for options that take a date. */
export function parseIsoDate(value: string): IsoDate {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD (格式应为 YYYY-MM-DD), got ${value}`);
  return value;
}

const HELP_EXAMPLES = `
Examples:
  rectify stats ledger.yaml                      counts, completion, overdue items, load per person
  rectify stats ledger.yaml --as-of 2024-03-01   overdue as of another day than report.date
  rectify stats ledger.yaml --format json | jq '.overdue[] | [.issueId, .daysOverdue]'

The figures are the ones the report prints (derived from the ledger, never typed). Overdue means
due before report.date (or --as-of) and not done. The json shape carries "version": 1.
`;

async function runStats(file: string, options: StatsOptions, ctx: CliContext): Promise<void> {
  const ledger = await loadValidLedger(file, ctx, options);
  if (ledger === undefined) return;
  const asOf = options.asOf ?? ledger.report.date;
  // derive takes "today" from report.date; moving that date is exactly what --as-of asks.
  const facts = derive({ ...ledger, report: { ...ledger.report, date: asOf } });
  const { lang } = ctx.globals();
  const text =
    options.format === 'json'
      ? formatStatsJson(facts, displayName(file))
      : formatStatsHuman(facts, ledger.report.title, lang, chalkFor(ctx.io.stdout, ctx.io.env));
  await writeText(ctx.io.stdout, text);
}

export const statsCommand: CommandModule = {
  name: 'stats',
  register(command: Command, ctx: CliContext): void {
    command
      .description('show the derived figures of a ledger (台账统计)')
      .argument('[LEDGER]', 'ledger file; - reads standard input', 'ledger.yaml')
      .addOption(new Option('--format <format>', 'output format').choices(STATS_FORMATS).default('human'))
      .addOption(new Option('--as-of <date>', 'count overdue items as of this date (default report.date)').argParser(parseIsoDate))
      .option('--quiet', 'do not show validation warnings')
      .addHelpText('after', HELP_EXAMPLES)
      .action(async (file: string, options: StatsOptions) => runStats(file, options, ctx));
  },
};

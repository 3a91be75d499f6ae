import { InvalidArgumentError, Option, type Command } from 'commander';
import { deadlines, derive } from '../../core/derive/index.js';
import { listToXlsx, OVERDUE_LIST_NAME } from '../../core/spreadsheet/list-write.js';
import { validateLedgerText } from '../../core/validate/index.js';
import { displayName } from '../../host/index.js';
import { readDateText } from '../../model/dates.js';
import type { IsoDate, Ledger } from '../../model/ledger.js';
import { fail, hasErrors, placeIn } from '../../model/problem.js';
import { chalkFor } from '../color.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';
import { formatStatsHuman } from '../report/stats/format-human.js';
import { visible, visibleIn } from '../report/visible.js';
import { formatStatsJson } from '../report/stats/stats-json.js';
import { formatOverdueHuman, formatOverdueJson, formatOverdueMarkdown, overdueSheet, type OverdueList } from '../report/stats/overdue.js';
import { defaultOutput, writeOutput } from './outputs.js';
import { itemsOption } from './validate.js';

export const STATS_FORMATS = ['human', 'json', 'md', 'xlsx'] as const;
/** Days ahead a deadline counts as due soon in the 督办 list, unless --within says otherwise. */
export const DEFAULT_WITHIN_DAYS = 7;

interface StatsOptions {
  format: (typeof STATS_FORMATS)[number];
  maxItems?: number;
  asOf?: IsoDate;
  quiet?: boolean;
  overdue?: boolean;
  within: number;
  output?: string;
  force?: boolean;
}

/**
 * Read and validate a ledger for a command that works on its content (stats, diff, export). Its
 * problems are reported in human form on stderr, so stdout keeps only the command's own output;
 * with errors, `undefined` comes back (and the run ends with exit 1).
 */
export async function loadValidLedger(file: string, ctx: CliContext, options: { quiet?: boolean; asOf?: IsoDate; maxItems?: number } = {}): Promise<Ledger | undefined> {
  const bytes = await ctx.host.readInput(file);
  const result = validateLedgerText(bytes, displayName(file), { ...(options.asOf ? { asOf: options.asOf } : {}), ...({ maxItems: options.maxItems }) });
  await ctx.report(result.problems, { files: [displayName(file)], quiet: options.quiet === true });
  return hasErrors(result.problems) ? undefined : result.ledger;
}

/** `YYYY-MM-DD` naming a real calendar day, for options that take a date. */
export function parseIsoDate(value: string): IsoDate {
  // the one date reader: `--date 2024年1月31日` as the ledger would take it
  const date = readDateText(value);
  if (date === undefined) throw new InvalidArgumentError('date');
  return date;
}

/** A whole number of days, 0 or more. */
function parseDays(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('days');
  return n;
}

async function runStats(file: string, options: StatsOptions, ctx: CliContext): Promise<void> {
  if (!options.overdue && (options.format === 'md' || options.format === 'xlsx')) fail('overdue-only', placeIn(''), { format: options.format });
  const ledger = await loadValidLedger(file, ctx, options);
  if (ledger === undefined) return;
  const asOf = options.asOf ?? ledger.report.date;
  if (options.overdue) return overdueList(file, { file: displayName(file), unit: ledger.report.unit, kind: ledger.inspection.kind, asOf, within: options.within, items: deadlines(ledger, asOf, options.within) }, ledger.report.date, options, ctx);
  // derive takes "today" from report.date; moving that date is exactly what --as-of asks.
  const facts = derive({ ...ledger, report: { ...ledger.report, date: asOf } });
  const text =
    options.format === 'json'
      ? formatStatsJson(facts, displayName(file))
      : // ledger text reaches the terminal with its control characters shown escaped
        formatStatsHuman(visibleIn(facts), visible(ledger.report.title), ctx.lang(), chalkFor(ctx.io.stdout, ctx.io.env), ledger.report.date);
  await writeText(ctx.io.stdout, text);
}

/**
 * The 督办 list: on the terminal, or as Markdown or JSON on standard output (or in -o FILE), or as a
 * workbook written beside the ledger (`<ledger>.督办清单.xlsx`, or -o FILE; never over a file unless --force).
 */
async function overdueList(file: string, list: OverdueList, reportDate: IsoDate, options: StatsOptions, ctx: CliContext): Promise<void> {
  const lang = ctx.lang();
  let data: string | Uint8Array;
  if (options.format === 'xlsx') {
    data = ctx.host.repackZip(await listToXlsx(overdueSheet(list, lang), ctx.host.documentDate(reportDate)));
  } else {
    data =
      options.format === 'json'
        ? formatOverdueJson(list)
        : options.format === 'md'
          ? formatOverdueMarkdown(list, lang)
          : formatOverdueHuman(visibleIn(list), lang, chalkFor(ctx.io.stdout, ctx.io.env));
  }
  const output = options.output ?? (options.format === 'xlsx' ? defaultOutput(file, `${OVERDUE_LIST_NAME}.xlsx`) : '-');
  if (output === '-' && typeof data === 'string') return writeText(ctx.io.stdout, data);
  if ((await writeOutput(output, file, data, { force: options.force === true }, ctx.host, ctx.io)) === 'file') {
    await ctx.tell('output.wrote', { file: output }, 'done');
  }
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
      .option('--overdue', ctx.say('help.option.overdue'))
      .addOption(new Option('--within <days>', ctx.say('help.option.within')).argParser(parseDays).default(DEFAULT_WITHIN_DAYS))
      .option('-o, --output <file>', ctx.say('help.option.stats-output'))
      .option('-f, --force', ctx.say('help.option.force'))
      .option('--quiet', ctx.say('help.option.quiet-warnings'))
      .addOption(itemsOption(ctx))
      .action(async (file: string, options: StatsOptions) => runStats(file, options, ctx));
  },
};

/**
 * `rectify next`: the next round's ledger, started from the last one. The same content — every
 * status, deadline, measure and comment as the last round left it — with the new report date and a
 * comment naming the round it came from. `rectify diff` between the two shows nothing but the date;
 * the round's work is then done in the new file (or its exported sheet).
 */
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { headComments, rewriteLedgerText, withHeadComments } from '../../core/rewrite/index.js';
import { validateLedgerText } from '../../core/validate/index.js';
import { displayName } from '../../host/index.js';
import { monthAfter } from '../../model/dates.js';
import type { IsoDate } from '../../model/ledger.js';
import { fail, hasErrors, placeIn } from '../../model/problem.js';
import type { CliContext, CommandModule } from '../context.js';
import { parseIsoDate } from './stats.js';
import { itemsOption } from './validate.js';

interface NextOptions {
  date?: IsoDate;
  output?: string;
  force?: boolean;
  maxItems?: number;
}

/** The comment line `next` writes holds this, so the next `next` replaces it rather than adding one. */
const ROUND_MARKER = 'rectify next';

/** A folder named like a round: 2023-12, 2023-12-01. */
const ROUND_FOLDER = /^\d{4}-\d{2}(-\d{2})?$/;

/**
 * Where the new round goes: `-o FILE.yaml`, or `-o DIR` (the ledger's file name in it); by default
 * a folder named after the new date's month (2024-01), beside the last round's folder when that is
 * named like a round (2023-12/ledger.yaml → 2024-01/ledger.yaml), else inside the ledger's folder.
 */
export function nextRoundPath(ledger: string, date: IsoDate, output: string | undefined): string {
  const name = basename(ledger);
  if (output !== undefined) return /\.ya?ml$/i.test(extname(output)) ? output : join(output, name);
  const folder = dirname(ledger);
  const month = date.slice(0, 7);
  return ROUND_FOLDER.test(basename(resolve(folder))) ? join(dirname(folder), month, name) : join(folder, month, name);
}

/** A relative `$schema` path, still pointing at the same file from the new ledger's folder. */
function movedSchema(schema: string | undefined, from: string, to: string): string | undefined {
  if (schema === undefined || isAbsolute(schema) || /^[a-z][a-z0-9+.-]*:/i.test(schema)) return undefined;
  const target = resolve(dirname(from), schema);
  const path = relative(dirname(to), target).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

async function runNext(file: string, options: NextOptions, ctx: CliContext): Promise<void> {
  const { host } = ctx;
  if (file === '-') fail('usage', placeIn(''), { kind: 'invalidArgument', what: 'LEDGER', value: '-' });
  const shown = displayName(file);
  const checked = validateLedgerText(await host.readInput(file), shown, { maxItems: options.maxItems });
  await ctx.report(checked.problems.filter((p) => p.severity === 'error'), { files: [shown] });
  if (!checked.ledger || !checked.source || hasErrors(checked.problems)) return ctx.tell('next.invalid', { ledger: shown });
  const last = checked.ledger;

  const date = options.date ?? host.today();
  if (date <= last.report.date) {
    // without --date the new round is dated today: say so, and give a command that works as written
    const given = options.date !== undefined ? 1 : 0;
    fail('round-date', placeIn(shown), { date, last: last.report.date, given, file: shown, suggested: monthAfter(last.report.date) });
  }
  const output = nextRoundPath(file, date, options.output);
  const target = host.path(output);
  if (host.isSameFile(target, host.path(file))) fail('output-is-input', placeIn(output), { target: output });

  const next = { ...structuredClone(last), report: { ...last.report, date } };
  const body = rewriteLedgerText(checked.source.text, last, next, checked.source.positions);
  const from = relative(dirname(target), host.path(file)).split(sep).join('/');
  const schema = movedSchema(headComments(body).schema, host.path(file), target);
  const text = withHeadComments(body, {
    ...(schema !== undefined ? { schema } : {}),
    marker: ROUND_MARKER,
    note: [ctx.say('next.comment', { from, date: last.report.date })],
  });

  // what the new round starts with: deadlines now past are worth knowing at once
  const started = validateLedgerText(text, output, { maxItems: options.maxItems });
  await ctx.report(started.problems, { files: [output] });
  if (!started.ledger) return;
  host.ensureDir(dirname(output), output);
  host.write([{ target, shown: output, data: text }], { exclusive: options.force !== true });
  await ctx.tell('next.wrote', { file: output, date }, 'done');
  await ctx.tell('next.then', { ledger: output, sheet: output.replace(/\.ya?ml$/i, '.xlsx') });
}

export const nextCommand: CommandModule = {
  name: 'next',
  register(command: Command, ctx: CliContext): void {
    command
      .description(ctx.say('help.next'))
      .addHelpText('after', ctx.say('help.next.examples'))
      .argument('<LEDGER>', ctx.say('help.argument.last-round'))
      .addOption(new Option('--date <date>', ctx.say('help.option.next-date')).argParser(parseIsoDate))
      .option('-o, --output <dir-or-file>', ctx.say('help.option.next-output'))
      .option('-f, --force', ctx.say('help.option.force'))
      .addOption(itemsOption(ctx))
      .action(async (file: string, options: NextOptions) => runNext(file, options, ctx));
  },
};

import { Option, type Command } from 'commander';
import { diffLedgers } from '../../core/diff/diff-ledgers.js';
import { parseColumnMap, type ColumnMap } from '../../core/spreadsheet/index.js';
import { displayName } from '../../host/index.js';
import type { IsoDate } from '../../model/ledger.js';
import { fail, Failure, hasErrors, placeIn } from '../../model/problem.js';
import { chalkFor } from '../color.js';
import { limitOptions } from './validate.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';
import { importSpreadsheetToYaml } from '../pipeline/import.js';
import { formatDiffHuman } from '../report/diff/format-human.js';
import { visibleIn } from '../report/visible.js';
import { defaultOutput, writeOutput } from './outputs.js';
import { parseIsoDate } from './stats.js';

interface ImportOptions {
  output?: string;
  into?: string;
  date?: IsoDate;
  map?: string;
  force?: boolean;
  maxBytes: number;
  maxAliases: number;
  maxItems: number;
}

function loadMap(path: string, ctx: CliContext, maxAliases: number): ColumnMap {
  const parsed = parseColumnMap(ctx.host.readText(path), path, maxAliases);
  if (!parsed.map) throw new Failure(parsed.problems);
  return parsed.map;
}

async function runImport(file: string, options: ImportOptions, ctx: CliContext): Promise<void> {
  const { host } = ctx;
  const name = displayName(file);
  const map = options.map !== undefined ? loadMap(options.map, ctx, options.maxAliases) : undefined;
  if (options.into === '-') fail('usage', placeIn(''), { kind: 'invalidArgument', what: '--into', value: '-' });
  const bytes = await host.readInput(file, options.maxBytes);
  if (bytes.length > options.maxBytes) fail('too-large', placeIn(name), { size: `${options.maxBytes}+`, max: options.maxBytes });
  const into = options.into !== undefined ? { file: options.into, bytes: await host.readInput(options.into, options.maxBytes) } : undefined;
  if (into && into.bytes.length > options.maxBytes) fail('too-large', placeIn(into.file), { size: `${options.maxBytes}+`, max: options.maxBytes });
  // into a ledger: that ledger is the output unless -o names another
  const output = options.output ?? options.into ?? defaultOutput(file, 'yaml');

  const result = await importSpreadsheetToYaml(bytes, {
    file: name,
    output: output === '-' ? '<stdout>' : output,
    ...(output !== '-' ? { outputPath: host.path(output) } : {}),
    today: host.today(),
    schemaFile: host.schemaPath,
    fillInComment: (keys) => ctx.say('import.fill-in-comment', { keys: keys.join('、') }).split('\n'),
    ...(map ? { map } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    ...(into ? { into, force: options.force === true } : {}),
    limits: { maxBytes: options.maxBytes },
    maxAliases: options.maxAliases,
    maxItems: options.maxItems,
  });
  const files = into ? [name, into.file] : [name];
  await ctx.report(result.problems, { files });
  // every row read is accounted for: the count, what was imported, what was reported above
  const rows = result.rows;
  if (rows) {
    const issues = result.ledger?.aspects.reduce((n, a) => n + a.issues.length, 0);
    const measures = result.ledger?.aspects.reduce((n, a) => n + a.issues.reduce((k, i) => k + i.measures.length, 0), 0);
    await ctx.tell('import.rows', { sheet: rows.sheet, read: rows.read, skipped: rows.skipped, ...(issues !== undefined && measures !== undefined ? { issues, measures } : {}) });
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (result.yaml === undefined || hasErrors(result.problems)) return ctx.tell('import.failed', { errors, ledger: into?.file ?? '' });

  if (into && result.before && result.ledger) {
    const bom = into.bytes[0] === 0xef && into.bytes[1] === 0xbb && into.bytes[2] === 0xbf ? '\uFEFF' : '';
    if (output === into.file && result.yaml === new TextDecoder().decode(into.bytes)) return ctx.tell('import.unchanged', { ledger: into.file });
    // what the sheet changed, as `rectify diff` shows it
    await writeText(ctx.io.stdout, formatDiffHuman(visibleIn(diffLedgers(result.before, result.ledger)), ctx.lang(), chalkFor(ctx.io.stdout, ctx.io.env)));
    if (output === into.file) {
      // the ledger is replaced whole, atomically: a failed write leaves it as it was
      host.write([{ target: host.path(into.file), shown: into.file, data: bom + result.yaml }]);
      return ctx.tell('import.updated', { ledger: into.file }, 'done');
    }
  }
  const force = options.force === true || (into !== undefined && output === into.file);
  if ((await writeOutput(output, file, result.yaml, { force }, host, ctx.io)) === 'file') {
    await ctx.tell('output.wrote', { file: output }, 'done');
  }
}

export const importCommand: CommandModule = {
  name: 'import',
  register(command: Command, ctx: CliContext): void {
    command
      .description(ctx.say('help.import'))
      .addHelpText('after', ctx.say('help.import.examples'))
      .argument('<FILE>', ctx.say('help.argument.sheet'))
      .option('--into <ledger>', ctx.say('help.option.into'))
      .option('-o, --output <file>', ctx.say('help.option.import-output'))
      .addOption(new Option('--date <date>', ctx.say('help.option.import-date')).argParser(parseIsoDate))
      .option('--map <file>', ctx.say('help.option.map'))
      .option('-f, --force', ctx.say('help.option.import-force'));
    limitOptions(command, ctx).action(async (file: string, options: ImportOptions) => runImport(file, options, ctx));
  },
};

import type { Command } from 'commander';
import { limitOptions } from './validate.js';
import { parseColumnMap, type ColumnMap } from '../../core/spreadsheet/index.js';
import { displayName } from '../../host/index.js';
import { fail, Failure, hasErrors, placeIn } from '../../model/problem.js';
import type { CliContext, CommandModule } from '../context.js';
import { importSpreadsheetToYaml } from '../pipeline/import.js';
import { defaultOutput, writeOutput } from './outputs.js';

interface ImportOptions {
  output?: string;
  map?: string;
  force?: boolean;
  maxBytes: number;
  maxAliases: number;
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
  const bytes = await host.readInput(file, options.maxBytes);
  if (bytes.length > options.maxBytes) fail('too-large', placeIn(name), { size: `${options.maxBytes}+`, max: options.maxBytes });
  const output = options.output ?? defaultOutput(file, 'yaml');

  const result = await importSpreadsheetToYaml(bytes, {
    file: name,
    output: output === '-' ? '<stdout>' : output,
    ...(output !== '-' ? { outputPath: host.path(output) } : {}),
    today: host.today(),
    schemaFile: host.schemaPath,
    fillInComment: (keys) => ctx.say('import.fill-in-comment', { keys: keys.join('、') }).split('\n'),
    ...(map ? { map } : {}),
    limits: { maxBytes: options.maxBytes },
    maxAliases: options.maxAliases,
  });
  await ctx.report(result.problems, { files: [name] });
  // every row read is accounted for: the count, what was imported, what was reported above
  const rows = result.rows;
  if (rows) {
    const issues = result.ledger?.aspects.reduce((n, a) => n + a.issues.length, 0);
    const measures = result.ledger?.aspects.reduce((n, a) => n + a.issues.reduce((k, i) => k + i.measures.length, 0), 0);
    await ctx.tell('import.rows', { sheet: rows.sheet, read: rows.read, skipped: rows.skipped, ...(issues !== undefined && measures !== undefined ? { issues, measures } : {}) });
  }
  if (result.yaml === undefined || hasErrors(result.problems)) return ctx.tell('import.failed');
  if ((await writeOutput(output, file, result.yaml, { force: options.force === true }, host, ctx.io)) === 'file') {
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
      .option('-o, --output <file>', ctx.say('help.option.import-output'))
      .option('--map <file>', ctx.say('help.option.map'))
      .option('-f, --force', ctx.say('help.option.force'));
    limitOptions(command, ctx).action(async (file: string, options: ImportOptions) => runImport(file, options, ctx));
  },
};

import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { ledgerToSpreadsheet, type SpreadsheetFormat } from '../../core/spreadsheet/index.js';
import { overlongTexts } from '../../core/spreadsheet/export.js';
import type { CliContext, CommandModule } from '../context.js';
import { defaultOutput, writeOutput } from './outputs.js';
import { loadValidLedger } from './stats.js';
import { itemsOption } from './validate.js';

interface ExportOptions {
  format?: SpreadsheetFormat;
  output?: string;
  force?: boolean;
  maxItems?: number;
}

/** An explicit --format wins; else the -o extension; else xlsx. */
function formatFor(options: ExportOptions): SpreadsheetFormat {
  if (options.format) return options.format;
  return options.output !== undefined && extname(options.output).toLowerCase() === '.csv' ? 'csv' : 'xlsx';
}

async function runExport(ledgerFile: string, options: ExportOptions, ctx: CliContext): Promise<void> {
  const ledger = await loadValidLedger(ledgerFile, ctx, { maxItems: options.maxItems });
  if (ledger === undefined) return ctx.tell('export.invalid');
  const format = formatFor(options);
  const overlong = overlongTexts(ledger, ledgerFile);
  if (overlong.length > 0) {
    await ctx.report(overlong, { files: [ledgerFile] });
    return ctx.tell('export.invalid');
  }
  const data = await ledgerToSpreadsheet(ledger, format, { date: ctx.host.documentDate(ledger.report.date) });
  const output = options.output ?? defaultOutput(ledgerFile, format);
  if ((await writeOutput(output, ledgerFile, data, { force: options.force === true }, ctx.host, ctx.io)) === 'file') {
    await ctx.tell('output.wrote', { file: output }, 'done');
  }
}

export const exportCommand: CommandModule = {
  name: 'export',
  register(command: Command, ctx: CliContext): void {
    command
      .description(ctx.say('help.export'))
      .addHelpText('after', ctx.say('help.export.examples'))
      .argument('<LEDGER>', ctx.say('help.argument.ledger'))
      .addOption(new Option('--format <format>', ctx.say('help.option.export-format')).choices(['xlsx', 'csv']))
      .option('-o, --output <file>', ctx.say('help.option.export-output'))
      .option('-f, --force', ctx.say('help.option.force'))
      .addOption(itemsOption(ctx))
      .action(async (ledger: string, options: ExportOptions) => runExport(ledger, options, ctx));
  },
};

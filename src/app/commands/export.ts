import { extname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { hasErrors } from '../../model/diagnostic.js';
import { displayName, readLedgerInput } from '../../core/load/index.js';
import { exportDate, ledgerToSpreadsheet, type SpreadsheetFormat } from '../../core/spreadsheet/index.js';
import { defaultOutput, writeOutputFile } from '../../host/output-file.js';
import { validateLedgerText } from '../../core/validate/index.js';
import { chalkFor } from '../color.js';
import type { CliContext, CommandModule } from '../context.js';
import { reportDiagnostics } from '../report/index.js';
import { writeText } from '../io.js';

interface ExportOptions {
  format?: SpreadsheetFormat;
  output?: string;
  force?: boolean;
}

const TEXT = {
  zh: { wrote: (p: string) => `已写入 ${p}`, invalid: '台账有错误，未导出' },
  en: { wrote: (p: string) => `wrote ${p}`, invalid: 'the ledger has errors; nothing was exported' },
} as const;

const HELP = `
Examples:
  rectify export ledger.yaml                  写出 ledger.xlsx（整改台账表 + 隐藏的“台账信息”表）
  rectify export ledger.yaml --format csv     写出 ledger.csv（UTF-8 带 BOM，Excel 直接打开）
  rectify export ledger.yaml -o 台账.xlsx --force

The workbook is reproducible: its timestamps come from SOURCE_DATE_EPOCH, else report.date.
`;

/** An explicit --format wins; else the -o extension; else xlsx. */
function formatFor(options: ExportOptions): SpreadsheetFormat {
  if (options.format) return options.format;
  return options.output !== undefined && extname(options.output).toLowerCase() === '.csv' ? 'csv' : 'xlsx';
}

async function runExport(ledgerFile: string, options: ExportOptions, ctx: CliContext): Promise<void> {
  const { lang } = ctx.globals();
  const { io } = ctx;
  const name = displayName(ledgerFile);
  const bytes = await readLedgerInput(ledgerFile, io, lang);
  const checked = validateLedgerText(bytes, name, { lang });
  if (!checked.ledger || hasErrors(checked.diagnostics)) {
    await reportDiagnostics(io, checked.diagnostics, { format: 'human', lang, files: [name] });
    await writeText(io.stderr, `${TEXT[lang].invalid}\n`);
    ctx.fail(1);
    return;
  }
  await reportDiagnostics(io, checked.diagnostics, { format: 'human', lang, files: [name] });

  const format = formatFor(options);
  const data = await ledgerToSpreadsheet(checked.ledger, format, { date: exportDate(checked.ledger, io.env) });
  const output = options.output ?? defaultOutput(ledgerFile, format);
  if (output === '-') {
    await new Promise<void>((done, fail) => io.stdout.write(data, (e) => (e ? fail(e) : done())));
    return;
  }
  writeOutputFile(output, resolve(io.cwd, output), ledgerFile === '-' ? undefined : resolve(io.cwd, ledgerFile), data, {
    force: options.force === true,
    lang,
  });
  await writeText(io.stderr, `${chalkFor(io.stderr, io.env).green(TEXT[lang].wrote(output))}\n`);
}

export const exportCommand: CommandModule = {
  name: 'export',
  register(command: Command, ctx: CliContext): void {
    command
      .description('write the ledger as a spreadsheet: xlsx or csv (导出整改台账表)')
      .argument('<LEDGER>', 'ledger file; - reads standard input')
      .addOption(new Option('--format <format>', 'xlsx or csv (default: from -o, else xlsx)').choices(['xlsx', 'csv']))
      .option('-o, --output <file>', 'output file; - writes standard output (default: LEDGER with .xlsx/.csv)')
      .option('-f, --force', 'overwrite an existing output file')
      .addHelpText('after', HELP)
      .action(async (ledger: string, options: ExportOptions) => runExport(ledger, options, ctx));
  },
};

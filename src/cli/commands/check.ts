import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { RuleParams, RuleResult } from '../../core/check/types.js';
import type { CliContext, CommandModule } from '../context.js';
import { FORMATS, type OutputFormat } from '../format/index.js';
import { writeText } from '../io.js';
import { positiveInteger } from './validate.js';

const PRINT_MODES = ['auto', 'always', 'never'] as const;
type PrintMode = (typeof PRINT_MODES)[number];

interface CheckOptions {
  format: OutputFormat;
  print: PrintMode;
  maxBytes: number;
  printTimeout: number;
  verbose?: boolean;
}

/** 50 MiB: kept here (not imported from src/host) so declaring the command loads nothing heavy. */
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const DEFAULT_PRINT_TIMEOUT_S = 180;

interface FileReport {
  file: string;
  /** undefined when the file could not be checked */
  rules?: RuleResult[];
  printed: 'checked' | 'skipped' | 'failed' | 'off';
}

function diagnostic(file: string, code: string, message: string, hint: string): Diagnostic {
  return { severity: 'error', code, message, file, line: 0, column: 0, path: '', hint };
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`not a positive number of seconds: ${value}`);
  return n;
}

async function runCheck(files: string[], options: CheckOptions, ctx: CliContext): Promise<void> {
  const { lang } = ctx.globals();
  // everything heavy is loaded only when check runs (see CommandModule)
  const [core, host, printer, words, human] = await Promise.all([
    import('../../core/check/index.js'),
    import('../../host/docx-file.js'),
    import('../../host/pdf-layout.js'),
    import('../check-messages.js'),
    import('../format/human.js'),
  ]);

  const tools = options.print === 'never' ? undefined : printer.findPrintTools(ctx.io.env);
  const missing = tools ? printer.missingPrintTools(tools).join(', ') : '';
  const diagnostics: Diagnostic[] = [];
  const reports: FileReport[] = [];
  const problem = (file: string, code: string, params: RuleParams) => {
    const w = words.problemWords(code, file, params, lang);
    diagnostics.push(diagnostic(file, code, w.message, w.hint));
  };

  for (const file of files) {
    let bytes: Uint8Array;
    let rules: RuleResult[];
    try {
      bytes = await host.readBoundedFile(file, ctx.io.cwd, options.maxBytes);
      rules = core.checkDocxParts(host.docxParts(bytes));
    } catch (error) {
      if (error instanceof host.DocxReadError || error instanceof core.CheckInputError) {
        problem(file, error.problem, error.params);
        ctx.fail(2);
        reports.push({ file, printed: 'off' });
        continue;
      }
      throw error;
    }

    let printed: FileReport['printed'] = 'off';
    if (options.print !== 'never') {
      if (missing !== '') {
        if (options.print === 'always') {
          problem(file, 'print-tools-missing', { missing });
          ctx.fail(2);
          printed = 'failed';
        } else printed = 'skipped';
      } else {
        try {
          const xhtml = await printer.printedLayoutXhtml(bytes, { env: ctx.io.env, timeoutMs: options.printTimeout * 1000 });
          rules = [...rules, ...core.checkPrintedLayout(xhtml)];
          printed = 'checked';
        } catch (error) {
          if (error instanceof printer.PrintError) problem(file, error.problem, error.params);
          // pdftotext's output was not XML
          else if (error instanceof core.CheckInputError) problem(file, 'pdftotext-failed', { code: 0, detail: String(error.params.detail ?? error.problem) });
          else throw error;
          ctx.fail(2);
          printed = 'failed';
        }
      }
    }

    for (const r of rules) {
      if (r.status !== 'fail') continue;
      const t = words.ruleText(r.rule, lang);
      diagnostics.push(diagnostic(file, `gbt-${r.rule}`, t.message(r.params), t.hint(r.params)));
      ctx.fail(1);
    }
    reports.push({ file, rules, printed });
  }

  switch (options.format) {
    case 'json': {
      const { buildJsonReport } = await import('../format/json.js');
      const report = {
        ...buildJsonReport(files, diagnostics),
        checks: reports.map((r) => ({ file: r.file, printed: r.printed, ...(r.rules ? { rules: r.rules } : {}) })),
      };
      await writeText(ctx.io.stdout, `${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    case 'github': {
      const { formatGithub } = await import('../format/github.js');
      await writeText(ctx.io.stdout, formatGithub(diagnostics));
      return;
    }
    case 'human': {
      const { chalkFor } = await import('../color.js');
      const c = chalkFor(ctx.io.stderr, ctx.io.env);
      const lines: string[] = [];
      for (const report of reports) {
        const mine = diagnostics.filter((d) => d.file === report.file);
        for (const d of mine) lines.push(human.formatHumanDiagnostic(d, lang, c));
        if (!report.rules) continue;
        if (options.verbose) {
          for (const r of report.rules) if (r.status !== 'fail') lines.push(`${c.bold(report.file)}: ${c.dim(words.verboseLine(r.rule, r.status, lang))} ${c.dim(`[gbt-${r.rule}]`)}`);
        }
        const tally = {
          pass: report.rules.filter((r) => r.status === 'pass').length,
          fail: report.rules.filter((r) => r.status === 'fail').length,
          absent: report.rules.filter((r) => r.status === 'absent').length,
        };
        const summary = words.summaryLine(tally, lang, report.printed === 'skipped' ? missing : undefined);
        lines.push(files.length > 1 ? `${c.bold(report.file)}: ${summary}` : summary);
      }
      await writeText(ctx.io.stderr, lines.length > 0 ? `${lines.join('\n')}\n` : '');
      return;
    }
  }
}

const HELP_EXAMPLES = `
Examples:
  rectify check report.docx                        GB/T 9704 rules; also the printed page when LibreOffice is installed
  rectify check report.docx --print never          the document's settings only (no LibreOffice needed)
  rectify check received/*.docx --print always     fail (exit 2) if LibreOffice or pdftotext is missing
  rectify check report.docx --format json | jq '.checks[0].rules[] | select(.status == "fail")'
  rectify --lang en check report.docx --verbose    English, with the rules that passed or did not apply

Printed rules need soffice (LibreOffice) and pdftotext (poppler):
  apt-get install libreoffice-writer-nogui poppler-utils

Exit status: 0 every rule passes, 1 a rule fails, 2 a file cannot be read or printed.
`;

export const checkCommand: CommandModule = {
  name: 'check',
  register(command: Command, ctx: CliContext): void {
    command
      .description('check a .docx against GB/T 9704-2012 (公文格式检查)')
      .addHelpText('after', HELP_EXAMPLES)
      .argument('<DOCX...>', '.docx files: rectify\'s reports or any 公文 made by Word or WPS')
      .addOption(new Option('--format <format>', 'diagnostic output').choices(FORMATS).default('human'))
      .addOption(new Option('--print <when>', 'also check the page as LibreOffice prints it').choices(PRINT_MODES).default('auto'))
      .option('--verbose', 'also list the rules that passed or did not apply')
      .addOption(new Option('--max-bytes <n>', 'refuse files larger than n bytes').argParser(positiveInteger).default(DEFAULT_MAX_BYTES))
      .addOption(new Option('--print-timeout <seconds>', 'time limit of each LibreOffice or pdftotext run').argParser(seconds).default(DEFAULT_PRINT_TIMEOUT_S))
      .action(async (files: string[], options: CheckOptions) => runCheck(files, options, ctx));
  },
};

/**
 * `rectify check FILE.docx…`: GB/T 9704-2012 conformance of a .docx, rectify's or anyone's. The
 * rules read the XML (src/core/check); with LibreOffice and pdftotext on the PATH the printed page
 * is measured too (the host prints it). A failed rule is the problem `gbt-<rule>` (exit 1: the
 * document does not conform); a file that cannot be read or printed is exit 2 (src/app/exit.ts).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { RuleResult } from '../../core/check/types.js';
import { displayName } from '../../host/index.js';
import { Failure, type Problem } from '../../model/problem.js';
import { chalkFor } from '../color.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';
import { FORMATS, type OutputFormat } from '../report/index.js';
import { positiveInteger } from './validate.js';
import { pushAll } from '../../model/lists.js';

const PRINT_MODES = ['auto', 'always', 'never'] as const;
type PrintMode = (typeof PRINT_MODES)[number];

interface CheckOptions {
  format: OutputFormat;
  print: PrintMode;
  maxBytes: number;
  printTimeout: number;
  verbose?: boolean;
}

/** 50 MiB (src/host/docx-file.ts reads at most what it is told). */
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const DEFAULT_PRINT_TIMEOUT_S = 180;

/** What became of one file: its rules (none when it could not be read) and whether it was printed. */
interface FileCheck {
  file: string;
  rules?: RuleResult[];
  printed: 'checked' | 'skipped' | 'failed' | 'off';
  problems: Problem[];
}

/** For `--print-timeout`; the error's text is a catalogue key (see main's usage errors). */
function seconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('positive-number');
  return n;
}

/** A file read and its XML rules checked; `bytes` when it could be read, for printing. */
async function readAndCheck(path: string, options: CheckOptions, ctx: CliContext): Promise<FileCheck & { bytes?: Uint8Array }> {
  const file = displayName(path);
  const { checkDocxParts } = await import('../../core/check/index.js');
  try {
    const bytes = await ctx.host.docx.read(path, options.maxBytes);
    return { file, bytes, rules: checkDocxParts(await ctx.host.docx.parts(bytes, file), file), printed: 'off', problems: [] };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { file, printed: 'off', problems: [...error.problems] };
  }
}

/**
 * Every file's XML rules, then the printed rules of all that could be read, printed together (one
 * LibreOffice start for a folder of documents), then each file's findings.
 */
async function runCheck(paths: string[], options: CheckOptions, ctx: CliContext): Promise<void> {
  const { checkPrintedLayout, ruleProblems } = await import('../../core/check/index.js');
  const missing = options.print === 'never' ? [] : ctx.host.missingPrintTools();
  const checks: (FileCheck & { bytes?: Uint8Array })[] = [];
  for (const path of paths) checks.push(await readAndCheck(path, options, ctx));

  const readable = checks.filter((c) => c.bytes !== undefined);
  if (options.print !== 'never' && readable.length > 0) {
    if (missing.length > 0 && options.print === 'auto') {
      for (const c of readable) c.printed = 'skipped';
    } else {
      let layouts: (string | Failure)[];
      try {
        layouts = await ctx.host.printedLayouts(
          readable.map((c) => ({ docx: c.bytes!, file: c.file })),
          options.printTimeout * 1000,
        );
      } catch (error) {
        if (!(error instanceof Failure)) throw error;
        // the tools are missing or out of time: every file is unprinted, the problem said once per file
        layouts = readable.map((c) => new Failure(error.problems.map((p) => ({ ...p, place: { ...p.place, file: c.file } }))));
      }
      readable.forEach((c, i) => {
        const layout = layouts[i]!;
        if (layout instanceof Failure) {
          pushAll(c.problems, layout.problems);
          c.printed = 'failed';
        } else {
          c.rules = [...c.rules!, ...checkPrintedLayout(layout, c.file)];
          c.printed = 'checked';
        }
      });
    }
  }
  for (const c of checks) {
    if (c.rules) pushAll(c.problems, ruleProblems(c.rules, c.file));
    // a person reads each file's findings in turn; a machine gets one document at the end
    if (options.format === 'human') await tellHuman(c, paths.length > 1, missing, options, ctx);
  }
  if (options.format === 'human') return;
  await ctx.report(
    checks.flatMap((c) => c.problems),
    {
      format: options.format,
      files: checks.map((c) => c.file),
      jsonExtra: { checks: checks.map((c) => ({ file: c.file, printed: c.printed, ...(c.rules ? { rules: c.rules } : {}) })) },
    },
  );
}

/** One file, for a person: its diagnostics, with --verbose what passed or did not apply, and a summary line. */
async function tellHuman(check: FileCheck, several: boolean, missing: readonly string[], options: CheckOptions, ctx: CliContext): Promise<void> {
  await ctx.report(check.problems, { format: 'human', noSummary: true });
  if (!check.rules) return;
  const c = chalkFor(ctx.io.stderr, ctx.io.env);
  const lines: string[] = [];
  if (options.verbose) {
    for (const r of check.rules) {
      if (r.status === 'fail') continue;
      lines.push(`${c.bold(check.file)}: ${c.dim(ctx.say(r.status === 'pass' ? 'check.pass' : 'check.absent', { rule: r.rule }))} ${c.dim(`[gbt-${r.rule}]`)}`);
    }
  }
  const count = (status: RuleResult['status']) => check.rules!.filter((r) => r.status === status).length;
  const summary = ctx.say('check.summary', {
    pass: count('pass'),
    fail: count('fail'),
    absent: count('absent'),
    printSkipped: check.printed === 'skipped' ? missing.join(', ') : '',
  });
  lines.push(several ? `${c.bold(check.file)}: ${summary}` : summary);
  await writeText(ctx.io.stderr, `${lines.join('\n')}\n`);
}

export const checkCommand: CommandModule = {
  name: 'check',
  register(command: Command, ctx: CliContext): void {
    command
      .description(ctx.say('help.check'))
      .addHelpText('after', ctx.say('help.check.examples'))
      .argument('<DOCX...>', ctx.say('help.argument.docx'))
      .addOption(new Option('--format <format>', ctx.say('help.option.diagnostics-format')).choices(FORMATS).default('human'))
      .addOption(new Option('--print <when>', ctx.say('help.option.print')).choices(PRINT_MODES).default('auto'))
      .option('--verbose', ctx.say('help.option.verbose'))
      .addOption(new Option('--max-bytes <n>', ctx.say('help.option.docx-max-bytes')).argParser(positiveInteger).default(DEFAULT_MAX_BYTES))
      .addOption(new Option('--print-timeout <seconds>', ctx.say('help.option.print-timeout')).argParser(seconds).default(DEFAULT_PRINT_TIMEOUT_S))
      .action(async (files: string[], options: CheckOptions) => runCheck(files, options, ctx));
  },
};

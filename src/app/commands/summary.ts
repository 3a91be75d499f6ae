import { Option, type Command } from 'commander';
import { join, relative } from 'node:path';
import { displayName } from '../../host/index.js';
import type { IsoDate } from '../../model/ledger.js';
import { hasErrors, placeIn, problem, sortProblems, type Problem } from '../../model/problem.js';
import { summariseRound } from '../../core/summary/index.js';
import { expandLedgerArgs, progressBar, readUnitLedgers, SILENT_PROGRESS } from '../batch/index.js';
import type { CliContext, CommandModule } from '../context.js';
import { DEFAULT_SETS, prepareTemplates } from '../pipeline/index.js';
import {
  leftOutProblem,
  placeUnitProblems,
  readSummaryLedger,
  SUMMARY_FORMATS,
  summaryTemplateChoice,
  unitsThatFailed,
  writeSummary,
  type UnitReadSettings,
} from '../pipeline/summary.js';
import { checkFormats, formatList } from './build.js';
import { parseIsoDate } from './stats.js';
import { limitOptions } from './validate.js';
import { pushAll } from '../../model/lists.js';

interface SummaryCliOptions {
  output?: string;
  format: string[];
  templates?: string;
  template: string;
  public?: boolean;
  allowInvalid?: boolean;
  asOf?: IsoDate;
  strict?: boolean;
  quiet?: boolean;
  maxBytes: number;
  maxAliases: number;
  maxItems: number;
}

const DEFAULT_FORMATS = ['md', 'docx'];

/** The command line as meant: a .yaml file named among the units (or summary.yaml in the folder) first, then the folders. */
function summaryFirst(folder: string, args: readonly string[], host: CliContext['host']): string {
  const isYaml = (a: string) => /\.ya?ml$/i.test(a) && !host.isDirectory(a);
  const named = args.filter(isYaml);
  const inFolder = host.yamlFilesIn(folder).find((name) => /^summary\.ya?ml$/i.test(name));
  const first = named.length > 0 ? named : [inFolder !== undefined ? join(folder, inFolder) : 'summary.yaml'];
  const rest = inFolder !== undefined && named.length === 0 ? args : [folder, ...args.filter((a) => !isYaml(a))];
  return [...first, ...rest].join(' ');
}

async function runSummary(summaryFile: string, args: string[], options: SummaryCliOptions, ctx: CliContext): Promise<void> {
  const { host } = ctx;
  const quiet = options.quiet === true;
  const report = (problems: readonly Problem[], files: readonly string[], uncounted = false) =>
    ctx.report(problems, { files: files.map(displayName), quiet, ...(uncounted ? { uncounted } : {}) });

  const checked = checkFormats(options.format, SUMMARY_FORMATS);
  if (checked.problems.length > 0) return report(checked.problems, []);

  // `rectify summary round/units/ round/summary.yaml`: a folder where the summary ledger goes
  if (summaryFile !== '-' && host.isDirectory(summaryFile)) {
    return report([problem('is-directory', placeIn(summaryFile), { input: 'summary', example: summaryFirst(summaryFile, args, host) })], [summaryFile]);
  }
  // folders become the ledgers in them; the summary ledger is never one of its units
  const expanded = expandLedgerArgs(args, host, { exclude: summaryFile });
  if (expanded.problems.length > 0) return report(expanded.problems, args);
  const files = expanded.files;
  if (files.length === 0) return report([problem('no-ledgers', placeIn(args.join(' ')))], args);
  if (summaryFile === '-' && files.includes('-')) return report([problem('stdin-twice', placeIn('<stdin>'))], args);

  const choice = summaryTemplateChoice(options.templates, options.template);
  const prepared = prepareTemplates(choice, host);
  if (!prepared.templates) return report(prepared.problems, [summaryFile]);

  const limits = { strict: options.strict === true, maxBytes: options.maxBytes, maxAliases: options.maxAliases, maxItems: options.maxItems };
  const read = await readSummaryLedger(summaryFile, limits, host);
  const asOf = options.asOf ?? read.summary?.report.date;
  const settings: UnitReadSettings = { ...limits, ...(asOf !== undefined ? { asOf } : {}), cwd: host.cwd, env: { ...host.env } };

  // every unit ledger, on every core
  const progress = quiet || files.length < 2 ? SILENT_PROGRESS : progressBar(ctx.io.stderr, files.length);
  const results = await readUnitLedgers(files, settings, { host, onResult: (file) => progress.tick(displayName(file)) });
  progress.clear();

  const failed = unitsThatFailed(results);
  const allowed = options.allowInvalid === true && failed.unreadable.length === 0;
  const leftOut = allowed ? new Set(failed.invalid) : new Set<string>();
  const counted = results.flatMap((r) => (r.unit ? [r.unit] : []));
  const problems: Problem[] = [...read.problems, ...results.filter((r) => !leftOut.has(r.file)).flatMap((r) => r.problems)];
  // a left-out unit's own problems are shown, so it can be fixed, but the run counts only the warning that it was left out
  const leftOutProblems = results.filter((r) => leftOut.has(r.file)).flatMap((r) => r.problems);
  for (const r of results) if (leftOut.has(r.file)) problems.push(leftOutProblem(r.file, r.problems));
  const shown = [summaryFile, ...files];

  /** Print what was found; when nothing was written, say so in one line (and which units stopped it). */
  const finish = async (written: boolean) => {
    await report(sortProblems(problems), shown);
    if (leftOutProblems.length > 0) await report(sortProblems(leftOutProblems), [], true);
    if (written) return;
    const invalid = allowed ? [] : failed.invalid;
    await ctx.tell('summary.not-written', { invalid: invalid.map((file) => `  ${file}`).join('\n'), allow: invalid.length > 0 && options.allowInvalid !== true ? 1 : 0 });
  };
  if (!read.summary || !read.positions || hasErrors(problems)) return finish(false);

  const round = summariseRound({ summary: read.summary, file: displayName(summaryFile), positions: read.positions, units: counted, leftOut: leftOut.size, asOf: asOf! });
  pushAll(problems, (await placeUnitProblems(round.problems, host, options.maxBytes)));
  if (!round.figures) return finish(false);

  const written = await writeSummary(
    summaryFile,
    read.summary,
    round.figures,
    counted,
    prepared.templates,
    { formats: checked.formats, ...(options.output !== undefined ? { outDir: options.output } : {}), public: options.public === true, cwd: host.cwd },
    [summaryFile, ...files],
    host,
  );
  pushAll(problems, written.problems);
  await finish(written.outputs.length > 0);
  if (written.outputs.length > 0 && !quiet) {
    const f = round.figures;
    await ctx.tell(
      'summary.wrote',
      { files: written.outputs.map((out) => relative(host.cwd, out) || out).join('\n'), units: f.counted, issues: f.issues, done: f.issuesDone, rate: f.rate.text, left: leftOut.size },
      'done',
    );
  }
}

export const summaryCommand: CommandModule = {
  name: 'summary',
  register(command: Command, ctx: CliContext): void {
    const defaults = [...DEFAULT_FORMATS];
    command
      .description(ctx.say('help.summary'))
      .addHelpText('after', ctx.say('help.summary.examples'))
      .argument('<SUMMARY>', ctx.say('help.argument.summary'))
      .argument('<UNITS...>', ctx.say('help.argument.units'))
      .option('-o, --output <dir>', ctx.say('help.option.summary-output'))
      .addOption(
        new Option('--format <formats>', ctx.say('help.option.summary-format', { formats: SUMMARY_FORMATS.join(', ') }))
          .argParser(formatList(defaults))
          .default(defaults, defaults.join(',')),
      )
      .option('--templates <dir>', ctx.say('help.option.summary-templates'))
      .option('--template <name>', ctx.say('help.option.summary-template'), DEFAULT_SETS.summary)
      .option('--public', ctx.say('help.option.summary-public'))
      .option('--allow-invalid', ctx.say('help.option.allow-invalid'))
      .addOption(new Option('--as-of <date>', ctx.say('help.option.summary-as-of')).argParser(parseIsoDate))
      .option('--strict', ctx.say('help.option.strict'))
      .option('--quiet', ctx.say('help.option.quiet'));
    limitOptions(command, ctx).action(async (summary: string, units: string[], options: SummaryCliOptions) => runSummary(summary, units, options, ctx));
  },
};

import { InvalidArgumentError, Option, type Command } from 'commander';
import { extname, relative, resolve } from 'node:path';
import { displayName } from '../../host/index.js';
import { placeIn, problem, type Problem } from '../../model/problem.js';
import { batchSummary, buildLedgers, expandLedgerArgs, progressBar, SILENT_PROGRESS } from '../batch/index.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';
import { DEFAULT_FORMATS as BUILD_DEFAULT_FORMATS, FORMAT_WRITERS, outputFormats, outputPath, prepareTemplates, type BuildSettings, type OutputNaming } from '../pipeline/index.js';
import type { Host } from '../../host/index.js';
import { interruptSignal, runWatch } from '../watch/index.js';
import { limitOptions, positiveInteger } from './validate.js';
import { DEFAULT_MAX_PARAGRAPHS } from '../../core/docx/limits.js';

interface BuildCliOptions {
  output?: string;
  suffix?: string;
  format: string[];
  templates?: string;
  template: string;
  public?: boolean;
  strict?: boolean;
  maxBytes: number;
  maxAliases: number;
  maxItems: number;
  maxParagraphs: number;
  quiet?: boolean;
  watch?: boolean;
}

/**
 * `--format md,docx` or `--format md --format docx`, for an option whose default is `defaults`:
 * commander passes the default first, and an explicit --format replaces it.
 */
export function formatList(defaults: readonly string[]): (value: string, previous: string[] | undefined) => string[] {
  return (value, previous) => {
    const added = value.split(',').map((s) => s.trim());
    return previous === undefined || previous === defaults ? added : [...previous, ...added];
  };
}
// its own array: formatList tells the default from a user's --format by identity
const DEFAULT_FORMATS = [...BUILD_DEFAULT_FORMATS];

/** Formats asked for, each once; an empty or unknown one is a usage error naming what is known. */
export function checkFormats(asked: readonly string[], known: readonly string[] = outputFormats()): { formats: string[]; problems: Problem[] } {
  const formats = [...new Set(asked.filter((f) => f !== ''))];
  const unknown = formats.filter((f) => !known.includes(f));
  if (formats.length === 0 || unknown.length > 0) {
    return { formats: [], problems: [problem('unknown-format', placeIn(''), { formats: unknown.join(', '), known: known.join(', ') })] };
  }
  return { formats, problems: [] };
}

/** A --suffix is part of a file name: no folders in it. */
function parseSuffix(value: string): string {
  if (/[\\/]/.test(value) || value === '.' || value === '..') throw new InvalidArgumentError('suffix');
  return value;
}

/**
 * `-o` names a folder, or — ending in .md, .docx or .pdf and not an existing folder — the one file
 * of a build of one ledger in one format (the format then follows from the name).
 */
function outputNaming(options: BuildCliOptions, formats: string[], files: readonly string[], host: Host): { naming: OutputNaming; formats: string[]; problems: Problem[] } {
  const naming: OutputNaming = { public: options.public === true, ...(options.suffix !== undefined ? { suffix: options.suffix } : {}) };
  const output = options.output;
  if (output === undefined) return { naming, formats, problems: [] };
  const extension = extname(output).slice(1).toLowerCase();
  const format = Object.keys(FORMAT_WRITERS).find((f) => FORMAT_WRITERS[f]!.extension === extension);
  if (format === undefined || host.isDirectory(output)) return { naming: { ...naming, outDir: output }, formats, problems: [] };
  const explicit = options.format !== DEFAULT_FORMATS;
  const problems: Problem[] = [];
  if (files.length !== 1) problems.push(problem('output-file', placeIn(''), { file: output, reason: 'ledgers', count: files.length }));
  else if (explicit && (formats.length !== 1 || formats[0] !== format)) problems.push(problem('output-file', placeIn(''), { file: output, reason: 'formats', formats: formats.join(','), format }));
  return { naming: { ...naming, outFile: output }, formats: [format], problems };
}

async function runBuild(args: string[], options: BuildCliOptions, ctx: CliContext): Promise<void> {
  const { host } = ctx;
  const report = (problems: readonly Problem[], files: readonly string[]) => ctx.report(problems, { files: files.map(displayName), quiet: options.quiet === true });

  const checked = checkFormats(options.format);
  if (checked.problems.length > 0) return report(checked.problems, args);

  // folders become the ledgers in them; a ledger named twice is built once
  const expanded = expandLedgerArgs(args, host);
  const files = expanded.files;
  if (expanded.problems.length > 0) return report(expanded.problems, files);
  const named = outputNaming(options, checked.formats, files, host);
  if (named.problems.length > 0) return report(named.problems, files);
  const { naming, formats } = named;

  // Two ledgers with the same name must not write the same report file.
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const format of formats) {
      const target = outputPath(file, FORMAT_WRITERS[format]!.extension, naming, host.cwd);
      const other = seen.get(target);
      if (other !== undefined) return report([problem('output-collision', placeIn(file), { other, target })], files);
      seen.set(target, file);
    }
  }

  const choice = { ...(options.templates !== undefined ? { templatesDir: options.templates } : {}), template: options.template };
  const settings: BuildSettings = {
    choice,
    formats,
    ...naming,
    public: options.public === true,
    strict: options.strict === true,
    maxBytes: options.maxBytes,
    maxAliases: options.maxAliases,
    maxItems: options.maxItems,
    maxParagraphs: options.maxParagraphs,
    cwd: host.cwd,
    env: { ...host.env },
  };
  if (options.watch) return watchLedgers(files, settings, options, ctx);

  const prepared = prepareTemplates(choice, host);
  if (!prepared.templates) return report(prepared.problems, files);

  // the streams are created only when used (creating one loads Node's stream modules)
  const progress = options.quiet || files.length < 2 ? SILENT_PROGRESS : progressBar(ctx.io.stderr, files.length);
  const results = await buildLedgers(files, settings, {
    templates: prepared.templates,
    host,
    onResult: (file) => progress.tick(displayName(file)),
  });
  progress.clear();
  // one ledger: name each file written; many: the summary below says it in two lines
  if (!options.quiet && files.length === 1) {
    for (const out of results[0]!.outputs) await ctx.tell('build.wrote', { file: relative(host.cwd, out) || out });
  }
  await report(results.flatMap((r) => r.problems), files);
  const failed = results.some((r) => r.outputs.length === 0);
  if (files.length > 1 && (!options.quiet || failed)) {
    await writeText(ctx.io.stderr, batchSummary(files, results, ctx.lang(), host.cwd, naming.outDir !== undefined ? resolve(host.cwd, naming.outDir) : undefined));
  }
}

async function watchLedgers(files: string[], settings: BuildSettings, options: BuildCliOptions, ctx: CliContext): Promise<void> {
  if (files.includes('-')) return ctx.report([problem('watch-stdin', placeIn('<stdin>'))]);
  const { host } = ctx;
  let templateDir: string;
  try {
    templateDir = settings.choice.templatesDir !== undefined ? host.path(settings.choice.templatesDir) : host.templates.shippedDir(settings.choice.template ?? 'default', 'report');
  } catch {
    // an unknown shipped set: prepareTemplates says which
    return ctx.report(prepareTemplates(settings.choice, host).problems);
  }
  const interrupt = interruptSignal();
  try {
    await runWatch({
      files,
      settings,
      host,
      templateDir,
      quiet: options.quiet === true,
      signal: interrupt.signal,
      report: (problems, shown) => ctx.report(problems, { files: shown.map(displayName), quiet: options.quiet === true, uncounted: true }),
      line: (key, params) => writeText(ctx.io.stderr, `${ctx.say(key, params)}\n`),
    });
  } finally {
    interrupt.dispose();
  }
}

export const buildCommand: CommandModule = {
  name: 'build',
  register(command: Command, ctx: CliContext): void {
    command
      .description(ctx.say('help.build'))
      .addHelpText('after', ctx.say('help.build.examples'))
      .argument('<LEDGER...>', ctx.say('help.argument.build-ledgers'))
      .option('-o, --output <dir-or-file>', ctx.say('help.option.output-dir'))
      .addOption(
        new Option('--format <formats>', ctx.say('help.option.build-format', { formats: outputFormats().join(', ') }))
          .argParser(formatList(DEFAULT_FORMATS))
          .default(DEFAULT_FORMATS, DEFAULT_FORMATS.join(',')),
      )
      .option('--templates <dir>', ctx.say('help.option.templates'))
      .option('--template <name>', ctx.say('help.option.template'), 'default')
      .option('--public', ctx.say('help.option.public'))
      .addOption(new Option('--suffix <text>', ctx.say('help.option.suffix')).argParser(parseSuffix))
      .option('--strict', ctx.say('help.option.strict'))
      .option('--quiet', ctx.say('help.option.quiet'))
      .option('--watch', ctx.say('help.option.watch'))
      .addOption(new Option('--max-paragraphs <n>', ctx.say('help.option.max-paragraphs')).argParser(positiveInteger).default(DEFAULT_MAX_PARAGRAPHS));
    limitOptions(command, ctx).action(async (files: string[], options: BuildCliOptions) => runBuild(files, options, ctx));
  },
};

import { Option, type Command } from 'commander';
import { relative, resolve } from 'node:path';
import { displayName } from '../../host/index.js';
import { placeIn, problem, type Problem } from '../../model/problem.js';
import { batchSummary, buildLedgers, expandLedgerArgs, progressBar, SILENT_PROGRESS } from '../batch/index.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';
import { DEFAULT_FORMATS as BUILD_DEFAULT_FORMATS, FORMAT_WRITERS, outputFormats, outputPath, prepareTemplates, type BuildSettings } from '../pipeline/index.js';
import { interruptSignal, runWatch } from '../watch/index.js';
import { limitOptions } from './validate.js';

interface BuildCliOptions {
  output?: string;
  format: string[];
  templates?: string;
  template: string;
  public?: boolean;
  strict?: boolean;
  maxBytes: number;
  maxAliases: number;
  quiet?: boolean;
  watch?: boolean;
}

function formatList(value: string, previous: string[] | undefined): string[] {
  const added = value.split(',').map((s) => s.trim());
  // Commander passes the default first; an explicit --format replaces it.
  return previous === undefined || previous === DEFAULT_FORMATS ? added : [...previous, ...added];
}
// its own array: formatList tells the default from a user's --format by identity
const DEFAULT_FORMATS = [...BUILD_DEFAULT_FORMATS];

/** Formats asked for, each once; an empty or unknown one is a usage error naming what is known. */
function checkFormats(asked: readonly string[]): { formats: string[]; problems: Problem[] } {
  const formats = [...new Set(asked.filter((f) => f !== ''))];
  const unknown = formats.filter((f) => !Object.hasOwn(FORMAT_WRITERS, f));
  if (formats.length === 0 || unknown.length > 0) {
    return { formats: [], problems: [problem('unknown-format', placeIn(''), { formats: unknown.join(', '), known: outputFormats().join(', ') })] };
  }
  return { formats, problems: [] };
}

async function runBuild(args: string[], options: BuildCliOptions, ctx: CliContext): Promise<void> {
  const { host } = ctx;
  const report = (problems: readonly Problem[], files: readonly string[]) => ctx.report(problems, { files: files.map(displayName), quiet: options.quiet === true });

  const checked = checkFormats(options.format);
  if (checked.problems.length > 0) return report(checked.problems, args);
  const formats = checked.formats;

  // folders become the ledgers in them; a ledger named twice is built once
  const expanded = expandLedgerArgs(args, host);
  const files = expanded.files;
  if (expanded.problems.length > 0) return report(expanded.problems, files);

  // Two ledgers with the same name must not write the same report file.
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const format of formats) {
      const target = outputPath(file, FORMAT_WRITERS[format]!.extension, options.output, host.cwd);
      const other = seen.get(target);
      if (other !== undefined) return report([problem('output-collision', placeIn(file), { other, target })], files);
      seen.set(target, file);
    }
  }

  const choice = { ...(options.templates !== undefined ? { templatesDir: options.templates } : {}), template: options.template };
  const settings: BuildSettings = {
    choice,
    formats,
    ...(options.output !== undefined ? { outDir: options.output } : {}),
    public: options.public === true,
    strict: options.strict === true,
    maxBytes: options.maxBytes,
    maxAliases: options.maxAliases,
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
    await writeText(ctx.io.stderr, batchSummary(files, results, ctx.lang(), host.cwd, options.output !== undefined ? resolve(host.cwd, options.output) : undefined));
  }
}

async function watchLedgers(files: string[], settings: BuildSettings, options: BuildCliOptions, ctx: CliContext): Promise<void> {
  if (files.includes('-')) return ctx.report([problem('watch-stdin', placeIn('<stdin>'))]);
  const { host } = ctx;
  let templateDir: string;
  try {
    templateDir = settings.choice.templatesDir !== undefined ? host.path(settings.choice.templatesDir) : host.templates.shippedDir(settings.choice.template ?? 'default');
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
      .option('-o, --output <dir>', ctx.say('help.option.output-dir'))
      .addOption(
        new Option('--format <formats>', ctx.say('help.option.build-format', { formats: outputFormats().join(', ') }))
          .argParser(formatList)
          .default(DEFAULT_FORMATS, DEFAULT_FORMATS.join(',')),
      )
      .option('--templates <dir>', ctx.say('help.option.templates'))
      .option('--template <name>', ctx.say('help.option.template'), 'default')
      .option('--public', ctx.say('help.option.public'))
      .option('--strict', ctx.say('help.option.strict'))
      .option('--quiet', ctx.say('help.option.quiet'))
      .option('--watch', ctx.say('help.option.watch'));
    limitOptions(command, ctx).action(async (files: string[], options: BuildCliOptions) => runBuild(files, options, ctx));
  },
};

import { Option, type Command } from 'commander';
import { relative, resolve } from 'node:path';
import { batchSummary, buildLedgers, expandLedgerArgs, progressBar, SILENT_PROGRESS, type BatchSettings } from '../batch/index.js';
import { shippedTemplateSetDir } from '../../host/template-set.js';
import { interruptSignal, runWatch } from '../watch/index.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { DEFAULT_FORMATS as BUILD_DEFAULT_FORMATS, outputFormats, outputPath, prepareTemplates, FORMAT_WRITERS } from '../pipeline/index.js';
import { DEFAULT_MAX_ALIASES, DEFAULT_MAX_BYTES, displayName } from '../../core/load/index.js';
import type { CliContext, CommandModule } from '../context.js';
import { reportDiagnostics } from '../report/index.js';
import { writeText } from '../io.js';
import { applyStrictAndQuiet, positiveInteger } from './validate.js';

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
  const added = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  // Commander passes the default first; an explicit --format replaces it.
  return previous === undefined || previous === DEFAULT_FORMATS ? added : [...previous, ...added];
}
// its own array: formatList tells the default from a user's --format by identity
const DEFAULT_FORMATS = [...BUILD_DEFAULT_FORMATS];

function usage(code: string, message: string, hint: string, file = ''): Diagnostic {
  return { severity: 'error', code, message, file, line: 0, column: 0, path: '', hint };
}

async function runBuild(args: string[], options: BuildCliOptions, ctx: CliContext): Promise<void> {
  const { lang } = ctx.globals();
  const say = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const all: Diagnostic[] = [];
  let files = args;
  const report = async () =>
    reportDiagnostics(ctx.io, applyStrictAndQuiet(all, false, options.quiet === true), { format: 'human', lang, files: files.map(displayName) });

  const formats = [...new Set(options.format)];
  const unknown = formats.filter((f) => !FORMAT_WRITERS[f]);
  if (unknown.length > 0) {
    all.push(usage('unknown-format', say(`不支持的输出格式：${unknown.join(', ')}`, `unknown output format: ${unknown.join(', ')}`), say(`可用格式：${outputFormats().join(', ')}`, `formats: ${outputFormats().join(', ')}`)));
    ctx.fail(2);
    return report();
  }

  // folders become the ledgers in them; a ledger named twice is built once
  const expanded = expandLedgerArgs(args, ctx.io.cwd, lang);
  files = expanded.files;
  if (expanded.diagnostics.length > 0) {
    all.push(...expanded.diagnostics);
    ctx.fail(2);
    return report();
  }

  // Two ledgers with the same name must not write the same report file.
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const format of formats) {
      const target = outputPath(file, FORMAT_WRITERS[format]!.extension, options.output, ctx.io.cwd);
      const other = seen.get(target);
      if (other !== undefined) {
        all.push(usage('output-collision', say(`${other} 和 ${file} 会写到同一个文件 ${target}`, `${other} and ${file} would both write ${target}`), say('分开构建，或给台账不同的文件名', 'build them separately or rename one ledger'), file));
        ctx.fail(2);
        return report();
      }
      seen.set(target, file);
    }
  }

  const choice = { ...(options.templates !== undefined ? { templatesDir: options.templates } : {}), template: options.template };
  const settings: BatchSettings = {
    choice,
    formats,
    ...(options.output !== undefined ? { outDir: options.output } : {}),
    public: options.public === true,
    strict: options.strict === true,
    maxBytes: options.maxBytes,
    maxAliases: options.maxAliases,
    lang,
    cwd: ctx.io.cwd,
    env: { ...ctx.io.env },
  };
  if (options.watch) return watchLedgers(files, settings, options, ctx);

  const prepared = prepareTemplates(choice, lang, ctx.io.cwd);
  if (!prepared.templates) {
    all.push(...prepared.diagnostics);
    ctx.fail(2);
    return report();
  }

  // the streams are created only when used (creating one loads Node's stream modules)
  const progress = options.quiet || files.length < 2 ? SILENT_PROGRESS : progressBar(ctx.io.stderr, files.length);
  const results = await buildLedgers(files, settings, {
    templates: prepared.templates,
    ...(files.includes('-') ? { stdin: ctx.io.stdin } : {}),
    onResult: (file) => progress.tick(displayName(file)),
  });
  progress.clear();
  for (const result of results) {
    all.push(...result.diagnostics);
    if (result.exitCode !== 0) ctx.fail(result.exitCode);
  }
  // one ledger: name each file written; many: the summary below says it in two lines
  if (!options.quiet && files.length === 1) {
    for (const out of results[0]!.outputs) {
      const shown = relative(ctx.io.cwd, out) || out;
      await writeText(ctx.io.stderr, say(`已生成 ${shown}\n`, `wrote ${shown}\n`));
    }
  }
  await report();
  if (files.length > 1 && (!options.quiet || ctx.exitCode !== 0)) {
    await writeText(ctx.io.stderr, batchSummary(files, results, lang, ctx.io.cwd, options.output !== undefined ? resolve(ctx.io.cwd, options.output) : undefined));
  }
}

async function watchLedgers(files: string[], settings: BatchSettings, options: BuildCliOptions, ctx: CliContext): Promise<void> {
  const { lang } = ctx.globals();
  const say = (zh: string, en: string) => (lang === 'en' ? en : zh);
  if (files.includes('-')) {
    ctx.fail(2);
    const stdin = usage('watch-stdin', say('--watch 不能读取标准输入', '--watch cannot read standard input'), say('给出台账文件', 'name the ledger files'), '-');
    return reportDiagnostics(ctx.io, [stdin], { format: 'human', lang, files });
  }
  let templateDir: string;
  try {
    templateDir = settings.choice.templatesDir !== undefined ? resolve(ctx.io.cwd, settings.choice.templatesDir) : shippedTemplateSetDir(settings.choice.template ?? 'default');
  } catch (error) {
    // an unknown shipped set: prepareTemplates words the diagnostic
    const prepared = prepareTemplates(settings.choice, lang, ctx.io.cwd);
    if (prepared.templates) throw error;
    ctx.fail(2);
    return reportDiagnostics(ctx.io, prepared.diagnostics, { format: 'human', lang, files });
  }
  const interrupt = interruptSignal();
  try {
    await runWatch({
      files,
      settings,
      templateDir,
      stderr: ctx.io.stderr,
      quiet: options.quiet === true,
      signal: interrupt.signal,
      report: (diagnostics, shown) => reportDiagnostics(ctx.io, applyStrictAndQuiet(diagnostics, false, options.quiet === true), { format: 'human', lang, files: shown.map(displayName) }),
    });
  } finally {
    interrupt.dispose();
  }
}

const HELP_EXAMPLES = `
Examples:
  rectify build ledger.yaml                          ledger.md and ledger.docx beside the ledger
  rectify build ledger.yaml -o out --format md,docx,pdf
  rectify build ledger.yaml --public                 党务公开版: names and redact strings masked
  rectify build ledgers/ -o reports/                 every ledger in the folder, on every core
  rectify build ledger.yaml --template audit         the shipped audit report (审计整改)
  rectify build ledger.yaml --templates my-set       your own set (rectify templates export default my-set)
  rectify build ledger.yaml --watch                  rebuild on every save of the ledger or templates

Nothing is written when the ledger is invalid (exit 1) or any output cannot be made (exit 2).
Outputs are byte-reproducible: dates come from SOURCE_DATE_EPOCH, else report.date.
`;

export const buildCommand: CommandModule = {
  name: 'build',
  register(command: Command, ctx: CliContext): void {
    command
      .description('build the report from ledgers (生成整改报告): <ledger name>.md and .docx (and .pdf with --format) beside each ledger or in -o DIR')
      .addHelpText('after', HELP_EXAMPLES)
      .argument('<LEDGER...>', 'ledger files or folders of them (every *.yaml, *.yml directly inside); - reads standard input (writes report.md)')
      .option('-o, --output <dir>', 'output folder (default: beside each ledger)')
      .addOption(
        new Option('--format <formats>', `output formats, comma separated or repeated (${outputFormats().join(', ')})`)
          .argParser(formatList)
          .default(DEFAULT_FORMATS),
      )
      .option('--templates <dir>', 'your own template folder (complete set; start from `rectify templates export`)')
      .option('--template <name>', 'a shipped template set: default (巡察整改进展) or audit (审计整改)', 'default')
      .option('--public', 'public version: mask the ledger\'s redact strings and people\'s names (公开版)')
      .option('--strict', 'warnings fail the build (exit 1)')
      .option('--quiet', 'show errors only')
      .option('--watch', 'rebuild when a ledger or a template changes, until Ctrl+C')
      .addOption(new Option('--max-bytes <n>', 'refuse ledgers larger than n bytes').argParser(positiveInteger).default(DEFAULT_MAX_BYTES))
      .addOption(new Option('--max-aliases <n>', 'refuse YAML alias expansion beyond n nodes').argParser(positiveInteger).default(DEFAULT_MAX_ALIASES))
      .action(async (files: string[], options: BuildCliOptions) => runBuild(files, options, ctx));
  },
};

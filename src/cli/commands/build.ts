import { Option, type Command } from 'commander';
import { relative } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { buildLedgerFile, DEFAULT_FORMATS as BUILD_DEFAULT_FORMATS, outputFormats, outputPath, prepareTemplates, FORMAT_WRITERS } from '../../build/index.js';
import { displayName } from '../../load/index.js';
import type { CliContext, CommandModule } from '../context.js';
import { reportDiagnostics } from '../format/index.js';
import { writeText } from '../io.js';
import { applyStrictAndQuiet } from './validate.js';

interface BuildCliOptions {
  output?: string;
  format: string[];
  templates?: string;
  template: string;
  public?: boolean;
  strict?: boolean;
  quiet?: boolean;
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

async function runBuild(files: string[], options: BuildCliOptions, ctx: CliContext): Promise<void> {
  const { lang } = ctx.globals();
  const say = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const all: Diagnostic[] = [];
  const report = async () =>
    reportDiagnostics(ctx.io, applyStrictAndQuiet(all, false, options.quiet === true), { format: 'human', lang, files: files.map(displayName) });

  const formats = [...new Set(options.format)];
  const unknown = formats.filter((f) => !FORMAT_WRITERS[f]);
  if (unknown.length > 0) {
    all.push(usage('unknown-format', say(`不支持的输出格式：${unknown.join(', ')}`, `unknown output format: ${unknown.join(', ')}`), say(`可用格式：${outputFormats().join(', ')}`, `formats: ${outputFormats().join(', ')}`)));
    ctx.fail(2);
    return report();
  }

  // Two ledgers with the same name must not write the same report file.
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const format of formats) {
      const target = outputPath(file, FORMAT_WRITERS[format]!.extension, options.output, ctx.io.cwd);
      const other = seen.get(target);
      if (other !== undefined && other !== file) {
        all.push(usage('output-collision', say(`${other} 和 ${file} 会写到同一个文件 ${target}`, `${other} and ${file} would both write ${target}`), say('分开构建，或给台账不同的文件名', 'build them separately or rename one ledger'), file));
        ctx.fail(2);
        return report();
      }
      seen.set(target, file);
    }
  }

  const prepared = prepareTemplates({ ...(options.templates !== undefined ? { templatesDir: options.templates } : {}), template: options.template }, lang, ctx.io.cwd);
  if (!prepared.templates) {
    all.push(...prepared.diagnostics);
    ctx.fail(2);
    return report();
  }

  for (const file of files) {
    const result = await buildLedgerFile(file, {
      templates: prepared.templates,
      formats,
      ...(options.output !== undefined ? { outDir: options.output } : {}),
      public: options.public === true,
      strict: options.strict === true,
      lang,
      cwd: ctx.io.cwd,
      stdin: ctx.io.stdin,
      env: ctx.io.env,
    });
    all.push(...result.diagnostics);
    if (result.exitCode !== 0) ctx.fail(result.exitCode);
    if (!options.quiet) {
      for (const out of result.outputs) {
        const shown = relative(ctx.io.cwd, out) || out;
        await writeText(ctx.io.stderr, say(`已生成 ${shown}\n`, `wrote ${shown}\n`));
      }
    }
  }
  await report();
}

export const buildCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    program
      .command('build')
      .description('build the report from ledgers (生成整改报告): <ledger name>.md and .docx (and .pdf with --format) beside each ledger or in -o DIR')
      .argument('<LEDGER...>', 'ledger files; - reads standard input (writes report.md)')
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
      .action(async (files: string[], options: BuildCliOptions) => runBuild(files, options, ctx));
  },
};

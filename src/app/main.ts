import { packageVersion } from '../host/package-paths.js';
import { Command, CommanderError, Option } from 'commander';
import { RectifyError, type Lang } from '../model/diagnostic.js';
import { commands } from './commands/index.js';
import type { CliContext, CommandModule, GlobalOptions } from './context.js';
import { chalkFor } from './color.js';
import { formatHumanDiagnostic } from './report/human.js';
import { writeText, type CliIo } from './io.js';

export type { CliIo } from './io.js';
export type { CliContext, CommandModule, GlobalOptions } from './context.js';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_FAILURE = 2;


const INTERNAL = {
  zh: (m: string) => `内部错误：${m}`,
  en: (m: string) => `internal error: ${m}`,
} as const;

/**
 * Run the CLI and return its exit code: 0 success (warnings allowed), 1 the ledger is invalid,
 * 2 usage, I/O, template or internal failure. Never calls process.exit, so tests run it in-process.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('rectify');

  const ctx: CliContext = {
    io,
    globals(): GlobalOptions {
      const opts = program.opts<{ lang?: Lang }>();
      return { lang: opts.lang === 'en' ? 'en' : 'zh' };
    },
    fail(code) {
      exitCode = Math.max(exitCode, code);
    },
    get exitCode() {
      return exitCode;
    },
  };

  // exitOverride and configureOutput must come before the subcommands: commander copies these
  // settings into each subcommand when it is created.
  program
    .description('整改台账 → 整改进展情况报告 (Markdown, GB/T 9704 .docx)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .version(packageVersion(), '-V, --version')
    .addOption(
      new Option('--lang <lang>', 'language of messages: zh (中文) or en').choices(['zh', 'en']).default('zh'),
    )
    // a usage error names the mistake and where help is, rather than burying it under the whole help
    .showHelpAfterError('(add --help for the options and examples)')
    .allowExcessArguments(false);

  // Only the command being run is set up: declaring every command's options is a cost on every
  // run. Help and anything commander must answer about the others (a misspelt command's "did
  // you mean") get all of them.
  const invoked = invokedCommand(argv);
  for (const command of invoked ? [invoked] : commands) command.register(program.command(command.name), ctx);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
      if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
      return EXIT_FAILURE;
    }
    const lang = safeLang(ctx);
    const c = chalkFor(io.stderr, io.env);
    if (error instanceof RectifyError) {
      await writeText(io.stderr, `${formatHumanDiagnostic(error.diagnostic, lang, c)}\n`);
      return Math.max(exitCode, error.exitCode);
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    await writeText(io.stderr, `rectify: ${INTERNAL[lang](message)}\n`);
    return EXIT_FAILURE;
  }
  return exitCode;
}

/** The command named in argv, unless help is asked for; global options may come before it. */
function invokedCommand(argv: readonly string[]): CommandModule | undefined {
  if (argv.includes('--help') || argv.includes('-h')) return undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) return commands.find((command) => command.name === arg);
  }
  return undefined;
}

function safeLang(ctx: CliContext): Lang {
  try {
    return ctx.globals().lang;
  } catch {
    return 'zh';
  }
}

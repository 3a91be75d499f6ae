/**
 * The app: `main(argv, io)` runs one command and returns its exit code. It never calls
 * process.exit, so tests run it in process; bin/rectify.js only sets process.exitCode from it.
 *
 * Every word the CLI prints comes from the message catalogue (src/app/messages/), in Chinese
 * unless `--lang en`: commander's help titles and errors included.
 */
import { Command, CommanderError, Help, Option, type Argument } from 'commander';
import { nodeHost, type Host } from '../host/index.js';
import { Failure, placeIn, problem, type Params, type Problem } from '../model/problem.js';
import { chalkFor } from './color.js';
import { commands } from './commands/index.js';
import type { CliContext, CommandModule, ReportOptions } from './context.js';
import { exitCodeFor } from './exit.js';
import { visible } from './report/visible.js';
import { guardedIo, isClosedPipe, writeText, type CliIo } from './io.js';
import { LANGS, say as sayIn, word, type Lang, type MessageKey } from './messages/index.js';
import { firstOfEachCode, printDiagnostics } from './report/index.js';
import { pushAll } from '../model/lists.js';

export type { CliIo } from './io.js';
export type { CliContext, CommandModule } from './context.js';

/**
 * Run the CLI and return its exit code: 0 success (warnings allowed), 1 an input is invalid,
 * 2 usage, I/O, template or internal failure (src/app/exit.ts). `host` is the machine: tests may
 * pass their own.
 */
export async function main(argv: string[], given: CliIo, host: Host = nodeHost(given)): Promise<number> {
  const io = guardedIo(given);
  // The language is needed before commander parses anything: it words the help and the errors.
  const lang = languageIn(argv);
  const reported: Problem[] = [];
  let differs = false;
  const say = (key: MessageKey, params: Params = {}) => sayIn(key, params, lang);

  const ctx: CliContext = {
    io,
    host,
    lang: () => lang,
    async report(problems: readonly Problem[], options: ReportOptions = {}) {
      if (!options.uncounted) pushAll(reported, problems);
      const format = options.format ?? 'human';
      const wanted = options.quiet ? problems.filter((p) => p.severity === 'error') : problems;
      // a person reads a few of each kind: the rest of a code in a file is one line (machines get all)
      const { shown, omitted } = format === 'human' ? firstOfEachCode(wanted) : { shown: wanted, omitted: [] };
      await printDiagnostics(io, shown.map((p) => word(p, lang)), format, lang, options.files ?? [], {
        summary: options.noSummary !== true,
        omitted,
        ...(options.jsonExtra ? { jsonExtra: options.jsonExtra } : {}),
      });
    },
    async tell(key, params = {}, style) {
      // a file name or ledger text in the line is shown with its control characters escaped
      const text = visible(say(key, params));
      await writeText(io.stderr, `${style === 'done' ? chalkFor(io.stderr, io.env).green(text) : text}\n`);
    },
    say,
    differ() {
      differs = true;
    },
  };

  const program = new Command('rectify');
  // what commander prints itself (help, version) is written like every other output: awaited
  // before the exit code is decided, so a full disk under `--help > file` is not a silent exit 0
  const printed: Promise<void>[] = [];
  const print = (stream: NodeJS.WritableStream) => (text: string) => void printed.push(writeText(stream, text));
  const output = { out: print(io.stdout), err: print(io.stderr) };
  setUp(program, lang, output);
  program
    .description(say('help.rectify'))
    .version(host.version(), '-V, --version', say('help.version'))
    .addOption(new Option('--lang <lang>', say('help.lang')).choices(LANGS).default('zh'))
    .allowExcessArguments(false);

  // Only the command being run is set up: declaring every command's options is a cost on every
  // run. Help and anything commander must answer about the others (a misspelt command's "did
  // you mean") get all of them.
  const invoked = invokedCommand(argv);
  for (const command of invoked ? [invoked] : commands) {
    const sub = program.command(command.name);
    setUp(sub, lang, output);
    command.register(sub, ctx);
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (isClosedPipe(error)) return exitCodeFor(reported, differs);
    try {
      await ctx.report(problemsOf(error));
    } catch (again) {
      // standard error itself cannot be written (a full disk): the exit code still says it
      if (again instanceof Failure) pushAll(reported, again.problems);
      else if (!isClosedPipe(again)) pushAll(reported, problemsOf(again));
    }
    if (!(error instanceof Failure) && !(error instanceof CommanderError) && io.env.RECTIFY_DEBUG) {
      await writeText(io.stderr, `${(error as Error)?.stack ?? String(error)}\n`);
    }
  }
  for (const written of await Promise.allSettled(printed)) {
    if (written.status === 'fulfilled' || isClosedPipe(written.reason)) continue;
    const problems = problemsOf(written.reason);
    pushAll(reported, problems);
    await ctx.report(problems, { uncounted: true }).catch(() => undefined);
  }
  return exitCodeFor(reported, differs);
}

/** `--lang en` or `--lang=en` anywhere before `--`; Chinese otherwise. */
function languageIn(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'zh') return value;
  }
  return 'zh';
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

const HELP_TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Commands:': 'help.title.commands',
  'Global Options:': 'help.title.global',
};

/**
 * Commander for one (sub)command, worded in the user's language: help titles, the help option,
 * "(default: …)" and "(choices: …)"; its errors are not printed by commander but thrown, and main
 * reports them from the catalogue like every other problem.
 */
function setUp(command: Command, lang: Lang, output: { out: (text: string) => void; err: (text: string) => void }): void {
  const say = (key: MessageKey, params: Params = {}) => sayIn(key, params, lang);
  const help = new Help();
  command
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err, outputError: () => {} })
    .helpOption('-h, --help', say('help.help'))
    .configureHelp({
      styleTitle: (title: string) => (HELP_TITLES[title] ? say(HELP_TITLES[title]!) : title),
      commandUsage: (cmd: Command) => help.commandUsage(cmd).replace('[options]', say('help.usage.options')).replace('[command]', say('help.usage.command')),
      optionDescription: (option: Option) => described(option.description, option.defaultValue, option.defaultValueDescription, option.argChoices, option.negate || !option.required && !option.optional, say),
      argumentDescription: (argument: Argument) => described(argument.description, argument.defaultValue, argument.defaultValueDescription, argument.argChoices, false, say),
      subcommandTerm: (sub: Command) => help.subcommandTerm(sub).replace('[options]', say('help.usage.options')),
    });
  command.addHelpCommand(false);
}

function described(
  description: string,
  defaultValue: unknown,
  defaultDescription: string | undefined,
  choices: readonly string[] | undefined,
  isFlag: boolean,
  say: (key: MessageKey, params?: Params) => string,
): string {
  const extra: string[] = [];
  if (choices) extra.push(say('help.choices', { choices: choices.join(', ') }));
  const shownDefault = defaultDescription ?? (Array.isArray(defaultValue) ? defaultValue.join(',') : defaultValue);
  if (!isFlag && shownDefault !== undefined && shownDefault !== '' && !(Array.isArray(defaultValue) && defaultValue.length === 0)) {
    extra.push(say('help.default', { value: String(shownDefault) }));
  }
  return extra.length > 0 ? `${description}${say('help.extra', { text: extra.join(say('help.extra.separator')) })}` : description;
}

/** Anything thrown out of a command, as problems: a Failure's own, commander's usage errors, or internal. */
function problemsOf(error: unknown): readonly Problem[] {
  if (error instanceof Failure) return error.problems;
  if (error instanceof CommanderError) return error.exitCode === 0 ? [] : [usageProblem(error)];
  const detail = error instanceof Error ? error.message : String(error);
  return [problem('internal-error', placeIn(''), { detail })];
}

/**
 * Commander's errors, as a usage problem with the facts its English message holds: the option, the
 * value, the choices, the suggestion. `kind` is commander's code without its prefix.
 */
function usageProblem(error: CommanderError): Problem {
  const kind = error.code.replace(/^commander\./, '');
  const message = error.message.replace(/^error: /, '');
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  const suggestion = /\(Did you mean (.+?)\?\)/.exec(message)?.[1] ?? '';
  const choices = /Allowed choices are (.+?)\.?$/m.exec(message)?.[1] ?? '';
  // an InvalidArgumentError of ours carries a catalogue key after "is invalid."
  const reason = /is invalid\. (.+)$/m.exec(message)?.[1] ?? '';
  const expected = /Expected (\d+) argument/.exec(message)?.[1] ?? '';
  return problem('usage', placeIn(''), {
    kind,
    what: quoted[0] ?? '',
    value: quoted[1] ?? '',
    suggestion,
    choices: choices.replace(/\.$/, ''),
    reason: choices ? '' : reason,
    expected,
  });
}


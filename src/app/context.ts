import type { Command } from 'commander';
import type { Host } from '../host/index.js';
import type { Problem } from '../model/problem.js';
import type { CliIo } from './io.js';
import type { Lang, MessageKey } from './messages/index.js';
import type { OutputFormat } from './report/index.js';
import type { Params } from '../model/problem.js';

export interface ReportOptions {
  /** human (stderr, the default), json or github (stdout). */
  format?: OutputFormat;
  /** The files that were checked, in the order given; json lists each even when it is clean. */
  files?: readonly string[];
  /** Hide warnings, never errors. */
  quiet?: boolean;
  /** Shown but not counted towards the exit code: a watch session reports as it goes and ends 0. */
  uncounted?: boolean;
  /** human: no closing count line (the command prints its own summary, as `rectify check` does). */
  noSummary?: boolean;
  /** json: fields added to the document after the standard ones (adding fields keeps the version). */
  jsonExtra?: Readonly<Record<string, unknown>>;
}

/**
 * What a command's action gets besides its own options. A command reports every problem through
 * `report`; main() turns the worst of them into the exit code, once, when the command is done.
 */
export interface CliContext {
  readonly io: CliIo;
  readonly host: Host;
  /** The language of messages (`--lang`), valid once an action runs. */
  lang(): Lang;
  /** Word the problems in the user's language, print them, and count them towards the exit code. */
  report(problems: readonly Problem[], options?: ReportOptions): Promise<void>;
  /** A line of interface text on stderr, e.g. `已生成 ledger.docx`; `style` colours it on a terminal. */
  tell(key: MessageKey, params?: Params, style?: 'done'): Promise<void>;
  /** The interface text for a key, in the user's language. */
  say(key: MessageKey, params?: Params): string;
  /** `diff --exit-code`: the run ends with exit 1 although nothing is wrong. */
  differ(): void;
}

/**
 * One subcommand. `register` declares its description, arguments, options and action on the
 * command main() made for `name`. Only the command being run is registered, but every command
 * module is imported on every run: import heavy dependencies (docx, exceljs, marked…) inside the
 * action with `await import(...)`.
 */
export interface CommandModule {
  /** The word that runs it (`rectify <name>`). */
  name: string;
  register(command: Command, ctx: CliContext): void;
}

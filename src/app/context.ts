import type { Command } from 'commander';
import type { Lang } from '../model/diagnostic.js';
import type { CliIo } from './io.js';

/** Options every command understands, declared once on the program. */
export interface GlobalOptions {
  lang: Lang;
}

/**
 * What a command's action gets besides its own options. Actions are async; they report their
 * outcome through `fail`, and `main` returns the worst exit code any action set.
 */
export interface CliContext {
  readonly io: CliIo;
  /** The parsed global options; valid once an action runs (commander has parsed argv by then). */
  globals(): GlobalOptions;
  /** Raise the exit code; a lower code never replaces a higher one (0 ok, 1 invalid, 2 failure). */
  fail(code: 1 | 2): void;
  readonly exitCode: number;
}

/**
 * One subcommand. `register` declares its description, arguments, options and action on the
 * command main() made for `name`; its action must be async-safe.
 * Every command module is imported on every run (even `rectify validate`), so a module must not
 * import heavy dependencies (docx, exceljs, marked…) at top level: import them inside the action
 * with `await import(...)`, or start-up time is paid by every command.
 */
export interface CommandModule {
  /** The word that runs it (`rectify <name>`). */
  name: string;
  register(command: Command, ctx: CliContext): void;
}

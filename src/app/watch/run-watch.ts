/**
 * The watch session behind `rectify build --watch`: build every ledger once, then rebuild a ledger
 * when it changes and every ledger when a template changes, one line per ledger rebuilt. Failures
 * are reported and the watch goes on (the user is fixing things); the session ends with the signal
 * (Ctrl+C) and its exit code is 0.
 */
import { basename, relative, resolve } from 'node:path';
import type { Host } from '../../host/index.js';
import type { Params, Problem } from '../../model/problem.js';
import { exitCodeFor } from '../exit.js';
import type { MessageKey } from '../messages/index.js';
import { buildLedgerFile, FORMAT_WRITERS, outputPath, prepareTemplates, type BuildSettings, type PreparedTemplates } from '../pipeline/index.js';
import { watchBuild } from './watch-files.js';

export interface WatchSession {
  /** Ledgers as the user named them (no `-`: standard input cannot be watched). */
  files: readonly string[];
  settings: BuildSettings;
  host: Host;
  /** The template folder the choice resolves to. */
  templateDir: string;
  /** Print problems (the CLI's reporter). */
  report(problems: readonly Problem[], files: readonly string[]): Promise<void>;
  /** Print a line of interface text. */
  line(key: MessageKey, params: Params): Promise<void>;
  signal: AbortSignal;
  quiet: boolean;
  debounceMs?: number;
}

/** `12:03:45`: the time of day each line of a watch session starts with. */
function clock(now: Date): string {
  return [now.getHours(), now.getMinutes(), now.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

export async function runWatch(session: WatchSession): Promise<void> {
  const { settings, host } = session;
  const line = (key: MessageKey, params: Params = {}) => session.line(key, { ...params, time: clock(host.now()) });
  const byPath = new Map(session.files.map((file) => [resolve(settings.cwd, file), file]));
  const outputs = new Set(
    session.files.flatMap((file) => settings.formats.map((format) => outputPath(file, FORMAT_WRITERS[format]!.extension, settings, settings.cwd))),
  );

  let templates: PreparedTemplates | undefined;
  const compile = async (): Promise<boolean> => {
    const prepared = prepareTemplates(settings.choice, host);
    templates = prepared.templates;
    if (prepared.problems.length > 0) await session.report(prepared.problems, session.files);
    if (!templates) await line('watch.templates-broken');
    return templates !== undefined;
  };

  const buildOne = async (file: string) => {
    const result = await buildLedgerFile(file, settings, templates!, host);
    if (result.problems.length > 0) await session.report(result.problems, [file]);
    const code = exitCodeFor(result.problems);
    if (code === 0) {
      if (!session.quiet) await line('watch.wrote', { files: result.outputs.map((o) => relative(settings.cwd, o) || basename(o)).join('\n') });
    } else {
      await line('watch.failed', { file, why: code === 1 ? 'invalid' : 'not-built' });
    }
  };

  await watchBuild({
    plan: { ledgers: [...byPath.keys()], templateDir: session.templateDir, outputs },
    signal: session.signal,
    ...(session.debounceMs !== undefined ? { debounceMs: session.debounceMs } : {}),
    // the first build runs once the files are watched, so no change is missed in between
    initial: async () => {
      if (await compile()) for (const file of session.files) await buildOne(file);
      await line('watch.watching', { ledgers: session.files.length, templates: relative(settings.cwd, session.templateDir) || '.' });
    },
    rebuild: async (change) => {
      if (change.templates && !(await compile())) return;
      if (!templates) return;
      for (const path of change.ledgers) await buildOne(byPath.get(path)!);
    },
  });
}

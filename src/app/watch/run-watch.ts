/**
 * The watch session behind `rectify build --watch`: build every ledger once, then rebuild a ledger
 * when it changes and every ledger when a template changes, one line per ledger rebuilt. Failures
 * are reported and the watch goes on (the user is fixing things); the session ends with the signal
 * (Ctrl+C) and its exit code is 0.
 */
import { basename, relative, resolve } from 'node:path';
import { buildLedgerFile, FORMAT_WRITERS, outputPath, prepareTemplates, type BuildResult } from '../pipeline/index.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { CompiledTemplateSet } from '../../core/render/engine.js';
import { buildOptionsFor, type BatchSettings } from '../batch/settings.js';
import { watchBuild } from './watch-files.js';

export interface WatchSession {
  /** Ledgers as the user named them (no `-`: standard input cannot be watched). */
  files: readonly string[];
  settings: BatchSettings;
  /** The template folder the choice resolves to. */
  templateDir: string;
  stderr: NodeJS.WritableStream;
  /** Print diagnostics (the CLI's human formatter). */
  report(diagnostics: Diagnostic[], files: readonly string[]): Promise<void>;
  signal: AbortSignal;
  quiet: boolean;
  debounceMs?: number;
}

function clock(): string {
  const now = new Date();
  return [now.getHours(), now.getMinutes(), now.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

export async function runWatch(session: WatchSession): Promise<void> {
  const { settings } = session;
  const say = (zh: string, en: string) => (settings.lang === 'en' ? en : zh);
  const line = (text: string) => new Promise<void>((done) => session.stderr.write(`[${clock()}] ${text}\n`, () => done()));
  const byPath = new Map(session.files.map((file) => [resolve(settings.cwd, file), file]));
  const outputs = new Set(
    session.files.flatMap((file) => settings.formats.map((format) => outputPath(file, FORMAT_WRITERS[format]!.extension, settings.outDir, settings.cwd))),
  );

  let templates: CompiledTemplateSet | undefined;
  const compile = async (): Promise<boolean> => {
    const prepared = prepareTemplates(settings.choice, settings.lang, settings.cwd);
    templates = prepared.templates;
    if (prepared.diagnostics.length > 0) await session.report(prepared.diagnostics, session.files);
    if (!templates) await line(say('模板有误，修改后将重新生成', 'the templates have errors; waiting for a fix'));
    return templates !== undefined;
  };

  const buildOne = async (file: string) => {
    const result: BuildResult = await buildLedgerFile(file, buildOptionsFor(settings, templates!));
    if (result.diagnostics.length > 0) await session.report(result.diagnostics, [file]);
    if (result.exitCode === 0) {
      if (!session.quiet) {
        const shown = result.outputs.map((o) => relative(settings.cwd, o) || basename(o)).join(say('、', ', '));
        await line(say(`已生成 ${shown}`, `wrote ${shown}`));
      }
    } else {
      const why = result.exitCode === 1 ? say('台账有误', 'invalid ledger') : say('无法生成', 'could not be built');
      await line(say(`${file}：失败（${why}）`, `${file}: failed (${why})`));
    }
  };

  if (await compile()) for (const file of session.files) await buildOne(file);
  await line(
    say(
      `正在监视 ${session.files.length} 份台账和模板目录 ${relative(settings.cwd, session.templateDir) || '.'}，按 Ctrl+C 结束`,
      `watching ${session.files.length} ledger(s) and the templates in ${relative(settings.cwd, session.templateDir) || '.'}; Ctrl+C to stop`,
    ),
  );

  await watchBuild({
    plan: { ledgers: [...byPath.keys()], templateDir: session.templateDir, outputs },
    signal: session.signal,
    ...(session.debounceMs !== undefined ? { debounceMs: session.debounceMs } : {}),
    rebuild: async (change) => {
      if (change.templates && !(await compile())) return;
      if (!templates) return;
      for (const path of change.ledgers) await buildOne(byPath.get(path)!);
    },
  });
}

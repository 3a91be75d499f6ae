/**
 * `rectify build --watch`: which file-system events mean "rebuild". The folders of the ledgers and
 * the template folder are watched; an event counts only when it names a ledger (→ rebuild that
 * ledger) or a template file (→ recompile and rebuild every ledger). The build's own outputs and
 * temp files, hidden files and editor droppings never count, so writing a report cannot trigger
 * another build.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';

export interface WatchPlan {
  /** Absolute paths of the ledgers. */
  ledgers: readonly string[];
  /** Absolute path of the template folder. */
  templateDir: string;
  /** Absolute paths the build writes; events about them are ignored. */
  outputs: ReadonlySet<string>;
}

export type Change = { kind: 'ledger'; path: string } | { kind: 'templates' };

// `.jb.md.1234.ab12.tmp` (atomic writes), `.report.md.hbs.swp`, `report.md.hbs~`, vim's `4913`
function isScratch(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || /\.(tmp|swp|swx|swo)$/i.test(name) || /^\d+$/.test(name);
}

/** What an event in `dir` about `filename` (relative to dir, as fs.watch gives it) means. */
export function classifyChange(dir: string, filename: string | null, plan: WatchPlan): Change | undefined {
  if (filename === null) return undefined;
  const path = resolve(dir, filename);
  if (plan.ledgers.includes(path)) return { kind: 'ledger', path };
  if (plan.outputs.has(path) || isScratch(basename(path))) return undefined;
  const inside = relative(plan.templateDir, path);
  if (inside === '' || inside.startsWith('..') || inside.startsWith(sep) || inside.split(sep).some(isScratch)) return undefined;
  return { kind: 'templates' };
}

export interface WatchOptions {
  plan: WatchPlan;
  /** Rebuild these ledgers (absolute paths), or everything after a template change. */
  rebuild(change: { ledgers: string[]; templates: boolean }): Promise<void>;
  signal: AbortSignal;
  /** Quiet time before a rebuild: an editor's save is often several events. */
  debounceMs?: number;
  /**
   * The first build, run once the files are watched: a change saved while it runs, or the moment
   * after, is built after it rather than missed.
   */
  initial?: () => Promise<void>;
}

/** Watch until the signal aborts; rebuilds never overlap, changes during one are built after it. */
export function watchBuild(options: WatchOptions): Promise<void> {
  const { plan, signal } = options;
  const debounceMs = options.debounceMs ?? 100;
  const pendingLedgers = new Set<string>();
  let pendingTemplates = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const flush = async () => {
    timer = undefined;
    if (running) return;
    if (!pendingTemplates && pendingLedgers.size === 0) return;
    const change = { ledgers: pendingTemplates ? [...plan.ledgers] : plan.ledgers.filter((l) => pendingLedgers.has(l)), templates: pendingTemplates };
    pendingLedgers.clear();
    pendingTemplates = false;
    run(() => options.rebuild(change));
  };
  /** One build at a time; what changed meanwhile is built after it. A build that throws ends the watch with its error. */
  let failed: (error: unknown) => void = () => {};
  const run = (build: () => Promise<void>) => {
    running = build().then(
      () => {
        running = undefined;
        if (!signal.aborted && (pendingTemplates || pendingLedgers.size > 0)) schedule();
      },
      (error: unknown) => {
        running = undefined;
        failed(error);
      },
    );
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  };
  const onEvent = (dir: string) => (_event: string, filename: string | Buffer | null) => {
    const change = classifyChange(dir, filename === null ? null : String(filename), plan);
    if (!change) return;
    if (change.kind === 'ledger') pendingLedgers.add(change.path);
    else pendingTemplates = true;
    schedule();
  };

  const watchers: FSWatcher[] = [];
  for (const dir of new Set(plan.ledgers.map((l) => dirname(l)))) watchers.push(watch(dir, onEvent(dir)));
  // partials live in a subfolder; recursive watching works on Linux (Node ≥ 19.1), macOS and Windows
  watchers.push(watch(plan.templateDir, { recursive: true }, onEvent(plan.templateDir)));
  const done = new Promise<void>((resolveDone, rejectDone) => {
    const close = () => {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    };
    const stop = () => {
      close();
      void (running ?? Promise.resolve()).then(() => resolveDone());
    };
    failed = (error) => {
      signal.removeEventListener('abort', stop);
      close();
      rejectDone(error);
    };
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  if (options.initial) run(options.initial);
  return done;
}

/** An AbortSignal that fires on Ctrl+C (SIGINT) or SIGTERM: the normal end of a watch. */
export function interruptSignal(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', abort);
      process.off('SIGTERM', abort);
    },
  };
}


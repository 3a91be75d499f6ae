/**
 * Build many ledgers: in a pool of worker threads when there is more than one ledger and more than
 * one core, else one after another on this thread. Both paths run buildLedgerFile with the same
 * settings, so a ledger's files are the same bytes whichever path built it. Results come back in
 * the order the ledgers were given, whatever order the threads finish in.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Host } from '../../host/index.js';
import { placeIn, problem } from '../../model/problem.js';
import { buildLedgerFile, type BuildResult, type BuildSettings, type PreparedTemplates } from '../pipeline/index.js';

/** main thread → worker: build the ledger at `file`, answer with the same `index`. */
export interface JobMessage {
  index: number;
  file: string;
}

/** Loaded when a pool starts: a single build never pays for compiling Node's worker modules. */
const workerThreads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads');

export interface BuildLedgersOptions {
  /** The set compiled on this thread, used when building here. */
  templates: PreparedTemplates;
  /** This thread's host; each worker makes its own from the settings. */
  host: Host;
  /** Threads to use; default min(available cores, ledgers). 1 builds on this thread. */
  threads?: number;
  /** Called as each ledger finishes (in finishing order), e.g. to advance a progress bar. */
  onResult?: (file: string, result: BuildResult) => void;
}

/**
 * The worker's compiled file: beside this module in tsc's output (dist/app/batch/worker.js) or in a
 * bundle that emits a `worker` entry next to its chunks (dist/bundle/worker.js); from a bundle
 * without one, tsc's worker (dist/app/batch/worker.js). Running from TypeScript
 * sources (tests) there is no .js worker, and the build falls back to this thread.
 */
export function workerEntry(): URL | undefined {
  const candidates = ['./worker.js', '../app/batch/worker.js'].map((path) => new URL(path, import.meta.url));
  return candidates.find((url) => url.protocol === 'file:' && !import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(url)));
}

export async function buildLedgers(files: readonly string[], settings: BuildSettings, options: BuildLedgersOptions): Promise<BuildResult[]> {
  const threads = Math.min(options.threads ?? availableParallelism(), files.length);
  const entry = workerEntry();
  // standard input can be read by one thread only, and only once
  if (threads < 2 || !entry || files.includes('-')) return buildHere(files, settings, options);
  return buildInWorkers(files, settings, options, threads, entry);
}

async function buildHere(files: readonly string[], settings: BuildSettings, options: BuildLedgersOptions): Promise<BuildResult[]> {
  const results: BuildResult[] = [];
  for (const file of files) {
    const result = await buildLedgerFile(file, settings, options.templates, options.host);
    results.push(result);
    options.onResult?.(file, result);
  }
  return results;
}

type WorkerAnswer = { index: number; result: BuildResult } | { index: number; crash: string };

function crashed(file: string, why: string): BuildResult {
  return { outputs: [], problems: [problem('internal-error', placeIn(file), { detail: why, batch: 1 })] };
}

function buildInWorkers(
  files: readonly string[],
  settings: BuildSettings,
  options: BuildLedgersOptions,
  threads: number,
  entry: URL,
): Promise<BuildResult[]> {
  const results: (BuildResult | undefined)[] = new Array(files.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolveAll) => {
    const workers: Worker[] = [];
    const inFlight = new Map<Worker, number>();
    const finish = (index: number, result: BuildResult) => {
      results[index] = result;
      finished += 1;
      options.onResult?.(files[index]!, result);
      if (finished === files.length) {
        for (const w of workers) void w.terminate();
        resolveAll(results as BuildResult[]);
      }
    };
    const feed = (worker: Worker) => {
      if (next >= files.length) {
        inFlight.delete(worker);
        return;
      }
      const job: JobMessage = { index: next, file: files[next]! };
      next += 1;
      inFlight.set(worker, job.index);
      worker.postMessage(job);
    };
    const lost = (worker: Worker, why: string) => {
      // a dead thread fails only the ledger it held; the rest go to the threads still alive
      const index = inFlight.get(worker);
      inFlight.delete(worker);
      workers.splice(workers.indexOf(worker), 1);
      if (index !== undefined) finish(index, crashed(files[index]!, why));
      if (workers.length === 0 && finished < files.length) {
        const rest = files.slice(next).map((file, i) => ({ file, index: next + i }));
        next = files.length;
        void (async () => {
          const built = await buildHere(rest.map((r) => r.file), settings, { ...options, onResult: undefined });
          built.forEach((result, i) => finish(rest[i]!.index, result));
        })();
      }
    };
    for (let i = 0; i < threads; i++) {
      const worker = new (workerThreads().Worker)(entry, { workerData: settings });
      workers.push(worker);
      worker.on('message', (answer: WorkerAnswer) => {
        const file = files[answer.index]!;
        finish(answer.index, 'result' in answer ? answer.result : crashed(file, answer.crash));
        feed(worker);
      });
      worker.on('error', (error) => lost(worker, error.stack ?? error.message));
      worker.on('exit', (code) => {
        if (workers.includes(worker) && finished < files.length) lost(worker, `worker exited with code ${code}`);
      });
      feed(worker);
    }
  });
}

/**
 * Run one job per ledger file on every core: in a pool of worker threads when there is more than
 * one file and more than one core, else one after another on this thread. The one implementation of
 * "run jobs on every core": `rectify build` builds ledgers with it (buildLedgers), `rectify summary`
 * reads unit ledgers with it (readUnitLedgers). Both paths run the same job function with the same
 * settings, so a result is the same whichever path made it. Results come back in the order the
 * files were given, whatever order the threads finish in.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Host } from '../../host/index.js';
import { placeIn, problem, type Problem } from '../../model/problem.js';
import { buildLedgerFile, type BuildResult, type BuildSettings, type PreparedTemplates } from '../pipeline/index.js';
import { readUnitLedger, type UnitReadSettings, type UnitResult } from '../pipeline/summary.js';

/**
 * What the threads of one pool do, as plain data copied into each worker (worker.ts): the kind of
 * job and the settings every job of the run shares. Each worker makes its own host from them.
 */
export type Task = { kind: 'build'; settings: BuildSettings } | { kind: 'read-unit'; settings: UnitReadSettings };

/** main thread → worker: run the job for `file`, answer with the same `index`. */
export interface JobMessage {
  index: number;
  file: string;
}

/** Loaded when a pool starts: a single build never pays for compiling Node's worker modules. */
const workerThreads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads');

export interface RunJobsOptions<R> {
  /** Threads to use; default min(available cores, files). 1 runs every job on this thread. */
  threads?: number;
  /** The job on this thread: the same function a worker runs for the task. */
  here: (file: string) => Promise<R>;
  /** The result of a job whose thread died: it fails alone. */
  crashed: (file: string, why: string) => R;
  /** Called as each job finishes (in finishing order), e.g. to advance a progress bar. */
  onResult?: (file: string, result: R) => void;
  /**
   * Jobs a worker holds at once (default 1). Small jobs want more: with one, a worker waits for
   * every answer to reach this thread and the next job to come back, which on a busy machine is a
   * third of its time; with several, it reads the next file while it checks this one.
   */
  depth?: number;
}

/**
 * The worker's compiled file: beside this module in tsc's output (dist/app/batch/worker.js) or in a
 * bundle that emits a `worker` entry next to its chunks (dist/bundle/worker.js); from a bundle
 * without one, tsc's worker (dist/app/batch/worker.js). Running from TypeScript
 * sources (tests) there is no .js worker, and the jobs run on this thread.
 */
export function workerEntry(): URL | undefined {
  const candidates = ['./worker.js', '../app/batch/worker.js'].map((path) => new URL(path, import.meta.url));
  return candidates.find((url) => url.protocol === 'file:' && !import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(url)));
}

export async function runJobs<R>(files: readonly string[], task: Task, options: RunJobsOptions<R>): Promise<R[]> {
  const threads = Math.min(options.threads ?? availableParallelism(), files.length);
  const entry = workerEntry();
  // standard input can be read by one thread only, and only once
  if (threads < 2 || !entry || files.includes('-')) return runHere(files, options);
  return runInWorkers(files, task, options, threads, entry);
}

async function runHere<R>(files: readonly string[], options: RunJobsOptions<R>): Promise<R[]> {
  const results: R[] = [];
  for (const file of files) {
    const result = await options.here(file);
    results.push(result);
    options.onResult?.(file, result);
  }
  return results;
}

type WorkerAnswer<R> = { index: number; result: R } | { index: number; crash: string };

function runInWorkers<R>(files: readonly string[], task: Task, options: RunJobsOptions<R>, threads: number, entry: URL): Promise<R[]> {
  const results: (R | undefined)[] = new Array(files.length);
  const depth = Math.max(1, options.depth ?? 1);
  let next = 0;
  let finished = 0;
  return new Promise((resolveAll) => {
    const workers: Worker[] = [];
    const inFlight = new Map<Worker, Set<number>>();
    const finish = (index: number, result: R) => {
      results[index] = result;
      finished += 1;
      options.onResult?.(files[index]!, result);
      if (finished === files.length) {
        for (const w of workers) void w.terminate();
        resolveAll(results as R[]);
      }
    };
    const feed = (worker: Worker) => {
      const held = inFlight.get(worker)!;
      while (next < files.length && held.size < depth) {
        const job: JobMessage = { index: next, file: files[next]! };
        next += 1;
        held.add(job.index);
        worker.postMessage(job);
      }
    };
    const lost = (worker: Worker, why: string) => {
      // a dead thread fails only the jobs it held; the rest go to the threads still alive
      const held = inFlight.get(worker) ?? new Set<number>();
      inFlight.delete(worker);
      workers.splice(workers.indexOf(worker), 1);
      for (const index of held) finish(index, options.crashed(files[index]!, why));
      if (workers.length === 0 && finished < files.length) {
        const rest = files.slice(next).map((file, i) => ({ file, index: next + i }));
        next = files.length;
        void (async () => {
          const done = await runHere(
            rest.map((r) => r.file),
            { ...options, onResult: undefined },
          );
          done.forEach((result, i) => finish(rest[i]!.index, result));
        })();
      }
    };
    for (let i = 0; i < threads; i++) {
      const worker = new (workerThreads().Worker)(entry, { workerData: task });
      workers.push(worker);
      inFlight.set(worker, new Set());
      worker.on('message', (answer: WorkerAnswer<R>) => {
        const file = files[answer.index]!;
        inFlight.get(worker)?.delete(answer.index);
        finish(answer.index, 'result' in answer ? answer.result : options.crashed(file, answer.crash));
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

/** A job whose thread died: an internal error naming its file (and saying it was one of a batch). */
function crashProblem(file: string, why: string): Problem {
  return problem('internal-error', placeIn(file), { detail: why, batch: 1 });
}

export interface BuildLedgersOptions {
  /** The set compiled on this thread, used when building here. */
  templates: PreparedTemplates;
  /** This thread's host; each worker makes its own from the settings. */
  host: Host;
  threads?: number;
  onResult?: (file: string, result: BuildResult) => void;
}

/** Build many ledgers (`rectify build`): each file byte-identical to building that ledger alone. */
export function buildLedgers(files: readonly string[], settings: BuildSettings, options: BuildLedgersOptions): Promise<BuildResult[]> {
  return runJobs(files, { kind: 'build', settings }, {
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    here: (file) => buildLedgerFile(file, settings, options.templates, options.host),
    crashed: (file, why) => ({ outputs: [], problems: [crashProblem(file, why)] }),
    ...(options.onResult ? { onResult: options.onResult } : {}),
  });
}

/** Read, validate and summarise many unit ledgers (`rectify summary`). */
export function readUnitLedgers(
  files: readonly string[],
  settings: UnitReadSettings,
  options: { host: Host; threads?: number; onResult?: (file: string, result: UnitResult) => void },
): Promise<UnitResult[]> {
  return runJobs(files, { kind: 'read-unit', settings }, {
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    // a unit ledger is read and checked in a few milliseconds: the worker keeps the next ones at hand
    depth: 4,
    here: (file) => readUnitLedger(file, settings, options.host),
    crashed: (file, why) => ({ file, problems: [crashProblem(file, why)] }),
    ...(options.onResult ? { onResult: options.onResult } : {}),
  });
}

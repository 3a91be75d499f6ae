/**
 * A pool's worker thread (pool.ts): sets up once for its task — a build compiles the template set,
 * reading unit ledgers needs nothing — then runs each job it is sent with the same function the
 * main thread runs, so a result is the same whichever thread made it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { nodeHost } from '../../host/index.js';
import { buildLedgerFile, prepareTemplates, type BuildResult } from '../pipeline/index.js';
import { readUnitLedger } from '../pipeline/summary.js';
import type { JobMessage, Task } from './pool.js';

const task = workerData as Task;
// standard input is never sent to a worker: a batch reading `-` runs on the main thread
const host = nodeHost({ cwd: task.settings.cwd, env: task.settings.env, stdin: undefined as unknown as NodeJS.ReadableStream });

function jobOf(task: Task): (file: string) => Promise<unknown> {
  switch (task.kind) {
    case 'build': {
      const prepared = prepareTemplates(task.settings.choice, host);
      return (file): Promise<BuildResult> =>
        prepared.templates ? buildLedgerFile(file, task.settings, prepared.templates, host) : Promise.resolve({ outputs: [], problems: prepared.problems });
    }
    case 'read-unit':
      return (file) => readUnitLedger(file, task.settings, host);
  }
}

const job = jobOf(task);

parentPort?.on('message', (message: JobMessage) => {
  job(message.file).then(
    (result) => parentPort?.postMessage({ index: message.index, result }),
    (error: unknown) => parentPort?.postMessage({ index: message.index, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

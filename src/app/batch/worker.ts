/**
 * A batch worker thread: compiles the template set once, then builds each ledger it is sent with
 * the same buildLedgerFile a one-by-one build runs, so its files are byte-identical to those.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { nodeHost } from '../../host/index.js';
import { buildLedgerFile, prepareTemplates, type BuildResult, type BuildSettings } from '../pipeline/index.js';
import type { JobMessage } from './pool.js';

const settings = workerData as BuildSettings;
// standard input is never sent to a worker: a batch reading `-` builds on the main thread
const host = nodeHost({ cwd: settings.cwd, env: settings.env, stdin: undefined as unknown as NodeJS.ReadableStream });
const prepared = prepareTemplates(settings.choice, host);

async function build(file: string): Promise<BuildResult> {
  if (!prepared.templates) return { outputs: [], problems: prepared.problems };
  return buildLedgerFile(file, settings, prepared.templates, host);
}

parentPort?.on('message', (job: JobMessage) => {
  build(job.file).then(
    (result) => parentPort?.postMessage({ index: job.index, result }),
    (error: unknown) => parentPort?.postMessage({ index: job.index, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

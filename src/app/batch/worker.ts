/**
 * A batch worker thread: compiles the template set once, then builds each ledger it is sent with
 * the same buildLedgerFile a one-by-one build runs, so its files are byte-identical to those.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildLedgerFile, prepareTemplates, type BuildResult } from '../pipeline/index.js';
import { buildOptionsFor, type BatchSettings, type JobMessage } from './settings.js';

const settings = workerData as BatchSettings;
const prepared = prepareTemplates(settings.choice, settings.lang, settings.cwd);

async function build(file: string): Promise<BuildResult> {
  if (!prepared.templates) return { outputs: [], diagnostics: prepared.diagnostics, exitCode: 2 };
  return buildLedgerFile(file, buildOptionsFor(settings, prepared.templates));
}

parentPort?.on('message', (job: JobMessage) => {
  build(job.file).then(
    (result) => parentPort?.postMessage({ index: job.index, result }),
    (error: unknown) => parentPort?.postMessage({ index: job.index, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

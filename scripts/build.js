#!/usr/bin/env node
/**
 * `npm run build`: everything rectify runs from, made afresh from the sources.
 *
 * 1. remove dist/ and generated/: output of an older layout (a module since moved or deleted)
 *    would otherwise linger beside the new one and still be found;
 * 2. compile schemas/ledger.schema.json into generated/ledger-validator.js (scripts/compile-schema.js);
 * 3. tsc: type-check src/ and compile it into dist/ (the tests and scripts/precompile-templates.js use it);
 * 4. scripts/bundle.js: the shipped templates precompiled into dist/templates/, the CLI bundled into
 *    dist/bundle/, and the bundle's V8 code cache.
 *
 * Each step is a child process, so this file needs nothing but Node: `prepare` (scripts/prepare.js)
 * can run it right after installing the tools in a folder that had none.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Run one step with this Node; throws with the step named if it fails. */
function step(args) {
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`build step failed (${run.signal ?? `exit ${run.status}`}): node ${args.join(' ')}`);
}

export function build() {
  for (const stale of ['dist', 'generated']) rmSync(`${root}${stale}`, { recursive: true, force: true });
  step(['scripts/compile-schema.js']);
  step([createRequire(`${root}package.json`).resolve('typescript/bin/tsc'), '-p', 'tsconfig.json']);
  step(['scripts/bundle.js']);
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    build();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

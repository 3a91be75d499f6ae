#!/usr/bin/env node
/**
 * `npm run build`: everything rectify runs from, made afresh from the sources.
 *
 * 1. remove dist/ and the generated validator: output of an older layout (a module since moved
 *    or deleted) would otherwise linger beside the new one and still be found;
 * 2. compile src/ into dist/ (scripts/compile-sources.js; the tests and the scripts below use it);
 *    types are checked apart, by `npm run typecheck` and the test suite;
 * 3. write schemas/ledger.schema.json from the ledger's shape (scripts/generate-schema.js);
 * 4. compile the schema into generated/ledger-validator.js (scripts/compile-schema.js);
 * 5. scripts/bundle.js: the shipped templates precompiled into dist/templates/, the CLI bundled into
 *    dist/bundle/, and the bundle's V8 code cache.
 *
 * Each step is a child process, so this file needs nothing but Node: `prepare` (scripts/prepare.js)
 * can run it right after installing the tools in a folder that had none.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Run one step with this Node; throws with the step named if it fails. */
function step(args) {
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`build step failed (${run.signal ?? `exit ${run.status}`}): node ${args.join(' ')}`);
}

export function build() {
  rmSync(`${root}dist`, { recursive: true, force: true });
  // generated/ holds the committed types of the validator (.d.ts) beside the built validator (.js)
  for (const name of existsSync(`${root}generated`) ? readdirSync(`${root}generated`) : []) if (name.endsWith('.js')) rmSync(`${root}generated/${name}`, { force: true });
  step(['scripts/compile-sources.js']);
  step(['scripts/generate-schema.js']);
  step(['scripts/compile-schema.js']);
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

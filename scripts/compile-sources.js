#!/usr/bin/env node
/**
 * Compile src/ into dist/, one .js file per .ts file, types stripped (esbuild, no bundling): what
 * the build scripts and the tests of the built package load. Types are checked apart, by
 * `npm run typecheck` and test/types.test.ts (tsc --noEmit): a build, `prepare` on a user's install
 * among them, need not wait for the checker, and the test suite checks them beside the other tests.
 * Run by scripts/build.js.
 */
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every .ts file under `dir` (no declaration files), relative to the package root. */
function sources(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

await build({
  absWorkingDir: root,
  entryPoints: sources('src'),
  outbase: 'src',
  outdir: 'dist',
  bundle: false,
  format: 'esm',
  platform: 'node',
  // tsconfig.json's target: the same class-field and syntax semantics as tsc would emit
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});

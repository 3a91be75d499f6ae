#!/usr/bin/env node
/**
 * Bundle the CLI into dist/bundle/ (run by `npm run build` after tsc). Start-up is most of a small
 * build's time, and resolving and compiling a few hundred separate node_modules files is most of
 * start-up; one file is read and compiled at once. Code only some commands need (the docx writer,
 * exceljs, the pdf step) stays behind dynamic import() and lands in chunks of its own, loaded only
 * when asked for.
 *
 * The bundle sits two folders below the package root, like dist/cli/main.js, so every
 * `new URL('../../templates/', import.meta.url)` in src/ finds the same files from either.
 */
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // The batch worker thread is an entry of its own: src/batch/pool.ts starts `./worker.js` beside
  // the code that runs it, so a bundled CLI starts bundled workers.
  entryPoints: { main: 'src/cli/main.ts', ...(existsSync(`${root}src/batch/worker.ts`) ? { worker: 'src/batch/worker.ts' } : {}) },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies (handlebars, exceljs) call require() for Node's own modules; an ES
  // module has no require, so give the bundle one.
  banner: { js: "import { createRequire as __rectifyCreateRequire } from 'node:module';\nconst require = __rectifyCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});

#!/usr/bin/env node
/**
 * Bundle the CLI into dist/bundle/ (run by `npm run build` after tsc):
 *
 * 1. precompile the shipped template sets (scripts/precompile-templates.js → dist/templates/);
 * 2. bundle src/app/main.ts and the batch worker into one CommonJS file, dist/bundle/rectify.cjs.
 *    Start-up is most of a small build's time: one file is read and compiled at once instead of a
 *    few hundred node_modules files. Code only some commands need (the docx writer, the pdf step)
 *    is in the file but evaluated only when first asked for; exceljs (import/export only, and as
 *    large as the rest together) stays in node_modules, required when used;
 * 3. run a representative build and validate through bin/load-bundle.cjs and save V8's code cache
 *    of everything they compiled (dist/bundle/rectify.cjs.v8cache), which the bin loads with the
 *    bundle: compiling the bundle was the largest single cost of a run.
 *
 * The bundle sits two folders below the package root, like dist/app/main.js, so every
 * `new URL('../../templates/', import.meta.url)` in src/ finds the same files from either; the
 * loader passes the bundle's own URL as import.meta.url.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { precompileShippedTemplates } from './precompile-templates.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

precompileShippedTemplates();

/**
 * commander requires node:child_process at load for a feature we do not use (subcommands as
 * separate executables); loading it pulls in net, dgram and more, ~4 ms of every run. Commander
 * gets a stand-in that loads the real module on first use.
 */
const commanderWithoutChildProcess = {
  name: 'commander-without-child-process',
  setup(bundler) {
    bundler.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    bundler.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:${args.path}'))[key] });\n`,
      loader: 'js',
    }));
  },
};

/**
 * chalk works out at load whether stdout and stderr take colour, which loads node:tty and with it
 * net and the stream modules (~3 ms). rectify never uses that answer — src/app/color.ts decides
 * the level from the streams it writes to and NO_COLOR/FORCE_COLOR — so chalk is told "no colour"
 * without asking.
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(bundler) {
    bundler.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-detection' }));
    bundler.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
  },
};

const hasWorker = existsSync(`${root}src/app/batch/worker.ts`);
const bundled = await build({
  absWorkingDir: root,
  stdin: {
    // main() for the bin; startWorker() for dist/bundle/worker.js: the worker thread's module is
    // evaluated only in a worker thread, where it starts listening for jobs.
    contents: `export { main } from './src/app/main.ts';\nexport const startWorker = () => ${hasWorker ? "import('./src/app/batch/worker.ts')" : 'undefined'};\n`,
    resolveDir: root,
    sourcefile: 'bundle-entry.ts',
    loader: 'ts',
  },
  outfile: `${outdir}/rectify.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['exceljs'],
  // no import() inside vm.Script: the external exceljs is require()d when first used
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__rectifyImportMetaUrl' },
  plugins: [commanderWithoutChildProcess, chalkWithoutDetection],
  // Whitespace and comments out, identifiers kept (readable stack traces and profiles): a third
  // less source to read and hold on every run.
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  write: false,
});
mkdirSync(outdir, { recursive: true });
writeFileSync(`${outdir}/rectify.cjs`, asciiOnly(bundled.outputFiles[0].text));

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals.
 * Escaped there too (`\uXXXX` means the same code unit in a pattern, with or without the u flag),
 * the bundle is pure ASCII: the loader reads it as latin1 into a one-byte string, 2 ms instead of
 * 7 ms of UTF-8 decoding into a two-byte string that V8 also scans more slowly.
 */
function asciiOnly(code) {
  return code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// src/app/batch/pool.ts starts `./worker.js` beside the code that runs it, so a bundled CLI starts
// bundled workers.
if (hasWorker) {
  writeFileSync(
    `${outdir}/worker.js`,
    "// A batch worker thread running the bundle (see scripts/bundle.js).\nimport { createRequire } from 'node:module';\n\ncreateRequire(import.meta.url)('../../bin/load-bundle.cjs').loadBundle().exports.startWorker();\n",
  );
}

/** Run the commands a user runs most, in this process, then keep the code V8 compiled for them. */
async function writeCodeCache() {
  const { loadBundle, saveCodeCache, warmUp } = createRequire(import.meta.url)('../bin/load-bundle.cjs');
  const { exports, script } = loadBundle({ useCache: false });
  await warmUp(exports);
  saveCodeCache(script);
}
await writeCodeCache();

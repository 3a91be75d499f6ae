#!/usr/bin/env node
/**
 * Bundle the CLI into dist/bundle/ (run by scripts/build.js after compile-sources.js):
 *
 * 1. precompile the shipped template sets (scripts/precompile-templates.js → dist/templates/);
 * 2. bundle src/app/main.ts and the batch worker into one CommonJS file, dist/bundle/rectify.cjs.
 *    Start-up is most of a small build's time: one file is read and compiled at once instead of a
 *    few hundred node_modules files. Dependencies go in as they are published (no plugin rewrites
 *    them); code only some commands need (the docx writer, the pdf step) is in the file but
 *    evaluated only when first asked for; exceljs (import/export only, and as large as the rest
 *    together) stays in node_modules, required when used;
 * 3. run a representative build and validate of the example ledger through bin/load-bundle.cjs
 *    and save V8's code cache of everything they compiled (dist/bundle/rectify.cjs.v8cache), which
 *    the bin loads with the bundle. This is the only place the cache is written: the bin never
 *    writes, and uses the cache only if V8 accepts it.
 *
 * The bundle sits two folders below the package root, like dist/app/main.js, so every
 * `new URL('../../templates/', import.meta.url)` in src/ finds the same files from either;
 * `import.meta.url` in the bundle is the bundle file's own URL.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { precompileShippedTemplates } from './precompile-templates.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
const outfile = `${outdir}/rectify.cjs`;
/** What the warm-up builds and validates: the shipped example, the size of a real ledger. */
const EXAMPLE = `${root}examples/justice-bureau/ledger.yaml`;

rmSync(outdir, { recursive: true, force: true });

precompileShippedTemplates();

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
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['exceljs'],
  // A CommonJS file has no import.meta: the bundle's own URL stands in for it.
  banner: { js: "var __rectify_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__rectify_import_meta_url' },
  // import() becomes require(): the loader runs the bundle through vm.Script, which has no
  // dynamic-import hook, and the external exceljs is CommonJS anyway
  supported: { 'dynamic-import': false },
  // Whitespace and comments out, identifiers kept (readable stack traces and profiles): a third
  // less source to read and hold on every run.
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  write: false,
});
mkdirSync(outdir, { recursive: true });
writeFileSync(outfile, asciiOnly(bundled.outputFiles[0].text));

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals.
 * Escaped there too (`\uXXXX` means the same code unit in a pattern, with or without the u flag),
 * the bundle is pure ASCII: the loader reads it as latin1 into a one-byte string, faster than
 * UTF-8 decoding into a two-byte string that V8 also scans more slowly.
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

/**
 * Run what users run most — build md+docx and validate of the shipped example, output to a
 * temporary folder and discarded — with the freshly compiled bundle, then keep the code V8
 * compiled for them. Throws if a command fails: the bundle is broken.
 */
async function writeCodeCache() {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { Readable, Writable } = await import('node:stream');
  const { compileBundle } = createRequire(import.meta.url)('../bin/load-bundle.cjs');
  const script = compileBundle(outfile);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(outfile), module, outfile, outdir);
  const out = mkdtempSync(join(tmpdir(), 'rectify-warm-up-'));
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const io = () => ({ stdin: Readable.from([]), stdout: sink(), stderr: sink(), env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, cwd: out });
  try {
    for (const argv of [
      ['build', EXAMPLE, '-o', out, '--format', 'md,docx', '--quiet'],
      ['validate', EXAMPLE, '--quiet'],
    ]) {
      const code = await module.exports.main(argv, io());
      if (code !== 0) throw new Error(`the warm-up failed: rectify ${argv.join(' ')} exited with ${code}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  writeFileSync(`${outfile}.v8cache.tmp`, script.createCachedData());
  renameSync(`${outfile}.v8cache.tmp`, `${outfile}.v8cache`);
}
await writeCodeCache();

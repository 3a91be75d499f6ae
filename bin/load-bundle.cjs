'use strict';
/**
 * Load the bundled CLI, dist/bundle/rectify.cjs (scripts/bundle.js), with the V8 code cache that
 * `npm run build` made beside it (rectify.cjs.v8cache). The bundle is an ordinary CommonJS module —
 * `require()` runs it just as well — but Node 20 keeps no compiled code between runs, and compiling
 * the bundle is a large part of a small build's time; run through vm.Script with the cache, the
 * functions a build calls arrive compiled.
 *
 * Nothing here writes, ever: the cache is made at build time only (scripts/bundle.js calls
 * `compileBundle` with the same wrapper, so V8 sees the same source). A cache V8 rejects (another
 * Node version, other V8 flags, a different bundle) or a missing one is simply not used: the bundle
 * compiles as any module would, and the install folder stays as it was, read-only or not.
 */
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'rectify.cjs');

/**
 * The bundle's source in Node's own CommonJS wrapper, compiled with `cachedData` if given. The
 * wrapper starts on the source's first line, so line numbers in stack traces are the file's.
 */
function compileBundle(bundle, cachedData) {
  // scripts/bundle.js writes pure ASCII, so latin1 decodes it exactly and fastest
  const source = readFileSync(bundle, 'latin1');
  return new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
}

/**
 * Evaluate the bundle (default: this package's) once in this thread. Returns its exports (`main`,
 * `startWorker`), the compiled script, and what became of the code cache: `accepted`, `rejected`
 * (V8 would not use it) or `missing`.
 */
function loadBundle(bundle = BUNDLE) {
  let cachedData;
  try {
    cachedData = readFileSync(`${bundle}.v8cache`);
  } catch {
    cachedData = undefined;
  }
  const script = compileBundle(bundle, cachedData);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const cache = cachedData === undefined ? 'missing' : script.cachedDataRejected === true ? 'rejected' : 'accepted';
  return { exports: module.exports, script, cache };
}

module.exports = { BUNDLE, compileBundle, loadBundle };

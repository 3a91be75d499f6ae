'use strict';
/**
 * Load the bundled CLI (dist/bundle/rectify.cjs) with V8's code cache. Compiling the bundle's
 * source is a large part of every run's start-up and Node 20 caches none of it, so the bundle runs
 * through vm.Script with the cache that scripts/bundle.js made after a representative build
 * (dist/bundle/rectify.cjs.v8cache): the functions a build calls arrive compiled.
 *
 * A cache V8 rejects (another Node version, other V8 flags) or a missing one costs only its
 * benefit: the bundle compiles as usual, and once the run is over the bin warms the bundle up with
 * the same representative build (warmUp) and writes a fresh cache — once, not a cache of whatever
 * command happened to run first (`--version` would leave a cache without the build in it). A
 * read-only install simply keeps compiling.
 */
const { accessSync, constants, readFileSync, renameSync, unlinkSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'rectify.cjs');
/** The shipped example ledger: what a warm-up builds and validates. */
const EXAMPLE = join(__dirname, '..', 'examples', 'justice-bureau', 'ledger.yaml');

/**
 * Evaluate the bundle once in this thread; returns its exports (`main`, `startWorker`) and
 * whether the code cache (`<bundle>.v8cache`) should be (re)written. `bundle` is another copy's
 * path, for tests.
 */
function loadBundle({ useCache = true, bundle = BUNDLE } = {}) {
  // scripts/bundle.js writes pure ASCII, so latin1 decodes it exactly and fastest
  const source = readFileSync(bundle, 'latin1');
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(`${bundle}.v8cache`);
    } catch {
      cachedData = undefined;
    }
  }
  // The CommonJS wrapper on the first line keeps the bundle's line numbers in stack traces; the
  // bundle reads import.meta.url (template and schema paths, the worker file) from the last parameter.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __rectifyImportMetaUrl) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, join(bundle, '..'), pathToFileURL(bundle).href);
  return { exports: module.exports, script, bundle, cacheStale: cachedData === undefined || script.cachedDataRejected === true };
}

/**
 * Write the code cache of everything compiled so far (call it after a run) beside `bundle`.
 * Atomic, so a concurrent run reads either the old cache or the new one; failures are ignored.
 */
function saveCodeCache(script, bundle = BUNDLE) {
  const cache = `${bundle}.v8cache`;
  const temp = `${cache}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cache);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never written
    }
  }
}

/** Whether a code cache can be written beside `bundle` (a global install may be read-only). */
function canSaveCodeCache(bundle = BUNDLE) {
  try {
    accessSync(join(bundle, '..'), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Run what users run most — build md+docx and validate of the shipped example, output to a
 * temporary folder and discarded — with the loaded bundle, so that the code cache written next
 * holds every function they compile. Throws if a command fails.
 */
async function warmUp(exports) {
  // loaded here: a run that needs no warm-up never loads them
  const { mkdtempSync, rmSync } = require('node:fs');
  const { tmpdir } = require('node:os');
  const { Readable, Writable } = require('node:stream');
  const out = mkdtempSync(join(tmpdir(), 'rectify-warm-up-'));
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const io = () => ({ stdin: Readable.from([]), stdout: sink(), stderr: sink(), env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, cwd: out });
  try {
    for (const argv of [
      ['build', EXAMPLE, '-o', out, '--format', 'md,docx', '--quiet'],
      ['validate', EXAMPLE, '--quiet'],
    ]) {
      const code = await exports.main(argv, io());
      if (code !== 0) throw new Error(`the warm-up failed: rectify ${argv.join(' ')} exited with ${code}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

module.exports = { BUNDLE, canSaveCodeCache, loadBundle, saveCodeCache, warmUp };

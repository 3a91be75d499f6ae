#!/usr/bin/env node
'use strict';
// The bin stays tiny: everything testable lives in main(), which never calls process.exit.
// It runs the bundle (dist/bundle/rectify.cjs, one file, loaded with V8's code cache by
// load-bundle.cjs: start-up is most of a small build's time) unless the bundle is missing or older
// than tsc's dist/app/main.js, so a `tsc`-only rebuild is never shadowed by a stale bundle.
// CommonJS (bin/package.json) because an ES module entry point costs Node's ESM loader, ~7 ms.
const { statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const mtime = (path) => statSync(join(__dirname, path), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = mtime('../dist/bundle/rectify.cjs') >= mtime('../dist/app/main.js') ? require('./load-bundle.cjs') : undefined;
const loaded = bundle?.loadBundle();

// Streams are created only when a command writes to them: Node builds process.stdout and
// process.stderr lazily, and building one loads the stream and net modules.
const used = new Set();
const stream = (name) => {
  used.add(name);
  return process[name];
};
const io = {
  get stdin() {
    return stream('stdin');
  },
  get stdout() {
    return stream('stdout');
  },
  get stderr() {
    return stream('stderr');
  },
  env: process.env,
  cwd: process.cwd(),
};

// main() has finished everything it started. Left to itself, Node would now wait for V8's
// background compile jobs (~10 ms of a small build) before exiting; once our output is flushed
// there is nothing to wait for.
async function finish(exitCode) {
  process.exitCode = exitCode;
  const flushed = (name) => {
    const out = used.has(name) ? process[name] : undefined;
    return out !== undefined && out.writableLength > 0 ? new Promise((done) => out.once('drain', done)) : undefined;
  };
  await Promise.all([flushed('stdout'), flushed('stderr')]);
  // V8 refused the code cache (a new Node, other flags): make a full one now, once
  if (loaded?.cacheStale && bundle.canSaveCodeCache()) {
    try {
      await bundle.warmUp(loaded.exports);
      bundle.saveCodeCache(loaded.script);
    } catch {
      // the cache is only an optimisation; the command has already run
    }
  }
  process.exit();
}

const main = loaded ? Promise.resolve(loaded.exports.main) : import(pathToFileURL(join(__dirname, '../dist/app/main.js')).href).then((m) => m.main);
main.then((run) => run(process.argv.slice(2), io)).then(finish);

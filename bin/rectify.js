#!/usr/bin/env node
// The bin stays tiny: everything testable lives in main(), which never calls process.exit.
// It runs the bundle (dist/bundle/rectify.cjs, one file, loaded with V8's code cache by
// load-bundle.cjs: start-up is most of a small build's time) unless the bundle is missing or older
// than tsc's dist/cli/main.js, so a `tsc`-only rebuild is never shadowed by a stale bundle.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = mtime('../dist/bundle/rectify.cjs') >= mtime('../dist/cli/main.js') ? createRequire(import.meta.url)('./load-bundle.cjs') : undefined;
const loaded = bundle?.loadBundle();
const { main } = loaded ? loaded.exports : await import('../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
if (loaded?.cacheStale) bundle.saveCodeCache(loaded.script);
// main() has finished everything it started. Left to itself, Node would now wait for V8's
// background compile jobs (~10 ms of a small build) before exiting; once our output is flushed
// there is nothing to wait for.
const flushed = (stream) => (stream.writableLength > 0 ? new Promise((done) => stream.once('drain', done)) : undefined);
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit();

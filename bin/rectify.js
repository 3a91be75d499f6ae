#!/usr/bin/env node
// The bin stays tiny: everything testable lives in main(), which never calls process.exit.
// It runs the bundle (dist/bundle/, one file to load: start-up is most of a small build's time)
// unless the bundle is missing or older than tsc's dist/cli/main.js, so a `tsc`-only rebuild is
// never shadowed by a stale bundle.
import { statSync } from 'node:fs';

const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js');
const { main } = await import(bundled ? '../dist/bundle/main.js' : '../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

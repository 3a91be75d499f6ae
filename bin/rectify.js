#!/usr/bin/env node
'use strict';
// rectify's command line. main() (src/app/main.ts, run from the bundle `npm run build` makes; see
// load-bundle.cjs) does all the work and returns the exit code; it never exits the process.
const { main } = require('./load-bundle.cjs').loadBundle().exports;

// Getters: Node makes process.stdout and process.stderr on first use, loading the stream modules.
const io = {
  get stdin() {
    return process.stdin;
  },
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  env: process.env,
  cwd: process.cwd(),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);

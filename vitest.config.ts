import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A worker per core. vitest's default leaves one core to itself, which on two cores runs the
    // files one after another; but vitest's own process does little, and many tests spend their
    // time waiting on a subprocess (LibreOffice, the installed CLI) while the other worker computes.
    maxWorkers: Math.max(2, availableParallelism()),
    // The test files of one worker share its module graph: src/ and the dependencies are loaded
    // once per worker, not once per file (most files test the same pipeline). No test relies on a
    // fresh module; one that changes global state (process.env.TZ, a spy) restores it.
    isolate: false,
  },
});

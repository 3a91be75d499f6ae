import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The test files of one worker share its module graph: src/ and the dependencies are loaded
    // once per worker, not once per file (most files test the same pipeline). No test relies on a
    // fresh module; one that changes global state (process.env.TZ, a spy) restores it.
    isolate: false,
  },
});

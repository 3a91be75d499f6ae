import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that allocate by the hundred thousand run in a fresh worker of their own: in a worker that
 * still holds what earlier files left on its heap, every garbage collection has more to walk (the
 * differential test took twice as long after the hostile corpus in the same worker).
 */
const OWN_HEAP = ['test/load/plain-yaml-differential.test.ts'];

/**
 * The files that take longest, longest first. vitest orders by the durations of the last run, and
 * on a fresh clone (CI) by file size, which would start the install test — a minute of npm — among
 * the last, leaving one core idle while it runs alone at the end.
 */
const SLOWEST = [
  'test/cli/install.test.ts',
  'test/load/plain-yaml-differential.test.ts',
  'test/types.test.ts',
  'test/property/linear.test.ts',
  'test/hostile/corpus.test.ts',
  'test/safety/kill.test.ts',
  'test/docx/print-ready.test.ts',
  'test/check/shipped.test.ts',
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification): number => {
      const at = SLOWEST.findIndex((name) => file.moduleId.endsWith(name));
      return at < 0 ? SLOWEST.length : at;
    };
    return sorted.map((file, order) => ({ file, order })).sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order).map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    sequence: { sequencer: SlowestFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A worker per core. vitest's default leaves one core to itself, which on two cores runs the
    // files one after another; but vitest's own process does little, and many tests spend their
    // time waiting on a subprocess (LibreOffice, the installed CLI) while the other worker computes.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        // The test files of one worker share its module graph: src/ and the dependencies are
        // loaded once per worker, not once per file (most files test the same pipeline). No test
        // relies on a fresh module; one that changes global state (process.env.TZ, a spy) restores it.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: OWN_HEAP, isolate: false },
      },
      { extends: true, test: { name: 'own-heap', include: OWN_HEAP, isolate: true } },
    ],
  },
});

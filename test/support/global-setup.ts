/**
 * One temporary folder for the whole run: every test file and every process it starts (LibreOffice
 * profiles, built reports, installs) makes its temporary files under it, through TMPDIR, and it is
 * removed when the run ends — a test that forgets to clean up leaves nothing behind on the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  // each project of vitest.config.ts runs this; the first one's folder serves them all
  if (process.env.RECTIFY_TEST_TMPDIR !== undefined) return () => {};
  const root = mkdtempSync(join(tmpdir(), 'rectify-tests-'));
  process.env.TMPDIR = root;
  process.env.RECTIFY_TEST_TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    delete process.env.RECTIFY_TEST_TMPDIR;
  };
}

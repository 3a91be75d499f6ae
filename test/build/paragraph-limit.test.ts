/**
 * A report of thousands of issues lays out tens of thousands of paragraphs: the .docx writer would
 * take many seconds and most of a gigabyte. Past `--max-paragraphs` (20,000 by default, each table
 * cell one) the build is refused before the .docx is laid out, nothing is written, and the hint's
 * option, applied as written, builds it.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_PARAGRAPHS } from '../../src/core/docx/index.js';
import { runMain } from '../support/main.js';

const EXAMPLE = new URL('../../examples/justice-bureau/ledger.yaml', import.meta.url);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rectify-paragraphs-'));
  copyFileSync(EXAMPLE, join(dir, 'ledger.yaml'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a report longer than --max-paragraphs', () => {
  it('is refused with the count, writes nothing, and builds with the option the hint gives', async () => {
    const refused = await runMain(['build', 'ledger.yaml', '--max-paragraphs', '10'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('[report-too-long]');
    const hinted = /--max-paragraphs (\d+)/.exec(refused.stderr);
    expect(hinted).not.toBeNull();
    expect(Number(hinted![1])).toBeGreaterThan(10);
    expect(existsSync(join(dir, 'ledger.md')) || existsSync(join(dir, 'ledger.docx'))).toBe(false);

    const built = await runMain(['build', 'ledger.yaml', '--max-paragraphs', hinted![1]!], dir);
    expect(built.code).toBe(0);
    expect(existsSync(join(dir, 'ledger.docx'))).toBe(true);
  });

  it('is in English under --lang en, and the Markdown alone is not limited', async () => {
    const refused = await runMain(['--lang', 'en', 'build', 'ledger.yaml', '--max-paragraphs', '10'], dir);
    expect(refused.stderr).toContain('more than the limit of 10');
    expect((await runMain(['build', 'ledger.yaml', '--format', 'md', '--max-paragraphs', '10'], dir)).code).toBe(0);
  });

  it('is far above what a real report lays out', () => {
    expect(DEFAULT_MAX_PARAGRAPHS).toBeGreaterThanOrEqual(20_000);
  });
});

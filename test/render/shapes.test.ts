/**
 * The shapes real reports take (docs/fidelity.md), each held by a ledger with invented content in
 * that shape and its report: test/fixtures/shapes/<shape>/ledger.yaml built with the shipped set its
 * first line names (`# template: audit`; default otherwise) must give expected.md exactly, with no
 * warning. Regenerate after an intended change with RECTIFY_UPDATE_FIXTURES=1 and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../src/app/pipeline/index.js';
import { shippedTemplates } from '../support/build.js';

const shapes = fileURLToPath(new URL('../fixtures/shapes/', import.meta.url));
const update = process.env.RECTIFY_UPDATE_FIXTURES === '1';

/** The shipped set a shape's ledger is built with. */
export function templateOf(ledgerText: string): 'default' | 'audit' {
  return /^# template: audit\b/.test(ledgerText) ? 'audit' : 'default';
}

describe('the shapes of real reports', () => {
  for (const name of readdirSync(shapes).sort()) {
    it(name, () => {
      const ledgerText = readFileSync(`${shapes}${name}/ledger.yaml`, 'utf8');
      const set = templateOf(ledgerText);
      const built = buildMarkdown(Buffer.from(ledgerText), `${name}/ledger.yaml`, shippedTemplates(set).compiled, { public: false, strict: false });
      expect(built.problems).toEqual([]);
      const expectedFile = `${shapes}${name}/expected.md`;
      if (update) writeFileSync(expectedFile, built.markdown!);
      expect(existsSync(expectedFile), `${expectedFile} missing: run with RECTIFY_UPDATE_FIXTURES=1`).toBe(true);
      expect(built.markdown).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});

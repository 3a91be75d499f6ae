/**
 * Golden fixtures: test/fixtures/render/<case>/ledger.yaml built with the default template set must
 * give expected.md exactly. Regenerate after an intended change with RECTIFY_UPDATE_FIXTURES=1 and
 * review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../src/app/pipeline/index.js';
import { shippedTemplates } from '../support/build.js';

const fixtures = fileURLToPath(new URL('../fixtures/render/', import.meta.url));
const update = process.env.RECTIFY_UPDATE_FIXTURES === '1';

describe('render fixtures (default template set)', () => {
  const templates = shippedTemplates('default').compiled;
  for (const name of readdirSync(fixtures).sort()) {
    it(name, () => {
      const ledgerFile = `${fixtures}${name}/ledger.yaml`;
      const built = buildMarkdown(readFileSync(ledgerFile), `${name}/ledger.yaml`, templates, { public: false, strict: false });
      expect(built.problems.filter((d) => d.severity === 'error')).toEqual([]);
      const expectedFile = `${fixtures}${name}/expected.md`;
      if (update) writeFileSync(expectedFile, built.markdown!);
      expect(existsSync(expectedFile), `${expectedFile} missing: run with RECTIFY_UPDATE_FIXTURES=1`).toBe(true);
      expect(built.markdown).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});

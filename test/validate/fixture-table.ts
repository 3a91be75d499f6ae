import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { worded } from '../support/words.js';

interface Expected {
  description: string;
  options?: { maxBytes?: number; maxAliases?: number; asOf?: string };
  diagnostics: { code: string; severity: string; line: number; column: number; path?: string }[];
}

/**
 * One test per fixture folder: validate its ledger.yaml (as bytes, the way the CLI reads it) and
 * expect exactly the listed diagnostics, each at its code, severity, line and column.
 */
export function fixtureCases(root: string): void {
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
  for (const name of folders) {
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${expected.description}`, () => {
      const bytes = new Uint8Array(readFileSync(join(root, name, 'ledger.yaml')));
      const result = validateLedgerText(bytes, 'ledger.yaml', expected.options ?? {});
      const diagnostics = worded(result.problems);
      const got = diagnostics.map((d, i) => {
        const shape: Record<string, unknown> = { code: d.code, severity: d.severity, line: d.line, column: d.column };
        if (expected.diagnostics[i]?.path !== undefined) shape.path = d.path;
        return shape;
      });
      expect(got).toEqual(expected.diagnostics);
      for (const d of diagnostics) {
        expect(d.message).not.toBe('');
        expect(d.message).not.toBe(d.code);
        expect(d.file).toBe('ledger.yaml');
      }
      if (expected.diagnostics.some((d) => d.severity === 'error')) expect(result.ledger).toBeUndefined();
      else expect(result.ledger).toBeDefined();
    });
  }
}

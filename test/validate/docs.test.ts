import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLedgerText, VALIDATION_CODES } from '../../src/core/validate/index.js';

const doc = readFileSync(new URL('../../docs/ledger-format.md', import.meta.url), 'utf8');

describe('docs/ledger-format.md', () => {
  it('has a small ledger example that validates cleanly', () => {
    const section = doc.slice(doc.indexOf('## A small ledger'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(yaml).toBeDefined();
    const result = validateLedgerText(yaml!, 'example.yaml');
    expect(result.diagnostics).toEqual([]);
  });

  it('documents every diagnostic code', () => {
    for (const code of VALIDATION_CODES) expect(doc, code).toContain(`\`${code}\``);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../src/app/messages/index.js';
import { validateLedgerText } from '../../src/core/validate/index.js';

const DOCS = new URL('../../docs/', import.meta.url);
const doc = readFileSync(new URL('ledger-format.md', DOCS), 'utf8');
const allDocs = readdirSync(DOCS)
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(new URL(name, DOCS), 'utf8'))
  .join('\n');

describe('docs/ledger-format.md', () => {
  it('has a small ledger example that validates cleanly', () => {
    const section = doc.slice(doc.indexOf('## A small ledger'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(yaml).toBeDefined();
    const result = validateLedgerText(yaml!, 'example.yaml');
    expect(result.problems).toEqual([]);
  });

  it('documents every problem code the catalogue words', () => {
    for (const code of PROBLEM_CODES) expect(allDocs, code).toContain(`\`${code}\``);
  });
});

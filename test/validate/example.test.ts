import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { worded } from '../support/words.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/justice-bureau/ledger.yaml', import.meta.url));

/** Where `measures: 26` sits in the declared figures, found in the text rather than assumed. */
function declaredMeasuresPosition(text: string): { line: number; column: number } {
  const declared = text.indexOf('declared:');
  const match = /measures:\s*(26)/.exec(text.slice(declared));
  if (declared < 0 || !match) throw new Error('example has no declared measures: 26');
  const offset = declared + match.index + match[0].length - 2;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('examples/justice-bureau/ledger.yaml', () => {
  const text = readFileSync(EXAMPLE, 'utf8');
  const result = validateLedgerText(text, 'ledger.yaml');

  it('is valid, with exactly the one warning the seed report deserves: 26 measures declared, 25 listed', () => {
    expect(result.problems).toHaveLength(1);
    const [warning] = worded(result.problems);
    expect(warning).toMatchObject({
      severity: 'warning',
      code: 'declared-mismatch',
      path: 'inspection.declared.measures',
      ...declaredMeasuresPosition(text),
    });
    expect(warning!.message).toContain('26');
    expect(warning!.message).toContain('25');
    expect(result.ledger).toBeDefined();
  });

  it('normalises statuses to their English names and fills defaults', () => {
    const ledger = result.ledger!;
    expect(ledger.aspects).toHaveLength(5);
    expect(ledger.aspects.flatMap((a) => a.issues)).toHaveLength(8);
    for (const issue of ledger.aspects.flatMap((a) => a.issues)) {
      if (issue.status !== undefined) expect(['done', 'in-progress', 'ongoing', 'partial', 'not-started']).toContain(issue.status);
      expect(Array.isArray(issue.owners)).toBe(true);
      for (const m of issue.measures) expect(Array.isArray(m.evidence)).toBe(true);
    }
    expect(Object.getPrototypeOf(ledger)).toBe(Object.prototype);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/core/derive/index.js';
import type { Ledger } from '../../src/model/ledger.js';
import { validateLedgerText } from '../../src/core/validate/index.js';

function ledgerAt(relative: string): Ledger {
  const path = fileURLToPath(new URL(`../../${relative}`, import.meta.url));
  const result = validateLedgerText(readFileSync(path), relative, {});
  expect(result.problems.filter((d) => d.severity === 'error')).toEqual([]);
  return result.ledger!;
}

describe('derive: the justice bureau example', () => {
  const facts = derive(ledgerAt('examples/justice-bureau/ledger.yaml'));
  it('counts aspects, issues and measures', () => expect(facts.counts).toEqual({ aspects: 5, issues: 8, subissues: 0, measures: 25 }));
  it('counts distinct leaders, units and owners', () => {
    expect([facts.leaders.length, facts.units.length, facts.owners.length]).toEqual([2, 3, 10]);
    expect(facts.leaders.map((l) => l.name)).toEqual(['周明哲', '韩素云']);
  });
  it('is all done, nothing overdue', () => {
    expect(facts.allDone).toBe(true);
    expect(facts.rate.text).toBe('100%');
    expect(facts.overdue).toEqual([]);
    expect(facts.issuesByStatus.done).toBe(8);
  });
  it('fills the placeholder map', () => {
    expect(facts.placeholders).toMatchObject({ issues: '8', measures: '25', leaders: '2', units: '3', owners: '10', rate: '100%', clues: '0' });
  });
  it('is pure: the same ledger gives equal facts', () => {
    expect(derive(ledgerAt('examples/justice-bureau/ledger.yaml'))).toEqual(facts);
  });
});

describe('derive: open, overdue, metrics', () => {
  const facts = derive(ledgerAt('examples/audit/ledger.yaml'));
  it('counts issues by status and the completion rate', () => {
    expect(facts.issuesByStatus).toEqual({ done: 4, partial: 4, ongoing: 1, 'not-started': 1, 'in-progress': 0 });
    expect(facts.rate.text).toBe('40%');
    expect(facts.issuesOpen).toBe(6);
    expect(facts.aspects.map((a) => a.issues)).toEqual([6, 2, 2]);
  });
  it('lists overdue items as of report.date with days overdue', () => {
    expect(facts.overdue).toEqual([
      expect.objectContaining({ kind: 'issue', issueId: 'C2', due: '2024-06-20', daysOverdue: 8, status: 'not-started' }),
    ]);
    expect(facts.load.owners.find((o) => o.id === 'su')).toMatchObject({ name: '苏晓琳', issues: 3, overdue: 1 });
  });
  it('computes metric completion against the target', () => {
    const funds = facts.metrics.find((m) => m.id === 'rectified-funds');
    expect(funds?.completion?.text).toBe('70.22%');
    expect(facts.metrics.find((m) => m.id === 'problem-funds')?.completion).toBeUndefined();
    expect(facts.placeholders['metrics.rectified-funds']).toBe('903.25');
  });
});

describe('derive: statuses from measures', () => {
  const base = ledgerAt('examples/audit/ledger.yaml');
  it('takes an issue status from its measures when it has none', () => {
    const ledger: Ledger = structuredClone(base);
    const issue = ledger.aspects[0]!.issues[0]!;
    delete issue.status;
    issue.measures = [
      { text: 'a', status: 'done', owners: [], evidence: [], metrics: [] },
      { text: 'b', status: 'in-progress', owners: [], evidence: [], metrics: [] },
    ];
    const facts = derive(ledger);
    expect(facts.issues[0]!.status).toBe('in-progress');
    expect(facts.measuresByStatus['in-progress']).toBeGreaterThanOrEqual(1);
  });
  it('counts referrals', () => {
    const ledger: Ledger = { ...structuredClone(base), referrals: { clues: 2, petitions: 1 } };
    expect(derive(ledger).referrals).toMatchObject({ clues: 2, petitions: 1, any: true });
  });
});

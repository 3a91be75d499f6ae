import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { LEDGER } from '../../src/model/ledger-shape.js';
import { SUMMARY } from '../../src/model/summary-shape.js';
import { NUMBERED, pathOf, walk, type Node, type Step } from '../../src/model/shape.js';

/** The walk as it was before it skipped subtrees: every field of every object entered. */
function walkEverything(node: Node, value: unknown, wanted: (node: Node) => boolean, visit: (value: unknown, node: Node, steps: readonly Step[]) => void): void {
  const steps: Step[] = [];
  const go = (n: Node, v: unknown): void => {
    if (v === undefined || v === null) return;
    if (wanted(n)) visit(v, n, steps);
    if (n.kind === 'object') {
      if (typeof v !== 'object') return;
      for (const key of Object.keys(n.fields)) {
        steps.push(key);
        go(n.fields[key]!.node, (v as Record<string, unknown>)[key]);
        steps.pop();
      }
    } else if (n.kind === 'list') {
      if (!Array.isArray(v)) return;
      for (let i = 0; i < v.length; i++) {
        steps.push(i);
        go(n.items, v[i]);
        steps.pop();
      }
    } else if (n.kind === 'text-or-object' && typeof v === 'object') {
      go(n.object, v);
    }
  };
  go(node, value);
}

const visits = (how: typeof walk, node: Node, value: unknown, wanted: (node: Node) => boolean) => {
  const seen: [unknown, Node, string][] = [];
  how(node, value, wanted, (v, n, steps) => seen.push([v, n, pathOf(steps)]));
  return seen;
};

/** Every kind of test the rules make of a node, and some no rule makes. */
const TESTS: Record<string, (node: Node) => boolean> = {
  date: (n) => n.kind === 'date',
  status: (n) => n.kind === 'status',
  number: (n) => n.kind === 'number',
  integer: (n) => n.kind === 'integer',
  id: (n) => n.kind === 'text' && n.role === 'id',
  reference: (n) => n.kind === 'text' && (n.role === 'person' || n.role === 'unit'),
  numbered: (n) => n.kind === 'text' && NUMBERED.has(n.role),
  prose: (n) => n.kind === 'text' && n.role === 'prose',
  texts: (n) => n.kind === 'texts',
  list: (n) => n.kind === 'list',
  object: (n) => n.kind === 'object',
  'text-or-object': (n) => n.kind === 'text-or-object',
  everything: () => true,
  nothing: () => false,
};

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

/** A value with every subtree in turn replaced by something of the wrong kind, as a ledger the schema refuses is walked. */
function* misshapen(value: unknown): Generator<unknown> {
  const wrong: unknown[] = ['文字', 7, true, [], {}, [null], [{ id: 'x', due: '2024-01-01' }], { id: 5, date: '2024-01-01', text: 'x' }];
  const paths: (string | number)[][] = [];
  const collect = (v: unknown, at: (string | number)[]) => {
    paths.push(at);
    if (Array.isArray(v)) v.forEach((x, i) => collect(x, [...at, i]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, [...at, k]);
  };
  collect(value, []);
  for (let p = 1; p < paths.length; p += 3) {
    const copy = structuredClone(value);
    let parent = copy as Record<string | number, unknown>;
    const at = paths[p]!;
    for (const step of at.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    parent[at[at.length - 1]!] = wrong[p % wrong.length];
    yield copy;
  }
}

describe('walk', () => {
  const ledgers = ['justice-bureau/ledger.yaml', 'audit/ledger.yaml'].map((name) => {
    const text = example(name);
    const checked = validateLedgerText(text, name);
    expect(checked.ledger).toBeDefined();
    return { name, raw: parse(text) as unknown, normalised: checked.ledger as unknown };
  });

  it('visits exactly the values, nodes and paths the walk that enters every subtree visits', () => {
    for (const { raw, normalised } of ledgers) {
      for (const [, wanted] of Object.entries(TESTS)) {
        for (const value of [raw, normalised]) {
          const expected = visits(walkEverything, LEDGER, value, wanted);
          expect(visits(walk, LEDGER, value, wanted)).toEqual(expected);
        }
      }
    }
  });

  it('finds something in the examples for the tests the rules make', () => {
    for (const name of ['date', 'id', 'reference', 'status']) expect(visits(walk, LEDGER, ledgers[0]!.normalised, TESTS[name]!).length).toBeGreaterThan(0);
  });

  it('does so on values of the wrong shape, as a ledger the schema refuses is walked', () => {
    let cases = 0;
    for (const value of misshapen(ledgers[0]!.raw)) {
      cases++;
      for (const wanted of [TESTS.date!, TESTS.numbered!, TESTS.number!, TESTS.everything!]) {
        expect(visits(walk, LEDGER, value, wanted)).toEqual(visits(walkEverything, LEDGER, value, wanted));
      }
    }
    expect(cases).toBeGreaterThan(50);
  });

  it('does so on a summary ledger', () => {
    const summary = parse(example('round/summary.yaml')) as unknown;
    for (const wanted of Object.values(TESTS)) expect(visits(walk, SUMMARY, summary, wanted)).toEqual(visits(walkEverything, SUMMARY, summary, wanted));
  });
});

/**
 * People and units are referred to by id, but people write what they know: the name. A reference
 * that is no id but the exact name of one person (or unit) is taken as that person's id, here and
 * only here, so the report, stats, diff and export all see the id. A name two people share is not
 * guessed at: checkReferences says which ids it could be.
 */
import { LEDGER } from '../../model/ledger-shape.js';
import type { Ledger } from '../../model/ledger.js';
import { walk, type Node, type Step } from '../../model/shape.js';

export type ReferenceRole = 'person' | 'unit';

/** Each register's ids, and its names with the ids that bear them. */
export interface Register {
  ids: string[];
  known: Set<string>;
  byName: Map<string, string[]>;
}

export function registerOf(entries: readonly { id: string; name: string }[]): Register {
  const byName = new Map<string, string[]>();
  for (const { id, name } of entries) {
    const ids = byName.get(name);
    if (ids) ids.push(id);
    else byName.set(name, [id]);
  }
  const ids = entries.map((e) => e.id);
  return { ids, known: new Set(ids), byName };
}

export function registers(ledger: Ledger): Record<ReferenceRole, Register> {
  return { person: registerOf(ledger.people), unit: registerOf(ledger.units) };
}

const isReference = (node: Node) => node.kind === 'text' && (node.role === 'person' || node.role === 'unit');

/** Put every reference written as a unique name in place of its id; the ledger is changed in place. */
export function resolveReferences(ledger: Ledger): void {
  const regs = registers(ledger);
  const replacements: { steps: Step[]; id: string }[] = [];
  walk(LEDGER, ledger, isReference, (value, node, steps) => {
    const register = regs[(node as { role: ReferenceRole }).role];
    const text = value as string;
    if (register.known.has(text)) return;
    const ids = register.byName.get(text);
    if (ids?.length === 1) replacements.push({ steps: [...steps], id: ids[0]! });
  });
  for (const { steps, id } of replacements) {
    let container: unknown = ledger;
    for (const step of steps.slice(0, -1)) container = (container as Record<string | number, unknown>)[step];
    (container as Record<string | number, unknown>)[steps[steps.length - 1]!] = id;
  }
}

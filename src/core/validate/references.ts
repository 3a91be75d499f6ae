/**
 * People and units are referred to by id, but people write what they know: the name. A reference
 * that is no id but the exact name of one person (or unit) is taken as that person's id, while the
 * references are checked (rules.ts, checkReferences) and nowhere else, so the report, stats, diff
 * and export all see the id. A name two people share is not guessed at: the check says which ids
 * it could be.
 */
import type { Ledger } from '../../model/ledger.js';
import type { Step } from '../../model/shape.js';

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

/**
 * A reference at `steps` that is no id but the name of exactly one entry of its register: put the
 * id in its place (the ledger is changed in place) and say so.
 */
export function resolveReference(ledger: Ledger, steps: readonly Step[], register: Register): boolean {
  let container: unknown = ledger;
  for (let i = 0; i < steps.length - 1; i++) container = (container as Record<string | number, unknown>)[steps[i]!];
  const last = steps[steps.length - 1]!;
  const ids = register.byName.get((container as Record<string | number, unknown>)[last] as string);
  if (ids?.length !== 1) return false;
  (container as Record<string | number, unknown>)[last] = ids[0]!;
  return true;
}

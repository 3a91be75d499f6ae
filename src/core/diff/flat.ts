/**
 * A ledger as key → value, list items keyed by who they are (their id, else their place), so that
 * three versions of one ledger can be compared value by value: what one side changed that the
 * other does not have. `import --into` uses it to refuse a sheet that would undo changes made to
 * the ledger after the sheet was exported.
 */
import { LEDGER } from '../../model/ledger-shape.js';
import type { Ledger } from '../../model/ledger.js';
import type { Node } from '../../model/shape.js';

function flatten(ledger: Ledger): Map<string, string> {
  const out = new Map<string, string>();
  const go = (node: Node, value: unknown, key: string): void => {
    if (value === undefined || value === null) return;
    switch (node.kind) {
      case 'object':
        for (const [k, field] of Object.entries(node.fields)) go(field.node, (value as Record<string, unknown>)[k], key === '' ? k : `${key}.${k}`);
        return;
      case 'text-or-object':
        go(node.object, value, key);
        return;
      case 'list':
        if (node.items.kind !== 'object') {
          out.set(key, JSON.stringify(value));
          return;
        }
        (value as Record<string, unknown>[]).forEach((item, i) => {
          const id = item.id;
          go(node.items, item, `${key}[${typeof id === 'string' ? id : `#${i}`}]`);
        });
        return;
      default:
        out.set(key, JSON.stringify(value));
    }
  };
  go(LEDGER, ledger, '');
  return out;
}

/**
 * What `theirs` changed from `base` that `ours` does not have, as the items it touched (an id,
 * `ISSUE#N` for a measure without one, or a key path such as `report.date`), in ledger order.
 */
export function changesNotIn(base: Ledger, theirs: Ledger, ours: Ledger): string[] {
  const b = flatten(base);
  const t = flatten(theirs);
  const o = flatten(ours);
  const items = new Set<string>();
  for (const key of new Set([...t.keys(), ...b.keys()])) {
    if (t.get(key) !== b.get(key) && o.get(key) !== t.get(key)) items.add(itemOf(key));
  }
  return [...items];
}

/** `aspects[#0].issues[A1].measures[#1].status` → `A1#2`; `report.date` → `report.date`. */
function itemOf(key: string): string {
  let label = '';
  for (const m of key.matchAll(/([a-z_]+)\[([^\]]*)\]/g)) {
    const [, list, at] = m;
    if (at!.startsWith('#')) label = list === 'measures' && label !== '' ? `${label}#${Number(at!.slice(1)) + 1}` : label;
    else label = at!;
  }
  return label !== '' ? label : key;
}

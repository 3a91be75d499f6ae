/**
 * Which keys may stand under which key, by the name of the key that holds them ('' for the top of
 * the ledger; a list's items under the list's key), read off the ledger's shape (ledger-shape.ts).
 * It is the shape seen from the text, for what must be judged before the text is a value: which
 * block a wrongly indented line belongs to.
 */
import { LEDGER } from './ledger-shape.js';
import type { Node } from './shape.js';

function keysUnder(root: Node): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const visit = (name: string, node: Node): void => {
    if (node.kind === 'list') return visit(name, node.items);
    if (node.kind === 'text-or-object') return visit(name, node.object);
    if (node.kind !== 'object') return;
    const keys = Object.keys(node.fields);
    out[name] = [...new Set([...(out[name] ?? []), ...keys])];
    for (const key of keys) visit(key, node.fields[key]!.node);
  };
  visit('', root);
  return out;
}

export const KEYS_UNDER: Readonly<Record<string, readonly string[]>> = keysUnder(LEDGER);

/** Whether `key` may stand under `parent` (a key name, '' for the top). */
export function keyBelongs(key: string, parent: string): boolean {
  return Object.hasOwn(KEYS_UNDER, parent) && KEYS_UNDER[parent]!.includes(key);
}

/** Every key name the ledger format has, anywhere. */
export const ALL_KEYS: ReadonlySet<string> = new Set(Object.values(KEYS_UNDER).flat());

/**
 * The key a list item is written with first, when the item is an object: a measure is `- text: …`,
 * an issue `- title: …`. For a bare text written where an object is expected.
 */
export const ITEM_TEXT_KEY: Readonly<Record<string, string>> = {
  measures: 'text',
  overview: 'text',
  points: 'title',
  aspects: 'title',
  issues: 'title',
  redact: 'text',
};

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEYS_UNDER } from '../../src/model/keys.js';

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; oneOf?: Schema[]; anyOf?: Schema[]; $defs?: Record<string, Schema> };
const schema = JSON.parse(readFileSync(new URL('../../schemas/ledger.schema.json', import.meta.url), 'utf8')) as Schema;

/** The keys under each key name, read from the schema (list items under their list's key). */
function keysUnder(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const deref = (node: Schema | undefined): Schema | undefined => {
    let n = node;
    while (n?.$ref) n = schema.$defs?.[n.$ref.split('/').pop()!];
    return n;
  };
  const walk = (name: string, raw: Schema | undefined): void => {
    const node = deref(raw);
    if (!node) return;
    for (const alternative of node.oneOf ?? node.anyOf ?? []) walk(name, alternative);
    if (node.items) return walk(name, node.items);
    if (node.properties) {
      out[name] = [...new Set([...(out[name] ?? []), ...Object.keys(node.properties)])];
      for (const [key, child] of Object.entries(node.properties)) walk(key, child);
    }
  };
  walk('', schema);
  return out;
}

describe('KEYS_UNDER', () => {
  it('is the schema seen from the text', () => {
    expect(KEYS_UNDER).toEqual(keysUnder());
  });
});

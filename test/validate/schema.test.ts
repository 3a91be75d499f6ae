import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_ALIASES, STATUSES } from '../../src/model/ledger.js';
import { SCHEMA_FILE } from '../../src/host/package-paths.js';

const schemaText = readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(schemaText) as Record<string, unknown>;
const HAN = /\p{Script=Han}/u;

/** Every subschema with the path that leads to it. */
function* subschemas(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const s = node as Record<string, unknown>;
  yield [path, s];
  for (const [key, child] of Object.entries((s.properties as Record<string, unknown>) ?? {})) yield* subschemas(child, `${path}.${key}`);
  if (s.items) yield* subschemas(s.items, `${path}[]`);
  for (const [key, child] of Object.entries((s.$defs as Record<string, unknown>) ?? {})) yield* subschemas(child, `#${key}`);
}

describe('schemas/ledger.schema.json', () => {
  it('is JSON Schema 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('uses only keywords that mean the same in draft-07, which editors (yaml-language-server) implement', () => {
    const allowed = new Set([
      '$schema', '$defs', '$ref', 'title', 'description', 'type', 'properties', 'additionalProperties', 'required',
      'items', 'minItems', 'enum', 'const', 'pattern', 'minimum', 'minLength', 'enumDescriptions', 'markdownEnumDescriptions',
    ]);
    for (const [path, s] of subschemas(schema, '')) {
      for (const keyword of Object.keys(s)) expect(allowed.has(keyword), `${keyword} at ${path || 'root'}`).toBe(true);
    }
  });

  it('gives every key a Chinese description and refuses unknown keys everywhere', () => {
    for (const [path, s] of subschemas(schema, '')) {
      expect(typeof s.description === 'string' && HAN.test(s.description), `description of ${path || 'root'}`).toBe(true);
      if (s.properties) expect(s.additionalProperties, `additionalProperties at ${path}`).toBe(false);
    }
  });

  it('describes every enum value in Chinese', () => {
    for (const [path, s] of subschemas(schema, '')) {
      if (!Array.isArray(s.enum)) continue;
      for (const list of [s.enumDescriptions, s.markdownEnumDescriptions]) {
        expect(Array.isArray(list) && list.length === s.enum.length, `enum descriptions at ${path}`).toBe(true);
        for (const d of list as string[]) expect(HAN.test(d)).toBe(true);
      }
    }
  });

  it('accepts every status and every Chinese alias of src/model/ledger.ts', () => {
    const status = (schema.$defs as Record<string, { enum: string[] }>).status!;
    expect(new Set(status.enum)).toEqual(new Set([...STATUSES, ...STATUSES.flatMap((s) => STATUS_ALIASES[s])]));
  });
});

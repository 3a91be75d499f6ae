import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_ALIASES, STATUSES } from '../../src/model/ledger.js';
import { SCHEMA_FILE, SUMMARY_SCHEMA_FILE } from '../../src/host/package-paths.js';
import { ledgerJsonSchema } from '../../src/model/ledger-shape.js';
import { summaryJsonSchema } from '../../src/model/summary-shape.js';

const HAN = /\p{Script=Han}/u;

/** Both schemas rectify ships: the unit ledger's and the summary ledger's, each from its shape. */
const SCHEMAS = [
  { name: 'schemas/ledger.schema.json', file: SCHEMA_FILE, shape: 'src/model/ledger-shape.ts', fromShape: ledgerJsonSchema },
  { name: 'schemas/summary.schema.json', file: SUMMARY_SCHEMA_FILE, shape: 'src/model/summary-shape.ts', fromShape: summaryJsonSchema },
];

/** Every subschema with the path that leads to it. */
function* subschemas(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const s = node as Record<string, unknown>;
  yield [path, s];
  for (const [key, child] of Object.entries((s.properties as Record<string, unknown>) ?? {})) yield* subschemas(child, `${path}.${key}`);
  if (s.items) yield* subschemas(s.items, `${path}[]`);
  // a key required unless another has some value: the condition and its consequence
  if (s.if) yield* subschemas(s.if, `${path}?if`);
  if (s.else) yield* subschemas(s.else, `${path}?else`);
  for (const [key, child] of Object.entries((s.$defs as Record<string, unknown>) ?? {})) yield* subschemas(child, `#${key}`);
}

describe.each(SCHEMAS)('$name', ({ file, shape, fromShape }) => {
  const schemaText = readFileSync(file, 'utf8');
  const schema = JSON.parse(schemaText) as Record<string, unknown>;

  it(`is what the one description of the shape gives (${shape}; npm run build rewrites it)`, () => {
    expect(schemaText).toBe(`${JSON.stringify(fromShape(), null, 2)}\n`);
  });

  it('is JSON Schema 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('uses only keywords that mean the same in draft-07, which editors (yaml-language-server) implement', () => {
    const allowed = new Set([
      '$schema', '$defs', '$ref', 'title', 'description', 'type', 'properties', 'additionalProperties', 'required',
      'items', 'minItems', 'enum', 'const', 'pattern', 'minimum', 'minLength', 'enumDescriptions', 'markdownEnumDescriptions',
      // draft-07 introduced if/then/else with the meaning 2020-12 keeps
      'if', 'else',
    ]);
    for (const [path, s] of subschemas(schema, '')) {
      for (const keyword of Object.keys(s)) expect(allowed.has(keyword), `${keyword} at ${path || 'root'}`).toBe(true);
    }
  });

  it('gives every key a Chinese description and refuses unknown keys everywhere', () => {
    for (const [path, s] of subschemas(schema, '')) {
      expect(typeof s.description === 'string' && HAN.test(s.description), `description of ${path || 'root'}`).toBe(true);
      // a condition (if/else) names keys of its object; the object itself refuses the unknown ones
      if (s.properties && !path.includes('?')) expect(s.additionalProperties, `additionalProperties at ${path}`).toBe(false);
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

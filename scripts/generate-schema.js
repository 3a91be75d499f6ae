#!/usr/bin/env node
/**
 * Write the JSON Schemas of rectify's two files from the one description of each shape
 * (src/model/ledger-shape.ts → schemas/ledger.schema.json, src/model/summary-shape.ts →
 * schemas/summary.schema.json; compiled into dist/ by compile-sources.js). Run by `npm run build` after it; the
 * files are committed so editors and readers of the repository find them, and a test fails when
 * one differs from what its shape gives.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { ledgerJsonSchema } = await import('../dist/model/ledger-shape.js');
const { summaryJsonSchema } = await import('../dist/model/summary-shape.js');

/** Each schema file and the schema it holds. */
export const SCHEMAS = {
  'ledger.schema.json': ledgerJsonSchema,
  'summary.schema.json': summaryJsonSchema,
};

export function schemaText(schema) {
  return `${JSON.stringify(schema(), null, 2)}\n`;
}

for (const [name, schema] of Object.entries(SCHEMAS)) writeFileSync(`${root}schemas/${name}`, schemaText(schema));

#!/usr/bin/env node
/**
 * Write schemas/ledger.schema.json from the one description of the ledger's shape
 * (src/model/ledger-shape.ts, compiled by tsc into dist/). Run by `npm run build` after tsc; the
 * file is committed so editors and readers of the repository find it, and a test fails when it
 * differs from what the shape gives.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { ledgerJsonSchema } = await import('../dist/model/ledger-shape.js');

export function schemaText() {
  return `${JSON.stringify(ledgerJsonSchema(), null, 2)}\n`;
}

writeFileSync(`${root}schemas/ledger.schema.json`, schemaText());

#!/usr/bin/env node
/**
 * Compile schemas/ledger.schema.json ahead of time into a standalone validator (run by
 * `npm run build`): compiling with ajv at start-up would cost more than validating a large ledger.
 * Writes generated/ledger-validator.js, which is not committed; its types are the committed
 * generated/ledger-validator.d.ts.
 *
 * ajv emits `require()` for its runtime helpers even in ESM mode; those become imports here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';

// ajv is CommonJS: its default exports arrive as the module objects.
const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const standaloneCode = standaloneModule.default ?? standaloneModule;

const root = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA_PATH = `${root}schemas/ledger.schema.json`;
export const GENERATED_DIR = `${root}generated`;

/** The validator module's source for a schema text. */
export function generateValidatorModule(schemaText) {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, esm: true, lines: true },
  });
  // Editor hints for enum values (VS Code, yaml-language-server); no meaning for validation.
  ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  ajv.addKeyword({ keyword: 'markdownEnumDescriptions', schemaType: 'array' });
  const imports = [];
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(schemaText))).replace(/require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)\.default/gi, (_, name) => {
    const binding = `runtime_${name}`;
    if (!imports.some((line) => line.includes(` ${binding}Module `))) {
      imports.push(`import ${binding}Module from 'ajv/dist/runtime/${name}.js';`, `const ${binding} = ${binding}Module.default ?? ${binding}Module;`);
    }
    return binding;
  });
  if (/\brequire\(/.test(code)) throw new Error('the standalone validator still requires a module; teach scripts/compile-schema.js to import it');
  return ['// GENERATED from schemas/ledger.schema.json by scripts/compile-schema.js (npm run build): do not edit.', ...imports, code.replace(/^"use strict";/, ''), ''].join('\n');
}


if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(GENERATED_DIR, { recursive: true });
  writeFileSync(`${GENERATED_DIR}/ledger-validator.js`, generateValidatorModule(readFileSync(SCHEMA_PATH, 'utf8')));
}

#!/usr/bin/env node
/**
 * Compile schemas/ledger.schema.json and schemas/summary.schema.json ahead of time into standalone
 * validators (run by `npm run build`): compiling with ajv at start-up would cost more than
 * validating a large ledger. Writes generated/ledger-validator.js and
 * generated/summary-validator.js, which are not committed; their types are the committed .d.ts
 * files beside them.
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
/** Each schema and the validator module made from it. */
export const VALIDATORS = [
  { schema: SCHEMA_PATH, module: 'ledger-validator.js' },
  { schema: `${root}schemas/summary.schema.json`, module: 'summary-validator.js' },
];

/** The validator module's source for a schema text (`name`: the schema file, for the header). */
export function generateValidatorModule(schemaText, name = 'schemas/ledger.schema.json') {
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
  return [`// GENERATED from ${name} by scripts/compile-schema.js (npm run build): do not edit.`, ...imports, code.replace(/^"use strict";/, ''), ''].join('\n');
}


if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const { schema, module } of VALIDATORS) {
    writeFileSync(`${GENERATED_DIR}/${module}`, generateValidatorModule(readFileSync(schema, 'utf8'), `schemas/${schema.split('/').pop()}`));
  }
}

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';

// ajv is CommonJS; under NodeNext its default exports arrive as the module objects.
const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;

export const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/ledger.schema.json', import.meta.url));
export const GENERATED_PATH = fileURLToPath(new URL('../../src/validate/ledger-schema.generated.ts', import.meta.url));

/**
 * The schema compiled ahead of time into a standalone ES module: compiling with ajv at start-up
 * cost more than validating a 5,000-measure ledger. ajv emits `require()` for its runtime helpers
 * even in ESM mode; those are turned into imports here.
 */
export function generateValidatorModule(schemaText: string): string {
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
  const imports: string[] = [];
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(schemaText) as object)).replace(
    /require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)\.default/gi,
    (_, name: string) => {
      const binding = `runtime_${name}`;
      if (!imports.some((line) => line.includes(` ${binding}Module `))) {
        imports.push(`import ${binding}Module from 'ajv/dist/runtime/${name}.js';`, `const ${binding} = ${binding}Module.default ?? ${binding}Module;`);
      }
      return binding;
    },
  );
  if (/\brequire\(/.test(code)) throw new Error('standalone validator still requires a module; teach compile-schema.ts to import it');
  return [
    '// @ts-nocheck',
    '/* eslint-disable */',
    '// GENERATED from schemas/ledger.schema.json by src/validate/compile-schema.ts — do not edit.',
    '// Regenerate: npm run build && node dist/validate/compile-schema.js',
    ...imports,
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(GENERATED_PATH, generateValidatorModule(readFileSync(SCHEMA_PATH, 'utf8')));
  console.log(`wrote ${GENERATED_PATH}`);
}

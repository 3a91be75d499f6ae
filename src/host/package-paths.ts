/**
 * Where the package's own files are. This module sits two folders below the package root in every
 * form rectify runs in — src/host/ (tests), dist/host/ (tsc) and dist/bundle/ (the bundle, whose
 * import.meta.url is the bundle's own) — so one relative URL finds the root from all of them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fail, placeIn } from '../model/problem.js';

const ROOT = new URL('../../', import.meta.url);

/** An absolute path inside the installed package, e.g. `packagePath('templates/default')`. */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT));
}

export const SCHEMA_FILE = packagePath('schemas/ledger.schema.json');
export const SUMMARY_SCHEMA_FILE = packagePath('schemas/summary.schema.json');

let version: string | undefined;
/** The `version` of package.json. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return version;
}

/**
 * A JSON Schema shipped with this version, byte for byte: the unit ledger's, or the summary
 * ledger's. A missing file is a broken install.
 */
export function readSchemaText(which: 'ledger' | 'summary' = 'ledger'): string {
  const file = which === 'summary' ? SUMMARY_SCHEMA_FILE : SCHEMA_FILE;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail('schema-missing', placeIn(file), { reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

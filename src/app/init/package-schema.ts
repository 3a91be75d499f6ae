import { readFileSync } from 'node:fs';
import { SCHEMA_FILE } from '../../host/package-paths.js';
import { fileError } from '../../model/diagnostic.js';

/**
 * The JSON Schema shipped in the package. Resolved from this module's own place (src/init or
 * dist/init, both two folders below the package root), never from the working directory, so
 * `rectify schema` works from anywhere and from an installed copy.
 */
export function packageSchemaPath(): string {
  return SCHEMA_FILE;
}

/** The schema text exactly as shipped; a missing file is an installation fault (exit 2). */
export function readPackageSchema(): string {
  const path = packageSchemaPath();
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw fileError(path, 'schema-missing', `cannot read the shipped JSON Schema: ${reason}`, 'reinstall rectify');
  }
}

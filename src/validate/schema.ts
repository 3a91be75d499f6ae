import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import generatedValidator from './ledger-schema.generated.js';

/** schemas/ sits two folders above both src/validate/ and dist/validate/. */
export const SCHEMA_URL = new URL('../../schemas/ledger.schema.json', import.meta.url);

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * Compiled ahead of time by compile-schema.ts (a test keeps it in step with the schema file), so
 * start-up does not pay for ajv's compiler.
 */
const validateSchema = generatedValidator as unknown as CompiledValidator;

let schemaJson: Record<string, unknown> | undefined;

/** The schema document itself, for `rectify schema` and editors. */
export function ledgerSchema(): Record<string, unknown> {
  schemaJson ??= JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Record<string, unknown>;
  return schemaJson;
}

export function validateAgainstSchema(value: unknown): ErrorObject[] {
  return validateSchema(value) ? [] : [...(validateSchema.errors ?? [])];
}

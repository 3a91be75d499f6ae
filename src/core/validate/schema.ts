import type { ErrorObject } from 'ajv';
// Compiled ahead of time from schemas/ledger.schema.json and schemas/summary.schema.json by
// scripts/compile-schema.js (npm run build), so start-up does not pay for ajv's compiler.
import validateSchema from '../../../generated/ledger-validator.js';
import validateSummarySchema from '../../../generated/summary-validator.js';

export function validateAgainstSchema(value: unknown): ErrorObject[] {
  return validateSchema(value) ? [] : [...(validateSchema.errors ?? [])];
}

export function validateSummaryAgainstSchema(value: unknown): ErrorObject[] {
  return validateSummarySchema(value) ? [] : [...(validateSummarySchema.errors ?? [])];
}

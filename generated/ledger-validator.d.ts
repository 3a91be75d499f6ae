// The standalone validator scripts/compile-schema.js makes from schemas/ledger.schema.json (npm run build).
import type { ErrorObject } from 'ajv';
interface LedgerValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
declare const validate: LedgerValidator;
export default validate;

// The standalone validator scripts/compile-schema.js makes from schemas/summary.schema.json (npm run build).
import type { ErrorObject } from 'ajv';
interface SummaryValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
declare const validate: SummaryValidator;
export default validate;

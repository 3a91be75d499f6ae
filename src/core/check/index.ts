/**
 * GB/T 9704-2012 conformance of a .docx, as pure functions: `checkDocxParts` reads the package's
 * XML, `checkPrintedLayout` measures the page LibreOffice prints. No I/O, no clock, no wording:
 * results carry a rule id, a status and their evidence as params; `ruleProblems` makes each failed
 * rule the problem `gbt-<rule>` (worded by src/app/messages/, exit 1: the document does not
 * conform). src/host/ reads the files and runs the printer.
 */
import { placeIn, problem, type Problem } from '../../model/problem.js';
import type { RuleResult } from './types.js';

export { checkDocxParts, checkDocument } from './docx-rules.js';
export { checkPrintedLayout } from './printed.js';
export { readDocx, mainDocumentPath } from './ooxml.js';
export { CheckInputError, DOCX_RULES, PRINTED_RULES, type CheckInputProblem, type DocxRuleId, type PrintedRuleId, type RuleId, type RuleParams, type RuleResult, type RuleStatus } from './types.js';

/** The problem code of a rule: `gbt-page-margins`. */
export const ruleCode = (rule: string): string => `gbt-${rule}`;

/** One error per failed rule, about `file` as a whole, its evidence as params. */
export function ruleProblems(results: readonly RuleResult[], file: string): Problem[] {
  return results.filter((r) => r.status === 'fail').map((r) => problem(ruleCode(r.rule), placeIn(file), r.params));
}

/**
 * GB/T 9704-2012 conformance of a .docx, as pure functions: `checkDocxParts` reads the package's
 * XML, `checkPrintedLayout` measures the page LibreOffice prints. No I/O, no clock, no wording:
 * results carry a rule id, a status and their evidence as params (src/cli/check-messages.ts words
 * them; src/host/ reads the files and runs the printer).
 */
export { checkDocxParts, checkDocument } from './docx-rules.js';
export { checkPrintedLayout } from './printed.js';
export { readDocx, mainDocumentPath } from './ooxml.js';
export { CheckInputError, DOCX_RULES, PRINTED_RULES, type CheckInputProblem, type DocxRuleId, type PrintedRuleId, type RuleId, type RuleParams, type RuleResult, type RuleStatus } from './types.js';

/**
 * What the GB/T 9704 checks report. A result names its rule by a stable id and carries its
 * evidence as language-neutral params; a failed rule becomes the problem `gbt-<rule>`, worded by
 * the app's catalogue (src/app/messages/).
 */

/** The rules read from the .docx XML, in report order. */
export const DOCX_RULES = [
  'page-a4',
  'page-margins',
  'title',
  'addressee',
  'heading1',
  'heading2',
  'heading3',
  'body-font',
  'latin-font',
  'cjk-punctuation-font',
  'first-line-indent',
  'line-pitch',
  'page-number-field',
  'page-number-sides',
  'page-number-size',
  'signature-placement',
  'date-format',
  'attachment-label',
  'attachment-title',
  'masthead',
  'colophon',
] as const;

/** The rules measured on the page as LibreOffice prints it (`pdftotext -bbox-layout`). */
export const PRINTED_RULES = [
  'print-a4',
  'print-line-pitch',
  'print-lines-per-page',
  'print-chars-per-line',
  'print-page-numbers',
  'print-page-number-sides',
  'print-colophon',
] as const;

export type DocxRuleId = (typeof DOCX_RULES)[number];
export type PrintedRuleId = (typeof PRINTED_RULES)[number];
export type RuleId = DocxRuleId | PrintedRuleId;

/**
 * pass: the element is there and conforms. fail: it is there and does not, or it is required and
 * missing. absent: the element is not in the document and GB/T 9704 does not require it (or the
 * rule measures an element whose absence another rule already reports).
 */
export type RuleStatus = 'pass' | 'fail' | 'absent';

export type RuleParams = Record<string, string | number>;

export interface RuleResult {
  rule: RuleId;
  status: RuleStatus;
  params: RuleParams;
}

/**
 * Why a package or a printout cannot be checked at all, inside the check; the entry points turn it
 * into a Failure with a problem code (`bad-xml`, `no-document`, `pdftotext-failed`: exit 2).
 */
export type CheckInputProblem = 'bad-xml' | 'no-document';

export class CheckInputError extends Error {
  constructor(
    readonly problem: CheckInputProblem,
    readonly params: RuleParams,
  ) {
    super(problem);
    this.name = 'CheckInputError';
  }
}

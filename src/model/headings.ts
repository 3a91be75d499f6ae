/**
 * How a heading of the findings is worded: a named pattern, or the ledger's own pattern with
 * `{{no}}` (the numbering of its level: 一、 （一） 1. （1）) and `{{title}}`. Validation refuses a
 * name not listed here; render fills the patterns. Templates keep their own default wording.
 */
export const HEADING_PATTERNS = {
  /** （一）关于“X”问题 — the default set's aspects */
  about: '{{no}}关于“{{title}}”问题',
  /** 1.针对“X”问题 — the default set's issues */
  regarding: '{{no}}针对“{{title}}”问题',
  /** （一）在“X”方面 */
  'in-aspect': '{{no}}在“{{title}}”方面',
  /** （一）X — the audit set's categories and findings */
  plain: '{{no}}{{title}}',
  /** （一）X。 */
  sentence: '{{no}}{{title}}。',
} as const;

export type HeadingPatternName = keyof typeof HEADING_PATTERNS;
export const HEADING_PATTERN_NAMES = Object.keys(HEADING_PATTERNS) as HeadingPatternName[];

/** The levels whose heading may run into its text: `（一）标题。正文……` in one paragraph. */
export const RUN_IN_LEVELS = ['aspect', 'issue', 'subissue'] as const;
export type HeadingLevelName = (typeof RUN_IN_LEVELS)[number];

/** A heading pattern as typed: a name, or a text with `{{…}}` placeholders. */
export function isNamedPattern(pattern: string): boolean {
  return !pattern.includes('{{');
}

export function patternText(pattern: string): string {
  return Object.hasOwn(HEADING_PATTERNS, pattern) ? HEADING_PATTERNS[pattern as HeadingPatternName] : pattern;
}

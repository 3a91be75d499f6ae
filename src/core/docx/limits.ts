/**
 * The docx stage's limits, in a module of their own so that the command line can show them as
 * defaults without loading the .docx writer.
 */

/**
 * The most paragraphs (table cells counted, each is one) a report may lay out: about 700 pages.
 * The .docx writer holds every paragraph as objects until it is serialised, and a report past
 * this (thousands of issues) takes longer and more memory than a report should; `--max-paragraphs`
 * raises it.
 */
export const DEFAULT_MAX_PARAGRAPHS = 20_000;

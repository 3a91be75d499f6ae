/**
 * The exit code, decided once from everything a run reported: 0 success (warnings allowed), 1 an
 * input is invalid (the ledger, or an imported sheet: its problems say where and how to fix it; or
 * a .docx `rectify check` reads does not conform to GB/T 9704),
 * 2 rectify could not do the job (usage, a file that cannot be read or written, a template or
 * layout error, LibreOffice missing, a masked name surviving --public, an internal failure).
 */
import type { Problem } from '../model/problem.js';

/** Error codes that mean "could not do the job" (2); every other error means "invalid input" (1). */
const CANNOT_DO: ReadonlySet<string> = new Set([
  // usage
  'usage',
  'unknown-format',
  'output-collision',
  'output-file',
  'watch-stdin',
  'stdin-twice',
  'cancelled',
  'no-ledgers',
  'bad-source-date-epoch',
  'bad-map',
  'round-date',
  'overdue-only',
  // files
  'not-found',
  'is-directory',
  'read-failed',
  'write-failed',
  'init-not-a-folder',
  'would-overwrite',
  'output-is-input',
  'target-not-empty',
  'schema-missing',
  'stream-failed',
  // templates and layout
  'unknown-template-set',
  'template-dir-missing',
  'template-missing',
  'template-not-a-file',
  'template-bad-name',
  'template-too-large',
  'template-error',
  'layout-unreadable',
  'layout-not-json',
  'layout-invalid',
  'layout-unknown-key',
  'unmapped-markdown',
  'report-too-long',
  'bad-fenced-block',
  'duplicate-title',
  // outputs
  'redaction-failed',
  'soffice-missing',
  'pdf-failed',
  'internal-error',
  'import-mismatch',
  // rectify check: a .docx that cannot be read or printed (a failed gbt-* rule is 1: the document does not conform)
  'docx-too-large',
  'not-regular',
  'not-zip',
  'corrupt-zip',
  'entry-too-large',
  'encrypted',
  'unsupported-compression',
  'no-document',
  'bad-xml',
  'print-tools-missing',
  'pdftotext-failed',
  'print-timeout',
]);

export type ExitCode = 0 | 1 | 2;

export function exitCodeOf(problem: Problem): ExitCode {
  if (problem.severity !== 'error') return 0;
  return CANNOT_DO.has(problem.code) ? 2 : 1;
}

/** The worst of the problems; `differ` (diff --exit-code) makes a clean run 1. */
export function exitCodeFor(problems: readonly Problem[], differ = false): ExitCode {
  let worst: ExitCode = differ ? 1 : 0;
  for (const p of problems) worst = Math.max(worst, exitCodeOf(p)) as ExitCode;
  return worst;
}

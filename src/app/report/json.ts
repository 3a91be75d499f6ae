import type { Diagnostic } from '../messages/index.js';

/** Bump only when a field changes meaning or disappears; adding fields keeps the version. */
export const JSON_FORMAT_VERSION = 1;

export interface JsonFileSummary {
  file: string;
  valid: boolean;
  errors: number;
  warnings: number;
}

export interface JsonReport {
  version: typeof JSON_FORMAT_VERSION;
  files: JsonFileSummary[];
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number };
}

/** The documented machine shape (docs/ledger-format.md, "JSON output"). */
export function buildJsonReport(files: readonly string[], diagnostics: readonly Diagnostic[]): JsonReport {
  const count = (file: string | undefined, severity: Diagnostic['severity']) =>
    diagnostics.filter((d) => d.severity === severity && (file === undefined || d.file === file)).length;
  return {
    version: JSON_FORMAT_VERSION,
    files: files.map((file) => ({
      file,
      valid: count(file, 'error') === 0,
      errors: count(file, 'error'),
      warnings: count(file, 'warning'),
    })),
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      file: d.file,
      line: d.line,
      column: d.column,
      path: d.path,
      hint: d.hint,
    })),
    summary: { errors: count(undefined, 'error'), warnings: count(undefined, 'warning') },
  };
}

/** The report as JSON text; `extra` fields follow the standard ones (a command's own results). */
export function formatJson(files: readonly string[], diagnostics: readonly Diagnostic[], extra: Readonly<Record<string, unknown>> = {}): string {
  return `${JSON.stringify({ ...buildJsonReport(files, diagnostics), ...extra }, null, 2)}\n`;
}

/**
 * The one diagnostic type every stage reports with. A diagnostic is a value, never an exception:
 * stages collect them and the CLI formats the list (human, json, github).
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable English identifier, e.g. `unknown-key`, `duplicate-id`. Never translated. */
  code: string;
  /** Human message, already in the requested language. */
  message: string;
  /** File the diagnostic is about (`-` or `<stdin>` for standard input), relative as the user gave it. */
  file: string;
  /** 1-based line and column; 0 when the diagnostic is about the file as a whole. */
  line: number;
  column: number;
  /** Key path in the ledger, e.g. `aspects[2].issues[0].status`; empty when not about a key. */
  path: string;
  /** How to fix it, in the requested language; may be empty. */
  hint: string;
}

export type Lang = 'zh' | 'en';

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sort by file, line, column, then code, so output order never depends on rule order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.code.localeCompare(b.code),
  );
}

/**
 * A failure that is not about the ledger's content: I/O, usage, template, internal.
 * The CLI maps it to exit code 2 and prints it as a diagnostic.
 */
export class RectifyError extends Error {
  constructor(
    readonly diagnostic: Diagnostic,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(diagnostic.message);
    this.name = 'RectifyError';
  }
}

export function fileError(file: string, code: string, message: string, hint = ''): RectifyError {
  return new RectifyError({ severity: 'error', code, message, file, line: 0, column: 0, path: '', hint });
}

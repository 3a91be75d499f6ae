import type { Problem } from '../../model/problem.js';

/** `--strict`: every warning fails the run, so it is reported as what it has become, an error. */
export function applyStrict<T extends Problem>(problems: readonly T[], strict: boolean): T[] {
  return strict ? problems.map((p) => (p.severity === 'warning' ? { ...p, severity: 'error' as const } : p)) : [...problems];
}

/** Warnings at `validate` that fail a build: a report is never filed with 【待填写】 in it. */
const FAILS_A_BUILD: ReadonlySet<string> = new Set(['unfilled']);

/** What `build` refuses even without --strict, reported as the error it is there. */
export function applyBuild<T extends Problem>(problems: readonly T[]): T[] {
  return problems.map((p) => (p.severity === 'warning' && FAILS_A_BUILD.has(p.code) ? { ...p, severity: 'error' as const } : p));
}

import type { Problem } from '../../model/problem.js';

/** `--strict`: every warning fails the run, so it is reported as what it has become, an error. */
export function applyStrict<T extends Problem>(problems: readonly T[], strict: boolean): T[] {
  return strict ? problems.map((p) => (p.severity === 'warning' ? { ...p, severity: 'error' as const } : p)) : [...problems];
}

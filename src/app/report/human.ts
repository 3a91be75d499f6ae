import type { ChalkInstance } from 'chalk';
import type { Diagnostic, Lang } from '../../model/diagnostic.js';

const LABELS = {
  zh: { path: '位置', hint: '提示', errors: '个错误', warnings: '个警告', sep: '，' },
  en: { path: 'path', hint: 'hint', errors: ' error(s)', warnings: ' warning(s)', sep: ', ' },
} as const;

/** `file:line:col`, or just `file` when the diagnostic is about the file as a whole. */
export function location(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
}

/**
 * `ledger.yaml:12:7: error: message [code]`, then indented lines for the key path and the hint,
 * so editors and terminals that link `file:line:col` jump straight to the place.
 */
export function formatHumanDiagnostic(d: Diagnostic, lang: Lang, c: ChalkInstance): string {
  const labels = LABELS[lang];
  const severity = d.severity === 'error' ? c.red.bold('error') : c.yellow.bold('warning');
  const lines = [`${c.bold(location(d))}: ${severity}: ${d.message} ${c.dim(`[${d.code}]`)}`];
  if (d.path) lines.push(`    ${c.dim(`${labels.path}:`)} ${d.path}`);
  if (d.hint) {
    const [first, ...rest] = d.hint.split('\n');
    lines.push(`    ${c.dim(`${labels.hint}:`)} ${first}`);
    for (const more of rest) lines.push(`          ${more}`);
  }
  return lines.join('\n');
}

export function formatHumanSummary(errors: number, warnings: number, lang: Lang): string {
  const l = LABELS[lang];
  return `${errors}${l.errors}${l.sep}${warnings}${l.warnings}`;
}

/** All diagnostics and a summary line; empty when there is nothing to say. */
export function formatHuman(diagnostics: readonly Diagnostic[], lang: Lang, c: ChalkInstance): string {
  if (diagnostics.length === 0) return '';
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const body = diagnostics.map((d) => formatHumanDiagnostic(d, lang, c)).join('\n');
  return `${body}\n${formatHumanSummary(errors, warnings, lang)}\n`;
}

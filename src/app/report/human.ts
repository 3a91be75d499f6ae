import type { ChalkInstance } from 'chalk';
import { say, type Diagnostic, type Lang } from '../messages/index.js';
import { visible } from './visible.js';

/** `file:line:col`, or just `file` when the diagnostic is about the file as a whole. */
export function location(d: Diagnostic): string {
  if (d.file === '') return 'rectify';
  return d.line > 0 ? `${visible(d.file)}:${d.line}:${d.column}` : visible(d.file);
}

/** `位置` and `提示` in each language, looked up once: a long report has thousands of diagnostics. */
const LABELS = new Map<string, string>();
function label(key: 'report.path' | 'report.hint', lang: Lang): string {
  const id = `${lang}:${key}`;
  let text = LABELS.get(id);
  if (text === undefined) LABELS.set(id, (text = say(key, {}, lang)));
  return text;
}

/**
 * `ledger.yaml:12:7: error: message [code]`, then indented lines for the key path and the hint,
 * so editors and terminals that link `file:line:col` jump straight to the place.
 */
export function formatHumanDiagnostic(d: Diagnostic, lang: Lang, c: ChalkInstance): string {
  const severity = d.severity === 'error' ? c.red.bold('error') : c.yellow.bold('warning');
  // the ledger's text inside a message, path or hint is shown with its control characters escaped
  const lines = [`${c.bold(location(d))}: ${severity}: ${visible(d.message)} ${c.dim(`[${d.code}]`)}`];
  if (d.path) lines.push(`    ${c.dim(`${label('report.path', lang)}:`)} ${visible(d.path)}`);
  if (d.hint) {
    const [first, ...rest] = visible(d.hint).split('\n');
    lines.push(`    ${c.dim(`${label('report.hint', lang)}:`)} ${first}`);
    for (const more of rest) lines.push(`          ${more}`);
  }
  return lines.join('\n');
}

export function formatHumanSummary(errors: number, warnings: number, lang: Lang): string {
  return say('report.summary', { errors, warnings }, lang);
}

/** All diagnostics and (unless `summary` is false) a summary line; empty when there is nothing to say. */
export function formatHuman(diagnostics: readonly Diagnostic[], lang: Lang, c: ChalkInstance, summary = true): string {
  if (diagnostics.length === 0) return '';
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const body = diagnostics.map((d) => formatHumanDiagnostic(d, lang, c)).join('\n');
  return summary ? `${body}\n${formatHumanSummary(errors, warnings, lang)}\n` : `${body}\n`;
}

import type { ChalkInstance } from 'chalk';
import type { Problem } from '../../model/problem.js';
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

/** How many problems of one code in one file a person is shown; the rest are counted in one line. */
export const SHOWN_PER_CODE = 50;

/** Problems of one code in one file not shown one by one. */
export interface Omitted {
  file: string;
  code: string;
  severity: Problem['severity'];
  count: number;
}

/**
 * The first SHOWN_PER_CODE problems of each code in each file, in their order, and how many of
 * each were left out: a ledger of a hundred thousand overdue measures gets fifty lines and a count,
 * not a hundred thousand (`--format json` lists them all).
 */
export function firstOfEachCode(problems: readonly Problem[]): { shown: Problem[]; omitted: Omitted[] } {
  const seen = new Map<string, number>();
  const omitted = new Map<string, Omitted>();
  const shown: Problem[] = [];
  for (const p of problems) {
    const key = `${p.place.file}\u0000${p.code}\u0000${p.severity}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count <= SHOWN_PER_CODE) shown.push(p);
    else {
      const left = omitted.get(key) ?? { file: p.place.file, code: p.code, severity: p.severity, count: 0 };
      left.count++;
      omitted.set(key, left);
    }
  }
  return { shown, omitted: [...omitted.values()] };
}

/**
 * All diagnostics, a line for each kind left out, and (unless `summary` is false) a summary line
 * counting every one; empty when there is nothing to say.
 */
export function formatHuman(diagnostics: readonly Diagnostic[], lang: Lang, c: ChalkInstance, summary = true, omitted: readonly Omitted[] = []): string {
  if (diagnostics.length === 0) return '';
  const errors = diagnostics.filter((d) => d.severity === 'error').length + omitted.filter((o) => o.severity === 'error').reduce((n, o) => n + o.count, 0);
  const warnings = diagnostics.length + omitted.reduce((n, o) => n + o.count, 0) - errors;
  const lines = diagnostics.map((d) => formatHumanDiagnostic(d, lang, c));
  for (const o of omitted) lines.push(`${c.bold(o.file === '' ? 'rectify' : visible(o.file))}: ${say('report.omitted', { count: o.count, code: o.code, shown: SHOWN_PER_CODE }, lang)} ${c.dim(`[${o.code}]`)}`);
  const body = lines.join('\n');
  return summary ? `${body}\n${formatHumanSummary(errors, warnings, lang)}\n` : `${body}\n`;
}

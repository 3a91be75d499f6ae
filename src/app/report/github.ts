import type { Diagnostic } from '../messages/index.js';
import { visible } from './visible.js';

/** Workflow-command data: `%`, CR and LF must be percent-encoded or the command breaks. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally may not contain the `:` and `,` that delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,title=code::message` — one annotation per diagnostic. */
export function formatGithubDiagnostic(d: Diagnostic): string {
  const props = [`file=${escapeProperty(visible(d.file))}`];
  if (d.line > 0) props.push(`line=${d.line}`, `col=${d.column}`);
  props.push(`title=${escapeProperty(d.code)}`);
  const parts = [d.message];
  if (d.path) parts.push(d.path);
  if (d.hint) parts.push(d.hint);
  // a CI log shows colour codes too: the ledger's control characters escaped as in the terminal
  return `::${d.severity} ${props.join(',')}::${escapeData(visible(parts.join('\n')))}`;
}

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${formatGithubDiagnostic(d)}\n`).join('');
}

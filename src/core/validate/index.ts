import { sortDiagnostics, type Diagnostic, type Lang, type Severity } from '../../model/diagnostic.js';
import { loadLedger, type LoadedLedger, type SourcePosition } from '../load/index.js';
import type { Ledger } from '../../model/ledger.js';
import { wordFor, type Params } from './messages.js';
import { normalizeLedger } from './normalize.js';
import { checkSemantics, checkXmlCharacters } from './rules.js';
import { findingsFromSchemaErrors } from './schema-errors.js';
import { scanStrings } from './strings.js';
import { validateAgainstSchema } from './schema.js';

export { issueStatusFromMeasures, effectiveIssueStatus, statusFromWord, statusLabel } from '../../model/status.js';
export { isRealDate } from '../../model/dates.js';
export { VALIDATION_CODES, wordFor } from './messages.js';
export { normalizeLedger } from './normalize.js';

export interface ValidateOptions {
  lang?: Lang;
  /** Refuse input larger than this many bytes. Default 10 MiB. */
  maxBytes?: number;
  /** Refuse alias expansion beyond this many nodes. Default 10,000. */
  maxAliases?: number;
  /** The day overdue items are judged against; default `report.date`. */
  asOf?: string;
}

export interface ValidateResult {
  /** Present only when there are no errors (warnings allowed). */
  ledger?: Ledger;
  diagnostics: Diagnostic[];
  /** The loaded document with its source map, when loading succeeded. */
  source?: LoadedLedger;
}

/**
 * Load, check against the schema, then check every semantic rule of the ledger format. Never throws
 * for bad input: each problem is one diagnostic with its line, column, key path and a hint.
 */
export function validateLedgerText(text: string | Uint8Array, file: string, options: ValidateOptions = {}): ValidateResult {
  const lang = options.lang ?? 'zh';
  const make = (code: string, severity: Severity, position: Pick<SourcePosition, 'line' | 'column'>, path: string, params: Params): Diagnostic => {
    const { message, hint } = wordFor(code, params, lang);
    return { severity, code, message, file, line: position.line, column: position.column, path, hint };
  };

  const loaded = loadLedger(text, file, { maxBytes: options.maxBytes, maxAliases: options.maxAliases });
  if (!loaded.source) {
    return { diagnostics: sortDiagnostics(loaded.problems.map((p) => make(p.code, 'error', p, p.path, p.params))) };
  }
  const source = loaded.source;
  const { positions, value } = source;

  const strings = scanStrings(value, source.text);
  const diagnostics: Diagnostic[] = checkXmlCharacters(strings, positions).map((f) => make(f.code, f.severity, f.position, f.path, f.params));
  const schemaFindings = findingsFromSchemaErrors(validateAgainstSchema(value), value);
  for (const f of schemaFindings) {
    const position = f.atKey ? positions.keyAt(f.path) : positions.valueAt(f.path);
    diagnostics.push(make(f.code, 'error', position, f.path, f.params));
  }

  // The semantic rules still run when the schema found errors, so one round of fixes shows them
  // all; but a value the schema refused is not judged again, and a shape too broken for the rules
  // to read is left to the schema errors that describe it.
  const refused = schemaFindings.filter((f) => f.code !== 'missing-key').map((f) => f.path);
  const isRefused = (path: string) => refused.some((r) => path === r || path.startsWith(`${r}.`) || path.startsWith(`${r}[`));
  const ledger = normalizeLedger(value);
  let semantic: ReturnType<typeof checkSemantics> = [];
  try {
    semantic = checkSemantics(ledger, strings, positions, options.asOf);
  } catch (error) {
    if (schemaFindings.length === 0) throw error;
  }
  // A register the schema refused (say `people: ~`) would make every reference into it look dangling.
  const brokenRegisters = new Set(
    ['people', 'units', 'metrics'].filter((register) =>
      schemaFindings.some((f) => f.path === register || f.path.startsWith(`${register}[`) || f.path.includes(`.${register}[`) || f.path.endsWith(`.${register}`)),
    ),
  );
  for (const f of semantic) {
    if (schemaFindings.length > 0 && isRefused(f.path)) continue;
    if (f.code === 'unknown-reference' && brokenRegisters.has(String(f.params.register))) continue;
    diagnostics.push(make(f.code, f.severity, f.position, f.path, f.params));
  }
  const result = finish(diagnostics);
  return result.some((d) => d.severity === 'error') ? { diagnostics: result, source } : { ledger, diagnostics: result, source };
}

/** Sorted, and each fact told once even when two checks reach it. */
function finish(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return sortDiagnostics(diagnostics).filter((d) => {
    const key = `${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

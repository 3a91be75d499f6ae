import { placeIn, problem, sortProblems, type Params, type Problem, type Severity } from '../../model/problem.js';
import { loadLedger, type LoadedLedger, type SourcePosition } from '../load/index.js';
import type { Ledger } from '../../model/ledger.js';
import { normalizeLedger } from './normalize.js';
import { checkSemantics, checkXmlCharacters } from './rules.js';
import { findingsFromSchemaErrors } from './schema-errors.js';
import { scanStrings } from './strings.js';
import { validateAgainstSchema } from './schema.js';

export { normalizeLedger } from './normalize.js';

export interface ValidateOptions {
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
  problems: Problem[];
  /** The loaded document with its source map, when loading succeeded. */
  source?: LoadedLedger;
}

/**
 * Load, check against the schema, then check every semantic rule of the ledger format. Never throws
 * for bad input: each problem is one diagnostic with its line, column, key path and a hint.
 */
export function validateLedgerText(text: string | Uint8Array, file: string, options: ValidateOptions = {}): ValidateResult {
  const make = (code: string, severity: Severity, position: Pick<SourcePosition, 'line' | 'column'>, path: string, params: Params): Problem =>
    problem(code, placeIn(file, position.line, position.column, path), params, severity);

  const loaded = loadLedger(text, file, { maxBytes: options.maxBytes, maxAliases: options.maxAliases });
  if (!loaded.source) {
    return { problems: sortProblems(loaded.problems.map((p) => make(p.code, 'error', p, p.path, p.params))) };
  }
  const source = loaded.source;
  const { positions, value } = source;

  const strings = scanStrings(value, source.text);
  const problems: Problem[] = checkXmlCharacters(strings, positions).map((f) => make(f.code, f.severity, f.position, f.path, f.params));
  const schemaFindings = findingsFromSchemaErrors(validateAgainstSchema(value), value);
  for (const f of schemaFindings) {
    const position = f.atKey ? positions.keyAt(f.path) : positions.valueAt(f.path);
    problems.push(make(f.code, 'error', position, f.path, f.params));
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
    problems.push(make(f.code, f.severity, f.position, f.path, f.params));
  }
  const result = finish(problems);
  return result.some((d) => d.severity === 'error') ? { problems: result, source } : { ledger, problems: result, source };
}

/** Sorted, and each fact told once even when two checks reach it. */
function finish(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return sortProblems(problems).filter((d) => {
    const key = `${d.place.line}:${d.place.column}:${d.code}:${JSON.stringify(d.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

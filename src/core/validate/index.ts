import type { ErrorObject } from 'ajv';
import { placeIn, problem, sortProblems, type Params, type Problem, type Severity } from '../../model/problem.js';
import { loadLedger, type LoadedLedger, type SourceMap, type SourcePosition } from '../load/index.js';
import type { Ledger } from '../../model/ledger.js';
import { LEDGER } from '../../model/ledger-shape.js';
import { SUMMARY } from '../../model/summary-shape.js';
import { pathOf, walk, type Node } from '../../model/shape.js';
import { formatNumber, writtenOut } from '../derive/index.js';
import type { SummaryLedger } from '../../model/summary.js';
import { normalizeLedger, normalizeSummary } from './normalize.js';
import { checkCommentsInText, checkNumberedTexts, explainSchemaFinding, Source } from './mistakes.js';
import { checkSemantics, checkXmlCharacters, type RuleFinding } from './rules.js';
import { findingsFromSchemaErrors } from './schema-errors.js';
import { scanStrings, type StringScan } from './strings.js';
import { validateAgainstSchema, validateSummaryAgainstSchema } from './schema.js';
import { checkSummarySemantics } from './summary-rules.js';
import { pushAll } from '../../model/lists.js';

export { normalizeLedger, normalizeSummary } from './normalize.js';
export { closest, listForHint } from './closest.js';

export interface ValidateOptions {
  /** Refuse input larger than this many bytes. Default 10 MiB. */
  maxBytes?: number;
  /** Refuse alias expansion beyond this many nodes. Default 10,000. */
  maxAliases?: number;
  /** Refuse more list items than this, all lists together. Default 60,000. */
  maxItems?: number;
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
 * What differs between the files rectify validates (a unit ledger, a summary ledger): the schema,
 * the normaliser and the rules beyond the schema. Loading, the string scan, wording schema errors
 * and the order of problems are the same for both.
 */
interface DocumentKind<T> {
  /** Its one description (model/): where ids and references stand. */
  shape: Node;
  schema(value: unknown): ErrorObject[];
  normalize(value: unknown): T;
  semantics(document: T, strings: StringScan, positions: SourceMap, options: ValidateOptions): RuleFinding[];
  /** Lists referred to by id: a register the schema refused would make every reference into it look dangling. */
  registers: readonly string[];
  /** What the valid document learns from its source text, beyond its values. */
  complete?: (document: T, positions: SourceMap) => T;
  /** A document that is plainly another kind of file: one problem says so, instead of dozens. */
  otherKind?: (value: unknown) => { code: string; key: string } | undefined;
}

const hasKey = (value: unknown, key: string) => value !== null && typeof value === 'object' && Object.hasOwn(value, key);

const LEDGER_KIND: DocumentKind<Ledger> = {
  shape: LEDGER,
  schema: validateAgainstSchema,
  normalize: normalizeLedger,
  semantics: (ledger, strings, positions, options) => checkSemantics(ledger, strings, positions, options.asOf),
  registers: ['people', 'units', 'metrics'],
  // numbers typed as they must print (`35435.70`)
  complete: (ledger, positions) => {
    const typed = typedNumbers(ledger, positions);
    return typed ? { ...ledger, typed } : ledger;
  },
  // a summary ledger (summary.yaml) given where a unit ledger belongs: `rectify build round/`
  otherKind: (value) => (hasKey(value, 'round') && !hasKey(value, 'aspects') ? { code: 'summary-ledger', key: 'round' } : undefined),
};

const SUMMARY_KIND: DocumentKind<SummaryLedger> = {
  shape: SUMMARY,
  schema: validateSummaryAgainstSchema,
  normalize: normalizeSummary,
  semantics: (summary, strings, positions) => checkSummarySemantics(summary, strings, positions),
  registers: [],
  // a unit ledger given first to `rectify summary`, where the summary ledger belongs
  otherKind: (value) => (hasKey(value, 'aspects') && !hasKey(value, 'round') ? { code: 'unit-ledger', key: 'aspects' } : undefined),
};

/**
 * Load, check against the schema, then check every semantic rule of the ledger format. Never throws
 * for bad input: each problem is one diagnostic with its line, column, key path and a hint.
 */
export function validateLedgerText(text: string | Uint8Array, file: string, options: ValidateOptions = {}): ValidateResult {
  const { document, ...rest } = validateDocument(text, file, options, LEDGER_KIND);
  return document ? { ledger: document, ...rest } : rest;
}

export interface ValidateSummaryResult {
  /** Present only when there are no errors (warnings allowed). */
  summary?: SummaryLedger;
  problems: Problem[];
  source?: LoadedLedger;
}

/** The same for a summary ledger (summary.yaml): its schema, then its rules (summary-rules.ts). */
export function validateSummaryText(text: string | Uint8Array, file: string, options: ValidateOptions = {}): ValidateSummaryResult {
  const { document, ...rest } = validateDocument(text, file, options, SUMMARY_KIND);
  return document ? { summary: document, ...rest } : rest;
}

/**
 * Either kind of file, by what it holds: a summary ledger has a top-level `round`, a key no unit
 * ledger has. `rectify validate` checks both kinds alike.
 */
export function validateAnyText(text: string | Uint8Array, file: string, options: ValidateOptions = {}): { kind: 'ledger' | 'summary'; problems: Problem[] } {
  let kind: 'ledger' | 'summary' = 'ledger';
  const { problems } = validateDocument(text, file, options, (value) => {
    if (hasKey(value, 'round')) kind = 'summary';
    return (kind === 'summary' ? SUMMARY_KIND : LEDGER_KIND) as DocumentKind<unknown>;
  });
  return { kind, problems };
}

function validateDocument<T>(
  text: string | Uint8Array,
  file: string,
  options: ValidateOptions,
  kindOf: DocumentKind<T> | ((value: unknown) => DocumentKind<T>),
): { document?: T; problems: Problem[]; source?: LoadedLedger } {
  const make = (code: string, severity: Severity, position: Pick<SourcePosition, 'line' | 'column'>, path: string, params: Params): Problem =>
    problem(code, placeIn(file, position.line, position.column, path), params, severity);

  const loaded = loadLedger(text, file, { maxBytes: options.maxBytes, maxAliases: options.maxAliases, maxItems: options.maxItems });
  if (!loaded.source) {
    return { problems: sortProblems(loaded.problems.map((p) => make(p.code, 'error', p, p.path, p.params))) };
  }
  const source = loaded.source;
  const { positions, value } = source;
  const kind = typeof kindOf === 'function' ? kindOf(value) : kindOf;
  const other = kind.otherKind?.(value);
  if (other) return { problems: [make(other.code, 'error', positions.keyAt(other.key), other.key, { file })], source };

  const strings = scanStrings(value, source.text);
  const problems: Problem[] = checkXmlCharacters(strings, positions).map((f) => make(f.code, f.severity, f.position, f.path, f.params));
  const schemaFindings = findingsFromSchemaErrors(kind.schema(value), value);
  // what the user typed, where the schema only says what the value is (mistakes.ts)
  const typed = new Source(source.text, positions);
  const explainedKeys = new Set<string>();
  const schemaProblems: Problem[] = [];
  for (const f of schemaFindings) {
    const position = f.atKey ? positions.keyAt(f.path) : positions.valueAt(f.path);
    const explained = explainSchemaFinding(f, position, typed, value);
    if (explained && explained.code !== f.code && explained.params.key) explainedKeys.add(String(explained.params.key));
    schemaProblems.push(explained ? make(explained.code, 'error', explained.position, f.path, explained.params) : make(f.code, 'error', position, f.path, f.params));
  }
  // a key typed with a full-width colon or space is not also missing where it belongs
  pushAll(problems, schemaProblems.filter((p) => !(p.code === 'missing-key' && explainedKeys.has(String(p.params.key)))));
  for (const e of checkNumberedTexts(kind.shape, value, typed)) problems.push(make(e.code, 'error', e.position, e.path ?? '', e.params));
  for (const e of checkCommentsInText(typed)) problems.push(make(e.code, 'warning', e.position, e.path ?? '', e.params));

  // The semantic rules still run when the schema found errors, so one round of fixes shows them
  // all; but a value the schema refused is not judged again, and a shape too broken for the rules
  // to read is left to the schema errors that describe it.
  const refused = schemaFindings.filter((f) => f.code !== 'missing-key').map((f) => f.path);
  const isRefused = (path: string) => refused.some((r) => path === r || path.startsWith(`${r}.`) || path.startsWith(`${r}[`));
  const document = kind.normalize(value);
  let semantic: RuleFinding[] = [];
  try {
    semantic = kind.semantics(document, strings, positions, options);
  } catch (error) {
    if (schemaFindings.length === 0) throw error;
  }
  const brokenRegisters = new Set(
    kind.registers.filter((register) =>
      schemaFindings.some((f) => f.path === register || f.path.startsWith(`${register}[`) || f.path.includes(`.${register}[`) || f.path.endsWith(`.${register}`)),
    ),
  );
  for (const f of semantic) {
    if (schemaFindings.length > 0 && isRefused(f.path)) continue;
    if (f.code === 'unknown-reference' && brokenRegisters.has(String(f.params.register))) continue;
    problems.push(make(f.code, f.severity, f.position, f.path, f.params));
  }
  const result = finish(problems);
  if (result.some((d) => d.severity === 'error')) return { problems: result, source };
  return { document: kind.complete ? kind.complete(document, positions) : document, problems: result, source };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether the file holds a decimal typed with a trailing zero (`35435.70`): otherwise every number
 * prints as typed and nothing need be read back. One pass from full stop to full stop — a ledger's
 * prose uses `。`, so ASCII full stops are few.
 */
function hasTrailingZeroDecimal(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (!isDigit(text.charCodeAt(dot - 1))) continue;
    let end = dot + 1;
    while (isDigit(text.charCodeAt(end))) end++;
    if (end > dot + 1 && text.charCodeAt(end - 1) === 48 && text.charCodeAt(end) !== 46) return true;
    dot = end - 1;
  }
  return false;
}

/**
 * Numbers whose typed form says more than the number: `35435.70` is the number 35435.7, and money
 * keeps its decimals in a report; `9007199254740993` is past what a number holds exactly (2^53)
 * and `1000000000000000000000` would print as `1e+21`. Read back from the source, where each
 * number was written, and kept as its digits (an exponent written out: `1e-11` → `0.00000000001`).
 */
function typedNumbers(ledger: Ledger, positions: SourceMap): Record<string, string> | undefined {
  // the source is read only when some number may print otherwise than typed (positions of a large
  // ledger are built on first use)
  let unsure = false;
  walk(LEDGER, ledger, (node) => node.kind === 'number', (value) => {
    if (typeof value === 'number' && !(Number.isSafeInteger(value) && Math.abs(value) < 1e21)) unsure = true;
  });
  if (!unsure && !hasTrailingZeroDecimal(positions.text)) return undefined;
  const typed: Record<string, string> = {};
  walk(LEDGER, ledger, (node) => node.kind === 'number', (value, _node, steps) => {
    const path = pathOf(steps);
    if (!positions.has(path)) return;
    const at = positions.valueAt(path).offset;
    const token = NUMBER.exec(positions.text.slice(at, at + 400))?.[0];
    const digits = token === undefined ? undefined : writtenOut(token);
    if (digits !== undefined && Number(token) === value && digits !== formatNumber(value as number)) typed[path] = digits;
  });
  return Object.keys(typed).length > 0 ? typed : undefined;
}

/** A YAML number as typed: sign, digits, a fraction, an exponent. Anchored; no two parts overlap. */
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/;


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

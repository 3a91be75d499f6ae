import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { composeValue } from './compose.js';
import { asLoadProblem, explainYamlError } from './explain.js';
import { checkLedgerText, decodeLedgerBytes } from './decode.js';
import { composePlainYaml } from './plain-yaml.js';
import type { LoadCode, LoadProblem } from './problem.js';
import { SourceMap } from './source-map.js';
import { pushAll } from '../../model/lists.js';

export interface LoadedLedger {
  /** As the user named it (`-` is shown as `<stdin>`). */
  file: string;
  /** The decoded text, BOM removed. */
  text: string;
  /** Plain data: mappings as objects that inherit nothing (mapping.ts), arrays, strings, numbers, booleans, null. */
  value: unknown;
  positions: SourceMap;
}

export interface LoadOptions {
  /** Refuse input larger than this many bytes (UTF-8). Default 10 MiB. */
  maxBytes?: number;
  /** Refuse alias expansion that produces more nodes than this. Default 10,000. */
  maxAliases?: number;
  /** Refuse nesting deeper than this. Default 64. */
  maxDepth?: number;
  /** Refuse a document whose lists hold more items than this, all lists together. Default 60,000. */
  maxItems?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_ALIASES = 10_000;
export const DEFAULT_MAX_DEPTH = 64;
/**
 * Items of all lists together (issues, measures, people, key figures, ids in a list…): the example
 * has 116, a generated 10 MB ledger of 240 issues and 13,700 measures 33,700. Every item is an
 * object every command checks, counts and writes, and 120,000 one-word measures took every
 * command past the seconds a command may take.
 */
export const DEFAULT_MAX_ITEMS = 60_000;

/** YAML 1.2 core schema and nothing else: no custom tags, no `<<` merging, unique keys. */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  customTags: [],
  keepSourceTokens: false,
};

const YAML_ERROR_CODES: Partial<Record<string, LoadCode>> = {
  DUPLICATE_KEY: 'duplicate-key',
  RESOURCE_EXHAUSTION: 'too-deep',
};

/**
 * Text or bytes → a plain value with a position for every key path, or the problems that stop it.
 * Never throws for bad input; every refusal is a problem with its line and column.
 */
export function loadLedger(
  input: string | Uint8Array,
  file: string,
  options: LoadOptions = {},
): { source?: LoadedLedger; problems: LoadProblem[] } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const decoded = typeof input === 'string' ? checkLedgerText(input, maxBytes) : decodeLedgerBytes(input, maxBytes);
  if (decoded.problem) return { problems: [decoded.problem] };
  const text = decoded.text;
  // Ledgers are plain YAML; the fast reader gives the same value and positions in a fraction of
  // the time, and declines anything else (including every error), which takes the full path.
  // Without it, validate of a 500-measure ledger misses its start-up target (README, Performance).
  // The two are held equal by test/load/plain-yaml-differential.test.ts: on 100,000 generated
  // texts the fast reader either declines or gives exactly the full path's value and positions.
  const plain = composePlainYaml(text, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const loaded =
    plain && plain.value !== null && typeof plain.value === 'object' && !Array.isArray(plain.value)
      ? { source: { file, text, value: plain.value, positions: plain.positions }, problems: [] }
      : loadYamlText(text, file, options);
  const max = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const count = loaded.source ? itemsIn(loaded.source.value) : 0;
  return count > max ? { problems: [{ code: 'too-many-items', line: 0, column: 0, path: '', params: { count, max } }] } : loaded;
}

/** The items of every list in `value`. */
function itemsIn(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      count += v.length;
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      for (const key in v) {
        const item = (v as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return count;
}

/**
 * The full path for decoded text: `yaml`'s parser, then composeValue. Every refusal is decided
 * here; the fast reader only ever declines.
 */
export function loadYamlText(text: string, file: string, options: LoadOptions = {}): { source?: LoadedLedger; problems: LoadProblem[] } {
  const positions = new SourceMap(text);
  const at = (offset: number, code: LoadCode, params: LoadProblem['params'] = {}, path = ''): LoadProblem => {
    const { line, column } = positions.position(offset);
    return { code, line, column, path, params };
  };

  const doc = parseSingleDocument(text);
  const problems: LoadProblem[] = [];
  let syntaxReported = false;
  for (const error of doc.errors) {
    const code = YAML_ERROR_CODES[error.code];
    const offset = Math.min(error.pos[0], text.length);
    if (code) {
      // the parser may give up on deep nesting at several places (how deep it gets depends on the
      // stack left to it): one refusal says it
      if (code === 'too-deep' && problems.some((p) => p.code === 'too-deep')) continue;
      problems.push(at(offset, code, code === 'duplicate-key' ? { key: text.slice(error.pos[0], error.pos[1]) } : {}));
      continue;
    }
    // After the first syntax error the parser's view of the rest is guesswork: one broken line
    // would otherwise flood the user with dozens of errors about correct lines. The first is
    // explained from what the user typed around it, never in the parser's English.
    if (syntaxReported) continue;
    syntaxReported = true;
    const { line, column } = positions.position(offset);
    problems.push(asLoadProblem(explainYamlError(text, { code: error.code, message: firstLine(error.message), line, column })));
  }
  const version = doc.directives?.yaml;
  const badVersion = doc.warnings.find((w) => w.code === 'BAD_DIRECTIVE' && /YAML version/i.test(w.message));
  if ((version?.explicit && version.version !== '1.2') || badVersion) {
    const m = /^%YAML[ \t]+(\S*)/m.exec(text);
    problems.push(at(m?.index ?? 0, 'yaml-version', { version: m?.[1] ?? version?.version ?? '' }));
  }
  if (problems.length > 0) return { problems: dedupe(problems) };

  const contents = doc.contents;
  if (contents === null || contents === undefined || (isNullScalar(contents) && text.trim() === '')) {
    return { problems: [{ code: 'empty', line: 1, column: 1, path: '', params: {} }] };
  }
  const composed = composeValue(doc, text, {
    maxAliasNodes: options.maxAliases ?? DEFAULT_MAX_ALIASES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
  });
  pushAll(problems, composed.problems);
  const value = composed.value;
  if (problems.length === 0 && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    const { line, column } = composed.positions.valueAt('');
    problems.push({
      code: 'not-a-mapping',
      line,
      column,
      path: '',
      params: describeFound(value),
    });
  }
  if (problems.length > 0) return { problems: dedupe(problems) };
  return { source: { file, text, value, positions: composed.positions }, problems: [] };
}

function parseSingleDocument(text: string): Document.Parsed {
  // parseDocument reports a second document as MULTIPLE_DOCS on the first; that is what we want.
  return parseDocument(text, YAML_OPTIONS) as Document.Parsed;
}

/** What stands where the ledger's mapping should be, as a JSON type name (the catalogue words it). */
function describeFound(value: unknown): LoadProblem['params'] {
  return { found: Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value };
}

function isNullScalar(node: unknown): boolean {
  return typeof node === 'object' && node !== null && 'value' in node && (node as { value: unknown }).value === null;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function dedupe(problems: LoadProblem[]): LoadProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

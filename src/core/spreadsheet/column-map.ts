/** The `--map` file: `{ "header text": "field" }` in YAML or JSON, for headers the synonyms table does not know. */
import { parseDocument } from 'yaml';
import { explainYamlError, SourceMap } from '../load/index.js';
import { placeIn, problem, type Params, type Problem } from '../../model/problem.js';
import { FIELDS, fieldFromName, normaliseHeader, type Field } from './columns.js';

/** Normalised header → field; null means "ignore this column". */
export type ColumnMap = ReadonlyMap<string, Field | null>;

export function parseColumnMap(text: string, file: string, maxAliases = 100): { map?: ColumnMap; problems: Problem[] } {
  const error = (params: Params): Problem => problem('bad-map', placeIn(file), { ...params, fields: FIELDS.join(', ') });
  // the parser's first error, in our words at its place (never its English message)
  const doc = parseDocument(text, { prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const at = new SourceMap(text).position(Math.min(first.pos[0], text.length));
    let explained = explainYamlError(text, { code: first.code, message: first.message.split('\n')[0] ?? '', line: at.line, column: at.column });
    // `反馈意见：问题`: a header and its field joined by a Chinese colon
    const line = text.split('\n')[explained.line - 1]?.replace(/\r$/, '') ?? '';
    const colon = line.indexOf('\uff1a');
    if (explained.code === 'yaml-syntax' && explained.params.kind === 'no-colon' && colon > 0) {
      explained = { code: 'fullwidth-colon', line: explained.line, column: colon + 1, params: { fixed: `${line.slice(0, colon).trim()}: ${line.slice(colon + 1).trim()}` } };
    }
    return {
      problems: [problem('bad-map', placeIn(file, explained.line, explained.column), { ...explained.params, rule: 'syntax', mistake: explained.code, fields: FIELDS.join(', ') })],
    };
  }
  let data: unknown;
  try {
    // an alias bomb stops at --max-aliases
    data = doc.toJS({ maxAliasCount: maxAliases });
  } catch {
    return { problems: [error({ rule: 'syntax', mistake: 'alias-limit' })] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    // a single `反馈意见：问题` reads as one text, not as a mapping
    const lines = text.split('\n');
    const index = lines.findIndex((l) => l.includes('\uff1a') && !l.includes(': '));
    if (index >= 0) {
      const line = lines[index]!.replace(/\r$/, '');
      const colon = line.indexOf('\uff1a');
      return {
        problems: [problem('bad-map', placeIn(file, index + 1, colon + 1), { rule: 'syntax', mistake: 'fullwidth-colon', fixed: `${line.slice(0, colon).trim()}: ${line.slice(colon + 1).trim()}`, fields: FIELDS.join(', ') })],
      };
    }
    return { problems: [error({ rule: 'not-a-mapping' })] };
  }
  const map = new Map<string, Field | null>();
  const problems: Problem[] = [];
  for (const [header, value] of Object.entries(data as Record<string, unknown>)) {
    if (value === null || value === 'ignore') {
      map.set(normaliseHeader(header), null);
      continue;
    }
    const field = typeof value === 'string' ? fieldFromName(value) : undefined;
    if (!field) problems.push(error({ rule: 'bad-field', header, value: String(value) }));
    else map.set(normaliseHeader(header), field);
  }
  return problems.length > 0 ? { problems } : { map, problems };
}

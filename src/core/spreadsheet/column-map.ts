/** The `--map` file: `{ "header text": "field" }` in YAML or JSON, for headers the synonyms table does not know. */
import { parse } from 'yaml';
import { placeIn, problem, type Params, type Problem } from '../../model/problem.js';
import { FIELDS, fieldFromName, normaliseHeader, type Field } from './columns.js';

/** Normalised header → field; null means "ignore this column". */
export type ColumnMap = ReadonlyMap<string, Field | null>;

export function parseColumnMap(text: string, file: string, maxAliases = 100): { map?: ColumnMap; problems: Problem[] } {
  const error = (params: Params): Problem => problem('bad-map', placeIn(file), { ...params, fields: FIELDS.join(', ') });
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: maxAliases, uniqueKeys: true });
  } catch (e) {
    return { problems: [error({ rule: 'syntax', detail: e instanceof Error ? e.message : String(e) })] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { problems: [error({ rule: 'not-a-mapping' })] };
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

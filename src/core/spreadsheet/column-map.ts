/** The `--map` file: `{ "header text": "field" }` in YAML or JSON, for headers the synonyms table does not know. */
import { parse } from 'yaml';
import type { Diagnostic, Lang } from '../../model/diagnostic.js';
import { FIELDS, fieldFromName, normaliseHeader, type Field } from './columns.js';

/** Normalised header → field; null means "ignore this column". */
export type ColumnMap = ReadonlyMap<string, Field | null>;

const TEXT = {
  zh: {
    notMapping: '--map 文件应为“表头: 字段”的映射，例如 {"反馈意见": "问题"}',
    badValue: (h: string, v: string) => `--map 中表头“${h}”对应的字段“${v}”无效`,
    hint: `字段可写英文（${FIELDS.join('、')}）、中文表头名（如 整改措施），或写 null 忽略该列`,
    syntax: (m: string) => `--map 文件不是有效的 YAML/JSON：${m}`,
  },
  en: {
    notMapping: 'the --map file must be a mapping of header text to field, e.g. {"反馈意见": "issue"}',
    badValue: (h: string, v: string) => `--map: header "${h}" maps to unknown field "${v}"`,
    hint: `a field is one of ${FIELDS.join(', ')}, a Chinese header such as 整改措施, or null to ignore the column`,
    syntax: (m: string) => `the --map file is not valid YAML/JSON: ${m}`,
  },
} as const;

export function parseColumnMap(text: string, file: string, lang: Lang): { map?: ColumnMap; diagnostics: Diagnostic[] } {
  const t = TEXT[lang];
  const error = (message: string, hint = t.hint): Diagnostic => ({
    severity: 'error',
    code: 'bad-map',
    message,
    file,
    line: 0,
    column: 0,
    path: '',
    hint,
  });
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return { diagnostics: [error(t.syntax(e instanceof Error ? e.message : String(e)))] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { diagnostics: [error(t.notMapping)] };
  const map = new Map<string, Field | null>();
  const diagnostics: Diagnostic[] = [];
  for (const [header, value] of Object.entries(data as Record<string, unknown>)) {
    if (value === null || value === 'ignore') {
      map.set(normaliseHeader(header), null);
      continue;
    }
    const field = typeof value === 'string' ? fieldFromName(value) : undefined;
    if (!field) diagnostics.push(error(t.badValue(header, String(value))));
    else map.set(normaliseHeader(header), field);
  }
  return diagnostics.length > 0 ? { diagnostics } : { map, diagnostics };
}

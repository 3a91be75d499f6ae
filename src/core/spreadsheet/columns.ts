/**
 * The columns of the 整改台账 sheet: what export writes, and the header words import recognises.
 * A column is identified by its field; headers are only how people spell it.
 */
export type Field =
  | 'seq'
  | 'aspect'
  | 'issue'
  | 'issueStatus'
  | 'measure'
  | 'leader'
  | 'units'
  | 'owners'
  | 'due'
  | 'status'
  | 'done'
  | 'progress'
  | 'evidence';

export const FIELDS: readonly Field[] = [
  'seq',
  'aspect',
  'issue',
  'issueStatus',
  'measure',
  'leader',
  'units',
  'owners',
  'due',
  'status',
  'done',
  'progress',
  'evidence',
];

export interface ColumnSpec {
  field: Field;
  /** The header export writes; also the first synonym import accepts. */
  header: string;
  /** Width in Excel character units, chosen so the sheet prints on A4 landscape. */
  width: number;
  /**
   * An issue's column: export merges its cells over the issue's rows. A measure's own column is
   * never merged, so each measure's status, deadline or owners can be changed on its own row.
   */
  mergeWithinIssue: boolean;
  /** A status column: export offers the status words in a drop-down. */
  status?: true;
  /** A date column: export writes Excel dates. */
  date?: true;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { field: 'seq', header: '序号', width: 6, mergeWithinIssue: true },
  { field: 'aspect', header: '方面', width: 14, mergeWithinIssue: true },
  { field: 'issue', header: '问题', width: 26, mergeWithinIssue: true },
  { field: 'issueStatus', header: '问题状态', width: 12, mergeWithinIssue: true, status: true },
  { field: 'measure', header: '整改措施', width: 44, mergeWithinIssue: false },
  { field: 'leader', header: '责任领导', width: 10, mergeWithinIssue: true },
  { field: 'units', header: '责任单位', width: 14, mergeWithinIssue: true },
  { field: 'owners', header: '责任人', width: 10, mergeWithinIssue: false },
  { field: 'due', header: '完成时限', width: 12, mergeWithinIssue: false, date: true },
  { field: 'status', header: '整改状态', width: 12, mergeWithinIssue: false, status: true },
  { field: 'done', header: '完成日期', width: 12, mergeWithinIssue: false, date: true },
  { field: 'progress', header: '整改进展及备注', width: 20, mergeWithinIssue: true },
  { field: 'evidence', header: '佐证材料', width: 24, mergeWithinIssue: false },
];

/** Header words seen in hand-made ledgers, per field. Compared after `normaliseHeader`. */
export const HEADER_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  seq: ['序号', '编号', '序'],
  aspect: ['方面', '问题类别', '问题类型', '问题方面', '类别', '反馈问题方面'],
  issue: ['问题', '具体问题', '存在问题', '问题描述', '反馈问题', '问题表现', '主要问题', '巡察反馈问题'],
  issueStatus: ['问题状态', '问题整改状态', '问题整改情况', '问题完成情况'],
  measure: ['整改措施', '整改举措', '具体整改措施', '整改措施及进展', '措施'],
  leader: ['责任领导', '分管领导', '牵头领导', '责任县级领导', '领导'],
  units: ['责任单位', '责任部门', '牵头单位', '责任科室', '牵头部门', '责任股室'],
  owners: ['责任人', '具体责任人', '具体负责人', '负责人'],
  due: ['完成时限', '整改时限', '完成时间', '时限', '整改期限'],
  status: ['整改状态', '完成情况', '整改情况', '进展情况', '整改进展', '状态', '整改进度'],
  done: ['完成日期', '实际完成时间', '实际完成日期', '销号时间', '销号日期'],
  progress: ['整改进展及备注', '进展及备注', '备注', '整改进展说明', '进展说明', '备注说明', '说明'],
  evidence: ['佐证材料', '佐证', '佐证资料', '整改成效及佐证材料'],
};

const FULL_WIDTH_PUNCTUATION: Readonly<Record<string, string>> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
  '、': ',',
  '／': '/',
};

/**
 * Whitespace (including the ideographic space and line breaks people put in header cells),
 * full-width punctuation and trailing colons must not make a known header unknown.
 */
export function normaliseHeader(text: string): string {
  let key = text
    .normalize('NFKC')
    .replace(/[（）：，、／]/g, (c) => FULL_WIDTH_PUNCTUATION[c] ?? c)
    .replace(/\s+/g, '');
  // trailing colons, then "完成时限（年月日）" names the same column as "完成时限": by hand, in one
  // pass each (the patterns they replace backtracked over a cell of a hundred thousand colons)
  let end = key.length;
  while (end > 0 && (key[end - 1] === ':' || key[end - 1] === '：')) end--;
  key = key.slice(0, end);
  if (key.endsWith(')')) {
    const open = key.indexOf('(');
    if (open >= 0) key = key.slice(0, open);
  }
  return key.toLowerCase();
}

/**
 * Headers that name the status in some sheets and a progress note in others (整改进展: 已完成 or
 * 已完成清单公布…): when the sheet also has a 整改状态 column, they hold the note.
 */
export const STATUS_OR_PROGRESS: ReadonlySet<string> = new Set(['整改进展', '进展情况', '整改情况', '完成情况', '整改进度'].map((h) => normaliseHeader(h)));

const FIELD_BY_HEADER: ReadonlyMap<string, Field> = new Map(
  FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((h) => [normaliseHeader(h), field] as const)),
);

/** The field a header names, by the synonyms table and then by the user's `--map`. */
export function fieldForHeader(text: string, map?: ReadonlyMap<string, Field | null>): Field | null | undefined {
  const key = normaliseHeader(text);
  if (map?.has(key)) return map.get(key);
  return FIELD_BY_HEADER.get(key);
}

/** Accepts an English field name or any header synonym, so a `--map` file can say either. */
export function fieldFromName(name: string): Field | undefined {
  const trimmed = name.trim();
  if ((FIELDS as readonly string[]).includes(trimmed)) return trimmed as Field;
  return FIELD_BY_HEADER.get(normaliseHeader(trimmed));
}

/** `A`, `B`, …, `Z`, `AA`: how spreadsheet users name column `n` (1-based). */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

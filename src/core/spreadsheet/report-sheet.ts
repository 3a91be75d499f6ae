/**
 * The 报告信息 sheet: what the report says besides the table — its title, date, the inspection, the
 * figures the team stated and the key figures (关键数据) — on a visible sheet a clerk may edit. The
 * report date is here: the next round's report is filed with a later one. Import reads the sheet
 * by its labels (rows may move), and a row left out keeps what the ledger had.
 */
import type { IsoDate, Ledger, Metric } from '../../model/ledger.js';
import type { Problem } from '../../model/problem.js';
import { cellText, readDate, type CellValue } from './cells.js';
import type { SheetGrid } from './grid.js';
import { problemAt, type Place } from './place.js';
import type { PathPlaces } from './places.js';
import type { Filler } from './table.js';

export const REPORT_SHEET = '报告信息';

type FactKind = 'text' | 'date' | 'stage' | 'kind' | 'count';

interface Fact {
  label: string;
  /** Key path in the ledger, e.g. `report.date`. */
  path: string;
  kind: FactKind;
  required: boolean;
  /** The 说明 cell: what the value is, in the clerk's words. */
  note: string;
}

/** The rows of the sheet, in order. Labels are how import finds them. */
export const REPORT_FACTS: readonly Fact[] = [
  { label: '报告标题', path: 'report.title', kind: 'text', required: true, note: '报告的标题' },
  { label: '发文机关', path: 'report.unit', kind: 'text', required: true, note: '报告落款的机关' },
  { label: '报告日期', path: 'report.date', kind: 'date', required: true, note: '成文日期，也是判断逾期的基准日；完成日期不得晚于它。每一轮报告改为本轮的日期' },
  { label: '主送机关', path: 'report.to', kind: 'text', required: false, note: '可不填' },
  { label: '报告阶段', path: 'report.stage', kind: 'stage', required: true, note: '整改进展 或 整改完成' },
  { label: '检查组', path: 'inspection.by', kind: 'text', required: true, note: '例如 市委第五巡察组' },
  { label: '被检查单位', path: 'inspection.target', kind: 'text', required: true, note: '例如 XX县司法局党组' },
  { label: '安排检查的党组织', path: 'inspection.arranged_by', kind: 'text', required: true, note: '“根据……安排”中的……，例如 市委' },
  { label: '检查类型', path: 'inspection.kind', kind: 'kind', required: true, note: '巡察、巡视、审计 或 督查' },
  { label: '进驻开始日期', path: 'inspection.visit.from', kind: 'date', required: true, note: '' },
  { label: '进驻结束日期', path: 'inspection.visit.to', kind: 'date', required: true, note: '' },
  { label: '反馈日期', path: 'inspection.feedback', kind: 'date', required: true, note: '反馈意见的日期' },
  { label: '反馈写明的方面数', path: 'inspection.declared.aspects', kind: 'count', required: false, note: '反馈意见中写明的数字，rectify 会与台账核对；可不填' },
  { label: '反馈写明的问题数', path: 'inspection.declared.issues', kind: 'count', required: false, note: '同上' },
  { label: '反馈写明的措施数', path: 'inspection.declared.measures', kind: 'count', required: false, note: '同上' },
  { label: '移交问题线索数', path: 'referrals.clues', kind: 'count', required: false, note: '可不填' },
  { label: '移交信访件数', path: 'referrals.petitions', kind: 'count', required: false, note: '可不填' },
];

export const REPORT_HEADER = ['项目', '内容', '说明'] as const;
export const METRICS_TITLE = '关键数据';
/** Columns of the 关键数据 block, in order. */
export const METRIC_COLUMNS = [
  { key: 'id', header: '数据编号' },
  { key: 'name', header: '名称' },
  { key: 'value', header: '数值' },
  { key: 'unit', header: '单位' },
  { key: 'target', header: '目标值' },
] as const;
export const METRICS_NOTE = '正文中写 {{metrics.数据编号}} 引用数值；改数值即可，编号不要改';

export const STAGE_WORDS = { progress: '整改进展', final: '整改完成' } as const;
export const INSPECTION_KINDS = ['巡察', '巡视', '审计', '督查'] as const;

function get(ledger: unknown, path: string): unknown {
  let v: unknown = ledger;
  for (const key of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function set(ledger: Ledger, path: string, value: unknown): void {
  const keys = path.split('.');
  let v = ledger as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (v[key] === undefined || v[key] === null) v[key] = {};
    v = v[key] as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  if (value === undefined) delete v[last];
  else v[last] = value;
}

export interface ReportSheetRow {
  label: string;
  /** Text as shown (placeholders filled), a date as YYYY-MM-DD (written as an Excel date), a count. */
  value: string | number | null;
  kind: FactKind;
  note: string;
}

/** What the sheet shows for a ledger. */
export function reportSheetRows(ledger: Ledger, fill: Filler): { facts: ReportSheetRow[]; metrics: Metric[] } {
  const facts = REPORT_FACTS.map((f) => {
    const v = get(ledger, f.path);
    const value =
      v === undefined ? null : f.kind === 'stage' ? STAGE_WORDS[v as keyof typeof STAGE_WORDS] : f.kind === 'text' ? fill(String(v)) : (v as string | number);
    return { label: f.label, value, kind: f.kind, note: f.note };
  });
  const metrics = [...ledger.metrics, ...ledger.aspects.flatMap((a) => a.issues.flatMap((i) => i.measures.flatMap((m) => m.metrics)))];
  return { facts, metrics };
}

interface MetricRow {
  row: number;
  id: string;
  name: string;
  value: number | undefined;
  unit: string | undefined;
  target: number | undefined;
}

export interface ReportSheetRead {
  file: string;
  sheet: string;
  /** Each fact row present: its value as read (undefined for an empty cell) and its cell. */
  facts: { fact: Fact; value: unknown; text: string; place: Place }[];
  /** The 关键数据 block, when the sheet has one. */
  metrics?: MetricRow[];
  problems: Problem[];
}

const normalise = (s: string) => s.replace(/\s+/g, '');

/** The 报告信息 sheet of a workbook, if it has one. */
export function findReportSheet(sheets: readonly SheetGrid[]): SheetGrid | undefined {
  return sheets.find((s) => normalise(s.name) === REPORT_SHEET);
}

export function readReportSheet(grid: SheetGrid, file: string): ReportSheetRead {
  const problems: Problem[] = [];
  const facts: ReportSheetRead['facts'] = [];
  const byLabel = new Map(REPORT_FACTS.map((f) => [normalise(f.label), f]));
  const seen = new Set<Fact>();
  let metricsHeader = -1;
  const at = (r: number, c: number): Place => ({ file, sheet: grid.name, row: r + 1, column: c + 1 });
  const value = (r: number, c: number): CellValue => grid.rows[r]?.[c]?.value ?? null;

  for (let r = 0; r < grid.rows.length; r++) {
    const label = normalise(cellText(value(r, 0)));
    if (label === normalise(METRIC_COLUMNS[0].header)) {
      metricsHeader = r;
      break;
    }
    const fact = byLabel.get(label);
    if (!fact || seen.has(fact)) continue;
    seen.add(fact);
    const raw = value(r, 1);
    const text = cellText(raw);
    const place = at(r, 1);
    const read = readFact(fact, raw, text);
    if (!read.ok) {
      problems.push(problemAt(place, 'error', read.code, read.params));
      continue;
    }
    facts.push({ fact, value: read.value, text, place });
  }
  if (metricsHeader < 0) return { file, sheet: grid.name, facts, problems };

  const metrics: MetricRow[] = [];
  for (let r = metricsHeader + 1; r < grid.rows.length; r++) {
    const cells = METRIC_COLUMNS.map((_, c) => value(r, c));
    if (cells.every((v) => cellText(v) === '')) break;
    const number = (c: number): number | undefined => {
      const v = cells[c] ?? null;
      if (cellText(v) === '') return undefined;
      const n = typeof v === 'number' ? v : Number(cellText(v).replace(/,/g, ''));
      if (Number.isFinite(n)) return n;
      problems.push(problemAt(at(r, c), 'error', 'type', { expected: 'number', found: 'string' }));
      return undefined;
    };
    const id = cellText(cells[0] ?? null);
    if (id === '') {
      problems.push(problemAt(at(r, 0), 'error', 'missing-metric-id'));
      continue;
    }
    const first = metrics.find((m) => m.id === id);
    if (first) {
      problems.push(problemAt(at(r, 0), 'error', 'duplicate-id', { id, firstLine: first.row }));
      continue;
    }
    metrics.push({
      row: r + 1,
      id,
      name: cellText(cells[1] ?? null),
      value: number(2),
      unit: cellText(cells[3] ?? null) || undefined,
      target: number(4),
    });
  }
  return { file, sheet: grid.name, facts, metrics, problems };
}

type FactRead = { ok: true; value: unknown } | { ok: false; code: string; params: Record<string, string> };

function readFact(fact: Fact, raw: CellValue, text: string): FactRead {
  if (text === '') return { ok: true, value: undefined };
  switch (fact.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'date': {
      const d = readDate(raw);
      return d.ok ? { ok: true, value: d.value } : { ok: false, code: 'bad-date', params: { value: text, where: 'sheet' } };
    }
    case 'stage': {
      const stage = (Object.keys(STAGE_WORDS) as (keyof typeof STAGE_WORDS)[]).find((k) => k === text || STAGE_WORDS[k] === text);
      return stage ? { ok: true, value: stage } : { ok: false, code: 'bad-enum', params: { value: text, allowed: Object.values(STAGE_WORDS).join('、') } };
    }
    case 'kind':
      return (INSPECTION_KINDS as readonly string[]).includes(text)
        ? { ok: true, value: text }
        : { ok: false, code: 'bad-enum', params: { value: text, allowed: INSPECTION_KINDS.join('、') } };
    case 'count': {
      const n = typeof raw === 'number' ? raw : Number(text);
      return Number.isInteger(n) && n >= 0 ? { ok: true, value: n } : { ok: false, code: 'type', params: { expected: 'integer', found: 'string' } };
    }
  }
}

/**
 * `ledger` with the sheet's facts and key figures laid over it. A text left as the sheet showed it
 * (placeholders filled, see `fill`) keeps the ledger's own text; an empty cell removes an optional
 * fact; a row left out changes nothing. Key figures are matched by their 数据编号, wherever the
 * ledger keeps them (the top level or a measure); a row with a new 编号 adds one, and a figure
 * whose row was deleted is gone. The cells are added to `places`.
 */
export function applyReportSheet(ledger: Ledger, read: ReportSheetRead, fill: Filler, places: PathPlaces): Ledger {
  const out = structuredClone(ledger);
  for (const { fact, value, text, place } of read.facts) {
    const before = get(out, fact.path);
    let next = value;
    if (fact.kind === 'text' && typeof before === 'string' && fill(before) === text) next = before;
    if (next === undefined && fact.required) next = fact.kind === 'text' ? '' : before;
    set(out, fact.path, next);
    places.set(fact.path, place);
  }
  // a `declared` or `referrals` left with nothing in it is no longer there
  if (out.inspection.declared && Object.keys(out.inspection.declared).length === 0) delete out.inspection.declared;
  if (out.referrals && Object.keys(out.referrals).length === 0) delete out.referrals;

  if (read.metrics) {
    const rows = new Map<string, MetricRow>();
    for (const row of read.metrics) if (!rows.has(row.id)) rows.set(row.id, row);
    const used = new Set<string>();
    const update = (m: Metric): Metric | undefined => {
      const row = rows.get(m.id);
      if (!row) return undefined;
      used.add(m.id);
      const metric: Metric = { id: m.id, name: fill(m.name) === row.name ? m.name : row.name, value: row.value ?? m.value };
      if (row.unit !== undefined) metric.unit = row.unit;
      if (row.target !== undefined) metric.target = row.target;
      return metric;
    };
    const keep = (list: Metric[]) => list.map(update).filter((m): m is Metric => m !== undefined);
    out.metrics = keep(out.metrics);
    for (const a of out.aspects) for (const i of a.issues) for (const m of i.measures) m.metrics = keep(m.metrics);
    for (const row of read.metrics) {
      if (used.has(row.id)) continue;
      used.add(row.id);
      out.metrics.push({ id: row.id, name: row.name, value: row.value ?? 0, ...(row.unit !== undefined ? { unit: row.unit } : {}), ...(row.target !== undefined ? { target: row.target } : {}) });
    }
    const rowPlaces = (path: string, id: string) => {
      const row = rows.get(id);
      if (!row) return;
      const cell = (column: number): Place => ({ file: read.file, sheet: read.sheet, row: row.row, column });
      METRIC_COLUMNS.forEach((c, k) => places.set(`${path}.${c.key}`, cell(k + 1)));
      places.set(path, cell(1));
    };
    out.metrics.forEach((m, k) => rowPlaces(`metrics[${k}]`, m.id));
    out.aspects.forEach((a, x) => a.issues.forEach((i, y) => i.measures.forEach((m, z) => m.metrics.forEach((mm, k) => rowPlaces(`aspects[${x}].issues[${y}].measures[${z}].metrics[${k}]`, mm.id)))));
  }
  return out;
}

/** The report date the sheet gives, if it has one. */
export function reportDateOf(read: ReportSheetRead): IsoDate | undefined {
  const d = read.facts.find((f) => f.fact.path === 'report.date')?.value;
  return typeof d === 'string' ? d : undefined;
}

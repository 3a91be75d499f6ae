/**
 * Problems found in a ledger made from a sheet, told where the clerk can fix them: the sheet cell
 * the value came from (`整改台账!J7`), never a line of a YAML file that was not written.
 */
import type { Ledger } from '../../model/ledger.js';
import type { Problem } from '../../model/problem.js';
import type { Field } from './columns.js';
import { cellRef, problemAt, type Place } from './place.js';

/** Which column each key of an aspect, an issue and a measure of the table was read from. */
const ASPECT_KEYS: Readonly<Record<string, Field>> = { '': 'aspect', title: 'aspect' };
const ISSUE_KEYS: Readonly<Record<string, Field | 'issueStatus|status'>> = {
  '': 'issue',
  title: 'issue',
  id: 'issue',
  // the 问题状态 column, or the 整改状态 one when the sheet has none
  status: 'issueStatus|status',
  leader: 'leader',
  units: 'units',
  owners: 'owners',
  due: 'due',
  done: 'done',
  progress: 'progress',
  measures: 'measure',
};
const MEASURE_KEYS: Readonly<Record<string, Field>> = {
  '': 'measure',
  text: 'measure',
  id: 'measure',
  metrics: 'measure',
  status: 'status',
  due: 'due',
  done: 'done',
  owners: 'owners',
  evidence: 'evidence',
};

/** `aspects[2]`, `aspects[2].issues[0]` or `aspects[2].issues[0].measures[1]`, then a key or none. Indices as written in key paths (no leading zeros). */
const TABLE_PATH = /^aspects\[(0|[1-9][0-9]*)\](?:\.issues\[(0|[1-9][0-9]*)\](?:\.measures\[(0|[1-9][0-9]*)\])?)?(?:\.([a-z]+))?$/;

/**
 * Where each key path of a ledger made from a sheet was read, for problems found in it later: the
 * cells of the table's aspects, issues and measures, worked out from their rows when asked (a large
 * sheet would otherwise hold a path string and a cell per key), and the cells of the 报告信息 sheet,
 * set one by one and taking precedence.
 */
export class PathPlaces {
  private readonly cells = new Map<string, Place>();
  /** Per aspect its first row, and per issue its first row and its measures' rows. */
  private readonly rows: { row: number; issues: { row: number; measures: number[] }[] }[] = [];

  constructor(private readonly table?: { file: string; sheet: string; columns: ReadonlyMap<Field, number> }) {}

  set(path: string, place: Place): void {
    this.cells.set(path, place);
  }

  /** The next aspect of the table, whose title stands in `row`. */
  addAspect(row: number): void {
    this.rows.push({ row, issues: [] });
  }

  /** The next issue of the last aspect added, its first row `row`. */
  addIssue(row: number): void {
    this.rows[this.rows.length - 1]!.issues.push({ row, measures: [] });
  }

  /** The next measure of the last issue added, in `row`. */
  addMeasure(row: number): void {
    const issues = this.rows[this.rows.length - 1]!.issues;
    issues[issues.length - 1]!.measures.push(row);
  }

  /** The cell `path` itself was read from (not an ancestor's: see placeOfPath). */
  get(path: string): Place | undefined {
    const set = this.cells.get(path);
    if (set || !this.table || !path.startsWith('aspects[')) return set;
    const m = TABLE_PATH.exec(path);
    if (!m) return undefined;
    const aspect = this.rows[Number(m[1])];
    const key = m[4] ?? '';
    if (!aspect) return undefined;
    // an aspect's place is its first row even without a 方面 column (column 0: the row)
    if (m[2] === undefined) return Object.hasOwn(ASPECT_KEYS, key) ? this.cell(aspect.row, ASPECT_KEYS[key]!, true) : undefined;
    const issue = aspect.issues[Number(m[2])];
    if (!issue) return undefined;
    if (m[3] === undefined) {
      if (!Object.hasOwn(ISSUE_KEYS, key)) return undefined;
      const field = ISSUE_KEYS[key]!;
      return this.cell(issue.row, field === 'issueStatus|status' ? (this.table.columns.has('issueStatus') ? 'issueStatus' : 'status') : field);
    }
    const row = issue.measures[Number(m[3])];
    return row !== undefined && Object.hasOwn(MEASURE_KEYS, key) ? this.cell(row, MEASURE_KEYS[key]!) : undefined;
  }

  private cell(row: number, field: Field, always = false): Place | undefined {
    const column = this.table!.columns.get(field);
    if (column === undefined && !always) return undefined;
    return { file: this.table!.file, sheet: this.table!.sheet, row, column: (column ?? -1) + 1 };
  }
}

/** The cell of a key path, or of the nearest key above it that has one. */
export function placeOfPath(places: PathPlaces, path: string): Place | undefined {
  let p = path;
  while (p !== '') {
    const hit = places.get(p);
    if (hit) return hit;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return undefined;
}

const ISSUE_PATH = /^(aspects\[\d+\]\.issues\[\d+\])\.status$/;

export interface SheetContext {
  places: PathPlaces;
  /** The ledger the problems are about (to find the measure a rule names). */
  ledger: Ledger;
  /** The 报告日期 cell, when the workbook has a 报告信息 sheet. */
  reportDateCell?: Place;
  /** What a problem with no cell becomes (named in the ledger imported into, or the sheet file). */
  elsewhere: (problem: Problem) => Problem;
}

/**
 * Each problem moved to its cell, with what its hint needs in a sheet: where the report date is
 * (a completion date after it), the cell of the measure that keeps an issue open.
 */
export function sheetProblems(problems: readonly Problem[], ctx: SheetContext): Problem[] {
  return problems.map((p) => {
    const place = p.place.path === '' ? undefined : placeOfPath(ctx.places, p.place.path);
    if (!place) return ctx.elsewhere(p);
    const params: Record<string, string | number> = { ...p.params, where: 'sheet' };
    if (p.code === 'date-order' && p.params.rule === 'done') {
      params.reportCell = ctx.reportDateCell ? cellRef(ctx.reportDateCell.sheet ?? '', ctx.reportDateCell.row, ctx.reportDateCell.column) : '';
    }
    const issue = ISSUE_PATH.exec(p.place.path);
    if (p.code === 'done-with-open-measures' && issue) {
      const measures = issueAt(ctx.ledger, issue[1]!)?.measures ?? [];
      const k = measures.findIndex((m) => m.status !== undefined && m.status !== 'done');
      const cell = k >= 0 ? ctx.places.get(`${issue[1]}.measures[${k}].status`) : undefined;
      if (cell) params.measureCell = cellRef(cell.sheet ?? '', cell.row, cell.column);
    }
    return problemAt(place, p.severity, p.code, params);
  });
}

function issueAt(ledger: Ledger, path: string) {
  const m = /^aspects\[(\d+)\]\.issues\[(\d+)\]$/.exec(path);
  return m ? ledger.aspects[Number(m[1])]?.issues[Number(m[2])] : undefined;
}

/**
 * Problems found in a ledger made from a sheet, told where the clerk can fix them: the sheet cell
 * the value came from (`整改台账!J7`), never a line of a YAML file that was not written.
 */
import type { Ledger } from '../../model/ledger.js';
import type { Problem } from '../../model/problem.js';
import { cellRef, problemAt, type Place } from './place.js';
import type { PathPlaces } from './report-sheet.js';

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

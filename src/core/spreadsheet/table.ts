/**
 * The ledger laid out as the 整改台账 table: one row per measure, grouped under its issue and aspect.
 * Both the xlsx and the csv writer start from this, so the two formats always show the same cells.
 */
import { derive } from '../derive/index.js';
import { fillPlaceholders } from '../render/placeholders.js';
import type { Issue, Ledger, Measure } from '../../model/ledger.js';
import { effectiveIssueStatus, statusLabel } from '../../model/status.js';
import { NAME_SEPARATOR } from './cells.js';
import { COLUMNS, type Field } from './columns.js';

export interface TableMerge {
  /** 0-based data row indexes (row 0 is the first row under the header), inclusive. */
  top: number;
  bottom: number;
  /** 0-based column index into COLUMNS. */
  column: number;
}

export interface LedgerTable {
  header: string[];
  rows: string[][];
  merges: TableMerge[];
}

/** What a measure's row shows for a field that both issue and measure may carry: the measure's own value first. */
export function shownForMeasure(issue: Issue, measure: Measure | undefined, names: NameLookup): ShownRow {
  const owners = measure && measure.owners.length > 0 ? measure.owners : issue.owners;
  const status = measure?.status ?? issue.status;
  return {
    owners: owners.map(names.person).join(NAME_SEPARATOR),
    due: measure?.due ?? issue.due ?? '',
    status: status ? statusLabel(status) : '',
    done: measure?.done ?? issue.done ?? '',
  };
}

export interface ShownRow {
  owners: string;
  due: string;
  status: string;
  done: string;
}

export interface NameLookup {
  person(id: string): string;
  unit(id: string): string;
}

export function nameLookup(ledger: Pick<Ledger, 'people' | 'units'>): NameLookup {
  const people = new Map(ledger.people.map((p) => [p.id, p.name]));
  const units = new Map(ledger.units.map((u) => [u.id, u.name]));
  // A validated ledger has no dangling ids; showing the id keeps an unvalidated one readable.
  return { person: (id) => people.get(id) ?? id, unit: (id) => units.get(id) ?? id };
}

/** The 问题状态 cell: the issue's status as the report counts it (its own, else from its measures). */
export function shownIssueStatus(issue: Issue): string {
  return statusLabel(effectiveIssueStatus(issue));
}

/**
 * Ledger prose as a reader of the sheet sees it: placeholders filled in with the ledger's figures
 * (组织培训{{metrics.trained}}人次 → 组织培训35人次). Import compares a cell with this to know it
 * was left as exported, and then keeps the text with its placeholders.
 */
export type Filler = (text: string) => string;

export function fillerFor(ledger: Ledger): Filler {
  const values = derive(ledger).placeholders;
  return (text) => fillPlaceholders(text, values);
}

/** The text of the 问题 cell: an aspect with a single untitled issue shows the aspect's title. */
export function shownIssueTitle(aspectTitle: string, issue: Issue): string {
  return issue.title ?? aspectTitle;
}

const COLUMN_INDEX = new Map<Field, number>(COLUMNS.map((c, i) => [c.field, i]));

function columnIndex(field: Field): number {
  const index = COLUMN_INDEX.get(field);
  if (index === undefined) throw new Error(`no column for ${field}`);
  return index;
}

/** `fill`: the ledger's placeholder filler, when the caller has made it already (it derives every figure). */
export function ledgerToTable(ledger: Ledger, fill: Filler = fillerFor(ledger)): LedgerTable {
  const names = nameLookup(ledger);
  const rows: string[][] = [];
  const merges: TableMerge[] = [];
  let seq = 0;

  for (const aspect of ledger.aspects) {
    const aspectTop = rows.length;
    for (const issue of aspect.issues) {
      seq += 1;
      const issueTop = rows.length;
      // An issue without measures still gets its row, so the table never hides an issue.
      const measures: (Measure | undefined)[] = issue.measures.length > 0 ? issue.measures : [undefined];
      for (const measure of measures) {
        const shown = shownForMeasure(issue, measure, names);
        const cells: Record<Field, string> = {
          seq: String(seq),
          aspect: fill(aspect.title),
          issue: fill(shownIssueTitle(aspect.title, issue)),
          issueStatus: shownIssueStatus(issue),
          measure: fill(measure?.text ?? ''),
          leader: issue.leader ? names.person(issue.leader) : '',
          units: issue.units.map(names.unit).join(NAME_SEPARATOR),
          owners: shown.owners,
          due: shown.due,
          status: shown.status,
          done: shown.done,
          progress: fill(issue.progress ?? ''),
          evidence: fill((measure?.evidence ?? []).join('\n')),
        };
        rows.push(COLUMNS.map((c) => cells[c.field]));
      }
      const issueBottom = rows.length - 1;
      if (issueBottom > issueTop) {
        for (const [column, spec] of COLUMNS.entries()) {
          if (!spec.mergeWithinIssue || spec.field === 'aspect') continue;
          const first = rows[issueTop]?.[column];
          const same = rows.slice(issueTop, issueBottom + 1).every((r) => r[column] === first);
          if (same) merges.push({ top: issueTop, bottom: issueBottom, column });
        }
      }
    }
    const aspectBottom = rows.length - 1;
    if (aspectBottom > aspectTop) merges.push({ top: aspectTop, bottom: aspectBottom, column: columnIndex('aspect') });
  }
  merges.sort((a, b) => a.top - b.top || a.column - b.column);
  return { header: COLUMNS.map((c) => c.header), rows, merges };
}

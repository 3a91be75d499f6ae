/**
 * Grouping the data rows of a table into aspects and issues, the way a reader of a hand-made
 * ledger would: a merged cell, an empty cell under a filled one, or the same text repeated (with the
 * same 序号) all continue the issue above; every row is one measure.
 */
import type { Problem } from '../../model/problem.js';
import { cellText } from './cells.js';
import type { Field } from './columns.js';
import type { GridCell } from './grid.js';
import type { TableLayout } from './header.js';
import { problemAt } from './place.js';
import { columnLetter } from './columns.js';
import { codePointLabel, firstXmlIllegal } from '../validate/strings.js';

export interface TableRow {
  /** 1-based sheet row. */
  row: number;
  cells: Partial<Record<Field, GridCell>>;
}

export interface IssueGroup {
  text: string;
  rows: TableRow[];
}

export interface AspectGroup {
  /** Undefined for rows that name no aspect: they go to one aspect with a default title. */
  title: string | undefined;
  issues: IssueGroup[];
}

function sameMerge(a: GridCell | undefined, b: GridCell | undefined): boolean {
  return a?.mergeId !== undefined && a.mergeId === b?.mergeId;
}

/**
 * A row whose text is one cell merged across the table (填报人：…, 注：…) is a note, not a measure;
 * read as data it would become an issue whose measure repeats the note.
 */
function isNoteRow(cells: readonly GridCell[]): boolean {
  const filled = cells.filter((c) => cellText(c.value) !== '');
  if (filled.length === 0) return false;
  const merge = filled[0]!.mergeId;
  return merge !== undefined && cells.filter((c) => c.mergeId === merge).length >= 3 && filled.every((c) => c.mergeId === merge);
}

/** What became of the data rows: every row with content is grouped (a measure) or reported. */
export interface RowAccount {
  /** Rows under the header with any content. */
  read: number;
  /** Rows that became part of an issue. */
  grouped: number;
  /** Rows reported and left out (notes, content outside the imported columns, no issue). */
  skipped: number;
}

/** The first cell of a row with content, 0-based; -1 when the row is empty. */
function firstFilled(cells: readonly GridCell[]): number {
  for (let c = 0; c < cells.length; c++) if (cellText(cells[c]!.value) !== '') return c;
  return -1;
}

export function groupRows(layout: TableLayout, file: string): { aspects: AspectGroup[]; problems: Problem[]; rows: RowAccount } {
  const problems: Problem[] = [];
  const aspects: AspectGroup[] = [];
  const { sheet, columns } = layout;
  const account: RowAccount = { read: 0, grouped: 0, skipped: 0 };
  let aspect: AspectGroup | undefined;
  let aspectCell: GridCell | undefined;
  let issue: IssueGroup | undefined;
  let issueCell: GridCell | undefined;
  let seqText = '';
  const at = (r: number, c: number) => ({ file, sheet: sheet.name, row: r + 1, column: c + 1 });

  // Columns whose cells are read nowhere: no header at all (an unknown header says so itself).
  const header = sheet.rows[layout.headerRow] ?? [];
  const mapped = new Set(columns.values());
  const headerless = new Map<number, { first: number; count: number }>();

  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const rowCells = sheet.rows[r] ?? [];
    const first = firstFilled(rowCells);
    if (first < 0) continue;
    account.read++;
    for (let c = first; c < rowCells.length; c++) {
      if (mapped.has(c) || cellText(header[c]?.value ?? null) !== '' || cellText(rowCells[c]!.value) === '') continue;
      // a merged cell spilling over from a mapped column is that column's
      const mergeId = rowCells[c]!.mergeId;
      if (mergeId !== undefined && [...mapped].some((m) => rowCells[m]?.mergeId === mergeId)) continue;
      const seen = headerless.get(c);
      if (seen) seen.count++;
      else headerless.set(c, { first: r, count: 1 });
    }

    const cells: Partial<Record<Field, GridCell>> = {};
    let empty = true;
    let illegal = false;
    for (const [field, c] of columns) {
      const cell = rowCells[c];
      if (!cell) continue;
      cells[field] = cell;
      const text = cellText(cell.value);
      if (text === '') continue;
      empty = false;
      const bad = firstXmlIllegal(text);
      if (bad >= 0 && (cell.mergeId === undefined || cell.mergeId === `${columnLetter(c + 1)}${r + 1}`)) {
        problems.push(problemAt(at(r, c), 'error', 'xml-char', { char: codePointLabel(text, bad) }));
        illegal = true;
      }
    }
    if (illegal) {
      account.skipped++;
      continue;
    }
    if (empty) {
      problems.push(problemAt(at(r, first), 'warning', 'row-not-imported'));
      account.skipped++;
      continue;
    }
    if (isNoteRow(rowCells)) {
      problems.push(problemAt(at(r, 0), 'warning', 'skipped-row'));
      account.skipped++;
      continue;
    }
    const row: TableRow = { row: r + 1, cells };

    const aText = cellText(cells.aspect?.value ?? null);
    const newAspect =
      !aspect ||
      (aText !== '' &&
        !sameMerge(cells.aspect, aspectCell) &&
        (aText !== aspect.title || (cells.aspect?.mergeId !== undefined && aspectCell?.mergeId !== undefined)));
    if (newAspect) {
      aspect = { title: aText === '' ? undefined : aText, issues: [] };
      aspects.push(aspect);
      issue = undefined;
    }
    if (aText !== '') aspectCell = cells.aspect;

    const iText = cellText(cells.issue?.value ?? null);
    const sText = cellText(cells.seq?.value ?? null);
    let newIssue = false;
    if (iText !== '' && issue) {
      if (sameMerge(cells.issue, issueCell)) newIssue = false;
      else if (iText !== issue.text) newIssue = true;
      else if (cells.issue?.mergeId !== undefined && issueCell?.mergeId !== undefined) newIssue = true;
      else newIssue = sText !== '' && seqText !== '' && sText !== seqText && !sameMerge(cells.seq, issue.rows.at(-1)?.cells.seq);
    }
    if (!issue || newIssue) {
      if (iText === '') {
        const c = columns.get('issue') ?? 0;
        problems.push(problemAt(at(r, c), 'error', 'missing-issue'));
        account.skipped++;
        continue;
      }
      issue = { text: iText, rows: [] };
      aspect!.issues.push(issue);
    }
    if (iText !== '') issueCell = cells.issue;
    if (sText !== '') seqText = sText;
    issue.rows.push(row);
    account.grouped++;
  }
  for (const [c, { first, count }] of headerless) {
    problems.push(problemAt(at(first, c), 'warning', 'column-without-header', { column: columnLetter(c + 1), cells: count }));
  }
  return { aspects: aspects.filter((a) => a.issues.length > 0), problems, rows: account };
}

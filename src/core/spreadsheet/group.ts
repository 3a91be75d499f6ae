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

export function groupRows(layout: TableLayout, file: string): { aspects: AspectGroup[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const aspects: AspectGroup[] = [];
  const { sheet, columns } = layout;
  let aspect: AspectGroup | undefined;
  let aspectCell: GridCell | undefined;
  let issue: IssueGroup | undefined;
  let issueCell: GridCell | undefined;
  let seqText = '';

  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const cells: Partial<Record<Field, GridCell>> = {};
    let empty = true;
    for (const [field, c] of columns) {
      const cell = sheet.rows[r]?.[c];
      if (!cell) continue;
      cells[field] = cell;
      if (cellText(cell.value) !== '') empty = false;
    }
    if (empty) continue;
    if (isNoteRow(sheet.rows[r] ?? [])) {
      problems.push(problemAt({ file, sheet: sheet.name, row: r + 1, column: 1 }, 'warning', 'skipped-row'));
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
        problems.push(
          problemAt({ file, sheet: sheet.name, row: r + 1, column: c + 1 }, 'error', 'missing-issue'),
        );
        continue;
      }
      issue = { text: iText, rows: [] };
      aspect!.issues.push(issue);
    }
    if (iText !== '') issueCell = cells.issue;
    if (sText !== '') seqText = sText;
    issue.rows.push(row);
  }
  return { aspects: aspects.filter((a) => a.issues.length > 0), problems };
}

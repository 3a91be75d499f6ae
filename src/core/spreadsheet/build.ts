/**
 * Turning grouped rows into a Ledger. When the workbook carries the ledger it was exported from
 * (the hidden 台账信息 sheet), everything the table does not show comes from there, and a cell the
 * user left as exported restores the original value exactly; a changed cell wins.
 */
import type { Problem } from '../../model/problem.js';
import type { Aspect, IsoDate, Issue, Ledger, Measure, Person, Status, Unit } from '../../model/ledger.js';
import { cellText, isOngoingDueWord, readDate, readStatus, splitLines, splitNames, type CellValue } from './cells.js';
import type { Field } from './columns.js';
import type { AspectGroup, IssueGroup, TableRow } from './group.js';
import { problemAt } from './place.js';
import { nameLookup, shownForMeasure, shownIssueTitle, type NameLookup } from './table.js';

/** Title of the one aspect that rows without a 方面 go to. */
export const DEFAULT_ASPECT_TITLE = '巡察反馈问题';

export interface BuildContext {
  file: string;
  sheet: string;
  columns: ReadonlyMap<Field, number>;
  meta?: Ledger;
}

/** Ids for people and units met only by name: p1, p2, … skipping ids already taken. */
class Register<T extends { id: string; name: string }> {
  readonly items: T[];
  private readonly byName = new Map<string, string>();
  private readonly taken: Set<string>;
  private next = 1;
  constructor(
    initial: readonly T[],
    private readonly prefix: string,
    private readonly make: (id: string, name: string) => T,
  ) {
    this.items = initial.map((x) => ({ ...x }));
    this.taken = new Set(initial.map((x) => x.id));
    for (const x of initial) if (!this.byName.has(x.name)) this.byName.set(x.name, x.id);
  }
  idFor(name: string): string {
    const known = this.byName.get(name);
    if (known) return known;
    while (this.taken.has(`${this.prefix}${this.next}`)) this.next++;
    const id = `${this.prefix}${this.next}`;
    this.taken.add(id);
    this.byName.set(name, id);
    this.items.push(this.make(id, name));
    return id;
  }
}

class IdSource {
  private readonly taken: Set<string>;
  private next = 1;
  constructor(taken: Iterable<string>, private readonly prefix: string) {
    this.taken = new Set(taken);
  }
  fresh(): string {
    while (this.taken.has(`${this.prefix}${this.next}`)) this.next++;
    const id = `${this.prefix}${this.next}`;
    this.taken.add(id);
    return id;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

interface MetaIssue {
  aspect: Aspect;
  issue: Issue;
  used: boolean;
}

export function buildLedgerBody(
  groups: readonly AspectGroup[],
  ctx: BuildContext,
): { aspects: Aspect[]; people: Person[]; units: Unit[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const meta = ctx.meta;
  const people = new Register<Person>(meta?.people ?? [], 'p', (id, name) => ({ id, name }));
  const units = new Register<Unit>(meta?.units ?? [], 'u', (id, name) => ({ id, name }));
  const metaNames: NameLookup = nameLookup(meta ?? { people: [], units: [] });
  const metaIssues: MetaIssue[] = (meta?.aspects ?? []).flatMap((aspect) => aspect.issues.map((issue) => ({ aspect, issue, used: false })));
  const metaAspectsUsed = new Set<Aspect>();
  const issueIds = new IdSource(metaIssues.map((m) => m.issue.id), 'i');

  const at = (row: number, field: Field) => ({
    file: ctx.file,
    sheet: ctx.sheet,
    row,
    column: (ctx.columns.get(field) ?? -1) + 1,
  });
  const value = (row: TableRow, field: Field): CellValue => row.cells[field]?.value ?? null;

  const readDateCell = (row: TableRow, field: 'due' | 'done'): IsoDate | undefined | 'ongoing' => {
    const v = value(row, field);
    if (field === 'due' && isOngoingDueWord(v)) return 'ongoing';
    const read = readDate(v);
    if (read.ok) return read.value;
    problems.push(problemAt(at(row.row, field), 'error', 'bad-date', { value: cellText(v), where: 'sheet' }));
    return undefined;
  };
  const readStatusCell = (row: TableRow): Status | undefined => {
    const v = value(row, 'status');
    const read = readStatus(v);
    if (read.ok) return read.value;
    problems.push(problemAt(at(row.row, 'status'), 'error', 'unknown-status', { value: cellText(v) }));
    return undefined;
  };

  /** The first non-empty value of an issue-level column; later rows that disagree get a warning. */
  const issueCell = (group: IssueGroup, field: Field, header: string): string => {
    let first = '';
    for (const row of group.rows) {
      const text = cellText(value(row, field));
      if (text === '') continue;
      if (first === '') first = text;
      else if (text !== first) {
        problems.push(
          problemAt(at(row.row, field), 'warning', 'inconsistent-issue-cell', { header, first, other: text }),
        );
        break;
      }
    }
    return first;
  };

  const aspects: Aspect[] = [];
  for (const group of groups) {
    const title = group.title ?? DEFAULT_ASPECT_TITLE;
    const metaAspect = meta?.aspects.find((a) => a.title === title && !metaAspectsUsed.has(a));
    if (metaAspect) metaAspectsUsed.add(metaAspect);
    const aspect: Aspect = { ...(metaAspect?.id !== undefined ? { id: metaAspect.id } : {}), title, issues: [] };

    for (const ig of group.issues) {
      const match =
        metaIssues.find((m) => !m.used && m.aspect.title === title && shownIssueTitle(m.aspect.title, m.issue) === ig.text) ??
        metaIssues.find((m) => !m.used && shownIssueTitle(m.aspect.title, m.issue) === ig.text);
      if (match) match.used = true;
      const mi = match?.issue;

      const leaderNames = splitNames(issueCell(ig, 'leader', '责任领导'));
      const unitNames = splitNames(issueCell(ig, 'units', '责任单位'));
      if (leaderNames.length > 1) {
        problems.push(
          problemAt(at(ig.rows[0]!.row, 'leader'), 'warning', 'multiple-leaders', { others: leaderNames.slice(1).join('、') }),
        );
      }
      const metaLeaderNames = mi?.leader ? [metaNames.person(mi.leader)] : [];
      const leader =
        mi && sameList(leaderNames.slice(0, 1), metaLeaderNames)
          ? mi.leader
          : leaderNames[0] !== undefined
            ? people.idFor(leaderNames[0])
            : undefined;
      const issueUnits =
        mi && sameList(unitNames, mi.units.map(metaNames.unit)) ? [...mi.units] : unitNames.map((n) => units.idFor(n));
      const extraOwners = leaderNames.slice(1).map((n) => people.idFor(n));

      const issue: Issue = {
        id: mi?.id ?? issueIds.fresh(),
        units: issueUnits,
        owners: mi ? [...mi.owners] : [],
        measures: [],
      };
      // An aspect with a single issue usually states the issue in its own title, so the issue has none.
      const issueTitle =
        mi && ig.text === shownIssueTitle(match!.aspect.title, mi)
          ? mi.title
          : !mi && group.issues.length === 1 && ig.text === title
            ? undefined
            : ig.text;
      if (issueTitle !== undefined) issue.title = issueTitle;
      if (mi?.status !== undefined) issue.status = mi.status;
      if (leader !== undefined) issue.leader = leader;
      if (mi?.due !== undefined) issue.due = mi.due;
      if (mi?.done !== undefined) issue.done = mi.done;
      if (mi?.progress !== undefined) issue.progress = mi.progress;
      for (const id of extraOwners) if (!issue.owners.includes(id)) issue.owners.push(id);

      const metaMeasuresUsed = new Set<Measure>();
      const soleRow = ig.rows.length === 1;
      for (const row of ig.rows) {
        const text = cellText(value(row, 'measure'));
        if (text === '') {
          // A lone empty row is an issue listed without measures; an empty row among others is a gap.
          problems.push(
            problemAt(at(row.row, 'measure'), soleRow ? 'warning' : 'error', soleRow ? 'issue-without-measures' : 'missing-measure'),
          );
          continue;
        }
        const mm = mi?.measures.find((m) => m.text === text && !metaMeasuresUsed.has(m));
        if (mm) metaMeasuresUsed.add(mm);

        const ownerNames = splitNames(value(row, 'owners'));
        const dueRead = readDateCell(row, 'due');
        const due = dueRead === 'ongoing' ? undefined : dueRead;
        let status = readStatusCell(row);
        if (dueRead === 'ongoing' && status === undefined) status = 'ongoing';
        const done = readDateCell(row, 'done') as IsoDate | undefined;

        const measure: Measure = { text, owners: [], evidence: splitLines(value(row, 'evidence')), metrics: [] };
        if (mm && mi) {
          // Cells still showing what export wrote give back the original, including "inherited from the issue".
          const shown = shownForMeasure(mi, mm, metaNames);
          if (mm.id !== undefined) measure.id = mm.id;
          measure.metrics = mm.metrics.map((m) => ({ ...m }));
          // One evidence item may itself hold a line break; the stored list keeps the split exact.
          if (cellText(value(row, 'evidence')) === mm.evidence.join('\n').trim()) measure.evidence = [...mm.evidence];
          measure.owners = sameList(ownerNames, splitNames(shown.owners)) ? [...mm.owners] : ownerNames.map((n) => people.idFor(n));
          const shownStatus = mm.status ?? mi.status;
          const s = status === shownStatus ? mm.status : status;
          if (s !== undefined) measure.status = s;
          const d = (due ?? '') === shown.due ? mm.due : due;
          if (d !== undefined) measure.due = d;
          const dn = (done ?? '') === shown.done ? mm.done : done;
          if (dn !== undefined) measure.done = dn;
        } else {
          measure.owners = ownerNames.map((n) => people.idFor(n));
          if (status !== undefined) measure.status = status;
          if (due !== undefined) measure.due = due;
          if (done !== undefined) measure.done = done;
        }
        issue.measures.push(measure);
      }
      aspect.issues.push(issue);
    }
    aspects.push(aspect);
  }
  return { aspects, people: people.items, units: units.items, problems };
}

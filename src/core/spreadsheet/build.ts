/**
 * Turning grouped rows into a Ledger. When the workbook carries the ledger it was exported from
 * (the hidden 台账信息 sheet, or the ledger named by `import --into`), everything the table does
 * not show comes from there, and a cell the user left as exported restores the original value
 * exactly; a changed cell wins.
 *
 * Rows are matched to the ledger's issues and measures by their text, and a row whose text was
 * edited keeps the identity (id, figures) of the item that stood in its place. What a measure's row
 * shows may be the issue's (its deadline, status, owners or completion date, when the measure has
 * none of its own): changing it on every row of the issue changes the issue's; changing one row
 * gives that measure its own. The 问题状态 left as exported follows the measures when they say
 * otherwise: all done → done; one reopened under a done issue → what the measures give.
 */
import type { Problem } from '../../model/problem.js';
import type { Aspect, IsoDate, Issue, Ledger, Measure, Person, Status, Unit } from '../../model/ledger.js';
import { pairInOrder } from '../../model/pairing.js';
import { findPlaceholders } from '../../model/placeholders.js';
import { effectiveIssueStatus, issueStatusFromMeasures } from '../../model/status.js';
import { cellText, isOngoingDueWord, readDate, readStatus, splitLines, splitNames, type CellValue } from './cells.js';
import type { Field } from './columns.js';
import type { AspectGroup, IssueGroup, TableRow } from './group.js';
import { problemAt, type Place } from './place.js';
import { PathPlaces } from './places.js';
import { fillerFor, nameLookup, shownIssueTitle, type Filler, type NameLookup } from './table.js';

/** Title of the one aspect that rows without a 方面 go to. */
export const DEFAULT_ASPECT_TITLE = '巡察反馈问题';

export interface BuildContext {
  file: string;
  sheet: string;
  columns: ReadonlyMap<Field, number>;
  meta?: Ledger;
}

export interface BuiltBody {
  aspects: Aspect[];
  people: Person[];
  units: Unit[];
  problems: Problem[];
  /** The cell each key path of the built ledger came from, for problems found in it later. */
  places: PathPlaces;
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

interface MetaIssueRef {
  aspect: Aspect;
  issue: Issue;
}

export function buildLedgerBody(groups: readonly AspectGroup[], ctx: BuildContext): BuiltBody {
  const problems: Problem[] = [];
  const meta = ctx.meta;
  const fill: Filler = meta ? fillerFor(meta) : (t) => t;
  const people = new Register<Person>(meta?.people ?? [], 'p', (id, name) => ({ id, name }));
  const units = new Register<Unit>(meta?.units ?? [], 'u', (id, name) => ({ id, name }));
  const metaNames: NameLookup = nameLookup(meta ?? { people: [], units: [] });
  const issueIds = new IdSource((meta?.aspects ?? []).flatMap((a) => a.issues.map((i) => i.id)), 'i');
  const places = new PathPlaces({ file: ctx.file, sheet: ctx.sheet, columns: ctx.columns });
  const has = (field: Field) => ctx.columns.has(field);

  const at = (row: number, field: Field): Place => ({ file: ctx.file, sheet: ctx.sheet, row, column: (ctx.columns.get(field) ?? -1) + 1 });
  const value = (row: TableRow, field: Field): CellValue => row.cells[field]?.value ?? null;

  const readDateCell = (row: TableRow, field: 'due' | 'done'): IsoDate | undefined | 'ongoing' => {
    const v = value(row, field);
    if (field === 'due' && isOngoingDueWord(v)) return 'ongoing';
    const read = readDate(v);
    if (read.ok) return read.value;
    problems.push(problemAt(at(row.row, field), 'error', 'bad-date', { value: cellText(v), where: 'sheet' }));
    return undefined;
  };
  const readStatusCell = (row: TableRow, field: 'status' | 'issueStatus'): Status | undefined => {
    const v = value(row, field);
    const read = readStatus(v);
    if (read.ok) return read.value;
    problems.push(problemAt(at(row.row, field), 'error', 'unknown-status', { value: cellText(v) }));
    return undefined;
  };

  /** The first non-empty value of an issue-level column; later rows that disagree get a warning. */
  const issueCell = (group: IssueGroup, field: Field, header: string): { text: string; row?: TableRow } => {
    let first: TableRow | undefined;
    let text = '';
    for (const row of group.rows) {
      const t = cellText(value(row, field));
      if (t === '') continue;
      if (text === '') {
        text = t;
        first = row;
      } else if (t !== text) {
        problems.push(problemAt(at(row.row, field), 'warning', 'inconsistent-issue-cell', { header, first: text, other: t }));
        break;
      }
    }
    return first ? { text, row: first } : { text };
  };

  // ---- which aspect, issue and measure of the ledger each group continues ----
  const metaAspects = meta?.aspects ?? [];
  const aspectTitles = groups.map((g) => g.title ?? DEFAULT_ASPECT_TITLE);
  const aspectMatch = pairInOrder(aspectTitles, metaAspects.map((a) => fill(a.title)));
  const shownTitle = (ref: MetaIssueRef) => fill(shownIssueTitle(ref.aspect.title, ref.issue));
  const claimed = new Set<Issue>();
  const issueMatch: (MetaIssueRef | undefined)[][] = groups.map((g, x) => {
    const home = metaAspects[aspectMatch[x]!];
    return g.issues.map((ig) => {
      const issue = home?.issues.find((i) => !claimed.has(i) && shownTitle({ aspect: home, issue: i }) === ig.text);
      if (!issue || !home) return undefined;
      claimed.add(issue);
      return { aspect: home, issue };
    });
  });
  // an issue moved to another aspect keeps its identity
  groups.forEach((g, x) =>
    g.issues.forEach((ig, y) => {
      if (issueMatch[x]![y]) return;
      for (const aspect of metaAspects) {
        const issue = aspect.issues.find((i) => !claimed.has(i) && shownTitle({ aspect, issue: i }) === ig.text);
        if (issue) {
          claimed.add(issue);
          issueMatch[x]![y] = { aspect, issue };
          return;
        }
      }
    }),
  );
  // an issue whose text was edited where it stands
  groups.forEach((g, x) => {
    const home = metaAspects[aspectMatch[x]!];
    if (!home) return;
    const taken = new Set(home.issues.flatMap((i, k) => (claimed.has(i) ? [k] : [])));
    const anchors = issueMatch[x]!.map((m) => (m && m.aspect === home ? home.issues.indexOf(m.issue) : -1));
    const paired = pairInOrder(g.issues.map((ig) => ig.text), home.issues.map((i) => shownTitle({ aspect: home, issue: i })), { taken, anchors });
    paired.forEach((k, y) => {
      if (k < 0 || issueMatch[x]![y]) return;
      claimed.add(home.issues[k]!);
      issueMatch[x]![y] = { aspect: home, issue: home.issues[k]! };
    });
  });

  const aspects: Aspect[] = [];
  groups.forEach((group, x) => {
    const titleCell = aspectTitles[x]!;
    const metaAspect = metaAspects[aspectMatch[x]!];
    const title = metaAspect && fill(metaAspect.title) === titleCell ? metaAspect.title : titleCell;
    // what the table does not show comes back from the stored ledger
    const aspect: Aspect = {
      ...(metaAspect?.id !== undefined ? { id: metaAspect.id } : {}),
      title,
      ...(metaAspect?.intro !== undefined ? { intro: [...metaAspect.intro] } : {}),
      issues: [],
      metrics: metaAspect ? metaAspect.metrics.map((m) => ({ ...m })) : [],
    };
    const firstRow = group.issues[0]?.rows[0]?.row ?? 0;
    places.addAspect(firstRow);

    group.issues.forEach((ig, y) => {
      const ref = issueMatch[x]![y];
      const mi = ref?.issue;
      const issue = buildIssue(ig, mi, ref ? shownTitle(ref) : undefined, group.issues.length === 1 ? titleCell : undefined);
      aspect.issues.push(issue);
    });
    aspects.push(aspect);
  });
  return { aspects, people: people.items, units: units.items, problems, places };

  function buildIssue(ig: IssueGroup, mi: Issue | undefined, miShownTitle: string | undefined, soleIssueOf: string | undefined): Issue {
    const r0 = ig.rows[0]!.row;
    places.addIssue(r0);

    const leaderNames = splitNames(issueCell(ig, 'leader', '责任领导').text);
    const unitNames = splitNames(issueCell(ig, 'units', '责任单位').text);
    if (leaderNames.length > 1) {
      problems.push(problemAt(at(r0, 'leader'), 'warning', 'multiple-leaders', { others: leaderNames.slice(1).join('、') }));
    }
    const metaLeaderNames = mi?.leader ? [metaNames.person(mi.leader)] : [];
    const leader =
      mi && sameList(leaderNames.slice(0, 1), metaLeaderNames) ? mi.leader : leaderNames[0] !== undefined ? people.idFor(leaderNames[0]) : undefined;
    const issueUnits = mi && sameList(unitNames, mi.units.map(metaNames.unit)) ? [...mi.units] : unitNames.map((n) => units.idFor(n));
    const extraOwners = leaderNames.slice(1).map((n) => people.idFor(n));

    const issue: Issue = {
      id: mi?.id ?? issueIds.fresh(),
      units: issueUnits,
      owners: [],
      measures: [],
      // sub-issues, the text after the measures and the issue's metrics have no column: the stored ledger keeps them
      metrics: mi ? mi.metrics.map((m) => ({ ...m })) : [],
      subissues: mi ? structuredClone(mi.subissues) : [],
    };
    if (mi?.after !== undefined) issue.after = [...mi.after];
    // An aspect with a single issue usually states the issue in its own title, so the issue has none.
    const issueTitle = mi && ig.text === miShownTitle ? mi.title : soleIssueOf !== undefined && ig.text === soleIssueOf ? undefined : ig.text;
    if (issueTitle !== undefined) issue.title = issueTitle;
    if (leader !== undefined) issue.leader = leader;

    // 整改进展及备注: one note for the issue; notes written on several of its rows are joined
    if (has('progress')) {
      const notes = [...new Set(ig.rows.map((row) => cellText(value(row, 'progress'))).filter((t) => t !== ''))];
      const text = notes.join('；');
      const progress = mi?.progress !== undefined && fill(mi.progress) === text ? mi.progress : text === '' ? undefined : text;
      if (progress !== undefined) issue.progress = progress;
    } else if (mi?.progress !== undefined) {
      issue.progress = mi.progress;
    }

    // ---- the measures' rows ----
    const soleRow = ig.rows.length === 1;
    const measureRows: { row: TableRow; text: string }[] = [];
    for (const row of ig.rows) {
      const text = cellText(value(row, 'measure'));
      if (text === '') {
        // A lone empty row is an issue listed without measures; an empty row among others is a gap.
        problems.push(problemAt(at(row.row, 'measure'), soleRow ? 'warning' : 'error', soleRow ? 'issue-without-measures' : 'missing-measure'));
        continue;
      }
      measureRows.push({ row, text });
    }
    const metaMeasures = mi?.measures ?? [];
    const measureMatch = pairInOrder(
      measureRows.map((m) => m.text),
      metaMeasures.map((m) => fill(m.text)),
    );

    interface RowRead {
      row: TableRow;
      text: string;
      mm: Measure | undefined;
      owners: string[];
      due: IsoDate | undefined;
      done: IsoDate | undefined;
      status: Status | undefined;
    }
    const reads: RowRead[] = measureRows.map(({ row, text }, k) => {
      const mm = metaMeasures[measureMatch[k]!];
      // a column the sheet does not have shows what the ledger had
      const exported = mm && mi ? shownValues(mi, mm, metaNames) : undefined;
      const dueRead = has('due') ? readDateCell(row, 'due') : exported?.due;
      let status = has('status') ? readStatusCell(row, 'status') : exported?.status;
      if (dueRead === 'ongoing' && status === undefined) status = 'ongoing';
      return {
        row,
        text,
        mm,
        owners: has('owners') ? splitNames(value(row, 'owners')) : (exported?.owners ?? []),
        due: dueRead === 'ongoing' ? undefined : dueRead,
        done: has('done') ? (readDateCell(row, 'done') as IsoDate | undefined) : exported?.done,
        status,
      };
    });

    // An issue listed without measures: its one row speaks for the issue itself.
    const lone = reads.length === 0 && soleRow ? ig.rows[0]! : undefined;
    const loneValue = <V>(field: Field, read: (row: TableRow) => V | undefined, meta: V | undefined): { value: V | undefined } | undefined =>
      lone ? { value: has(field) ? read(lone) : meta } : undefined;
    const loneDue = loneValue('due', (row) => {
      const d = readDateCell(row, 'due');
      return d === 'ongoing' ? undefined : d;
    }, mi?.due);
    const loneDone = loneValue('done', (row) => readDateCell(row, 'done') as IsoDate | undefined, mi?.done);
    const metaOwnerNames = (mi?.owners ?? []).map(metaNames.person);
    const loneOwners = loneValue('owners', (row) => nonEmpty(splitNames(value(row, 'owners'))), nonEmpty(metaOwnerNames));

    // ---- what belongs to the issue, and what each measure holds of its own ----
    const exportedOf = (r: RowRead) => (r.mm && mi ? shownValues(mi, r.mm, metaNames) : undefined);
    const dueOf = issueLevel(reads.map((r) => ({ matched: r.mm !== undefined, own: r.mm?.due, shown: r.due, untouched: r.mm !== undefined && exportedOf(r)?.due === r.due })), mi?.due, mi !== undefined, loneDue, same);
    const doneOf = issueLevel(reads.map((r) => ({ matched: r.mm !== undefined, own: r.mm?.done, shown: r.done, untouched: r.mm !== undefined && exportedOf(r)?.done === r.done })), mi?.done, mi !== undefined, loneDone, same);
    const ownerNames = issueLevel(
      reads.map((r) => ({
        matched: r.mm !== undefined,
        own: r.mm ? nonEmpty(r.mm.owners.map(metaNames.person)) : undefined,
        shown: nonEmpty(r.owners),
        untouched: r.mm !== undefined && sameList(exportedOf(r)?.owners ?? [], r.owners),
      })),
      nonEmpty(metaOwnerNames),
      mi !== undefined,
      loneOwners,
      sameNames,
    );
    if (dueOf !== undefined) issue.due = dueOf;
    if (doneOf !== undefined) issue.done = doneOf;
    issue.owners = ownerNames && mi && sameList(ownerNames, metaOwnerNames) ? [...mi.owners] : (ownerNames ?? []).map((n) => people.idFor(n));
    for (const id of extraOwners) if (!issue.owners.includes(id)) issue.owners.push(id);

    const status = issueStatusOf(ig, mi, reads, lone);
    if (status !== undefined) issue.status = status;

    reads.forEach((r, k) => {
      const { row, text, mm } = r;
      places.addMeasure(row.row);
      const evidenceCell = cellText(value(row, 'evidence'));
      const measure: Measure = {
        text: mm && fill(mm.text) === text ? mm.text : text,
        owners: [],
        // One evidence item may itself hold a line break; the stored list keeps the split exact.
        evidence: mm && (!has('evidence') || evidenceCell === fill(mm.evidence.join('\n')).trim()) ? [...mm.evidence] : splitLines(value(row, 'evidence')),
        metrics: mm ? mm.metrics.map((m) => ({ ...m })) : [],
      };
      if (mm?.id !== undefined) measure.id = mm.id;
      if (mm && measure.text !== mm.text) {
        // the row's text was edited: placeholders it had are now fixed figures
        const kept = new Set(findPlaceholders(text).map((p) => p.name));
        const lost = [...new Set(findPlaceholders(mm.text).map((p) => p.name))].filter((n) => !kept.has(n));
        if (lost.length > 0) problems.push(problemAt(at(row.row, 'measure'), 'warning', 'placeholder-replaced', { placeholders: lost.map((n) => `{{${n}}}`).join('、') }));
      }
      const exported = exportedOf(r);
      const from = <V>(value: V | undefined) => (mi ? { value } : undefined);
      const s = ownValue({ own: mm?.status, shown: r.status, untouched: mm !== undefined && exported?.status === r.status }, from(issue.status), same);
      if (s !== undefined) measure.status = s;
      const d = ownValue({ own: mm?.due, shown: r.due, untouched: mm !== undefined && exported?.due === r.due }, from(issue.due), same);
      if (d !== undefined) measure.due = d;
      const dn = ownValue({ own: mm?.done, shown: r.done, untouched: mm !== undefined && exported?.done === r.done }, from(issue.done), same);
      if (dn !== undefined) measure.done = dn;
      const ownOwners = mm ? nonEmpty(mm.owners.map(metaNames.person)) : undefined;
      const o = ownValue(
        { own: ownOwners, shown: nonEmpty(r.owners), untouched: mm !== undefined && sameList(exported?.owners ?? [], r.owners) },
        from(nonEmpty(issue.owners.map((id) => personName(id)))),
        sameNames,
      );
      measure.owners = o === undefined ? [] : mm && ownOwners && sameList(o, ownOwners) ? [...mm.owners] : o.map((n) => people.idFor(n));
      issue.measures.push(measure);
    });
    return issue;
  }

  /** A person's name from the register being built (ids met in the sheet included). */
  function personName(id: string): string {
    return people.items.find((p) => p.id === id)?.name ?? metaNames.person(id);
  }

  /**
   * The issue's own status. The 问题状态 cell wins when it was changed (an empty cell: from the
   * measures); left as exported, an explicit status follows the measures where it would contradict them.
   */
  function issueStatusOf(ig: IssueGroup, mi: Issue | undefined, reads: readonly { mm?: Measure; status?: Status }[], lone: TableRow | undefined): Status | undefined {
    let cell: Status | undefined;
    let given = false;
    if (has('issueStatus')) {
      const found = issueCell(ig, 'issueStatus', '问题状态');
      cell = found.row ? readStatusCell(found.row, 'issueStatus') : undefined;
      given = true;
    } else if (lone && has('status')) {
      cell = readStatusCell(lone, 'status');
      given = true;
    }
    if (!mi) return given ? cell : undefined;
    if (given && cell !== effectiveIssueStatus(mi)) return cell;
    const own = mi.status;
    if (own === undefined) return undefined;
    const unchanged = reads.length === mi.measures.length && reads.every((r) => r.mm !== undefined && r.status === (r.mm.status ?? own));
    if (unchanged) return own;
    const statuses = reads.map((r) => ({ status: r.status ?? own }));
    if (own === 'done' && statuses.some((s) => s.status !== 'done')) return issueStatusFromMeasures(statuses);
    if (own !== 'done' && statuses.length > 0 && statuses.every((s) => s.status === 'done')) return 'done';
    return own;
  }
}

/** What export showed on a measure's row, as values: the measure's own, else the issue's. */
function shownValues(issue: Issue, measure: Measure, names: NameLookup): { owners: string[]; due?: IsoDate; done?: IsoDate; status?: Status } {
  return {
    owners: (measure.owners.length > 0 ? measure.owners : issue.owners).map(names.person),
    ...(measure.due ?? issue.due ? { due: measure.due ?? issue.due } : {}),
    ...(measure.done ?? issue.done ? { done: measure.done ?? issue.done } : {}),
    ...(measure.status ?? issue.status ? { status: measure.status ?? issue.status } : {}),
  };
}

function same<T>(a: T, b: T): boolean {
  return a === b;
}

function sameNames(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return sameList(a ?? [], b ?? []);
}

/** A list, or undefined for an empty one: "no owners of its own". */
function nonEmpty(list: string[]): string[] | undefined {
  return list.length > 0 ? list : undefined;
}

interface RowValue<V> {
  /** The row continues a measure of the ledger. */
  matched?: boolean;
  /** The ledger measure's own value (undefined: it showed the issue's, or the row is new). */
  own: V | undefined;
  /** What the row shows now. */
  shown: V | undefined;
  /** The row still shows what export wrote. */
  untouched: boolean;
}

/**
 * The issue's value of a field its measures inherit. It changes when the issue had one and every
 * row of it was changed to one same value, each from the issue's (the user changed the issue's,
 * one row at a time); an issue listed without measures takes its row's (`lone`).
 */
function issueLevel<V>(rows: readonly RowValue<V>[], metaValue: V | undefined, known: boolean, lone: { value: V | undefined } | undefined, eq: (a: V | undefined, b: V | undefined) => boolean): V | undefined {
  if (lone) return lone.value;
  if (!known) return undefined;
  const first = rows[0]?.shown;
  const uniform =
    first !== undefined &&
    metaValue !== undefined &&
    rows.some((r) => r.matched) &&
    rows.every((r) => !r.untouched && eq(r.shown, first) && (!r.matched || eq(r.own ?? metaValue, metaValue)));
  return uniform && !eq(first, metaValue) ? first : metaValue;
}

/**
 * A measure's own value: kept when it had one and the row is as exported; none when the row shows
 * what it inherits. `inherited` is undefined for an issue the ledger did not have (a hand-made
 * sheet): each row's values are its measure's own.
 */
function ownValue<V>(r: RowValue<V>, inherited: { value: V | undefined } | undefined, eq: (a: V | undefined, b: V | undefined) => boolean): V | undefined {
  if (!inherited) return r.shown;
  if (r.untouched && r.own !== undefined) return r.own;
  if (r.own === undefined && eq(r.shown, inherited.value)) return undefined;
  return r.shown;
}

/**
 * The 督办 list: items past their deadline, and those whose deadline falls within the next days,
 * with who answers for them — what an office sends out to chase progress. An item is an issue
 * with a deadline of its own, or a measure with one (a measure that only inherits its issue's
 * deadline is chased through its issue), as the overdue warning counts them.
 */
import { daysBetween } from '../../model/dates.js';
import type { IsoDate, Ledger, Status } from '../../model/ledger.js';
import type { NamedRef } from './index.js';
import { isOverdue, measureKey, measureOwners } from './items.js';
import { issueStatus, measureStatus } from './status.js';

export interface DeadlineItem {
  state: 'overdue' | 'due-soon';
  kind: 'issue' | 'measure';
  /** The issue's id, a measure's id, or `ISSUE#N` for a measure without one. */
  key: string;
  issueId: string;
  /** The issue's title (its aspect's when it has none) or the measure's text. */
  text: string;
  /** For a measure: the title of its issue. */
  issueTitle: string;
  due: IsoDate;
  status: Status;
  /** Days past the deadline (overdue), or days left until it (due soon; 0 = today). */
  days: number;
  leader?: NamedRef;
  units: NamedRef[];
  owners: NamedRef[];
}

/**
 * Every item not done whose deadline is before `asOf` (overdue) or within `withinDays` after it
 * (due soon): overdue first, longest overdue first; then due soon, soonest first; ledger order
 * among equals.
 */
export function deadlines(ledger: Ledger, asOf: IsoDate, withinDays: number): DeadlineItem[] {
  const people = new Map(ledger.people.map((p) => [p.id, p]));
  const unitNames = new Map(ledger.units.map((u) => [u.id, u.name]));
  const person = (id: string): NamedRef => {
    const p = people.get(id);
    return p ? { id, name: p.name, ...(p.title !== undefined ? { title: p.title } : {}) } : { id, name: id };
  };
  const unit = (id: string): NamedRef => ({ id, name: unitNames.get(id) ?? id });
  const items: DeadlineItem[] = [];
  const consider = (due: IsoDate | undefined, status: Status, item: Omit<DeadlineItem, 'state' | 'days' | 'due' | 'status'>) => {
    if (due === undefined || status === 'done') return;
    if (isOverdue(due, status, asOf)) items.push({ ...item, state: 'overdue', due, status, days: daysBetween(due, asOf) });
    else if (daysBetween(asOf, due) <= withinDays) items.push({ ...item, state: 'due-soon', due, status, days: daysBetween(asOf, due) });
  };
  for (const aspect of ledger.aspects) {
    for (const issue of aspect.issues) {
      const title = issue.title ?? aspect.title;
      const common = {
        issueId: issue.id,
        issueTitle: title,
        ...(issue.leader !== undefined ? { leader: person(issue.leader) } : {}),
        units: issue.units.map(unit),
      };
      consider(issue.due, issueStatus(issue), { ...common, kind: 'issue', key: issue.id, text: title, owners: issue.owners.map(person) });
      issue.measures.forEach((measure, k) => {
        consider(measure.due, measureStatus(measure, issue), {
          ...common,
          kind: 'measure',
          key: measureKey(issue, measure, k),
          text: measure.text,
          owners: measureOwners(issue, measure).map(person),
        });
      });
    }
  }
  const rank = (i: DeadlineItem) => (i.state === 'overdue' ? -i.days : 1_000_000 + i.days);
  return items.map((item, order) => ({ item, order })).sort((a, b) => rank(a.item) - rank(b.item) || a.order - b.order).map((x) => x.item);
}

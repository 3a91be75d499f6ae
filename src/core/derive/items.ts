/** Small rules about issues and measures that several figures and lists share. */
import type { IsoDate, Status } from '../../model/ledger.js';

/** Past its deadline and not done, on `asOf`: the one overdue rule (validation's warning reads the same). */
export function isOverdue(due: IsoDate | undefined, status: Status, asOf: IsoDate): boolean {
  return due !== undefined && status !== 'done' && due < asOf;
}

/** How a measure is named where lists show it: its id, else `ISSUE#N` (its issue's id and place). */
export function measureKey(issue: { id: string }, measure: { id?: string }, index: number): string {
  return measure.id ?? `${issue.id}#${index + 1}`;
}

/** The people who answer for a measure: its own owners, else its issue's. */
export function measureOwners(issue: { owners: readonly string[] }, measure: { owners: readonly string[] }): readonly string[] {
  return measure.owners.length > 0 ? measure.owners : issue.owners;
}

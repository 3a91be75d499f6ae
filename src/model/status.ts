import { STATUS_ALIASES, STATUSES, type Status } from './ledger.js';

/** `已完成` → `done`; English names map to themselves; anything else → undefined. */
export function statusFromWord(word: string): Status | undefined {
  if ((STATUSES as readonly string[]).includes(word)) return word as Status;
  for (const status of STATUSES) if (STATUS_ALIASES[status].includes(word)) return status;
  return undefined;
}

/** The canonical Chinese label of a status, e.g. `done` → `已整改完成`. */
export function statusLabel(status: Status): string {
  return STATUS_ALIASES[status]?.[0] ?? status;
}

/** `done（已整改完成、已完成、已整改）; in-progress（…）…` for hints. */
export function describeStatuses(): string {
  return STATUSES.map((s) => `${s}（${STATUS_ALIASES[s].join('、')}）`).join('; ');
}

/**
 * The status of an issue that has none of its own, from its measures' statuses. A measure without a
 * status says nothing definite, so it counts as in progress. Rules, in order:
 * no measures → in-progress; all done → done; all not-started → not-started; all done or ongoing →
 * ongoing; any in-progress or not-started → in-progress; otherwise (done, partial, ongoing mixed) →
 * partial. derive uses the same function so the report and validation never disagree.
 */
export function issueStatusFromMeasures(measures: readonly { status?: Status }[]): Status {
  if (measures.length === 0) return 'in-progress';
  const statuses = measures.map((m) => m.status ?? 'in-progress');
  if (statuses.every((s) => s === 'done')) return 'done';
  if (statuses.every((s) => s === 'not-started')) return 'not-started';
  if (statuses.every((s) => s === 'done' || s === 'ongoing')) return 'ongoing';
  if (statuses.some((s) => s === 'in-progress' || s === 'not-started')) return 'in-progress';
  return 'partial';
}

interface StatusBearer {
  status?: Status;
  measures: readonly { status?: Status }[];
  subissues?: readonly StatusBearer[];
}

/**
 * An issue's effective status: its own, or the one its measures give. An issue with sub-issues
 * counts each sub-issue's effective status as it counts a measure's.
 */
export function effectiveIssueStatus(issue: StatusBearer): Status {
  if (issue.status !== undefined) return issue.status;
  const subs = issue.subissues ?? [];
  if (subs.length === 0) return issueStatusFromMeasures(issue.measures);
  return issueStatusFromMeasures([...issue.measures, ...subs.map((s) => ({ status: effectiveIssueStatus(s) }))]);
}

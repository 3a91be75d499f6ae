import type { Issue, Measure, Status, Subissue } from '../../model/ledger.js';
import { effectiveIssueStatus } from '../../model/status.js';

// Validation owns the rule for an issue without a status (src/validate/status.ts), so the report
// and the validator never disagree.
export { issueStatusFromMeasures } from '../../model/status.js';

/**
 * A measure's status as the report counts it: its own, else its issue's explicit one (so
 * `status: done` on an issue covers measures that say nothing), else in progress — the same
 * reading validation gives a measure without a status.
 */
export function measureStatus(measure: Measure, issue: Pick<Issue, 'status'>): Status {
  return measure.status ?? issue.status ?? 'in-progress';
}

/** An issue's status as the report counts it. */
export function issueStatus(issue: Issue | Subissue): Status {
  return effectiveIssueStatus(issue);
}

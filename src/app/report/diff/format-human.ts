import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../messages/index.js';
import { truncateDisplay } from '../stats/display-width.js';
import { diffLabels, signed, statusLabel } from './labels.js';
import { hasChanges, type IssueRef, type LedgerDiff, type MeasureRef, type MetricChange } from '../../../core/diff/ledger-diff.js';

/** Measure texts are paragraphs; a terminal line shows their start. */
const MEASURE_TEXT_COLUMNS = 48;

/**
 * The terminal view: totals first, then one section per kind of change. Status changes that ended
 * in done are listed only under "newly done", so no item appears twice.
 */
export function formatDiffHuman(diff: LedgerDiff, lang: Lang, c: ChalkInstance): string {
  const l = diffLabels(lang);
  const lines: string[] = [c.bold(`${l.heading}${l.colon}${l.rounds(diff.old.date, diff.new.date)}`)];
  const { old: before, new: after } = diff.totals;
  lines.push(
    `${l.issues}${l.colon}${before.issues} → ${after.issues}${l.comma}${l.done} ${before.issuesDone} → ${after.issuesDone}`,
    `${l.measures}${l.colon}${before.measures} → ${after.measures}${l.comma}${l.done} ${before.measuresDone} → ${after.measuresDone}`,
  );
  if (!hasChanges(diff)) {
    lines.push('', l.noChanges);
    return `${lines.join('\n')}\n`;
  }

  const issue = (r: IssueRef) => `${c.bold(r.id)} ${r.title}`;
  const measure = (r: MeasureRef) => `${c.bold(r.key)} ${truncateDisplay(r.text, MEASURE_TEXT_COLUMNS)}`;
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    const count = l.count(items.length);
    lines.push('', c.bold(`${title}${count}`));
    for (const item of items) lines.push(`  ${item}`);
  };
  const moved = <R extends { status: unknown }>(show: (r: R) => string) =>
    (r: R & { from: IssueRef['status']; to: IssueRef['status'] }) =>
      `${c.yellow('~')} ${show(r)} [${statusLabel(r.from, lang)} → ${statusLabel(r.to, lang)}]`;

  const { issues, measures } = diff;
  section(l.issuesNewlyDone, issues.newlyDone.map((r) => `${c.green('✓')} ${issue(r)}`));
  section(l.issuesStatusChanged, issues.statusChanged.filter((r) => r.to !== 'done').map(moved(issue)));
  section(l.issuesAdded, issues.added.map((r) => `${c.green('+')} ${issue(r)} [${statusLabel(r.status, lang)}]`));
  section(l.issuesRemoved, issues.removed.map((r) => `${c.red('-')} ${issue(r)}`));
  section(l.measuresNewlyDone, measures.newlyDone.map((r) => `${c.green('✓')} ${measure(r)}`));
  section(l.measuresStatusChanged, measures.statusChanged.filter((r) => r.to !== 'done').map(moved(measure)));
  section(l.measuresAdded, measures.added.map((r) => `${c.green('+')} ${measure(r)} [${statusLabel(r.status, lang)}]`));
  section(l.measuresRemoved, measures.removed.map((r) => `${c.red('-')} ${measure(r)}`));
  section(l.metricsChanged, diff.metrics.map((m) => metricLine(m, lang, c)));
  return `${lines.join('\n')}\n`;
}

function withUnit(value: number, unit: string | undefined): string {
  return unit === undefined ? String(value) : `${value}${unit}`;
}

function metricLine(m: MetricChange, lang: Lang, c: ChalkInstance): string {
  const l = diffLabels(lang);
  const name = `${c.bold(m.id)} ${m.name}`;
  switch (m.kind) {
    case 'changed': {
      const delta = m.delta > 0 ? c.green(signed(m.delta)) : c.red(signed(m.delta));
      return `${c.yellow('~')} ${name}${l.colon}${withUnit(m.from, m.unit)} → ${withUnit(m.to, m.unit)} (${delta})`;
    }
    case 'added':
      return `${c.green('+')} ${name}${l.colon}${withUnit(m.to, m.unit)} [${l.metricAdded}]`;
    case 'removed':
      return `${c.red('-')} ${name}${l.colon}${withUnit(m.from, m.unit)} [${l.metricRemoved}]`;
  }
}

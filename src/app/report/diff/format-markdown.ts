import type { Lang } from '../../messages/index.js';
import { escapeMarkdown } from '../../../core/render/escape.js';
import { diffLabels, signed, statusLabel } from './labels.js';
import { hasChanges, type IssueRef, type LedgerDiff, type MeasureRef, type MetricChange } from '../../../core/diff/ledger-diff.js';

/**
 * Markdown for a merge request description or a CI job summary: a totals table, then one list per
 * kind of change. Ledger text is escaped so it can never create structure.
 */
export function formatDiffMarkdown(diff: LedgerDiff, lang: Lang): string {
  const l = diffLabels(lang);
  const { old: before, new: after } = diff.totals;
  const out: string[] = [
    `## ${l.heading}${l.colon}${l.rounds(escapeMarkdown(diff.old.date), escapeMarkdown(diff.new.date))}`,
    '',
    `| | ${l.previous} | ${l.current} | ${l.change} |`,
    '|---|---:|---:|---:|',
    totalsRow(l.issuesTotal, before.issues, after.issues),
    totalsRow(l.issuesDone, before.issuesDone, after.issuesDone),
    totalsRow(l.measuresTotal, before.measures, after.measures),
    totalsRow(l.measuresDone, before.measuresDone, after.measuresDone),
  ];
  if (!hasChanges(diff)) {
    out.push('', l.noChanges);
    return `${out.join('\n')}\n`;
  }
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push('', `### ${title}${l.count(items.length)}`, '');
    for (const item of items) out.push(`- ${item}`);
  };
  const issue = (r: IssueRef) => `**${escapeMarkdown(r.id)}** ${escapeMarkdown(r.title)}`;
  const measure = (r: MeasureRef) =>
    `**${escapeMarkdown(r.key)}** ${escapeMarkdown(r.text)}${r.key.startsWith(`${r.issueId}#`) ? '' : `（${escapeMarkdown(l.issueOf(r.issueId))}）`}`;
  const moved = (r: { from: IssueRef['status']; to: IssueRef['status'] }) =>
    `（${statusLabel(r.from, lang)} → ${statusLabel(r.to, lang)}）`;

  const { issues, measures } = diff;
  list(l.issuesNewlyDone, issues.newlyDone.map(issue));
  list(l.issuesStatusChanged, issues.statusChanged.filter((r) => r.to !== 'done').map((r) => issue(r) + moved(r)));
  list(l.issuesAdded, issues.added.map((r) => `${issue(r)}（${statusLabel(r.status, lang)}）`));
  list(l.issuesRemoved, issues.removed.map(issue));
  list(l.measuresNewlyDone, measures.newlyDone.map(measure));
  list(l.measuresStatusChanged, measures.statusChanged.filter((r) => r.to !== 'done').map((r) => measure(r) + moved(r)));
  list(l.measuresAdded, measures.added.map((r) => `${measure(r)}（${statusLabel(r.status, lang)}）`));
  list(l.measuresRemoved, measures.removed.map(measure));
  if (diff.metrics.length > 0) {
    out.push('', `### ${l.metricsChanged}`, '', `| ${l.metrics} | ${l.previous} | ${l.current} | ${l.change} |`, '|---|---:|---:|---:|');
    for (const m of diff.metrics) out.push(metricRow(m));
  }
  return `${out.join('\n')}\n`;
}

function totalsRow(label: string, before: number, after: number): string {
  return `| ${label} | ${before} | ${after} | ${signed(after - before)} |`;
}

function metricRow(m: MetricChange): string {
  const name = `${escapeMarkdown(m.name)}（${escapeMarkdown(m.id)}）`;
  const unit = (v: number) => escapeMarkdown(m.unit === undefined ? String(v) : `${v}${m.unit}`);
  switch (m.kind) {
    case 'changed':
      return `| ${name} | ${unit(m.from)} | ${unit(m.to)} | ${signed(m.delta)} |`;
    case 'added':
      return `| ${name} | — | ${unit(m.to)} | + |`;
    case 'removed':
      return `| ${name} | ${unit(m.from)} | — | − |`;
  }
}

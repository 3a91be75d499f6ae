import type { Lang } from '../../messages/index.js';
import { escapeMarkdown } from '../../../core/render/escape.js';
import { CHANGE_SECTIONS, diffLabels, fieldChanges, sectionOf, signed, statusLabel } from './labels.js';
import { hasChanges, type FieldChange, type InlineDiff, type IssueRef, type LedgerDiff, type MeasureRef, type MetricChange, type RegisterChange } from '../../../core/diff/ledger-diff.js';

type Labels = ReturnType<typeof diffLabels>;

/**
 * Markdown for a merge request description or a CI job summary: a totals table, then one list per
 * kind of change, grouped as a reviewer reads them (what got done, what moved, what was extended,
 * what was reworded, who answers for what). Ledger text is escaped so it can never create structure.
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

  const changes = fieldChanges(diff);
  const label = (item: (typeof changes)[number]['item']) => (item.kind === 'issue' ? `**${escapeMarkdown(item.ref.id)}** ${escapeMarkdown(item.ref.title)}` : measure(item.ref));
  // deadlines extended: a table, the figures a 督办 office looks for
  const extended = changes.filter(({ change }) => sectionOf(change) === 'extended');
  if (extended.length > 0) {
    out.push('', `### ${l.extended}${l.count(extended.length)}`, '', `| ${l.item} | ${l.dueFrom} | ${l.dueTo} | ${l.change} |`, '|---|---|---|---:|');
    for (const { item, change } of extended) {
      if (change.field !== 'due') continue;
      out.push(`| ${label(item)} | ${change.from ?? ''} | ${change.to ?? ''} | ${l.later(change.days ?? 0)} |`);
    }
  }
  for (const name of CHANGE_SECTIONS.filter((s) => s !== 'extended')) {
    list(
      l[name],
      changes.filter(({ change }) => sectionOf(change) === name).map(({ item, change }) => changeItem(label(item), change, l)),
    );
  }
  list(l.peopleChanged, diff.people.map((r) => registerItem(r, l)));
  list(l.unitsChanged, diff.units.map((r) => registerItem(r, l)));
  list(l.factsChanged, diff.facts.map((f) => `${escapeMarkdown(l.fact(f.path))}${l.colon}${escapeMarkdown(String(f.from ?? l.none))} → ${escapeMarkdown(String(f.to ?? l.none))}`));
  if (diff.metrics.length > 0) {
    out.push('', `### ${l.metricsChanged}`, '', `| ${l.metrics} | ${l.previous} | ${l.current} | ${l.change} |`, '|---|---:|---:|---:|');
    for (const m of diff.metrics) out.push(metricRow(m));
  }
  return `${out.join('\n')}\n`;
}

/** `…前文~~删去的~~**新写的**后文…` */
function inlineMarkdown(d: InlineDiff): string {
  return `${escapeMarkdown(d.before)}${d.removed === '' ? '' : `~~${escapeMarkdown(d.removed)}~~`}${d.added === '' ? '' : `**${escapeMarkdown(d.added)}**`}${escapeMarkdown(d.after)}`;
}

function changeItem(label: string, change: FieldChange, l: Labels): string {
  const date = (d: string | undefined) => d ?? l.none;
  switch (change.field) {
    case 'due':
      return `${label}${l.colon}${date(change.from)} → ${date(change.to)}${change.days ? `（${change.days > 0 ? l.later(change.days) : l.earlier(-change.days)}）` : ''}`;
    case 'done':
      return `${label}${l.colon}${date(change.from)} → ${date(change.to)}`;
    case 'title':
    case 'text':
    case 'progress':
      return `${label}${change.field === 'progress' ? ` ${l.field('progress')}` : ''}${l.colon}${inlineMarkdown(change.inline)}`;
    case 'leader':
      return `${label} ${l.field('leader')}${l.colon}${escapeMarkdown(change.from?.name ?? l.none)} → ${escapeMarkdown(change.to?.name ?? l.none)}`;
    case 'units':
    case 'owners':
      return `${label} ${l.field(change.field)}${l.colon}${[...change.added.map((x) => `+${escapeMarkdown(x.name)}`), ...change.removed.map((x) => `−${escapeMarkdown(x.name)}`)].join(' ')}`;
    case 'evidence':
      return `${label}${l.colon}${[...change.added.map((x) => `+${escapeMarkdown(x)}`), ...change.removed.map((x) => `−${escapeMarkdown(x)}`)].join(' ')}`;
  }
}

function registerItem(r: RegisterChange, l: Labels): string {
  const named = (name: string, title: string | undefined) => escapeMarkdown(title === undefined ? name : `${name}（${title}）`);
  const id = `**${escapeMarkdown(r.id)}**`;
  switch (r.kind) {
    case 'added':
      return `${id} ${named(r.name, r.title)}（${l.metricAdded}）`;
    case 'removed':
      return `${id} ${named(r.name, r.title)}（${l.metricRemoved}）`;
    case 'changed':
      return `${id} ${named(r.from.name, r.from.title)} → ${named(r.name, r.title)}`;
  }
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

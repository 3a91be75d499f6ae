import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../messages/index.js';
import { truncateDisplay } from '../stats/display-width.js';
import { CHANGE_SECTIONS, diffLabels, fieldChanges, sectionOf, signed, statusLabel } from './labels.js';
import { hasChanges, type FieldChange, type InlineDiff, type IssueRef, type LedgerDiff, type MeasureRef, type MetricChange, type RegisterChange } from '../../../core/diff/ledger-diff.js';

/** Measure texts are paragraphs; a terminal line shows their start. */
const MEASURE_TEXT_COLUMNS = 48;
/** An item named beside a field change: its start is enough to know it. */
const ITEM_TEXT_COLUMNS = 24;

type Labels = ReturnType<typeof diffLabels>;

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

  const changes = fieldChanges(diff);
  for (const name of CHANGE_SECTIONS) {
    section(
      l[name],
      changes
        .filter(({ change }) => sectionOf(change) === name)
        .map(({ item, change }) => {
          const label = item.kind === 'issue' ? `${c.bold(item.ref.id)} ${truncateDisplay(item.ref.title, ITEM_TEXT_COLUMNS)}` : `${c.bold(item.ref.key)} ${truncateDisplay(item.ref.text, ITEM_TEXT_COLUMNS)}`;
          return `${c.yellow('~')} ${changeLine(label, change, l, c)}`;
        }),
    );
  }
  section(l.peopleChanged, diff.people.map((r) => registerLine(r, l, c)));
  section(l.unitsChanged, diff.units.map((r) => registerLine(r, l, c)));
  section(l.factsChanged, diff.facts.map((f) => `${c.yellow('~')} ${l.fact(f.path)}${l.colon}${f.from ?? l.none} → ${f.to ?? l.none}`));
  section(l.metricsChanged, diff.metrics.map((m) => metricLine(m, l, c)));
  return `${lines.join('\n')}\n`;
}

/** `…前文[-删去的-]{+新写的+}后文…`, as git's word diff marks a change. */
export function inlineText(d: InlineDiff, c: ChalkInstance): string {
  return `${d.before}${d.removed === '' ? '' : c.red(`[-${d.removed}-]`)}${d.added === '' ? '' : c.green(`{+${d.added}+}`)}${d.after}`;
}

function changeLine(label: string, change: FieldChange, l: Labels, c: ChalkInstance): string {
  const date = (d: string | undefined) => d ?? l.none;
  switch (change.field) {
    case 'due': {
      const days = change.days === undefined || change.days === 0 ? '' : `（${change.days > 0 ? c.red(l.later(change.days)) : l.earlier(-change.days)}）`;
      return `${label}${l.colon}${date(change.from)} → ${date(change.to)}${days}`;
    }
    case 'done':
      return `${label}${l.colon}${date(change.from)} → ${date(change.to)}`;
    case 'title':
    case 'text':
    case 'progress':
      return `${label}${change.field === 'progress' ? ` ${l.field('progress')}` : ''}${l.colon}${inlineText(change.inline, c)}`;
    case 'leader':
      return `${label} ${l.field('leader')}${l.colon}${change.from?.name ?? l.none} → ${change.to?.name ?? l.none}`;
    case 'units':
    case 'owners':
      return `${label} ${l.field(change.field)}${l.colon}${[...change.added.map((x) => c.green(`+${x.name}`)), ...change.removed.map((x) => c.red(`-${x.name}`))].join(' ')}`;
    case 'evidence':
      return `${label}${l.colon}${[...change.added.map((x) => c.green(`+${x}`)), ...change.removed.map((x) => c.red(`-${x}`))].join(' ')}`;
  }
}

function registerLine(r: RegisterChange, l: Labels, c: ChalkInstance): string {
  const named = (name: string, title: string | undefined) => (title === undefined ? name : `${name}（${title}）`);
  switch (r.kind) {
    case 'added':
      return `${c.green('+')} ${c.bold(r.id)} ${named(r.name, r.title)}`;
    case 'removed':
      return `${c.red('-')} ${c.bold(r.id)} ${named(r.name, r.title)}`;
    case 'changed':
      return `${c.yellow('~')} ${c.bold(r.id)} ${named(r.from.name, r.from.title)} → ${named(r.name, r.title)}`;
  }
}

function withUnit(value: number, unit: string | undefined): string {
  return unit === undefined ? String(value) : `${value}${unit}`;
}

function metricLine(m: MetricChange, l: Labels, c: ChalkInstance): string {
  const name = `${c.bold(m.id)} ${m.name}`;
  switch (m.kind) {
    case 'changed': {
      const delta = m.delta > 0 ? c.green(signed(m.delta)) : m.delta < 0 ? c.red(signed(m.delta)) : signed(m.delta);
      const value = m.from === m.to ? withUnit(m.to, m.unit) : `${withUnit(m.from, m.unit)} → ${withUnit(m.to, m.unit)} (${delta})`;
      const more = [
        ...(m.renamed !== undefined ? [`${l.field('name')} ${m.renamed} → ${m.name}`] : []),
        ...(m.target ? [`${l.field('target')} ${m.target.from ?? l.none} → ${m.target.to ?? l.none}`] : []),
      ];
      return `${c.yellow('~')} ${name}${l.colon}${value}${more.length > 0 ? `${l.comma}${more.join(l.comma)}` : ''}`;
    }
    case 'added':
      return `${c.green('+')} ${name}${l.colon}${withUnit(m.to, m.unit)} [${l.metricAdded}]`;
    case 'removed':
      return `${c.red('-')} ${name}${l.colon}${withUnit(m.from, m.unit)} [${l.metricRemoved}]`;
  }
}

/**
 * The object the summary templates see (templates/summary/). As for a unit report (render/view.ts),
 * every ledger string has its placeholders filled and is Markdown-escaped on the way in, so a
 * template cannot turn ledger text into Markdown structure; optional values are `null`.
 */
import type { IsoDate } from '../../model/ledger.js';
import type { SummaryLedger } from '../../model/summary.js';
import { formatNumber } from '../derive/index.js';
import { escapeMarkdown } from '../render/escape.js';
import { fillPlaceholders } from '../render/placeholders.js';
import { vocabulary, type Vocabulary } from '../render/vocabulary.js';
import type { RoundFigures, Tally } from './round.js';

/** A tally as templates read it: status counts by camelCase name, rates as text. */
export interface ViewTally {
  issues: number;
  measures: number;
  done: number;
  open: number;
  inProgress: number;
  partial: number;
  ongoing: number;
  notStarted: number;
  continuing: number;
  measuresDone: number;
  rate: string;
  measuresRate: string;
  overdueIssues: number;
  overdueMeasures: number;
  allDone: boolean;
}

export interface SummaryView {
  report: { title: string; unit: string; date: IsoDate; to: string | null };
  round: { name: string; arranged_by: string; kind: string; teams: number; teamNames: string[]; visit: { from: IsoDate; to: IsoDate }; feedback: IsoDate };
  vocab: Vocabulary;
  /** The round's figures; `units` is how many units the round lists, `counted` how many are in the figures. */
  figures: ViewTally & { units: number; counted: number; unitsDone: number; groups: number };
  groups: (ViewTally & { kind: string; label: string | null; names: string[]; units: number })[];
  text: { opening: string | null; follow_up: string | null; results: string | null; closing: string | null };
  /** summary.yaml's metrics, summed: what the default results sentence lists. */
  metrics: { id: string; name: string; value: string; unit: string | null }[];
  /** The per-unit table of the attachment, in the round's order. */
  units: (ViewTally & { no: number; name: string; group: string })[];
  appendix: { units: boolean };
}

function viewTally(t: Tally): ViewTally {
  return {
    issues: t.issues,
    measures: t.measures,
    done: t.issuesDone,
    open: t.issuesOpen,
    inProgress: t.issuesByStatus['in-progress'],
    partial: t.issuesByStatus.partial,
    ongoing: t.issuesByStatus.ongoing,
    notStarted: t.issuesByStatus['not-started'],
    continuing: t.continuing,
    measuresDone: t.measuresDone,
    rate: t.rate.text,
    measuresRate: t.measuresRate.text,
    overdueIssues: t.overdue.issues,
    overdueMeasures: t.overdue.measures,
    allDone: t.issues > 0 && t.issuesDone === t.issues,
  };
}

export function buildSummaryView(summary: SummaryLedger, figures: RoundFigures): SummaryView {
  const prose = (text: string): string => escapeMarkdown(fillPlaceholders(text, figures.placeholders));
  const opt = (text: string | undefined): string | null => (text === undefined ? null : prose(text));
  const declared = new Set(summary.metrics.map((m) => m.id));
  const { round, report } = summary;
  return {
    report: {
      title: prose(report.title),
      unit: prose(report.unit),
      date: report.date,
      // the template adds the addressee's colon; one typed in the ledger is not doubled
      to: report.to === undefined ? null : prose(report.to.replace(/[：:]\s*$/, '')),
    },
    round: {
      name: prose(round.name),
      arranged_by: prose(round.arranged_by),
      kind: round.kind,
      teams: figures.teams,
      teamNames: round.teams.map(prose),
      visit: { ...round.visit },
      feedback: round.feedback,
    },
    vocab: vocabulary(round.kind, 'progress'),
    figures: { ...viewTally(figures), units: figures.listed, counted: figures.counted, unitsDone: figures.unitsDone, groups: figures.groups.length },
    groups: figures.groups.map((g) => ({ ...viewTally(g), kind: prose(g.kind), label: opt(g.label ?? undefined), names: g.names.map(prose), units: g.listed })),
    text: {
      opening: opt(summary.text?.opening),
      follow_up: opt(summary.text?.follow_up),
      results: opt(summary.text?.results),
      closing: opt(summary.text?.closing),
    },
    metrics: figures.metrics
      .filter((m) => declared.has(m.id))
      .map((m) => ({ id: m.id, name: prose(m.name), value: formatNumber(m.value), unit: m.unit === null ? null : prose(m.unit) })),
    units: figures.units.map((u) => ({ ...viewTally(u), no: u.no, name: escapeMarkdown(u.name), group: prose(u.group) })),
    appendix: { units: summary.appendix.units },
  };
}

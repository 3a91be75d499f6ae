import type { Facts, LoadEntry, OverdueItem, Rate, StatusCounts } from '../../../core/derive/index.js';
import type { IsoDate } from '../../../model/ledger.js';

/** Bump only when a field changes meaning or disappears; adding fields keeps the version. */
export const STATS_JSON_VERSION = 1;

/**
 * The documented machine shape of `rectify stats --format json`: a chosen subset of the derived
 * facts, so internal additions to `Facts` never change what scripts read.
 */
export interface StatsJson {
  version: typeof STATS_JSON_VERSION;
  file: string;
  asOf: IsoDate;
  counts: { aspects: number; issues: number; subissues: number; measures: number };
  issues: { byStatus: StatusCounts; done: number; open: number; rate: Rate };
  measures: { byStatus: StatusCounts; done: number; open: number; rate: Rate };
  aspects: { title: string; issues: number; measures: number; issuesDone: number; rate: Rate }[];
  overdue: OverdueItem[];
  load: { leaders: LoadEntry[]; units: LoadEntry[]; owners: LoadEntry[] };
  metrics: { id: string; name: string; value: number; unit?: string; target?: number; completion?: Rate }[];
}

export function buildStatsJson(facts: Facts, file: string): StatsJson {
  return {
    version: STATS_JSON_VERSION,
    file,
    asOf: facts.asOf,
    counts: { ...facts.counts },
    issues: { byStatus: facts.issuesByStatus, done: facts.issuesDone, open: facts.issuesOpen, rate: facts.rate },
    measures: {
      byStatus: facts.measuresByStatus,
      done: facts.measuresDone,
      open: facts.measuresOpen,
      rate: facts.measuresRate,
    },
    aspects: facts.aspects.map((a) => ({
      title: a.title,
      issues: a.issues,
      measures: a.measures,
      issuesDone: a.issuesByStatus.done,
      rate: a.rate,
    })),
    overdue: facts.overdue,
    load: facts.load,
    metrics: facts.metrics.map((m) => ({
      id: m.id,
      name: m.name,
      value: m.value,
      ...(m.unit !== undefined ? { unit: m.unit } : {}),
      ...(m.target !== undefined ? { target: m.target } : {}),
      ...(m.completion !== undefined ? { completion: m.completion } : {}),
    })),
  };
}

export function formatStatsJson(facts: Facts, file: string): string {
  return `${JSON.stringify(buildStatsJson(facts, file), null, 2)}\n`;
}

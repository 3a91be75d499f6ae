/**
 * The object templates see. Built once per render from the ledger and its facts: every ledger
 * string has its placeholders filled and is Markdown-escaped here, on the way in, so whatever a
 * template does with `{{…}}` or `{{{…}}}` it cannot turn ledger text into Markdown structure.
 * Optional values are present as `null` so strict-mode templates can test them with `{{#if}}`.
 */
import type { Facts, NamedRef } from '../derive/index.js';
import type { IsoDate, Ledger, Stage, Status } from '../../model/ledger.js';
import { escapeMarkdown } from './escape.js';
import { fillPlaceholders } from './placeholders.js';
import { vocabulary, type Vocabulary } from './vocabulary.js';

export interface ViewMeasure {
  no: number;
  id: string | null;
  text: string;
  status: Status;
  done: boolean;
  overdue: boolean;
  due: IsoDate | null;
  doneDate: IsoDate | null;
  owners: string[];
}

export interface ViewIssue {
  no: number;
  /** Position in the whole report (序号 in the attachment table). */
  seq: number;
  id: string;
  /** The issue's title, or the aspect's when the issue has none (an aspect with one issue). */
  title: string;
  status: Status;
  done: boolean;
  overdue: boolean;
  /** Days past the due date as of report.date, when overdue. */
  overdueDays: number | null;
  progress: string | null;
  leader: string | null;
  units: string[];
  owners: string[];
  /** The issue's owners, then its measures' owners, each once (责任人 in the table). */
  allOwners: string[];
  due: IsoDate | null;
  doneDate: IsoDate | null;
  measures: ViewMeasure[];
}

export interface ViewAspect {
  no: number;
  title: string;
  /** One issue: its measures come straight under the aspect heading. */
  single: boolean;
  issues: ViewIssue[];
  counts: { issues: number; measures: number };
  issuesByStatus: Record<Status, number>;
  rate: string;
}

export interface ViewOverviewBlock {
  lead: string | null;
  points: { title: string; text: string | null }[];
  text: string | null;
}

export interface ViewMetric {
  id: string;
  name: string;
  value: number;
  unit: string | null;
  target: number | null;
  completion: string | null;
}

export interface ReportView {
  report: {
    title: string;
    unit: string;
    date: IsoDate;
    to: string | null;
    stage: Stage;
    final: boolean;
    seal: boolean;
    masthead: { issuer: string; number: string | null; signer: string | null } | null;
    colophon: { cc: string[]; printer: string; printed: IsoDate } | null;
  };
  inspection: {
    by: string;
    target: string;
    arranged_by: string;
    kind: string;
    visit: { from: IsoDate; to: IsoDate };
    feedback: IsoDate;
  };
  vocab: Vocabulary;
  facts: Facts;
  /** Part one, one entry per paragraph: blocks flow together unless a block has `break: true`. */
  overview: ViewOverviewBlock[][];
  aspects: ViewAspect[];
  /** Number of the referrals heading: it continues after the aspects, （六） after five. */
  referralsNo: number;
  referrals: { clues: number; petitions: number; text: string | null; any: boolean };
  plans: { shortcomings: string | null; lead: string | null; items: string[] } | null;
  metrics: ViewMetric[];
  appendix: { ledger: boolean };
}

export function buildView(ledger: Ledger, facts: Facts): ReportView {
  const prose = (text: string): string => escapeMarkdown(fillPlaceholders(text, facts.placeholders));
  const opt = (text: string | undefined): string | null => (text === undefined ? null : prose(text));
  const people = new Map(ledger.people.map((p) => [p.id, p.name]));
  const units = new Map(ledger.units.map((u) => [u.id, u.name]));
  const personName = (id: string): string => escapeMarkdown(people.get(id) ?? id);
  const unitName = (id: string): string => escapeMarkdown(units.get(id) ?? id);
  const issueFacts = new Map(facts.issues.map((f) => [f.path, f]));
  const overdueDays = new Map(facts.overdue.map((o) => [o.path, o.daysOverdue]));

  const overview: ViewOverviewBlock[][] = [];
  for (const block of ledger.overview) {
    const view: ViewOverviewBlock = {
      lead: opt(block.lead),
      points: (block.points ?? []).map((p) => ({ title: prose(p.title), text: opt(p.text) })),
      text: opt(block.text),
    };
    const last = overview[overview.length - 1];
    if (block.break || !last) overview.push([view]);
    else last.push(view);
  }

  let seq = 0;
  const aspects: ViewAspect[] = ledger.aspects.map((aspect, a) => {
    const aspectFacts = facts.aspects[a];
    const issues: ViewIssue[] = aspect.issues.map((issue, i) => {
      const f = issueFacts.get(`aspects[${a}].issues[${i}]`);
      if (!f) throw new Error(`facts do not match the ledger at aspects[${a}].issues[${i}]`);
      seq += 1;
      const ownerIds = [...new Set([...issue.owners, ...issue.measures.flatMap((m) => m.owners)])];
      return {
        no: i + 1,
        seq,
        id: issue.id,
        title: prose(issue.title ?? aspect.title),
        status: f.status,
        done: f.status === 'done',
        overdue: f.overdue,
        overdueDays: overdueDays.get(f.path) ?? null,
        progress: opt(issue.progress),
        leader: issue.leader === undefined ? null : personName(issue.leader),
        units: issue.units.map(unitName),
        owners: issue.owners.map(personName),
        allOwners: ownerIds.map(personName),
        due: issue.due ?? null,
        doneDate: issue.done ?? null,
        measures: issue.measures.map((m, k) => {
          const mf = f.measures[k];
          const status = mf?.status ?? 'not-started';
          return {
            no: k + 1,
            id: m.id ?? null,
            text: prose(m.text),
            status,
            done: status === 'done',
            overdue: mf?.overdue ?? false,
            due: m.due ?? null,
            doneDate: m.done ?? null,
            owners: m.owners.map(personName),
          };
        }),
      };
    });
    return {
      no: a + 1,
      title: prose(aspect.title),
      single: aspect.issues.length === 1,
      issues,
      counts: { issues: aspectFacts?.issues ?? 0, measures: aspectFacts?.measures ?? 0 },
      issuesByStatus: aspectFacts?.issuesByStatus ?? facts.issuesByStatus,
      rate: aspectFacts?.rate.text ?? '0%',
    };
  });

  return {
    report: {
      title: prose(ledger.report.title),
      unit: prose(ledger.report.unit),
      date: ledger.report.date,
      // The template adds the addressee's colon; one typed in the ledger is not doubled.
      to: ledger.report.to === undefined ? null : prose(ledger.report.to.replace(/[：:]\s*$/, '')),
      stage: ledger.report.stage,
      final: ledger.report.stage === 'final',
      seal: ledger.report.seal === true,
      masthead: ledger.report.masthead
        ? { issuer: prose(ledger.report.masthead.issuer), number: opt(ledger.report.masthead.number), signer: opt(ledger.report.masthead.signer) }
        : null,
      colophon: ledger.report.colophon
        ? { cc: ledger.report.colophon.cc.map(prose), printer: prose(ledger.report.colophon.printer), printed: ledger.report.colophon.printed }
        : null,
    },
    inspection: {
      by: prose(ledger.inspection.by),
      target: prose(ledger.inspection.target),
      arranged_by: prose(ledger.inspection.arranged_by),
      kind: ledger.inspection.kind,
      visit: { ...ledger.inspection.visit },
      feedback: ledger.inspection.feedback,
    },
    vocab: vocabulary(ledger.inspection.kind, ledger.report.stage),
    facts: escapeFactNames(facts),
    overview,
    aspects,
    referralsNo: ledger.aspects.length + 1,
    referrals: {
      clues: facts.referrals.clues,
      petitions: facts.referrals.petitions,
      text: opt(facts.referrals.text),
      any: facts.referrals.any,
    },
    plans: ledger.plans
      ? { shortcomings: opt(ledger.plans.shortcomings), lead: opt(ledger.plans.lead), items: ledger.plans.items.map(prose) }
      : null,
    metrics: facts.metrics.map((m) => ({
      id: m.id,
      name: prose(m.name),
      value: m.value,
      unit: opt(m.unit),
      target: m.target ?? null,
      completion: m.completion?.text ?? null,
    })),
    appendix: { ledger: ledger.appendix.ledger },
  };
}

/** Facts carry register names and ledger text; templates get them escaped like everything else. */
function escapeFactNames(facts: Facts): Facts {
  const ref = (r: NamedRef): NamedRef => ({ ...r, name: escapeMarkdown(r.name) });
  return {
    ...facts,
    leaders: facts.leaders.map(ref),
    units: facts.units.map(ref),
    owners: facts.owners.map(ref),
    load: {
      leaders: facts.load.leaders.map((e) => ({ ...e, name: escapeMarkdown(e.name) })),
      units: facts.load.units.map((e) => ({ ...e, name: escapeMarkdown(e.name) })),
      owners: facts.load.owners.map((e) => ({ ...e, name: escapeMarkdown(e.name) })),
    },
    overdue: facts.overdue.map((o) => ({ ...o, text: escapeMarkdown(o.text) })),
    metrics: facts.metrics.map((m) => ({ ...m, name: escapeMarkdown(m.name) })),
    referrals: {
      ...facts.referrals,
      ...(facts.referrals.text !== undefined ? { text: escapeMarkdown(facts.referrals.text) } : {}),
    },
    aspects: facts.aspects.map((a) => ({ ...a, title: escapeMarkdown(a.title) })),
  };
}

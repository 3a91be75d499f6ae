import type {
  Aspect,
  Inspection,
  Issue,
  Ledger,
  Measure,
  Metric,
  OverviewBlock,
  Person,
  Plans,
  Redaction,
  Referrals,
  Report,
  Unit,
} from '../../model/ledger.js';
import { statusFromWord } from '../../model/status.js';

type Raw = Record<string, unknown>;

// Only called on a value the schema accepted, so shapes are known; the casts state that.
const obj = (v: unknown): Raw => (v ?? {}) as Raw;
const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]).slice() : []);

/** Copy `key` when present, so absent optional keys stay absent rather than `undefined`. */
function copy<T extends object, K extends keyof T>(target: T, key: K, value: unknown): void {
  if (value !== undefined && value !== null) target[key] = value as T[K];
}

function metric(raw: Raw): Metric {
  const m: Metric = { id: raw.id as string, name: raw.name as string, value: raw.value as number };
  copy(m, 'unit', raw.unit);
  copy(m, 'target', raw.target);
  return m;
}

function measure(raw: Raw): Measure {
  const m: Measure = {
    text: raw.text as string,
    owners: strings(raw.owners),
    evidence: strings(raw.evidence),
    metrics: list(raw.metrics).map(metric),
  };
  copy(m, 'id', raw.id);
  copy(m, 'status', typeof raw.status === 'string' ? statusFromWord(raw.status) : undefined);
  copy(m, 'due', raw.due);
  copy(m, 'done', raw.done);
  return m;
}

function issue(raw: Raw): Issue {
  const i: Issue = {
    id: raw.id as string,
    units: strings(raw.units),
    owners: strings(raw.owners),
    measures: list(raw.measures).map(measure),
  };
  copy(i, 'title', raw.title);
  copy(i, 'status', typeof raw.status === 'string' ? statusFromWord(raw.status) : undefined);
  copy(i, 'leader', raw.leader);
  copy(i, 'due', raw.due);
  copy(i, 'done', raw.done);
  copy(i, 'progress', raw.progress);
  return i;
}

function aspect(raw: Raw): Aspect {
  const a: Aspect = { title: raw.title as string, issues: list(raw.issues).map(issue) };
  copy(a, 'id', raw.id);
  return a;
}

function overviewBlock(raw: Raw): OverviewBlock {
  const b: OverviewBlock = {};
  copy(b, 'lead', raw.lead);
  if (raw.points !== undefined) {
    b.points = list(raw.points).map((p) => {
      const point: { title: string; text?: string } = { title: p.title as string };
      copy(point, 'text', p.text);
      return point;
    });
  }
  copy(b, 'text', raw.text);
  copy(b, 'break', raw.break);
  return b;
}

/**
 * The schema-valid raw value → the `Ledger` later stages read: fresh plain objects (no prototype-less
 * maps leak out), defaults filled, Chinese status words turned into their English names.
 */
export function normalizeLedger(value: unknown): Ledger {
  const root = obj(value);
  const r = obj(root.report);
  const report: Report = { title: r.title as string, unit: r.unit as string, date: r.date as string, stage: (r.stage as Report['stage']) ?? 'progress' };
  copy(report, 'to', r.to);

  const ins = obj(root.inspection);
  const visit = obj(ins.visit);
  const inspection: Inspection = {
    by: ins.by as string,
    target: ins.target as string,
    arranged_by: ins.arranged_by as string,
    kind: (ins.kind as Inspection['kind']) ?? '巡察',
    visit: { from: visit.from as string, to: visit.to as string },
    feedback: ins.feedback as string,
  };
  if (ins.declared !== undefined) {
    const d = obj(ins.declared);
    const declared: NonNullable<Inspection['declared']> = {};
    copy(declared, 'aspects', d.aspects);
    copy(declared, 'issues', d.issues);
    copy(declared, 'measures', d.measures);
    inspection.declared = declared;
  }

  const ledger: Ledger = {
    rectify: 1,
    report,
    inspection,
    people: list(root.people).map((p) => {
      const person: Person = { id: p.id as string, name: p.name as string };
      copy(person, 'title', p.title);
      return person;
    }),
    units: list(root.units).map((u): Unit => ({ id: u.id as string, name: u.name as string })),
    overview: list(root.overview).map(overviewBlock),
    aspects: list(root.aspects).map(aspect),
    metrics: list(root.metrics).map(metric),
    appendix: { ledger: obj(root.appendix).ledger === true },
    redact: (Array.isArray(root.redact) ? (root.redact as unknown[]) : []).map((x): Redaction => {
      if (typeof x === 'string') return { text: x };
      const raw = obj(x);
      const redaction: Redaction = { text: raw.text as string };
      copy(redaction, 'mask', raw.mask);
      return redaction;
    }),
  };
  if (root.referrals !== undefined) {
    const raw = obj(root.referrals);
    const referrals: Referrals = {};
    copy(referrals, 'clues', raw.clues);
    copy(referrals, 'petitions', raw.petitions);
    copy(referrals, 'text', raw.text);
    ledger.referrals = referrals;
  }
  if (root.plans !== undefined) {
    const raw = obj(root.plans);
    const plans: Plans = { items: strings(raw.items) };
    copy(plans, 'shortcomings', raw.shortcomings);
    copy(plans, 'lead', raw.lead);
    ledger.plans = plans;
  }
  return ledger;
}

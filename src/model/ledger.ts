/**
 * The ledger as later stages see it: validated, statuses normalised to their English form,
 * dates as `YYYY-MM-DD` strings. Mirrors `schemas/ledger.schema.json` and `docs/ledger-format.md`.
 * Positions are not here: validation keeps a source map (`SourceMap`) keyed by key path.
 */
export type Status = 'done' | 'in-progress' | 'ongoing' | 'partial' | 'not-started';
export const STATUSES: readonly Status[] = ['done', 'in-progress', 'ongoing', 'partial', 'not-started'];

/** The Chinese words users may type for each status; the first is the canonical Chinese label. */
export const STATUS_ALIASES: Readonly<Record<Status, readonly string[]>> = {
  done: ['已整改完成', '已完成', '已整改'],
  'in-progress': ['正在整改', '整改中'],
  ongoing: ['长期坚持', '持续整改'],
  partial: ['基本完成', '部分整改'],
  'not-started': ['未启动', '未整改'],
};

export type InspectionKind = '巡察' | '巡视' | '审计' | '督查';
export type Stage = 'progress' | 'final';
/** `YYYY-MM-DD` */
export type IsoDate = string;

export interface Ledger {
  rectify: 1;
  report: Report;
  inspection: Inspection;
  people: Person[];
  units: Unit[];
  overview: OverviewBlock[];
  aspects: Aspect[];
  metrics: Metric[];
  referrals?: Referrals;
  plans?: Plans;
  appendix: { ledger: boolean };
  redact: Redaction[];
}

export interface Report {
  title: string;
  unit: string;
  date: IsoDate;
  to?: string;
  stage: Stage;
}

export interface Inspection {
  /** The team, e.g. 市委第五巡察组 */
  by: string;
  /** The inspected organisation, e.g. XX县司法局党组 */
  target: string;
  /** Whose arrangement, e.g. 市委 */
  arranged_by: string;
  kind: InspectionKind;
  visit: { from: IsoDate; to: IsoDate };
  feedback: IsoDate;
  declared?: { aspects?: number; issues?: number; measures?: number };
}

export interface Person {
  id: string;
  name: string;
  title?: string;
}

export interface Unit {
  id: string;
  name: string;
}

/** Part one: blocks flow into one paragraph unless `break: true` starts a new one. */
export interface OverviewBlock {
  lead?: string;
  points?: { title: string; text?: string }[];
  text?: string;
  break?: boolean;
}

export interface Aspect {
  id?: string;
  title: string;
  issues: Issue[];
}

export interface Issue {
  id: string;
  title?: string;
  /** Explicit status; when absent, validation derives it from the measures (see derive). */
  status?: Status;
  /** Person id of the responsible leader (责任领导). */
  leader?: string;
  /** Unit ids (责任单位). */
  units: string[];
  /** Person ids (责任人). */
  owners: string[];
  due?: IsoDate;
  done?: IsoDate;
  progress?: string;
  measures: Measure[];
}

export interface Measure {
  id?: string;
  text: string;
  status?: Status;
  due?: IsoDate;
  done?: IsoDate;
  owners: string[];
  evidence: string[];
  metrics: Metric[];
}

export interface Metric {
  id: string;
  name: string;
  value: number;
  unit?: string;
  target?: number;
}

export interface Referrals {
  clues?: number;
  petitions?: number;
  text?: string;
}

export interface Plans {
  shortcomings?: string;
  lead?: string;
  items: string[];
}

/** A string masked in the public version; `mask` defaults to one X per character. */
export interface Redaction {
  text: string;
  mask?: string;
}

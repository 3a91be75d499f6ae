import type { LedgerShape } from './ledger-shape.js';
import type { Infer } from './shape.js';

export type Status = 'done' | 'in-progress' | 'ongoing' | 'partial' | 'not-started';
export const STATUSES: readonly Status[] = ['done', 'in-progress', 'ongoing', 'partial', 'not-started'];

/**
 * The Chinese words users may type for each status, in a ledger or a sheet — the words real
 * ledgers use; the first is the canonical Chinese label, the one rectify writes.
 */
export const STATUS_ALIASES: Readonly<Record<Status, readonly string[]>> = {
  done: ['已整改完成', '已完成', '已整改', '已完成整改', '整改完成', '完成', '已销号', '完成整改', '已整改到位', '整改到位', '已办结'],
  'in-progress': ['正在整改', '整改中', '正在推进', '推进中', '进行中'],
  ongoing: ['长期坚持', '持续整改', '持续推进', '长期推进', '常态化推进'],
  partial: ['基本完成', '部分整改', '部分完成', '阶段性完成', '阶段性完成整改'],
  'not-started': ['未启动', '未整改', '未完成', '未开始'],
};

/** What each status means, for editors' completion help. */
export const STATUS_MEANINGS: Readonly<Record<Status, string>> = {
  done: '问题或措施已整改到位',
  'in-progress': '整改工作正在推进',
  ongoing: '需要长期坚持、持续整改',
  partial: '已部分整改、基本完成',
  'not-started': '尚未开始整改',
};

/** `YYYY-MM-DD` */
export type IsoDate = string;

/**
 * The ledger as later stages see it: validated, statuses normalised to their English form, dates
 * as `YYYY-MM-DD`, defaults filled in. The types follow from the one description of the shape
 * (ledger-shape.ts); positions are not here: validation keeps a source map keyed by key path.
 */
export type Ledger = Infer<LedgerShape> & {
  /**
   * Numbers as typed where the text says more than the number (`35435.70`, whose trailing zero a
   * number loses), by key path (`metrics[0].value`). Filled by validation from the source; the
   * report prints these forms.
   */
  typed?: Readonly<Record<string, string>>;
};
export type Report = Ledger['report'];
export type Inspection = Ledger['inspection'];
export type Headings = NonNullable<Report['headings']>;
export type InspectionKind = Inspection['kind'];
export type Stage = Report['stage'];
export type Person = Ledger['people'][number];
export type Unit = Ledger['units'][number];
/** Part one: blocks flow into one paragraph unless `break: true` starts a new one. */
export type OverviewBlock = Ledger['overview'][number];
export type Aspect = Ledger['aspects'][number];
export type Issue = Aspect['issues'][number];
/** The third level: 方面 → 问题 → 子问题. */
export type Subissue = Issue['subissues'][number];
export type Measure = Issue['measures'][number];
export type Metric = Ledger['metrics'][number];
export type Referrals = NonNullable<Ledger['referrals']>;
export type Plans = NonNullable<Ledger['plans']>;
/** A string masked in the public version; `mask` defaults to one X per character. */
export type Redaction = Ledger['redact'][number];

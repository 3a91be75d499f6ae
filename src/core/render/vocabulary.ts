import type { InspectionKind, Stage, Status } from '../../model/ledger.js';

/** Words that change with the kind of inspection; templates say `{{vocab.team}}`, never 巡察组. */
export interface Vocabulary {
  kind: InspectionKind;
  /** 巡察组, 巡视组, 审计组, 督查组 */
  team: string;
  /** 巡察意见, … */
  opinion: string;
  /** 党务公开 for Party inspections (巡察, 巡视), 政务公开 for audits and supervision. */
  openness: string;
  /** 整改进展情况 (progress) or 整改完成情况 (final): what the report states. */
  reportOn: string;
  /** How issues are counted: 项 (default) or 个 (`report.count_word`). */
  countWord: string;
}

export function vocabulary(kind: InspectionKind, stage: Stage, countWord = '项'): Vocabulary {
  return {
    countWord,
    kind,
    team: `${kind}组`,
    opinion: `${kind}意见`,
    openness: kind === '巡察' || kind === '巡视' ? '党务公开' : '政务公开',
    reportOn: stage === 'final' ? '整改完成情况' : '整改进展情况',
  };
}

/** How the report states an item's status, per template set; these are the default set's words. */
export const STATUS_PHRASES: Readonly<Record<Status, string>> = {
  done: '已整改完成',
  'in-progress': '正在整改',
  ongoing: '已取得阶段性成效，需长期坚持',
  partial: '已基本完成',
  'not-started': '尚未启动',
};

/**
 * The audit report's words (审计查出问题整改: 已整改, 部分整改, 正在整改, 持续整改, 未整改). Each
 * status has its own: an issue being rectified is 正在整改, never counted as 部分整改.
 */
export const AUDIT_STATUS_WORDS: Readonly<Record<Status, string>> = {
  done: '已整改',
  partial: '部分整改',
  'in-progress': '正在整改',
  ongoing: '持续整改',
  'not-started': '未整改',
};

/** The order statuses are counted in: done first, not started last. */
const AUDIT_ORDER: readonly Status[] = ['done', 'partial', 'in-progress', 'ongoing', 'not-started'];

/** A status's word: the ledger's own (`report.status_words`) when it gives one, else the set's. */
export function statusWord(status: Status, setWords: Readonly<Record<Status, string>>, ledgerWords?: Readonly<Partial<Record<Status, string | null>>>): string {
  return ledgerWords?.[status] ?? setWords[status] ?? status;
}

/**
 * Per-category subtotal of an audit report: `已整改2项，部分整改4项`, in the fixed order
 * 已整改, 部分整改, 正在整改, 持续整改, 未整改, leaving out statuses with no issues.
 */
export function auditSubtotal(counts: Partial<Record<Status, number>>, countWord = '项', ledgerWords?: Readonly<Partial<Record<Status, string | null>>>): string {
  return AUDIT_ORDER.filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${statusWord(s, AUDIT_STATUS_WORDS, ledgerWords)}${counts[s]}${countWord}`)
    .join('，');
}

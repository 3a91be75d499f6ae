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
}

export function vocabulary(kind: InspectionKind, stage: Stage): Vocabulary {
  return {
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

/** The audit report's four words (审计查出问题整改: 已整改, 部分整改, 持续整改, 未整改). */
export const AUDIT_STATUS_WORDS: Readonly<Record<Status, string>> = {
  done: '已整改',
  'in-progress': '部分整改',
  partial: '部分整改',
  ongoing: '持续整改',
  'not-started': '未整改',
};

const AUDIT_ORDER = ['已整改', '部分整改', '持续整改', '未整改'] as const;

/**
 * Per-category subtotal of an audit report: `已整改2项，部分整改4项`, in the fixed order
 * 已整改, 部分整改, 持续整改, 未整改, leaving out words with no issues. In-progress and partial
 * issues are both 部分整改 in audit wording.
 */
export function auditSubtotal(counts: Partial<Record<Status, number>>): string {
  const byWord = new Map<string, number>();
  for (const [status, n] of Object.entries(counts) as [Status, number][]) {
    const word = AUDIT_STATUS_WORDS[status];
    if (word) byWord.set(word, (byWord.get(word) ?? 0) + n);
  }
  return AUDIT_ORDER.filter((w) => (byWord.get(w) ?? 0) > 0)
    .map((w) => `${w}${byWord.get(w)}项`)
    .join('，');
}

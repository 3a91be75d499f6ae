import type { Facts } from '../../core/derive/index.js';
import { RectifyError, type Lang } from '../../model/diagnostic.js';
import type { Ledger } from '../../model/ledger.js';
import type { CompiledTemplateSet } from '../../core/render/engine.js';
import { maskMarkdown, redactionsOf } from '../../core/public/redact.js';
import { buildView } from '../../core/render/view.js';

export interface RenderOptions {
  /** The public version: mask `redact` strings and people's names, and prove none survives. */
  public?: boolean;
  lang?: Lang;
  /** Shown in diagnostics about the output, e.g. the ledger's file name. */
  file?: string;
}

/**
 * Ledger + facts + compiled template set → the report Markdown. Pure: the same inputs give the same
 * string (no clock, no environment). Template failures and surviving masked strings throw
 * RectifyError (exit 2) with a diagnostic naming the place.
 */
export function renderReport(ledger: Ledger, facts: Facts, templates: CompiledTemplateSet, options: RenderOptions = {}): string {
  const markdown = templates.render(buildView(ledger, facts));
  if (!options.public) return markdown;
  const masked = maskMarkdown(markdown, redactionsOf(ledger));
  if (masked.survivors.length > 0) {
    const list = masked.survivors.join('、');
    throw new RectifyError({
      severity: 'error',
      code: 'redaction-failed',
      message:
        options.lang === 'en'
          ? `public version: masked text still present after masking: ${list}`
          : `公开版遮蔽后仍含应遮蔽的文字：${list}`,
      file: options.file ?? '',
      line: 0,
      column: 0,
      path: 'redact',
      hint:
        options.lang === 'en'
          ? 'check that no mask re-creates a masked string and that the template does not spell it out'
          : '检查遮蔽文字（mask）是否又含被遮蔽的文字，模板中是否直接写了该文字',
    });
  }
  return masked.markdown;
}

import type { Facts } from '../../core/derive/index.js';
import type { Ledger } from '../../model/ledger.js';
import type { CompiledTemplateSet } from '../../core/render/engine.js';
import { maskMarkdown, redactionsOf } from '../../core/public/redact.js';
import { buildView } from '../../core/render/view.js';
import { fail, placeIn } from '../../model/problem.js';

export interface RenderOptions {
  /** The public version: mask `redact` strings and people's names, and prove none survives. */
  public?: boolean;
  /** Names the ledger in problems about the output. */
  file?: string;
  /** The ledger's size in characters (or bytes): the render's budget scales with it. */
  inputChars?: number;
}

/**
 * Ledger + facts + compiled template set → the report Markdown. Pure: the same inputs give the same
 * string (no clock, no environment). A template failure or a masked string that survives masking
 * throws a Failure naming the place.
 */
export function renderReport(ledger: Ledger, facts: Facts, templates: CompiledTemplateSet, options: RenderOptions = {}): string {
  const markdown = templates.render(buildView(ledger, facts), { inputChars: options.inputChars ?? 0 });
  if (!options.public) return markdown;
  const masked = maskMarkdown(markdown, redactionsOf(ledger));
  if (masked.survivors.length > 0) fail('redaction-failed', placeIn(options.file ?? '', 0, 0, 'redact'), { target: 'Markdown', found: masked.survivors.join('\n') });
  return masked.markdown;
}

import type { Facts } from '../../core/derive/index.js';
import type { Ledger } from '../../model/ledger.js';
import type { CompiledTemplateSet } from '../../core/render/engine.js';
import { maskMarkdown, redactionsOf, type Mask } from '../../core/public/redact.js';
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
  return options.public ? maskedForPublic(markdown, redactionsOf(ledger), options.file ?? '') : markdown;
}

/**
 * A report's Markdown with every mask applied: the public version of a unit's report or of a
 * round's summary. A masked text that survives (a mask that makes another masked text again)
 * throws a Failure naming `file`.
 */
export function maskedForPublic(markdown: string, masks: readonly Mask[], file: string): string {
  const masked = maskMarkdown(markdown, masks);
  if (masked.survivors.length > 0) fail('redaction-failed', placeIn(file, 0, 0, 'redact'), { target: 'Markdown', found: masked.survivors.join('\n') });
  return masked.markdown;
}

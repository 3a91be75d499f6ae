/**
 * The public version (党务公开版): place and person names masked, e.g. 青禾县 → XX县, 林向东 → XXX,
 * {text: 第五巡察组, mask: 第X巡察组}. Masking runs on the rendered Markdown, so text the template
 * wrote around ledger values (dates such as 2023年8月2日 → 2023年X月2日) is masked too.
 *
 * Longer strings are masked first, so {text: 青禾司法, mask: XXXX} wins over 青禾 → XX inside it.
 * After masking, the text is searched again (with Markdown escapes undone): any masked string that
 * survives — a mask that re-creates it, a name split across an escape — is reported, never printed.
 */
import type { Ledger, Redaction } from '../../model/ledger.js';
import { escapeMarkdown, unescapeMarkdown } from '../render/escape.js';

export interface Mask {
  text: string;
  mask: string;
}

/** The ledger's redact list plus every name in its people register. */
export function redactionsOf(ledger: Pick<Ledger, 'redact' | 'people'>): Mask[] {
  return masksOf([...ledger.redact, ...ledger.people.map((p) => ({ text: p.name }))]);
}

/** Redactions as masks: each text once (the first redaction of it wins), the longest first. */
export function masksOf(all: readonly Redaction[]): Mask[] {
  const byText = new Map<string, Mask>();
  for (const r of all) {
    if (r.text === '' || byText.has(r.text)) continue;
    byText.set(r.text, { text: r.text, mask: r.mask ?? 'X'.repeat([...r.text].length) });
  }
  return [...byText.values()].sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/** The same masks on plain text (a workbook's cell), longest first as for the Markdown. */
export function maskText(text: string, masks: readonly Mask[]): string {
  let out = text;
  for (const { text: masked, mask } of masks) if (out.includes(masked)) out = out.split(masked).join(mask);
  return out;
}

export interface MaskResult {
  markdown: string;
  /** Masked strings still present after masking. */
  survivors: string[];
}

export function maskMarkdown(markdown: string, masks: readonly Mask[]): MaskResult {
  let out = markdown;
  for (const { text, mask } of masks) {
    const escapedMask = escapeMarkdown(mask);
    out = out.split(escapeMarkdown(text)).join(escapedMask);
    out = out.split(text).join(escapedMask);
  }
  const plain = unescapeMarkdown(out);
  const survivors = masks.filter((m) => plain.includes(m.text) && !m.mask.includes(m.text)).map((m) => m.text);
  return { markdown: out, survivors };
}

/**
 * The public version (党务公开版): place and person names masked, e.g. 青禾县 → XX县, 林向东 → XXX,
 * {text: 第五巡察组, mask: 第X巡察组}. Masking runs on the rendered Markdown, so text the template
 * wrote around ledger values (dates such as 2023年8月2日 → 2023年X月2日) is masked too.
 *
 * Names are found in their matching form (normalise.ts): a name typed with space at either end, a
 * zero-width character inside, full-width letters, a compatibility ideograph or a combining accent
 * is the same name. Longer strings are masked first, so {text: 青禾司法, mask: XXXX} wins over
 * 青禾 → XX inside it. After masking, the text is searched again in the same form: any masked
 * string that survives — a mask that re-creates it, a name split across an escape — is reported,
 * never printed.
 */
import type { Ledger, Redaction } from '../../model/ledger.js';
import { escapeMarkdown } from '../render/escape.js';
import { foldForMatching, matchKey } from './normalise.js';

export interface Mask {
  /** The string as the ledger wrote it. */
  text: string;
  mask: string;
  /** Its matching form (normalise.ts); a mask whose key is empty masks nothing. */
  key: string;
}

/** The ledger's redact list plus every name in its people register, longest first. */
export function redactionsOf(ledger: Pick<Ledger, 'redact' | 'people'>): Mask[] {
  return masksOf([...ledger.redact, ...ledger.people.map((p) => ({ text: p.name }))]);
}

/** Redactions as masks: each name once in its matching form (the first redaction of it wins), the longest first. */
export function masksOf(all: readonly Redaction[]): Mask[] {
  const byKey = new Map<string, Mask>();
  for (const r of all) {
    const key = matchKey(r.text);
    if (key === '' || byKey.has(key)) continue;
    byKey.set(key, { text: r.text, key, mask: r.mask ?? 'X'.repeat([...key].length) });
  }
  return [...byKey.values()].sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The masks whose text must not appear: a mask that contains its own text is not a leak. */
export function forbiddenKeys(masks: readonly Mask[]): Mask[] {
  return masks.filter((m) => m.key !== '' && !matchKey(m.mask).includes(m.key));
}

/** The same masks on plain text (a workbook's cell): found in the same matching form, longest first. */
export function maskText(text: string, masks: readonly Mask[]): string {
  if (masks.length === 0) return text;
  const folded = foldForMatching(text);
  let out = '';
  let at = 0;
  for (const hit of occurrences(folded.text, masks)) {
    const start = folded.from[hit.start]!;
    if (start < at) continue;
    out += text.slice(at, start) + hit.mask.mask;
    at = folded.to[hit.end - 1]!;
  }
  return out + text.slice(at);
}

export interface MaskResult {
  markdown: string;
  /** Masked strings still present after masking, as the ledger wrote them. */
  survivors: string[];
}

/** Where each mask occurs in the folded text, longest masks first, never two on one character. */
function occurrences(folded: string, masks: readonly Mask[]): { start: number; end: number; mask: Mask }[] {
  const taken = new Uint8Array(folded.length);
  const hits: { start: number; end: number; mask: Mask }[] = [];
  for (const mask of masks) {
    const key = mask.key;
    for (let i = folded.indexOf(key); i >= 0; i = folded.indexOf(key, i + 1)) {
      let free = true;
      for (let k = i; k < i + key.length; k++) {
        if (taken[k]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, i, i + key.length);
      hits.push({ start: i, end: i + key.length, mask });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The masks found in `text` (folded as plain text, or as Markdown source). */
export function findMasked(text: string, masks: readonly Mask[], options: { markdown?: boolean } = {}): Mask[] {
  if (masks.length === 0) return [];
  const folded = foldForMatching(text, options).text;
  return masks.filter((m) => folded.includes(m.key));
}

export function maskMarkdown(markdown: string, masks: readonly Mask[]): MaskResult {
  if (masks.length === 0) return { markdown, survivors: [] };
  const folded = foldForMatching(markdown, { markdown: true });
  let out = '';
  let at = 0;
  for (const hit of occurrences(folded.text, masks)) {
    const start = folded.from[hit.start]!;
    const end = folded.to[hit.end - 1]!;
    // two folded matches from one source character (an NFKC expansion): the first one wins
    if (start < at) continue;
    out += markdown.slice(at, start) + escapeMarkdown(hit.mask.mask);
    at = end;
  }
  out += markdown.slice(at);
  const survivors = findMasked(out, forbiddenKeys(masks), { markdown: true }).map((m) => m.text);
  return { markdown: out, survivors };
}

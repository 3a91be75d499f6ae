import { FILL_IN } from '../../model/placeholders.js';

/**
 * Any character firstXmlIllegal must look at: one native regex pass clears almost every string of
 * a large ledger at once, where the loop below would visit each character.
 */
const XML_SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Where a string holds a character XML 1.0 cannot carry, or -1. Tab, LF and CR are fine. */
export function firstXmlIllegal(text: string): number {
  if (!XML_SUSPECT.test(text)) return -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
    } else if (c === 0xfffe || c === 0xffff) {
      return i;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return i;
    }
  }
  return -1;
}

export function codePointLabel(text: string, index: number): string {
  return `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Call `visit` for every string in a loaded value, depth-first in document order. The key path is
 * built only when the visitor asks for it (`path()`): most strings never need one.
 */
export function forEachString(value: unknown, visit: (text: string, path: () => string) => void): void {
  const segments: (string | number)[] = [];
  const path = () => {
    let p = '';
    for (const s of segments) p = typeof s === 'number' ? `${p}[${s}]` : p === '' ? s : `${p}.${s}`;
    return p;
  };
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      visit(node, path);
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        segments.push(i);
        walk(node[i]);
        segments.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        segments.push(key);
        walk((node as Record<string, unknown>)[key]);
        segments.pop();
      }
    }
  };
  walk(value);
}

/** The strings of a loaded value that the string rules must look at, each with its key path. */
export interface StringScan {
  /** Strings holding a character XML cannot carry, at `index`. */
  xmlIllegal: { text: string; path: string; index: number }[];
  /** Strings that may hold a `{{placeholder}}`. */
  placeholders: { text: string; path: string }[];
  /** Strings holding a fill-in marker left unfilled (`【待填写】`), at `index`, the marker as found. */
  unfilled: { text: string; path: string; index: number; marker: string }[];
}

/**
 * What marks a text still to be written: `【待填写】` as `rectify import` and `rectify init` leave it,
 * and the words people put in its place. A report is never filed with one in it.
 */
export const FILL_IN_MARKERS: readonly string[] = [FILL_IN, '待填写', '请填写', '待补充', '此处填写'];

/** The first fill-in marker in `text` and where, or undefined. */
export function fillInMarker(text: string): { index: number; marker: string } | undefined {
  let found: { index: number; marker: string } | undefined;
  for (const marker of FILL_IN_MARKERS) {
    const index = text.indexOf(marker);
    if (index >= 0 && (found === undefined || index < found.index)) found = { index, marker };
  }
  return found;
}

/**
 * One walk over every string for all the string rules: a large ledger holds tens of thousands.
 * `source`, the YAML text the value was read from, lets the walk skip what cannot be there: a
 * character XML cannot carry either is in the text or comes from a double-quoted escape (`\x01`),
 * and a `{{` either is in the text or comes from an escape too. Most ledgers need no walk at all.
 */
export function scanStrings(value: unknown, source?: string): StringScan {
  const scan: StringScan = { xmlIllegal: [], placeholders: [], unfilled: [] };
  const escapes = source === undefined || source.includes('\\');
  const mayBeIllegal = escapes || XML_SUSPECT.test(source);
  const mayBePlaceholder = escapes || source.includes('{{');
  const mayBeUnfilled = escapes || FILL_IN_MARKERS.some((m) => source.includes(m));
  if (!mayBeIllegal && !mayBePlaceholder && !mayBeUnfilled) return scan;
  forEachString(value, (text, pathOf) => {
    const index = mayBeIllegal ? firstXmlIllegal(text) : -1;
    const placeholder = mayBePlaceholder && text.includes('{{');
    const unfilled = mayBeUnfilled ? fillInMarker(text) : undefined;
    if (index < 0 && !placeholder && !unfilled) return;
    const path = pathOf();
    if (index >= 0) scan.xmlIllegal.push({ text, path, index });
    if (placeholder) scan.placeholders.push({ text, path });
    if (unfilled) scan.unfilled.push({ text, path, ...unfilled });
  });
  return scan;
}

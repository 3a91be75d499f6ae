/**
 * The quick way to rewrite a ledger: when every difference between the two Ledgers is a text or a
 * date that the file writes as a one-line or quoted scalar (a new report date for `next`, a
 * progress note or a completion date edited in the workbook), those scalars are replaced where
 * they stand and every other byte of the file is kept. Reading and printing the whole YAML
 * document (patch.ts) takes seconds for a ledger of megabytes; this takes a pass over its values.
 *
 * Anything else (a key added or removed, a list grown or shrunk, a status, a number, a block
 * scalar) says "not in place" and the caller takes the document path. A replaced scalar is always
 * written so that it reads as exactly its new string in any context, block or flow, in the style it
 * had where that style can hold the new text (model/yaml-style.ts), else double-quoted.
 */
import { LEDGER } from '../../model/ledger-shape.js';
import type { Ledger } from '../../model/ledger.js';
import type { Node } from '../../model/shape.js';
import { doubleQuoted, plainSafe } from '../../model/yaml-style.js';
import type { Place } from '../load/source-map.js';
import { sameData } from '../../model/values.js';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** `text` with the scalars that differ between `before` and `after` replaced in place, or undefined when that is not enough. */
export function editScalarsInPlace(text: string, root: Place, before: Ledger, after: Ledger): string | undefined {
  const edits: Edit[] = [];
  if (!collect(LEDGER, before, after, root, text, edits)) return undefined;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) return undefined;
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** Whether the differences under `shape` are all scalar replacements (gathered into `edits`). */
function collect(shape: Node, before: unknown, after: unknown, place: Place | undefined, text: string, edits: Edit[]): boolean {
  if (before === after) return true;
  switch (shape.kind) {
    case 'object': {
      if (!isRecord(before) || !isRecord(after) || !place?.mapping) return sameData(before, after);
      for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
        const field = shape.fields[key];
        const b = before[key];
        const a = after[key];
        if (b === a) continue;
        // a key outside the shape, added or removed, or not written in the file: in place only if equal
        const child = field && b !== undefined && a !== undefined ? place.child(key) : undefined;
        if (!(child ? collect(field!.node, b, a, child, text, edits) : sameData(b, a))) return false;
      }
      return true;
    }
    case 'list':
    case 'texts': {
      if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return sameData(before, after);
      // one paragraph written as a text rather than a list of one
      if (shape.kind === 'texts' && place?.type !== undefined && after.length === 1) return collect({ kind: 'text', description: '', role: 'prose', nonEmpty: false }, before[0], after[0], place, text, edits);
      const items = place?.children;
      if (!items || place.mapping || items.length !== before.length) return sameData(before, after);
      const itemShape: Node = shape.kind === 'list' ? shape.items : { kind: 'text', description: '', role: 'prose', nonEmpty: false };
      return before.every((b, i) => collect(itemShape, b, after[i], items[i], text, edits));
    }
    case 'text':
    case 'date': {
      if (typeof after !== 'string' || !place) return false;
      const written = scalarText(place, after);
      if (written === undefined) return false;
      edits.push({ start: place.value, end: place.end, text: written });
      return true;
    }
    default:
      return sameData(before, after);
  }
}

/** How `value` is written in place of the scalar at `place`, or undefined when it is not a one-line or quoted scalar. */
function scalarText(place: Place, value: string): string | undefined {
  switch (place.type) {
    case 'PLAIN':
      // plain where it reads back as the same text even inside a flow collection (`{ from: … }`)
      return plainSafe(value) && !/[,[\]{}]/.test(value) ? value : doubleQuoted(value);
    case 'QUOTE_DOUBLE':
      return doubleQuoted(value);
    case 'QUOTE_SINGLE':
      // a single-quoted scalar folds its line breaks and escapes nothing else
      return plainSafe(value) ? `'${value.replaceAll("'", "''")}'` : doubleQuoted(value);
    default:
      return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

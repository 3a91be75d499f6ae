/**
 * rewrite: a ledger's YAML text brought from one Ledger to another in place — the user's comments,
 * key order, quoting, flow style and blank lines kept, and every line the change does not touch
 * kept byte for byte. Used where rectify edits a ledger people keep: `import --into` and `next`.
 */
import { parseDocument, type ToStringOptions } from 'yaml';
import { YAML_OPTIONS } from '../load/index.js';
import { validateLedgerText } from '../validate/index.js';
import type { Ledger } from '../../model/ledger.js';
import { keepOriginalLines } from './merge.js';
import { patchLedgerDocument } from './patch.js';
import { sameData } from '../../model/values.js';
import { editScalarsInPlace } from './scalars.js';
import type { SourceMap } from '../load/source-map.js';

export { alignItems } from './patch.js';
export { matchLines } from './line-diff.js';
export { headComments, withHeadComments, type HeadComments } from './head.js';

/**
 * `text` (whose validated ledger is `before`, read with `positions`) rewritten to hold `after`.
 * When every change is a text or a date written as a scalar, those scalars are replaced in place
 * (scalars.ts). Otherwise the YAML document is patched and printed, and the result is checked by
 * reading it back: it validates to exactly `after`, or this throws (a bug, never a user's input).
 */
export function rewriteLedgerText(text: string, before: Ledger, after: Ledger, positions?: SourceMap): string {
  const quick = positions ? editScalarsInPlace(text, positions.root, before, after) : undefined;
  if (quick !== undefined) return quick;
  const doc = parseDocument(text, YAML_OPTIONS);
  patchLedgerDocument(doc, before, after);
  const { options, mapPadding } = printOptions(text);
  const changed = doc.toString(options);
  const unchanged = parseDocument(text, YAML_OPTIONS).toString(options);
  // A file may pad its flow mappings and not its lists ({ id: li } beside [li]); the printer
  // pads both or neither: a printed line with a mapping takes the mapping's padding.
  const other = mapPadding === options.flowCollectionPadding ? undefined : doc.toString({ ...options, flowCollectionPadding: mapPadding }).split(/\r?\n/);
  const restyle = (line: string, k: number) => (other && line.includes('{') && other[k] !== undefined ? other[k]! : line);
  const kept = keepOriginalLines(text, unchanged, changed, restyle);
  for (const candidate of [kept, changed]) if (readsAs(candidate, after)) return candidate;
  throw new Error('rewriting the ledger did not give the intended ledger back');
}

function readsAs(text: string, ledger: Ledger): boolean {
  const read = validateLedgerText(text, 'rewritten.yaml');
  return read.ledger !== undefined && sameData(read.ledger, ledger);
}

/** The printer set to the file's own habits (indent, list indent, flow padding), for the lines an edit changes. */
function printOptions(text: string): { options: ToStringOptions & { flowCollectionPadding: boolean }; mapPadding: boolean } {
  let indent: number | undefined;
  let flatSeq: boolean | undefined;
  let seqPadding: boolean | undefined;
  let mapPadding: boolean | undefined;
  const lines = text.split('\n');
  const lead = (line: string) => line.length - line.trimStart().length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    const body = line.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    if (seqPadding === undefined) {
      const at = body.indexOf(': [');
      if (at >= 0) seqPadding = body[at + 3] === ' ';
    }
    if (mapPadding === undefined) {
      const at = body.indexOf(': {') >= 0 ? body.indexOf(': {') + 1 : body.startsWith('- {') ? 1 : -1;
      if (at >= 0) mapPadding = body[at + 2] === ' ';
    }
    if (!body.endsWith(':')) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j]!.trim() === '' || lines[j]!.trimStart().startsWith('#'))) j++;
    const next = lines[j];
    if (next === undefined) continue;
    const step = lead(next) - lead(line);
    if (next.trimStart().startsWith('- ')) flatSeq ??= step === 0;
    else if (step > 0) indent ??= step;
  }
  const padding = seqPadding ?? mapPadding ?? true;
  return {
    options: { lineWidth: 0, indent: Math.min(indent ?? 2, 8), indentSeq: !(flatSeq ?? false), flowCollectionPadding: padding },
    mapPadding: mapPadding ?? padding,
  };
}

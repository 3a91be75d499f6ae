/**
 * Writes a Ledger back as the YAML people edit: keys in the documented order, statuses as the
 * Chinese words users type, empty lists and absent values left out so the file stays short.
 */
import { Document, isScalar, visit } from 'yaml';
import { LEDGER } from '../../model/ledger-shape.js';
import type { Ledger } from '../../model/ledger.js';
import { toPlain } from '../../model/shape.js';
import { statusLabel } from '../../model/status.js';
import { isShortWordList } from '../../model/yaml-style.js';

/** The ledger as plain data in the order and form people edit it (see toPlain). */
export function ledgerToPlain(ledger: Ledger): unknown {
  return toPlain(LEDGER, ledger, statusLabel);
}

export interface YamlWriteOptions {
  /** Path of `schemas/ledger.schema.json` relative to the output file, for the editor's language server. */
  schemaPath?: string;
  /** Comment lines placed at the top, e.g. what the user still has to fill in. */
  comments?: string[];
}

export function ledgerToYaml(ledger: Ledger, options: YamlWriteOptions = {}): string {
  const head: string[] = [];
  if (options.schemaPath) head.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  for (const line of options.comments ?? []) head.push(line === '' ? '#' : `# ${line}`);
  const doc = new Document(ledgerToPlain(ledger), { aliasDuplicateObjects: false });
  // Id lists (owners, units) read best on one line: `owners: [p1, p2]`.
  visit(doc, {
    Seq(_, seq) {
      if (isShortWordList(seq.items.map((x) => (isScalar(x) ? x.value : x)))) seq.flow = true;
    },
  });
  const body = doc.toString({ lineWidth: 0, indent: 2 });
  return head.length > 0 ? `${head.join('\n')}\n${body}` : body;
}

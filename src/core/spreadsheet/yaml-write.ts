/**
 * Writes a Ledger back as the YAML people edit: keys in the documented order, statuses as the
 * Chinese words users type, empty lists and absent values left out so the file stays short.
 */
import { LEDGER } from '../../model/ledger-shape.js';
import type { Ledger } from '../../model/ledger.js';
import { toPlain } from '../../model/shape.js';
import { statusLabel } from '../../model/status.js';
import { doubleQuoted, isShortWordList, plainSafe } from '../../model/yaml-style.js';

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain | undefined } | undefined;

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


function scalar(value: string | number | boolean): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : doubleQuoted(String(value));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return plainSafe(value) ? value : doubleQuoted(value);
}

/** Id lists (owners, units) read best on one line: `owners: [ p1, p2 ]`. */
const isIdList = (list: Plain[]): boolean => isShortWordList(list) && list.every((x) => plainSafe(x as string));

/** Indentation, made once per width: a large ledger has a line for every value. */
const PADS: string[] = [];
const pad = (n: number): string => (PADS[n] ??= ' '.repeat(n));

/**
 * The lines written so far, joined a few thousand at a time: a line is built of several pieces,
 * and a large ledger's million lines kept apart until the end would be that many more objects for
 * the garbage collector to carry.
 */
class Lines {
  private lines: string[] = [];
  private readonly chunks: string[] = [];
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length === 4096) {
      this.chunks.push(this.lines.join('\n'));
      this.lines = [];
    }
  }
  /** Every line, each ended by a line break. */
  text(): string {
    if (this.lines.length > 0) this.chunks.push(this.lines.join('\n'));
    this.lines = [];
    return `${this.chunks.join('\n')}\n`;
  }
}

/**
 * The value of a key written at column `keyIndent` (`inline` is the key's line so far): a
 * mapping's keys and a list's dashes go two columns in, as the yaml package writes them.
 */
function emit(out: Lines, value: Plain, keyIndent: number, inline: string): void {
  if (value === undefined) return;
  if (value === null) return void out.push(`${inline} null`);
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push(`${inline} []`);
    if (isIdList(value)) return void out.push(`${inline} [ ${(value as string[]).join(', ')} ]`);
    out.push(inline);
    for (const item of value) emitItem(out, item, keyIndent + 2);
    return;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined);
    if (keys.length === 0) return void out.push(`${inline} {}`);
    out.push(inline);
    const indent = pad(keyIndent + 2);
    for (const key of keys) emit(out, value[key], keyIndent + 2, `${indent}${key}:`);
    return;
  }
  out.push(`${inline} ${scalar(value)}`);
}

/** A list item with its dash at `dashIndent`: `- scalar`, or a mapping whose first key shares the dash's line. */
function emitItem(out: Lines, item: Plain, dashIndent: number): void {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const keys = Object.keys(item).filter((key) => item[key] !== undefined);
    if (keys.length > 0) {
      const indent = pad(dashIndent + 2);
      for (let k = 0; k < keys.length; k++) emit(out, item[keys[k]!], dashIndent + 2, k === 0 ? `${pad(dashIndent)}- ${keys[0]}:` : `${indent}${keys[k]}:`);
      return;
    }
    return void out.push(`${pad(dashIndent)}- {}`);
  }
  if (Array.isArray(item)) {
    // a list in a list: not in the ledger format, written out all the same
    out.push(`${pad(dashIndent)}-`);
    for (const x of item) emitItem(out, x, dashIndent + 2);
    return;
  }
  if (item === null) out.push(`${pad(dashIndent)}- null`);
  else if (item !== undefined) out.push(`${pad(dashIndent)}- ${scalar(item)}`);
}

/**
 * The ledger as YAML, in one pass: block mappings and lists, id lists on one line, strings plain
 * when they read back as the same text and double-quoted otherwise. (The yaml package's writer
 * took seconds for a ledger of ten thousand measures; this takes milliseconds.)
 */
export function ledgerToYaml(ledger: Ledger, options: YamlWriteOptions = {}): string {
  const out = new Lines();
  if (options.schemaPath) out.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  for (const line of options.comments ?? []) out.push(line === '' ? '#' : `# ${line.replace(/[\r\n]+/g, ' ')}`);
  const root = ledgerToPlain(ledger) as Record<string, Plain>;
  for (const [key, value] of Object.entries(root)) emit(out, value, 0, `${key}:`);
  return out.text();
}

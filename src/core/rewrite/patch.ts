/**
 * A ledger's YAML document edited, node by node, from one Ledger to another, guided by the shape
 * (model/ledger-shape.ts): what did not change keeps its node, so its comments, quoting, flow style
 * and key order stay; a changed scalar keeps its node and style; a new key goes where the shape
 * puts it among the keys already there; list items are matched (by id, by equal value, by their
 * text) so an inserted measure does not shift every comment below it.
 */
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { LEDGER } from '../../model/ledger-shape.js';
import { STATUSES, type Ledger, type Status } from '../../model/ledger.js';
import { toPlain, type Node, type ObjectNode } from '../../model/shape.js';
import { statusLabel } from '../../model/status.js';
import { pairInOrder } from '../../model/pairing.js';
import { sameData } from '../../model/values.js';
import { isShortWordList } from '../../model/yaml-style.js';

type Word = (status: Status) => string;

/** Edit `doc` (parsed from the text `before` was validated from) so that it reads as `after`. */
export function patchLedgerDocument(doc: Document, before: Ledger, after: Ledger): void {
  expandAliases(doc);
  const word = statusWording(doc);
  doc.contents = patchNode(doc, doc.contents as YamlNode, LEDGER, before, after, word) as typeof doc.contents;
}

function patchNode(doc: Document, node: YamlNode | null, shape: Node, before: unknown, after: unknown, word: Word): YamlNode {
  if (node !== null && sameData(before, after)) return node;
  switch (shape.kind) {
    case 'object':
      return isMap(node) ? patchMap(doc, node, shape, before as Record<string, unknown> | undefined, after as Record<string, unknown>, word) : fresh(doc, shape, after, word);
    case 'list':
      return isSeq(node) ? patchSeq(doc, node, shape.items, (before as unknown[] | undefined) ?? [], after as unknown[], word) : fresh(doc, shape, after, word);
    case 'status':
      if (!isScalar(node)) return fresh(doc, shape, after, word);
      // the user's wording of statuses is kept: an English name stays English
      node.value = (STATUSES as readonly unknown[]).includes(node.value) ? after : word(after as Status);
      return node;
    case 'text-or-object':
      return fresh(doc, shape, after, word);
    case 'texts':
      // one paragraph written as a text stays a text; a list is patched as a list
      if (isSeq(node)) return patchSeq(doc, node, { kind: 'text', description: '', role: 'prose', nonEmpty: false }, (before as unknown[] | undefined) ?? [], after as unknown[], word);
      if (isScalar(node) && Array.isArray(after) && after.length === 1) {
        node.value = after[0];
        return node;
      }
      return fresh(doc, shape, after, word);
    default:
      if (!isScalar(node)) return fresh(doc, shape, after, word);
      node.value = after;
      return node;
  }
}

function patchMap(doc: Document, map: YAMLMap, shape: ObjectNode, before: Record<string, unknown> | undefined, after: Record<string, unknown>, word: Word): YAMLMap {
  // What the written form of `after` holds decides which keys are present (defaults and empty lists left out).
  const plain = (toPlain(shape, after, word) ?? {}) as Record<string, unknown>;
  const keys = Object.keys(shape.fields);
  keys.forEach((key, index) => {
    const b = before?.[key];
    const a = after[key];
    const at = map.items.findIndex((p) => keyOf(p) === key);
    if (plain[key] === undefined) {
      if (at >= 0 && !sameData(b, a)) map.items.splice(at, 1);
      return;
    }
    if (at >= 0) {
      const pair = map.items[at]!;
      pair.value = patchNode(doc, pair.value as YamlNode | null, shape.fields[key]!.node, b, a, word);
      return;
    }
    // a new key goes before the first key the shape lists after it, else last
    const later = new Set<unknown>(keys.slice(index + 1));
    const next = map.items.findIndex((p) => later.has(keyOf(p)));
    const pair = doc.createPair(key, null) as Pair<unknown, unknown>;
    pair.value = fresh(doc, shape.fields[key]!.node, a, word);
    map.items.splice(next >= 0 ? next : map.items.length, 0, pair);
  });
  return map;
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function patchSeq(doc: Document, seq: YAMLSeq, itemShape: Node, before: unknown[], after: unknown[], word: Word): YAMLSeq {
  const from = alignItems(before, after);
  const old = seq.items as (YamlNode | null)[];
  const items: YamlNode[] = [];
  after.forEach((a, j) => {
    const i = from[j]!;
    if (i >= 0 && i < old.length) {
      items.push(patchNode(doc, old[i]!, itemShape, before[i], a, word));
      return;
    }
    const made = fresh(doc, itemShape, a, word);
    // a new item looks like its neighbour: a flow mapping among flow mappings, a blank line before it if they have one
    const neighbour = (items.at(-1) ?? old.find((n) => n !== null)) as YamlNode | undefined;
    if (neighbour && isMap(neighbour) && isMap(made)) made.flow = neighbour.flow ?? false;
    if (neighbour && (neighbour as { spaceBefore?: boolean }).spaceBefore) (made as { spaceBefore?: boolean }).spaceBefore = true;
    items.push(made);
  });
  seq.items = items;
  return seq;
}

/**
 * For each item of `after`, the index of the item of `before` it continues, or -1 for a new one:
 * the same id; else, for items without one, an equal value, then the same text (its text, title or
 * name) or the place it stands in (model/pairing.ts).
 */
export function alignItems(before: readonly unknown[], after: readonly unknown[]): number[] {
  const field = (v: unknown, key: string): unknown => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined);
  const taken = new Set<number>();
  const anchors = after.map(() => -1);
  const byId = new Map<unknown, number>();
  before.forEach((b, i) => {
    const id = field(b, 'id');
    if (id !== undefined && !byId.has(id)) byId.set(id, i);
  });
  after.forEach((a, j) => {
    const i = field(a, 'id') === undefined ? undefined : byId.get(field(a, 'id'));
    if (i !== undefined && !taken.has(i)) {
      anchors[j] = i;
      taken.add(i);
    }
  });
  after.forEach((a, j) => {
    if (anchors[j]! >= 0) return;
    const i = before.findIndex((b, k) => !taken.has(k) && sameData(b, a));
    if (i >= 0) {
      anchors[j] = i;
      taken.add(i);
    }
  });
  // an item with an id is matched by its id only: another id is another item
  const idless = (j: number, i: number) => field(before[i], 'id') === undefined || field(after[j], 'id') === undefined;
  return pairInOrder(after.map(textOf), before.map(textOf), { taken, anchors, eligible: idless });
}

function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? '';
  const o = v as Record<string, unknown>;
  const t = o.text ?? o.title ?? o.name;
  return typeof t === 'string' ? t : '';
}

/** A node for a value the document did not have, written as rectify writes ledgers. */
function fresh(doc: Document, shape: Node, value: unknown, word: Word): YamlNode {
  const node = doc.createNode(toPlain(shape, value, word) ?? null) as YamlNode;
  visit(node, {
    Seq(_, seq) {
      if (isShortWordList(seq.items.map((x) => (isScalar(x) ? x.value : x)))) seq.flow = true;
    },
  });
  return node;
}

/** Aliases are expanded before editing, so a change in one place never shows up in another. */
function expandAliases(doc: Document): void {
  let found = false;
  visit(doc, {
    Alias(_, alias) {
      found = true;
      const target = alias.resolve(doc);
      return target ? (target.clone() as YamlNode) : visit.REMOVE;
    },
  });
  if (!found) return;
  visit(doc, {
    Node(_, node) {
      if (!isAlias(node)) delete (node as { anchor?: string }).anchor;
    },
  });
}

/** New statuses are worded as the file words them: English names when most of its statuses are, else Chinese. */
function statusWording(doc: Document): Word {
  let english = 0;
  let other = 0;
  visit(doc, {
    Pair(_, pair) {
      if (keyOf(pair as Pair) !== 'status' || !isScalar(pair.value)) return;
      if ((STATUSES as readonly unknown[]).includes(pair.value.value)) english++;
      else other++;
    },
  });
  return english > other ? (s) => s : statusLabel;
}

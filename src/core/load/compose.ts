import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node as YamlNode, type Scalar } from 'yaml';
import { explainValueStart } from './explain.js';
import { newMapping } from './mapping.js';
import type { LoadProblem } from './problem.js';
import { keyedPlace, Place, SourceMap, type ScalarType } from './source-map.js';

export interface ComposeLimits {
  /** Nodes that alias expansion may produce in total (billion-laughs guard). */
  maxAliasNodes: number;
  /** Deepest nesting of collections accepted. */
  maxDepth: number;
}

class Abort extends Error {}

const NON_ASCII = /[^\u0000-\u007f]/;

type Segment = string | number;

function pathOf(segments: readonly Segment[]): string {
  let path = '';
  for (const s of segments) path = typeof s === 'number' ? `${path}[${s}]` : path === '' ? s : `${path}.${s}`;
  return path;
}

/**
 * Build the plain JS value from the YAML AST ourselves rather than with `toJS`, so that every
 * value keeps its position (a `Place` tree mirroring the value), and so that the refusals (explicit
 * tags, merge keys, cyclic aliases, alias bombs, deep nesting) are found at the node that causes
 * them. Mappings become objects that inherit nothing (mapping.ts): a `__proto__` key is then an
 * ordinary (unknown) key and pollutes nothing. Values reached through an alias keep the positions of the
 * alias itself: that is where the user wrote them in this place.
 */
export function composeValue(
  doc: Document.Parsed,
  text: string,
  limits: ComposeLimits,
): { value: unknown; positions: SourceMap; problems: LoadProblem[] } {
  const positions = new SourceMap(text);
  const problems: LoadProblem[] = [];
  const building = new Set<YamlNode>();
  const segments: Segment[] = [];
  let aliasNodes = 0;
  let aliasDepth = 0;

  const problem = (code: LoadProblem['code'], offset: number, params: LoadProblem['params'] = {}) => {
    const { line, column } = positions.position(offset);
    problems.push({ code, line, column, path: pathOf(segments), params });
  };

  /** A text that starts with `*`, `&` or `!` and so was taken for YAML: said as such, with the quoted line. */
  const valueStart = (offset: number, char: string) => {
    const e = explainValueStart(text, offset, char, positions.position(offset).line);
    problems.push({ code: e.code, line: e.line, column: e.column, path: pathOf(segments), params: e.params as LoadProblem['params'] });
  };

  const checkTag = (node: YamlNode, searchFrom: number) => {
    if (!node.tag || aliasDepth > 0) return;
    const offset = tagOffset(text, searchFrom, node.range?.[0] ?? searchFrom, node.tag);
    // `!重点 整改`: Chinese text that happens to start with `!`, not a tag anyone meant
    if (NON_ASCII.test(node.tag)) valueStart(offset, '!');
    else problem('explicit-tag', offset, { tag: node.tag });
  };

  /** `&重点 整改` or `&要点` alone: an anchor no one meant, eating the start of a text (or all of it). */
  const checkAnchor = (node: YamlNode) => {
    const anchor = node.anchor;
    if (!anchor || aliasDepth > 0) return;
    if (!NON_ASCII.test(anchor) && !(isScalar(node) && node.value === null)) return;
    const offset = text.lastIndexOf(`&${anchor}`, node.range?.[0] ?? text.length);
    valueStart(offset < 0 ? (node.range?.[0] ?? 0) : offset, '&');
  };

  /** Build `node`'s value; `place` is where it was written (filled in here, children added). */
  const build = (node: YamlNode | null, depth: number, place: Place, from: number): unknown => {
    if (node === null) return null;
    const start = node.range?.[0] ?? from;
    if (aliasDepth > 0 && ++aliasNodes > limits.maxAliasNodes) throw new Abort('alias-limit');
    if (depth > limits.maxDepth) {
      problem('too-deep', start, { max: limits.maxDepth });
      throw new Abort('too-deep');
    }
    checkTag(node, from);
    checkAnchor(node);
    if (aliasDepth === 0) place.value = start;

    if (isAlias(node)) return buildAlias(node, depth, place, start);

    if (isScalar(node)) {
      const value = (node as Scalar).value;
      if (typeof value === 'number' && !Number.isFinite(value) && aliasDepth === 0) problem('not-finite', start);
      if (typeof value === 'string' && node.range && aliasDepth === 0) {
        place.type = ((node as Scalar).type ?? 'PLAIN') as ScalarType;
        place.end = node.range[1];
        place.string = value;
      }
      return value;
    }

    building.add(node);
    try {
      if (isSeq(node)) {
        const list: unknown[] = new Array(node.items.length);
        const places: Place[] = [];
        if (aliasDepth === 0) place.children = places;
        for (let i = 0; i < node.items.length; i++) {
          const child = new Place(start);
          places.push(child);
          segments.push(i);
          list[i] = build(node.items[i] as YamlNode | null, depth + 1, child, start);
          segments.pop();
        }
        return list;
      }
      if (isMap(node)) {
        const object: Record<string, unknown> = newMapping();
        const places: Place[] = [];
        if (aliasDepth === 0) {
          place.children = places;
          place.mapping = true;
        }
        let previousEnd = start;
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const keyNode = pair.key as YamlNode | null;
          const valueNode = pair.value as YamlNode | null;
          const keyStart = keyNode?.range?.[0] ?? previousEnd;
          if (keyNode) checkTag(keyNode, previousEnd);
          const keyValue = isScalar(keyNode) ? keyNode.value : undefined;
          if (typeof keyValue !== 'string' && typeof keyValue !== 'number' && typeof keyValue !== 'boolean') {
            if (aliasDepth === 0) problem('bad-key', keyStart);
            previousEnd = valueNode?.range?.[2] ?? keyNode?.range?.[2] ?? previousEnd;
            continue;
          }
          const key = String(keyValue);
          if (key === '<<' && aliasDepth === 0) problem('merge-key', keyStart);
          const valueFrom = keyNode?.range?.[2] ?? keyStart;
          // A key with nothing after it (`report:`) points just past the key, where the value is missing.
          const child = keyedPlace(valueFrom, keyStart, key);
          places.push(child);
          segments.push(key);
          object[key] = build(valueNode, depth + 1, child, valueFrom);
          segments.pop();
          previousEnd = valueNode?.range?.[2] ?? valueFrom;
        }
        return object;
      }
      return null;
    } finally {
      building.delete(node);
    }
  };

  const buildAlias = (alias: Alias, depth: number, place: Place, start: number): unknown => {
    const target = alias.resolve(doc) as YamlNode | undefined;
    if (!target) {
      // yaml's parser leaves an alias without anchor for toJS to throw on; we report it instead.
      // nothing was anchored by that name: `*` began a text (`*重点整改`), not an alias
      if (aliasDepth === 0) valueStart(start, '*');
      return null;
    }
    if (building.has(target)) {
      problem('cyclic-alias', start, { anchor: alias.source });
      return null;
    }
    const outermost = aliasDepth === 0;
    aliasDepth++;
    try {
      return build(target, depth, place, start);
    } catch (error) {
      if (error instanceof Abort && error.message === 'alias-limit' && outermost) {
        problem('alias-limit', start, { anchor: alias.source, max: limits.maxAliasNodes });
        throw new Abort('reported');
      }
      throw error;
    } finally {
      aliasDepth--;
    }
  };

  let value: unknown = null;
  try {
    value = build(doc.contents as YamlNode | null, 0, positions.root, 0);
  } catch (error) {
    if (!(error instanceof Abort)) throw error;
    value = undefined;
  }
  return { value, positions, problems };
}

/**
 * The composed node's range starts after its properties, so find the tag itself: the last `!` that
 * begins a token between the previous sibling and the node.
 */
function tagOffset(text: string, from: number, nodeStart: number, tag: string): number {
  const window = text.slice(from, nodeStart + 1);
  const re = /(^|[\s,[{:?-])(!\S*)/g;
  let found = -1;
  for (const m of window.matchAll(re)) found = from + (m.index ?? 0) + (m[1]?.length ?? 0);
  if (found >= 0) return found;
  const byName = text.lastIndexOf(tag.startsWith('tag:yaml.org,2002:') ? '!!' : '!', nodeStart);
  return byName >= 0 ? byName : nodeStart;
}

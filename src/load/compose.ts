import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node as YamlNode,
  type ParsedNode,
  type Scalar,
} from 'yaml';
import type { LoadProblem } from './problem.js';
import { childPath, SourceMap, type ScalarSource } from './source-map.js';

export interface ComposeLimits {
  /** Nodes that alias expansion may produce in total (billion-laughs guard). */
  maxAliasNodes: number;
  /** Deepest nesting of collections accepted. */
  maxDepth: number;
}

class Abort extends Error {}

/**
 * Build the plain JS value from the YAML AST ourselves rather than with `toJS`, so that every
 * value keeps its position, and so that the refusals (explicit tags, merge keys, cyclic aliases,
 * alias bombs, deep nesting) are found at the node that causes them. Mappings become objects
 * without a prototype: a `__proto__` key is then an ordinary (unknown) key and pollutes nothing.
 */
export function composeValue(
  doc: Document.Parsed,
  text: string,
  limits: ComposeLimits,
): { value: unknown; positions: SourceMap; problems: LoadProblem[] } {
  const positions = new SourceMap(text);
  const problems: LoadProblem[] = [];
  const building = new Set<YamlNode>();
  let aliasNodes = 0;
  let aliasDepth = 0;

  const problem = (code: LoadProblem['code'], offset: number, path: string, params: LoadProblem['params'] = {}) => {
    const { line, column } = positions.position(offset);
    problems.push({ code, line, column, path, params });
  };

  const checkTag = (node: YamlNode, path: string, searchFrom: number) => {
    if (!node.tag || aliasDepth > 0) return;
    const start = node.range?.[0] ?? 0;
    problem('explicit-tag', tagOffset(text, searchFrom, start, node.tag), path, { tag: node.tag });
  };

  const build = (node: YamlNode | null, path: string, depth: number, keyOffset: number | undefined, from: number): unknown => {
    if (node === null) {
      positions.set(path, from, keyOffset);
      return null;
    }
    const start = node.range?.[0] ?? from;
    if (aliasDepth > 0 && ++aliasNodes > limits.maxAliasNodes) throw new Abort('alias-limit');
    if (depth > limits.maxDepth) {
      problem('too-deep', start, path, { max: limits.maxDepth });
      throw new Abort('too-deep');
    }
    checkTag(node, path, from);

    if (isAlias(node)) return buildAlias(node, path, depth, keyOffset, start);

    if (isScalar(node)) {
      const scalar = node as Scalar;
      const value = scalar.value;
      if (typeof value === 'number' && !Number.isFinite(value)) problem('not-finite', start, path);
      let source: ScalarSource | undefined;
      if (typeof value === 'string' && node.range) {
        source = { type: (scalar.type ?? 'PLAIN') as ScalarSource['type'], start, end: node.range[1], value };
      }
      if (aliasDepth === 0) positions.set(path, start, keyOffset, source);
      return value;
    }

    building.add(node);
    try {
      if (aliasDepth === 0) positions.set(path, start, keyOffset);
      if (isSeq(node)) {
        const list: unknown[] = [];
        node.items.forEach((item, i) => {
          list.push(build(item as YamlNode | null, childPath(path, i), depth + 1, undefined, start));
        });
        return list;
      }
      if (isMap(node)) {
        const object: Record<string, unknown> = Object.create(null);
        let previousEnd = start;
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const keyNode = pair.key as YamlNode | null;
          const keyStart = keyNode?.range?.[0] ?? previousEnd;
          if (keyNode) checkTag(keyNode, path, previousEnd);
          const keyValue = isScalar(keyNode) ? keyNode.value : undefined;
          if (typeof keyValue !== 'string' && typeof keyValue !== 'number' && typeof keyValue !== 'boolean') {
            if (aliasDepth === 0) problem('bad-key', keyStart, path);
            previousEnd = (pair.value as YamlNode | null)?.range?.[2] ?? keyNode?.range?.[2] ?? previousEnd;
            continue;
          }
          const key = String(keyValue);
          if (key === '<<' && aliasDepth === 0) problem('merge-key', keyStart, path);
          const valueFrom = keyNode?.range?.[2] ?? keyStart;
          object[key] = build(pair.value as YamlNode | null, childPath(path, key), depth + 1, keyStart, valueFrom);
          previousEnd = (pair.value as YamlNode | null)?.range?.[2] ?? valueFrom;
        }
        return object;
      }
      return null;
    } finally {
      building.delete(node);
    }
  };

  const buildAlias = (alias: Alias, path: string, depth: number, keyOffset: number | undefined, start: number): unknown => {
    const target = alias.resolve(doc) as YamlNode | undefined;
    if (aliasDepth === 0) positions.set(path, start, keyOffset);
    if (!target) {
      // yaml's parser leaves an alias without anchor for toJS to throw on; we report it instead.
      if (aliasDepth === 0) problem('yaml-syntax', start, path, { detail: `alias *${alias.source} has no anchor &${alias.source} before it` });
      return null;
    }
    if (building.has(target)) {
      problem('cyclic-alias', start, path, { anchor: alias.source });
      return null;
    }
    const outermost = aliasDepth === 0;
    aliasDepth++;
    try {
      return build(target, path, depth, keyOffset, start);
    } catch (error) {
      if (error instanceof Abort && error.message === 'alias-limit' && outermost) {
        problem('alias-limit', start, path, { anchor: alias.source, max: limits.maxAliasNodes });
        throw new Abort('reported');
      }
      throw error;
    } finally {
      aliasDepth--;
    }
  };

  let value: unknown = null;
  try {
    value = build(doc.contents as ParsedNode | null, '', 0, undefined, 0);
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

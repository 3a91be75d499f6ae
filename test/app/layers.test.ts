/**
 * The layers of the house, held by the import graph: the model depends on nothing; a core stage
 * imports the model and other stages' public entry points, never the host or the app; the host
 * imports the model and the core; only the app imports everything. The core never touches the
 * file system, the process or the clock.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

/** `core/render/engine.ts` imports, resolved to files under src/ or bare module names. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
  return specs.map((spec) => (spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts') : spec));
}

/** The layer of a file; the validator generated from the schema (generated/, made by the build) counts as core. */
const layerOf = (file: string) => (file.startsWith('../generated/') ? 'core' : file.split('/')[0]!);
const all = files(SRC);

describe('the layers', () => {
  it('are the folders model, core, host and app, nothing else', () => {
    expect([...new Set(all.map(layerOf))].sort()).toEqual(['app', 'core', 'host', 'model']);
  });

  it.each(all.filter((f) => f.startsWith('model/')))('%s imports only the model', (file) => {
    for (const target of importsOf(file).filter((t) => t.endsWith('.ts'))) expect(layerOf(target), `${file} → ${target}`).toBe('model');
  });

  it.each(all.filter((f) => f.startsWith('core/')))('%s imports no host, app, file system, process or clock', (file) => {
    const imports = importsOf(file);
    for (const target of imports.filter((t) => t.endsWith('.ts'))) expect(['model', 'core'], `${file} → ${target}`).toContain(layerOf(target));
    expect(imports.filter((m) => /^node:(fs|fs\/promises|child_process|os|worker_threads|readline|net|http)$/.test(m)), file).toEqual([]);
    const text = readFileSync(join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(text, file).not.toMatch(/\bprocess\.|\bnew Date\(\)|\bDate\.now\(/);
  });

  it('a core stage reaches another stage only through files it exports, never its private helpers by accident', () => {
    // stages import each other's index or a named module; the graph has no cycle between stages
    const stageOf = (f: string) => (f.startsWith('core/') ? f.split('/')[1]! : undefined);
    const edges = new Map<string, Set<string>>();
    for (const file of all.filter((f) => f.startsWith('core/'))) {
      for (const target of importsOf(file).filter((t) => t.startsWith('core/'))) {
        const [from, to] = [stageOf(file)!, stageOf(target)!];
        if (from !== to) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(to);
      }
    }
    const visiting = new Set<string>();
    const cycle = (stage: string, path: string[]): string[] | undefined => {
      if (visiting.has(stage)) return [...path, stage];
      visiting.add(stage);
      for (const next of edges.get(stage) ?? []) {
        const found = cycle(next, [...path, stage]);
        if (found) return found;
      }
      visiting.delete(stage);
      return undefined;
    };
    for (const stage of edges.keys()) expect(cycle(stage, [])).toBeUndefined();
  });

  it.each(all.filter((f) => f.startsWith('host/')))('%s imports no app', (file) => {
    for (const target of importsOf(file).filter((t) => t.endsWith('.ts'))) expect(['model', 'core', 'host'], `${file} → ${target}`).toContain(layerOf(target));
  });
});

#!/usr/bin/env node
/**
 * Precompile the shipped template sets into dist/templates/<set>.json (run by scripts/bundle.js,
 * after compile-sources.js). Compiling a set is a tenth of a small build's time and its result never changes for
 * the same sources; the file records their fingerprint, so an edited installed template compiles
 * afresh at run time instead of running stale. A shipped set that does not compile fails the build.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const { precompileTemplateSet } = await import('../dist/core/render/engine.js');
const { listShippedTemplateSets, loadTemplateSet, precompiledTemplatePath, shippedTemplateSetDir, shippedTemplateSetKind } = await import('../dist/host/template-set.js');

export function precompileShippedTemplates() {
  const names = listShippedTemplateSets();
  rmSync(dirname(precompiledTemplatePath('x')), { recursive: true, force: true });
  for (const name of names) {
    const set = loadTemplateSet(shippedTemplateSetDir(name), process.cwd(), shippedTemplateSetKind(name));
    const { precompiled, problems } = precompileTemplateSet(set);
    if (!precompiled) {
      throw new Error(`shipped template set ${name} does not compile:\n${problems.map((p) => `${p.place.file}:${p.place.line}:${p.place.column} ${p.code} ${JSON.stringify(p.params)}`).join('\n')}`);
    }
    const path = precompiledTemplatePath(name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, `${JSON.stringify(precompiled)}\n`);
    renameSync(`${path}.tmp`, path);
  }
  return names;
}

if (import.meta.url === `file://${process.argv[1]}`) precompileShippedTemplates();

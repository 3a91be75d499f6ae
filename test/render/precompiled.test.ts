/**
 * Shipped template sets arrive precompiled (dist/templates/, made by `npm run build`) so a build
 * skips the Handlebars compiler. The precompiled set must render exactly what compiling the
 * sources renders, and must never be used once its sources differ from what it was made from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/core/derive/index.js';
import { compileTemplateSet, templateSetFingerprint } from '../../src/core/render/engine.js';
import { listShippedTemplateSets, loadTemplateSet as loadSet, precompiledTemplatePath, shippedTemplateSetDir, shippedTemplateSetKind } from '../../src/host/template-set.js';
import { renderReport } from '../../src/app/pipeline/render-report.js';
import { Failure } from '../../src/model/problem.js';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { ensureBuilt, ROOT } from '../cli/run-cli.js';

const loadTemplateSet = (dir: string) => loadSet(dir, ROOT);
const EXAMPLES: Record<string, string> = { default: 'examples/justice-bureau/ledger.yaml', audit: 'examples/audit/ledger.yaml' };

function ledgerOf(path: string) {
  const { ledger } = validateLedgerText(readFileSync(`${ROOT}/${path}`), path);
  expect(ledger).toBeDefined();
  return ledger!;
}

describe('precompiled shipped template sets', () => {
  ensureBuilt();

  it.each(listShippedTemplateSets())('%s: the build step left a precompiled set made from the shipped sources', (name) => {
    const path = precompiledTemplatePath(name);
    expect(existsSync(path), `${path} missing: run npm run build`).toBe(true);
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { fingerprint: string };
    expect(stored.fingerprint).toBe(templateSetFingerprint(loadSet(shippedTemplateSetDir(name), ROOT, shippedTemplateSetKind(name))));
  });

  it.each(Object.entries(EXAMPLES))('%s: renders byte for byte what compiling the sources renders', (name, example) => {
    const shipped = loadTemplateSet(shippedTemplateSetDir(name));
    const fast = compileTemplateSet(shipped);
    // the same sources seen as a user's folder never take the precompiled path
    const { precompiled: _, ...asUserCopy } = shipped;
    const compiled = compileTemplateSet({ ...asUserCopy, dir: `${shipped.dir}-as-a-user-copy` });
    expect(shipped.precompiled).toBeDefined();
    expect(fast.problems).toEqual([]);
    expect(compiled.problems).toEqual([]);
    const ledger = ledgerOf(example);
    const facts = derive(ledger);
    expect(renderReport(ledger, facts, fast.compiled!)).toBe(renderReport(ledger, facts, compiled.compiled!));
  });

  it('a changed source changes the fingerprint, so an edited installed template compiles afresh', () => {
    const set = loadTemplateSet(shippedTemplateSetDir('default'));
    const edited = { ...set, main: { ...set.main, source: `${set.main.source}\n{{report.titel}}` } };
    expect(templateSetFingerprint(edited)).not.toBe(templateSetFingerprint(set));
    // and the edit runs through the compiler like any template: strict mode names the file, line and column
    const { compiled, problems } = compileTemplateSet(edited);
    expect(problems).toEqual([]);
    const ledger = ledgerOf(EXAMPLES.default!);
    const lines = edited.main.source.split('\n').length;
    let error: unknown;
    try {
      renderReport(ledger, derive(ledger), compiled!);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Failure);
    expect((error as Failure).problems[0]).toMatchObject({ code: 'template-error', place: { file: 'templates/default/report.md.hbs', line: lines, column: 3 }, params: { kind: 'unknown-field', field: 'titel' } });
  });

  it('renaming a partial changes the fingerprint too', () => {
    const set = loadTemplateSet(shippedTemplateSetDir('default'));
    const [first, source] = [...set.partials][0]!;
    const partials = new Map(set.partials);
    partials.delete(first);
    partials.set(`${first}-renamed`, source);
    expect(templateSetFingerprint({ ...set, partials })).not.toBe(templateSetFingerprint(set));
  });
});

import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileTemplateSet } from '../../src/core/render/engine.js';
import { loadTemplateSet, shippedTemplateSetDir } from '../../src/host/template-set.js';
import { Failure } from '../../src/model/problem.js';
import { worded } from '../support/words.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function userSet(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rectify-templates-'));
  dirs.push(dir);
  cpSync(shippedTemplateSetDir('default'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function compile(dir: string) {
  const { compiled, problems } = compileTemplateSet(loadTemplateSet(dir, dir));
  return { compiled, diagnostics: worded(problems, 'en') };
}

describe('template errors name the file, line and column', () => {
  it('reports a syntax error', () => {
    const { compiled, diagnostics } = compile(userSet({ 'partials/issue.hbs': 'ok\n  {{#if done}\n' }));
    expect(compiled).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'template-error', file: 'partials/issue.hbs', line: 2 })]);
    expect(diagnostics[0]!.column).toBeGreaterThan(0);
  });
  it('reports an unknown helper', () => {
    const { diagnostics } = compile(userSet({ 'partials/opening.hbs': '第一行\n  {{cnn 3}}\n' }));
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'partials/opening.hbs', line: 2, column: 3 })]);
    expect(diagnostics[0]!.message).toContain('cnn');
  });
  it('reports a missing partial where it is used', () => {
    const { diagnostics } = compile(userSet({ 'partials/aspect.hbs': '### x\n{{> isue}}\n' }));
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'partials/aspect.hbs', line: 2, column: 1 })]);
    expect(diagnostics[0]!.message).toContain('isue');
  });
  it('reports a misspelt field at run time in the partial that has it', () => {
    const { compiled } = compile(userSet({ 'partials/signature.hbs': '::: signature\n\n{{report.unitt}}\n\n:::\n' }));
    const view = { report: { unit: 'x' } };
    let error: unknown;
    try {
      compiled!.render({ ...view });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Failure);
    // The main template fails first on its own fields unless they exist; check the located file.
    const [problem] = (error as Failure).problems;
    expect(problem!.place.file).toMatch(/report\.md\.hbs|signature\.hbs/);
    expect(problem!.place.line).toBeGreaterThan(0);
  });
  it('refuses a partial that is a symbolic link', () => {
    const dir = userSet({});
    symlinkSync('/etc/hostname', join(dir, 'partials', 'leak.hbs'));
    expect(() => loadTemplateSet(dir, dir)).toThrow(Failure);
    expect(() => loadTemplateSet(dir, dir)).toThrow('template-not-a-file');
  });
  it('does not HTML-escape', () => {
    const { compiled } = compile(userSet({ 'report.md.hbs': '{{a}} {{{a}}}\n' }));
    expect(compiled!.render({ a: 'A&B<C>' })).toBe('A&B<C> A&B<C>\n');
  });
});

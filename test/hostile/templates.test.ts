/**
 * A template set cannot reach outside its folder: partials are looked up by plain name in the set
 * only (`../`, absolute paths and dynamic names find nothing), and symbolic links are refused. A
 * missing partial or helper is an error naming the template file and line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/app/messages/index.js';
import { compileTemplateSet } from '../../src/core/render/engine.js';
import { Failure } from '../../src/model/problem.js';
import { worded } from '../support/words.js';
import { loadTemplateSet, shippedTemplateSetDir } from '../../src/host/template-set.js';

let work: string;
let set: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'rectify-tpl-'));
  set = join(work, 'set');
  cpSync(shippedTemplateSetDir('default'), set, { recursive: true });
  writeFileSync(join(work, 'secret.hbs'), 'SECRET {{report.title}}');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Replace the main template's text; returns the 1-based line the new text starts on. */
function appendToMain(text: string): number {
  const path = join(set, 'report.md.hbs');
  const source = readFileSync(path, 'utf8');
  writeFileSync(path, `${source}${source.endsWith('\n') ? '' : '\n'}${text}\n`);
  return source.split('\n').length + (source.endsWith('\n') ? 0 : 1);
}

function compileErrors(): Diagnostic[] {
  const compiled = compileTemplateSet(loadTemplateSet(set, work));
  expect(compiled.compiled).toBeUndefined();
  return worded(compiled.problems, 'en');
}

function loadError(): Diagnostic {
  try {
    loadTemplateSet(set, work);
  } catch (error) {
    expect(error).toBeInstanceOf(Failure);
    return worded((error as Failure).problems, 'en')[0]!;
  }
  throw new Error('the template set loaded');
}

describe('partial names cannot leave the template folder', () => {
  it.each(['../secret', '../../secret', '/etc/passwd', 'partials/../../secret'])('{{> %s}} is a missing partial at its line', (name) => {
    const line = appendToMain(`{{> ${name}}}`);
    const [d] = compileErrors();
    expect(d).toMatchObject({ file: join('set', 'report.md.hbs'), line, code: 'template-error' });
    // a plain-looking name is "does not exist"; one Handlebars cannot even parse is a syntax error
    expect(d!.message.includes(name) || d!.message.startsWith('template syntax error')).toBe(true);
  });

  it('a partial named by an expression finds only the set’s own partials', () => {
    appendToMain(`{{> (concat "../" "secret")}}`);
    const errors = compileErrors();
    // `concat` is no helper of ours: refused at compile time, nothing is looked up
    expect(errors[0]!.message).toMatch(/concat/);
    expect(errors[0]!.line).toBeGreaterThan(0);
  });

  it('a symbolic link in partials/ is refused, naming the file', () => {
    symlinkSync(join(work, 'secret.hbs'), join(set, 'partials', 'leak.hbs'));
    const d = loadError();
    expect(d.code).toBe('template-not-a-file');
    expect(d.file).toBe(join('set', 'partials', 'leak.hbs'));
  });

  it('a main template that is a symbolic link is refused', () => {
    rmSync(join(set, 'report.md.hbs'));
    symlinkSync(join(work, 'secret.hbs'), join(set, 'report.md.hbs'));
    expect(loadError().code).toBe('template-not-a-file');
  });

  it('a partial file name that is not a plain name is refused', () => {
    writeFileSync(join(set, 'partials', 'Bad_Name.hbs'), 'x');
    expect(loadError().code).toBe('template-bad-name');
  });
});

describe('missing pieces are named with file and line', () => {
  it('a missing partial in a partial names that partial file and line', () => {
    const path = join(set, 'partials', 'signature.hbs');
    const lines = readFileSync(path, 'utf8').split('\n').length;
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n{{> no-such-part}}\n`);
    const [d] = compileErrors();
    expect(d).toMatchObject({ file: join('set', 'partials', 'signature.hbs'), line: lines + 1 });
    expect(d!.message).toContain('no-such-part');
  });

  it('a missing helper names the file and line', () => {
    const line = appendToMain('text {{shout report.title}}');
    const [d] = compileErrors();
    expect(d).toMatchObject({ file: join('set', 'report.md.hbs'), line });
    expect(d!.message).toContain('shout');
  });

  it('a missing main template is named', () => {
    rmSync(join(set, 'report.md.hbs'));
    expect(loadError()).toMatchObject({ code: 'template-missing', file: join('set', 'report.md.hbs') });
  });
});

/**
 * A template set is a folder: `report.md.hbs` (the main template) and `partials/NAME.hbs`
 * (`{{> NAME}}`), plus `layout.json` for the docx writer. Templates are loaded by name from that
 * folder only: partial names are plain (`[a-z0-9][a-z0-9-]*`), symbolic links and anything outside
 * the folder are refused, so a template cannot reach other files.
 *
 * A user's folder (`--templates DIR`) is complete on its own — start it with
 * `rectify templates export default DIR` — it never falls back to a shipped set's partials, so what
 * the folder holds is exactly what renders.
 */
import { cpSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fail, placeIn } from '../model/problem.js';
import { MAIN_TEMPLATE, MAIN_TEMPLATES, PARTIAL_NAME, PARTIALS_FOLDER, type PrecompiledTemplateSet, type TemplateKind, type TemplateSet, type TemplateSource } from '../core/render/template-set.js';
import { packagePath } from './package-paths.js';
import { readRegularFile, ReadRefused } from './files.js';

export { MAIN_TEMPLATE, PARTIALS_FOLDER, PARTIAL_NAME };
export type { TemplateKind, TemplateSet, TemplateSource };

/** The folder holding the shipped sets; src/render and dist/render both sit two below the root. */
export function shippedTemplatesDir(): string {
  return packagePath('templates/');
}

/** Names of the shipped sets of one kind, or of every kind (folders under templates/ with a main template), sorted. */
export function listShippedTemplateSets(kind?: TemplateKind): string[] {
  const root = shippedTemplatesDir();
  const mains = kind === undefined ? Object.values(MAIN_TEMPLATES) : [MAIN_TEMPLATES[kind]];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && PARTIAL_NAME.test(e.name) && mains.some((main) => isFile(join(root, e.name, main))))
    .map((e) => e.name)
    .sort();
}

/** What a shipped set renders, by its main template. */
export function shippedTemplateSetKind(name: string): TemplateKind {
  return isFile(join(shippedTemplatesDir(), name, MAIN_TEMPLATES.summary)) ? 'summary' : 'report';
}

/** A shipped set's folder; with `kind`, only a set of that kind is known (`build` is never given the summary set). */
export function shippedTemplateSetDir(name: string, kind?: TemplateKind): string {
  if (!PARTIAL_NAME.test(name) || !listShippedTemplateSets(kind).includes(name)) {
    fail('unknown-template-set', placeIn(''), { name, known: listShippedTemplateSets(kind).join(', ') });
  }
  return join(shippedTemplatesDir(), name);
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** How a path is shown in diagnostics: relative to the working directory when inside it. */
function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith('/') ? rel : path;
}

/** A template file is at most this large: a whole report's template set is a few kilobytes. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;
/** layout.json is at most this large: the full layout is about two kilobytes. */
export const MAX_LAYOUT_BYTES = 64 * 1024;

/** `kind`: what the folder should have been a set of, for the hint of a missing file. */
function readTemplate(path: string, display: string, kind: TemplateKind): string {
  try {
    return new TextDecoder().decode(readRegularFile(path, MAX_TEMPLATE_BYTES, { noFollow: true }));
  } catch (error) {
    if (!(error instanceof ReadRefused)) throw error;
    if (error.reason === 'missing') fail('template-missing', placeIn(display), { main: MAIN_TEMPLATES[kind], set: kind === 'summary' ? 'summary' : 'default' });
    if (error.reason === 'too-large') fail('template-too-large', placeIn(display), { size: error.size, max: MAX_TEMPLATE_BYTES });
    fail('template-not-a-file', placeIn(display));
  }
}

/**
 * Read a template set from a folder (I/O); compiling is separate (see engine.ts). `kind` names the
 * main template read: `report.md.hbs` (default) or `summary.md.hbs`.
 */
export function loadTemplateSet(dir: string, cwd: string, kind: TemplateKind = 'report'): TemplateSet {
  const root = resolve(cwd, dir);
  const display = (p: string) => shown(p, cwd);
  let rootStat;
  try {
    rootStat = lstatSync(root);
  } catch {
    fail('template-dir-missing', placeIn(dir));
  }
  if (!rootStat.isDirectory()) fail('template-dir-missing', placeIn(dir));
  const mainPath = join(root, MAIN_TEMPLATES[kind]);
  const main = { file: display(mainPath), source: readTemplate(mainPath, display(mainPath), kind) };
  const partials = new Map<string, TemplateSource>();
  const partialsDir = join(root, PARTIALS_FOLDER);
  let entries: string[] = [];
  try {
    if (lstatSync(partialsDir).isDirectory()) entries = readdirSync(partialsDir).sort();
  } catch {
    entries = [];
  }
  for (const entry of entries) {
    if (!entry.endsWith('.hbs')) continue;
    const name = entry.slice(0, -'.hbs'.length);
    const path = join(partialsDir, entry);
    if (!PARTIAL_NAME.test(name)) {
      fail('template-bad-name', placeIn(display(path)), { name });
    }
    partials.set(name, { file: display(path), source: readTemplate(path, display(path), kind) });
  }
  const set: TemplateSet = { name: shown(root, cwd), dir: root, main, partials };
  const precompiled = shippedPrecompiled(root);
  return precompiled ? { ...set, precompiled } : set;
}

/** Where the build step (scripts/precompile-templates.js) leaves shipped set NAME, precompiled. */
export function precompiledTemplatePath(name: string): string {
  return packagePath(`dist/templates/${name}.json`);
}

/**
 * A shipped set's specs as precompiled at build time, when there are some: the engine uses them
 * only while they were made from exactly the sources read now.
 */
function shippedPrecompiled(dir: string): PrecompiledTemplateSet | undefined {
  const name = relative(shippedTemplatesDir(), dir);
  if (!listShippedTemplateSets().includes(name)) return undefined;
  try {
    return JSON.parse(readFileSync(precompiledTemplatePath(name), 'utf8')) as PrecompiledTemplateSet;
  } catch {
    return undefined;
  }
}

/** The text of a set's layout.json, or undefined when the set has none. */
export function readLayoutText(set: TemplateSet): { file: string; text: string } | undefined {
  const path = join(set.dir, 'layout.json');
  const file = join(set.name, 'layout.json');
  // a regular file of the folder itself, read within its limit: never through a symbolic link
  // (whose target's text an error would show), never /dev/zero or a FIFO (which would hang)
  try {
    return { file, text: new TextDecoder().decode(readRegularFile(path, MAX_LAYOUT_BYTES, { noFollow: true })) };
  } catch (error) {
    if (!(error instanceof ReadRefused)) throw error;
    if (error.reason === 'missing') return undefined;
    if (error.reason === 'too-large') fail('layout-unreadable', placeIn(file), { reason: 'too-large', size: error.size, max: MAX_LAYOUT_BYTES });
    fail('layout-unreadable', placeIn(file), { reason: error.reason === 'directory' ? 'not-a-file' : error.reason });
  }
}

/**
 * Copy a shipped set into `dir`, which must not exist or be empty: never over a user's work
 * (`target-not-empty` otherwise). `dir` is absolute; `shown` names it in problems.
 */
export function copyShippedSet(name: string, dir: string, shown: string): void {
  const source = shippedTemplateSetDir(name);
  let existing: string[] | undefined;
  try {
    existing = lstatSync(dir).isDirectory() ? readdirSync(dir) : ['(a file)'];
  } catch {
    existing = undefined;
  }
  if (existing !== undefined && existing.length > 0) fail('target-not-empty', placeIn(shown));
  try {
    cpSync(source, dir, { recursive: true, errorOnExist: true, force: false });
  } catch (error) {
    fail('write-failed', placeIn(shown), { target: dir, reason: (error as NodeJS.ErrnoException).code ?? String(error), untouched: 1 });
  }
}

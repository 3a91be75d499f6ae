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
import { packagePath } from './package-paths.js';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileError } from '../model/diagnostic.js';

export const MAIN_TEMPLATE = 'report.md.hbs';
export const PARTIALS_FOLDER = 'partials';
export const PARTIAL_NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface TemplateSource {
  /** Path as reported in diagnostics, e.g. `templates/default/partials/issue.hbs`. */
  file: string;
  source: string;
}

export interface TemplateSet {
  name: string;
  dir: string;
  main: TemplateSource;
  partials: Map<string, TemplateSource>;
}

/** The folder holding the shipped sets; src/render and dist/render both sit two below the root. */
export function shippedTemplatesDir(): string {
  return packagePath('templates/');
}

/** Names of the shipped sets (folders under templates/ with a main template), sorted. */
export function listShippedTemplateSets(): string[] {
  const root = shippedTemplatesDir();
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && PARTIAL_NAME.test(e.name) && isFile(join(root, e.name, MAIN_TEMPLATE)))
    .map((e) => e.name)
    .sort();
}

export function shippedTemplateSetDir(name: string): string {
  if (!PARTIAL_NAME.test(name) || !listShippedTemplateSets().includes(name)) {
    throw fileError(
      name,
      'unknown-template-set',
      `没有名为“${name}”的内置模板集`,
      `内置模板集：${listShippedTemplateSets().join('、')}；或用 --templates DIR 指定自己的模板目录`,
    );
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

function readTemplate(path: string, display: string): string {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    throw fileError(display, 'template-missing', `模板文件不存在：${display}`, `模板目录须含 ${MAIN_TEMPLATE} 和 ${PARTIALS_FOLDER}/*.hbs；可用 rectify templates export default DIR 生成`);
  }
  if (stat.isSymbolicLink() || !stat.isFile()) {
    throw fileError(display, 'template-not-a-file', `模板必须是模板目录中的普通文件（不能是符号链接或目录）：${display}`, '把文件复制进模板目录，不要用链接');
  }
  return readFileSync(path, 'utf8');
}

/** Read a template set from a folder (I/O); compiling is separate (see engine.ts). */
export function loadTemplateSet(dir: string, cwd: string = process.cwd()): TemplateSet {
  const root = resolve(cwd, dir);
  const display = (p: string) => shown(p, cwd);
  let rootStat;
  try {
    rootStat = lstatSync(root);
  } catch {
    throw fileError(dir, 'template-dir-missing', `模板目录不存在：${dir}`, '检查 --templates 的路径');
  }
  if (!rootStat.isDirectory()) throw fileError(dir, 'template-dir-missing', `不是目录：${dir}`, '--templates 须指向一个模板目录');
  const mainPath = join(root, MAIN_TEMPLATE);
  const main = { file: display(mainPath), source: readTemplate(mainPath, display(mainPath)) };
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
      throw fileError(display(path), 'template-bad-name', `模板片段名“${name}”不合规：只能用小写字母、数字和连字符`, '重命名该文件，例如 part-one.hbs');
    }
    partials.set(name, { file: display(path), source: readTemplate(path, display(path)) });
  }
  return { name: shown(root, cwd), dir: root, main, partials };
}

/**
 * Handlebars, set up for Markdown reports:
 * - an isolated environment (`Handlebars.create()`): our helpers and partials never leak into, or
 *   pick up from, any other user of Handlebars in the process;
 * - HTML escaping off (`noEscape`): `&amp;` in a report is a bug. Markdown escaping happens instead
 *   when the view is built (view.ts), so `{{x}}` and `{{{x}}}` print the same escaped ledger text;
 * - `strict`: a misspelt field is an error, not an empty string; `knownHelpersOnly`: a misspelt
 *   helper is an error at compile time;
 * - every partial reference is checked against the set before rendering, and every error is a
 *   diagnostic naming the template file, line and column.
 */
import Handlebars from 'handlebars';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { RectifyError } from '../diagnostics/diagnostic.js';
import { HELPERS } from './helpers.js';
import type { TemplateSet, TemplateSource } from './template-set.js';

type HbsEnv = ReturnType<typeof Handlebars.create>;
type Node = { type: string; loc?: { start: { line: number; column: number } } } & Record<string, unknown>;

export interface CompiledTemplateSet {
  name: string;
  dir: string;
  render(view: unknown): string;
}

const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((k) => [k, true])),
  preventIndent: true,
} as const;

function say(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

function templateDiagnostic(file: string, line: number, column: number, message: string, hint: string): Diagnostic {
  return { severity: 'error', code: 'template-error', message, file, line, column, path: '', hint };
}

/** Parse errors with a position: Handlebars' own message has only the line, its parser knows more. */
function parseWithPosition(env: HbsEnv, source: string): { ast?: hbs.AST.Program; error?: { line: number; column: number; message: string } } {
  try {
    return { ast: env.parse(source) };
  } catch (first) {
    const message = first instanceof Error ? first.message : String(first);
    const withLine = first as { lineNumber?: number; column?: number };
    if (typeof withLine.lineNumber === 'number') {
      return { error: { line: withLine.lineNumber, column: (withLine.column ?? 0) + 1, message: message.replace(/ - \d+:\d+$/, '') } };
    }
    const parser = Object.create((env as unknown as { Parser: object }).Parser) as { parse(s: string): unknown; parseError: unknown };
    parser.parseError = (str: string, hash: { loc?: { first_line: number; first_column: number } }) => {
      throw Object.assign(new Error(str), { hash });
    };
    try {
      parser.parse(source);
    } catch (second) {
      const loc = (second as { hash?: { loc?: { first_line: number; first_column: number } } }).hash?.loc;
      if (loc) return { error: { line: loc.first_line, column: loc.first_column + 1, message: lastLine(message) } };
    }
    const line = /line (\d+)/.exec(message);
    return { error: { line: line ? Number(line[1]) : 0, column: 0, message: lastLine(message) } };
  }
}

function lastLine(message: string): string {
  const lines = message.split('\n');
  return lines[lines.length - 1] ?? message;
}

/** Partial names used in a template, with their positions. */
function partialReferences(ast: hbs.AST.Program): { name: string; line: number; column: number }[] {
  const refs: { name: string; line: number; column: number }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name && typeof n.name === 'object') {
      const name = n.name as { type: string; original?: unknown };
      if (name.type === 'PathExpression' && typeof name.original === 'string') {
        refs.push({ name: name.original, line: n.loc?.start.line ?? 0, column: (n.loc?.start.column ?? 0) + 1 });
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') visit(value);
  };
  visit(ast);
  return refs;
}

/** Where a runtime error happened: the innermost template that saw it. */
interface Located {
  templateFile?: string;
}

function wrap(file: string, fn: (context: unknown, options?: unknown) => string) {
  return (context: unknown, options?: unknown): string => {
    try {
      return fn(context, options);
    } catch (error) {
      if (error && typeof error === 'object' && !(error as Located).templateFile) (error as Located).templateFile = file;
      throw error;
    }
  };
}

/**
 * Compile a set: every template is parsed and compiled now, so syntax errors, unknown helpers and
 * missing partials are all reported before anything renders. Returns diagnostics, never throws.
 */
export function compileTemplateSet(set: TemplateSet, lang: Lang = 'zh'): { compiled?: CompiledTemplateSet; diagnostics: Diagnostic[] } {
  const env = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) env.registerHelper(name, helper as Handlebars.HelperDelegate);
  const diagnostics: Diagnostic[] = [];
  const sources: [string | null, TemplateSource][] = [[null, set.main], ...[...set.partials].map(([n, s]) => [n, s] as [string, TemplateSource])];
  const compiled = new Map<string | null, (context: unknown, options?: unknown) => string>();

  for (const [name, template] of sources) {
    const parsed = parseWithPosition(env, template.source);
    if (!parsed.ast) {
      const e = parsed.error!;
      diagnostics.push(
        templateDiagnostic(template.file, e.line, e.column, say(lang, `模板语法错误：${e.message}`, `template syntax error: ${e.message}`), say(lang, '检查 {{ }} 是否成对、块是否闭合', 'check that every {{ has its }} and every block is closed')),
      );
      continue;
    }
    for (const ref of partialReferences(parsed.ast)) {
      if (!set.partials.has(ref.name)) {
        diagnostics.push(
          templateDiagnostic(
            template.file,
            ref.line,
            ref.column,
            say(lang, `模板片段“${ref.name}”不存在`, `partial "${ref.name}" does not exist`),
            say(lang, `片段须放在模板目录的 partials/${ref.name}.hbs`, `partials live in the set's folder as partials/${ref.name}.hbs`),
          ),
        );
      }
    }
    let spec: ReturnType<typeof Handlebars.precompile>;
    try {
      // precompile runs the whole compiler without executing anything: unknown helpers surface here.
      spec = env.precompile(parsed.ast, COMPILE_OPTIONS);
    } catch (error) {
      const e = error as { message?: string; lineNumber?: number; column?: number };
      diagnostics.push(
        templateDiagnostic(
          template.file,
          e.lineNumber ?? 0,
          (e.column ?? 0) + 1,
          say(lang, `模板错误：${(e.message ?? '').replace(/ - \d+:\d+$/, '')}`, `template error: ${(e.message ?? '').replace(/ - \d+:\d+$/, '')}`),
          say(lang, `可用的帮助函数：${Object.keys(HELPERS).join(', ')}`, `available helpers: ${Object.keys(HELPERS).join(', ')}`),
        ),
      );
      continue;
    }
    // The precompiled spec is the compiler's whole output; turning it into the template saves
    // env.compile from running the same compiler a second time (a tenth of a small build).
    const templateSpec = new Function(`return ${String(spec)};`)() as typeof spec;
    compiled.set(name, wrap(template.file, env.template(templateSpec) as (c: unknown, o?: unknown) => string));
  }
  if (diagnostics.length > 0) return { diagnostics };
  for (const [name, fn] of compiled) if (name !== null) env.registerPartial(name, fn as unknown as Handlebars.Template);
  const main = compiled.get(null)!;

  return {
    diagnostics,
    compiled: {
      name: set.name,
      dir: set.dir,
      render(view: unknown): string {
        try {
          return normaliseMarkdown(main(view));
        } catch (error) {
          throw new RectifyError(runtimeDiagnostic(error, set.main.file, lang));
        }
      },
    },
  };
}

function runtimeDiagnostic(error: unknown, fallbackFile: string, lang: Lang): Diagnostic {
  const e = (error ?? {}) as { message?: string; lineNumber?: number; column?: number } & Located;
  const message = (e.message ?? String(error)).replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]$/, '');
  return templateDiagnostic(
    e.templateFile ?? fallbackFile,
    e.lineNumber ?? 0,
    typeof e.column === 'number' ? e.column + 1 : 0,
    say(lang, `模板运行出错：${message}`, `template failed: ${message}`),
    say(lang, '检查字段名拼写；可用字段见 docs 中的模板说明', 'check the field name; the template fields are listed in the docs'),
  );
}

/**
 * Templates may leave blank lines freely: runs of blank lines collapse to one, trailing spaces go,
 * and the file ends with exactly one newline. Ledger text holds no line breaks (escape.ts), so this
 * never changes ledger content.
 */
export function normaliseMarkdown(markdown: string): string {
  return `${markdown
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

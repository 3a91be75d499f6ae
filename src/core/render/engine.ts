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
import { createRequire } from 'node:module';
import type HandlebarsCompiler from 'handlebars';
import HandlebarsRuntimeModule from 'handlebars/runtime.js';
import { Failure, placeIn, problem, type Place, type Problem } from '../../model/problem.js';
import { HELPERS } from './helpers.js';
import type { PrecompiledTemplateSet, TemplateSet, TemplateSource } from './template-set.js';
import { pushAll } from '../../model/lists.js';

type Handlebars = typeof HandlebarsCompiler;
type HbsEnv = ReturnType<Handlebars['create']>;
type TemplateFn = (context: unknown, options?: unknown) => string;
type TemplateSpecification = Parameters<HbsEnv['template']>[0];
// handlebars/runtime's own typings declare an empty module; it is the compiler's API minus compiling
const HandlebarsRuntime = HandlebarsRuntimeModule as unknown as Handlebars;

let compiler: Handlebars | undefined;
/**
 * The full Handlebars (compiler and the source-map library it loads) costs a tenth of a small
 * build's start-up. Shipped sets arrive precompiled (dist/templates/), so only a user's own set,
 * or an edited shipped one, loads it.
 */
function handlebarsCompiler(): Handlebars {
  return (compiler ??= createRequire(import.meta.url)('handlebars') as Handlebars);
}
type Node = { type: string; loc?: { start: { line: number; column: number } } } & Record<string, unknown>;

export interface CompiledTemplateSet {
  name: string;
  dir: string;
  /** The inspection kinds the set is written for (`{{!-- kinds: 审计 --}}` in report.md.hbs); none: every kind. */
  kinds?: string[];
  /** `inputChars`: the size of the ledger's text, which the render's budget scales with. */
  render(view: unknown, limits?: { inputChars?: number }): string;
}

/**
 * Handlebars' own `log` helper prints its arguments to the terminal: a template could show a name
 * that the public version masks in every file. It is no helper of ours (false: unknown, refused
 * at compile time).
 */
const REFUSED_BUILTINS = { log: false } as const;

/**
 * A set may say which kinds of inspection its wording is for, in a comment of its main template:
 * `{{!-- kinds: 审计 --}}` (several separated by 、 or commas). Building a ledger of another kind
 * with it is worth a warning: its headings would mix with the ledger's wording. Read by hand, in
 * one pass (a template is user text).
 */
const KINDS_OPENING = 'kinds:';

export function declaredKinds(source: string): string[] | undefined {
  for (let at = source.indexOf('{{!--'); at >= 0; at = source.indexOf('{{!--', at + 5)) {
    let i = at + 5;
    while (i < source.length && /\s/.test(source[i]!)) i++;
    if (!source.startsWith(KINDS_OPENING, i)) continue;
    i += KINDS_OPENING.length;
    const lineEnd = source.indexOf('\n', i);
    const close = source.indexOf('--}}', i);
    if (close < 0 || (lineEnd >= 0 && lineEnd < close)) continue;
    return source.slice(i, close).split(/[、,，\s]/).filter((k) => k !== '');
  }
  return undefined;
}

/** The warning for a ledger whose kind the set is not written for; none when it is. */
export function kindMismatch(templates: Pick<CompiledTemplateSet, 'name' | 'kinds'>, kind: string, place: () => Place): Problem[] {
  if (!templates.kinds || templates.kinds.includes(kind)) return [];
  return [problem('template-kind-mismatch', place(), { set: templates.name, kind, kinds: templates.kinds.join('、') }, 'warning')];
}

const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: { ...Object.fromEntries(Object.keys(HELPERS).map((k) => [k, true])), ...REFUSED_BUILTINS },
  preventIndent: true,
} as const;

/** Every template problem is `template-error`; `kind` says which: syntax, partial-missing, compile, unknown-field, runtime. */
function templateProblem(kind: string, file: string, line: number, column: number, params: Record<string, string | number> = {}): Problem {
  return problem('template-error', placeIn(file, line, column), { kind, ...params });
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
 * missing partials are all reported before anything renders. A shipped set whose sources match the
 * specs precompiled at build time skips the compiler (checked then, so no problems). Never throws.
 */
export function compileTemplateSet(set: TemplateSet): { compiled?: CompiledTemplateSet; problems: Problem[] } {
  if (set.precompiled && set.precompiled.fingerprint === templateSetFingerprint(set) && Array.isArray(set.precompiled.specs)) {
    return { compiled: instantiate(set, set.precompiled), problems: [] };
  }
  const { precompiled, problems } = precompileTemplateSet(set);
  return precompiled ? { compiled: instantiate(set, precompiled), problems } : { problems };
}

/**
 * What a precompiled set depends on: the sources (with their names), Handlebars and the options —
 * kept whole rather than hashed. Comparing a few kilobytes of text is exact and costs less than
 * loading the crypto module.
 */
export function templateSetFingerprint(set: TemplateSet): string {
  const sources = [[null, set.main] as const, ...[...set.partials].sort(([a], [b]) => (a < b ? -1 : 1))];
  return JSON.stringify([HandlebarsRuntime.VERSION, COMPILE_OPTIONS, sources.map(([name, template]) => [name, template.source])]);
}

/**
 * Run a set through the compiler: every template is parsed and compiled now, so syntax errors,
 * unknown helpers and missing partials are all reported before anything renders.
 */
export function precompileTemplateSet(set: TemplateSet): { precompiled?: PrecompiledTemplateSet; problems: Problem[] } {
  const env = handlebarsCompiler().create();
  const problems: Problem[] = [];
  const sources: [string | null, TemplateSource][] = [[null, set.main], ...[...set.partials].map(([n, s]) => [n, s] as [string, TemplateSource])];
  const specs: [string | null, string][] = [];

  const calls = new Map<string | null, { name: string; line: number; column: number }[]>();
  for (const [name, template] of sources) {
    // depth first, by a plain scan: the parser itself recurses once per level (5,000 nested blocks
    // exhausted its stack, and rendering them took minutes)
    const deep = deepestBlock(template.source);
    if (deep.depth > MAX_NESTING) {
      problems.push(templateProblem('too-deep', template.file, deep.line, deep.column, { max: MAX_NESTING }));
      continue;
    }
    const parsed = parseWithPosition(env, template.source);
    if (!parsed.ast) {
      const e = parsed.error!;
      problems.push(templateProblem('syntax', template.file, e.line, e.column, { detail: e.message }));
      continue;
    }
    const refs = partialReferences(parsed.ast);
    calls.set(name, refs);
    for (const ref of refs) {
      if (!set.partials.has(ref.name)) {
        problems.push(templateProblem('partial-missing', template.file, ref.line, ref.column, { name: ref.name }));
      }
    }
    let spec: ReturnType<Handlebars['precompile']>;
    try {
      // precompile runs the whole compiler without executing anything: unknown helpers surface here.
      // a copy: precompile writes its defaults into the options it is given, which would change
      // the fingerprint of every later set
      spec = env.precompile(parsed.ast, { ...COMPILE_OPTIONS, knownHelpers: { ...COMPILE_OPTIONS.knownHelpers } });
    } catch (error) {
      const e = error as { message?: string; lineNumber?: number; column?: number };
      problems.push(
        templateProblem('compile', template.file, e.lineNumber ?? 0, (e.column ?? 0) + 1, {
          detail: (e.message ?? '').replace(/ - \d+:\d+$/, ''),
          helpers: Object.keys(HELPERS).join(', '),
        }),
      );
      continue;
    }
    specs.push([name, String(spec)]);
  }
  if (problems.length === 0) pushAll(problems, partialCycles(set, calls));
  if (problems.length > 0) return { problems };
  return { precompiled: { fingerprint: templateSetFingerprint(set), specs }, problems };
}

/** Blocks (`{{#…}}`, `{{#> …}}`, `{{^…}}`) open inside each other at most this deep; the shipped sets use 4. */
export const MAX_NESTING = 32;

/**
 * How deep blocks nest in a template's source, and where the deepest opens: one pass over the
 * `{{`s, counting openers and closers (comments and raw text skipped). An estimate the parser
 * would refine, but never lower than what the parser would build.
 */
function deepestBlock(source: string): { depth: number; line: number; column: number } {
  let depth = 0;
  let deepest = { depth: 0, line: 0, column: 0 };
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (let i = source.indexOf('{{'); i >= 0; i = source.indexOf('{{', i + 2)) {
    let j = i + 2;
    if (source[j] === '!') {
      const end = source.indexOf(source.startsWith('{{!--', i) ? '--}}' : '}}', j);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (source[j] === '~') j++;
    const c = source[j];
    if (c === '#' || c === '^') depth++;
    else if (c === '/') depth--;
    else continue;
    if (depth > deepest.depth) {
      for (let k = source.indexOf('\n', counted); k >= 0 && k < i; k = source.indexOf('\n', k + 1)) {
        line++;
        lineStart = k + 1;
        counted = k + 1;
      }
      deepest = { depth, line, column: i - lineStart + 1 };
    }
  }
  return deepest;
}

/**
 * Partials that call themselves, directly or through others: nothing in a ledger is recursive, so
 * such a set would never stop (or, calling each other twice, double its output at every level).
 */
function partialCycles(set: TemplateSet, calls: ReadonlyMap<string | null, readonly { name: string; line: number; column: number }[]>): Problem[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (name: string): Problem | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(name)), name];
      const caller = path[path.length - 1]!;
      const ref = calls.get(caller)?.find((r) => r.name === name);
      return templateProblem('recursion', set.partials.get(caller)?.file ?? caller, ref?.line ?? 0, ref?.column ?? 0, { chain: cycle.join(' → ') });
    }
    state.set(name, 'visiting');
    path.push(name);
    for (const ref of calls.get(name) ?? []) {
      if (!set.partials.has(ref.name)) continue;
      const found = visit(ref.name);
      if (found) return found;
    }
    path.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of [...set.partials.keys()].sort()) {
    const found = visit(name);
    if (found) return [found];
  }
  return [];
}

/**
 * Turn precompiled specs into the set's render function with the Handlebars runtime alone. The
 * spec is the compiler's whole output, so a set compiled now and one precompiled at build time
 * render the same bytes.
 */
function instantiate(set: TemplateSet, precompiled: PrecompiledTemplateSet): CompiledTemplateSet {
  const env = HandlebarsRuntime.create();
  for (const name of Object.keys(REFUSED_BUILTINS)) env.unregisterHelper(name);
  for (const [name, helper] of Object.entries(HELPERS)) env.registerHelper(name, helper as HandlebarsCompiler.HelperDelegate);
  // every block, loop step and partial counts against the render's budget
  const budget = new RenderBudget();
  for (const name of ['each', 'if', 'unless', 'with']) {
    const builtin = env.helpers[name] as (this: unknown, ...args: unknown[]) => unknown;
    env.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      budget.step();
      const options = args[args.length - 1] as { fn?: (...a: unknown[]) => string; inverse?: (...a: unknown[]) => string };
      const counted = { ...options };
      if (options.fn) counted.fn = (...a: unknown[]) => budget.output(options.fn!(...a));
      if (options.inverse) counted.inverse = (...a: unknown[]) => budget.output(options.inverse!(...a));
      return builtin.apply(this, [...args.slice(0, -1), counted]);
    } as HandlebarsCompiler.HelperDelegate);
  }
  const compiled = new Map<string | null, TemplateFn>();
  for (const [name, spec] of precompiled.specs) {
    const file = name === null ? set.main.file : (set.partials.get(name)?.file ?? name);
    const templateSpec = new Function(`return ${spec};`)() as TemplateSpecification;
    compiled.set(name, wrap(file, budget.around(env.template(templateSpec) as TemplateFn)));
  }
  for (const [name, fn] of compiled) if (name !== null) env.registerPartial(name, fn as unknown as HandlebarsCompiler.Template);
  const main = compiled.get(null)!;

  const kinds = declaredKinds(set.main.source);
  return {
    name: set.name,
    dir: set.dir,
    ...(kinds !== undefined ? { kinds } : {}),
    render(view: unknown, limits?: { inputChars?: number }): string {
      budget.reset(limits?.inputChars ?? 0);
      try {
        return normaliseMarkdown(main(view));
      } catch (error) {
        if (error instanceof RenderLimitError) throw new Failure(templateProblem(error.kind, error.templateFile ?? set.main.file, 0, 0, { max: error.max }));
        throw new Failure(runtimeProblem(error, set.main.file));
      }
    },
  };
}

/** A render past its budget: `output` (characters written) or `steps` (blocks, loop steps, partials), or partials nested too deep. */
class RenderLimitError extends Error {
  templateFile?: string;
  constructor(
    readonly kind: 'too-large' | 'too-many-steps' | 'too-deep',
    readonly max: number,
  ) {
    super(kind);
    this.name = 'RenderLimitError';
  }
}

/**
 * What one render may do. The shipped templates write a report of two to three times the ledger's
 * text and take a few steps per measure; the limits are far above that and scale with the ledger,
 * so only a template that multiplies its output (partials calling partials twice, loops inside
 * loops) meets them: it stops with a clear error instead of running for minutes into gigabytes.
 */
export const RENDER_LIMITS = { baseChars: 32 * 1024 * 1024, charsPerInputChar: 4, baseSteps: 1_000_000, stepsPerInputChar: 1, partialDepth: 64 } as const;

/**
 * The budget of one render. What a block or partial writes is checked as it is returned, by its
 * own length: a template that doubles its output at every level is stopped once one piece passes
 * the limit (the report is the longest piece), before the next doubling.
 */
class RenderBudget {
  private steps = 0;
  private depth = 0;
  private maxChars = 0;
  private maxSteps = 0;
  reset(inputChars: number): void {
    this.steps = 0;
    this.depth = 0;
    this.maxChars = RENDER_LIMITS.baseChars + RENDER_LIMITS.charsPerInputChar * inputChars;
    this.maxSteps = RENDER_LIMITS.baseSteps + RENDER_LIMITS.stepsPerInputChar * inputChars;
  }
  step(): void {
    if (++this.steps > this.maxSteps) throw new RenderLimitError('too-many-steps', this.maxSteps);
  }
  output(text: string): string {
    if (text.length > this.maxChars) throw new RenderLimitError('too-large', this.maxChars);
    return text;
  }
  around(fn: TemplateFn): TemplateFn {
    return (context, options) => {
      this.step();
      if (++this.depth > RENDER_LIMITS.partialDepth) throw new RenderLimitError('too-deep', RENDER_LIMITS.partialDepth);
      try {
        return this.output(fn(context, options));
      } finally {
        this.depth--;
      }
    };
  }
}

function runtimeProblem(error: unknown, fallbackFile: string): Problem {
  const e = (error ?? {}) as { message?: string; lineNumber?: number; column?: number } & Located;
  const message = (e.message ?? String(error)).replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]$/, '');
  // strict mode's own words for a misspelt field: `"titel" not defined`
  const field = /^"([^"]+)" not defined/.exec(message)?.[1];
  return templateProblem(field !== undefined ? 'unknown-field' : 'runtime', e.templateFile ?? fallbackFile, e.lineNumber ?? 0, typeof e.column === 'number' ? e.column + 1 : 0, {
    ...(field !== undefined ? { field } : {}),
    detail: message,
  });
}

/**
 * Templates may leave blank lines freely: runs of blank lines collapse to one, trailing spaces go,
 * and the file ends with exactly one newline. Ledger text holds no line breaks (escape.ts), so this
 * never changes ledger content.
 */
export function normaliseMarkdown(markdown: string): string {
  // line by line, one pass: a pattern for trailing spaces retried every start inside a long run
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  let blank = 0;
  for (const raw of lines) {
    let end = raw.length;
    while (end > 0 && (raw.charCodeAt(end - 1) === 0x20 || raw.charCodeAt(end - 1) === 0x09)) end--;
    const line = end === raw.length ? raw : raw.slice(0, end);
    if (line === '') {
      blank++;
      continue;
    }
    if (kept.length > 0) kept.push(blank > 0 ? '\n\n' : '\n');
    blank = 0;
    kept.push(line);
  }
  return `${kept.join('').trim()}\n`;
}

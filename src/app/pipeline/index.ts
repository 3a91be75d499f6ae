/**
 * The build of one ledger, end to end: read it (host), validate, derive, render, lay out each
 * format, check the public version, write every output (host) — all of them or none. Problems
 * come back as values: an invalid ledger stops before anything is made; a template, layout, file
 * or masking failure stops before anything is written.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { derive } from '../../core/derive/index.js';
import { compileTemplateSet, type CompiledTemplateSet } from '../../core/render/engine.js';
import { redactionsOf } from '../../core/public/redact.js';
import { publicLeakProblem, survivingMaskedStrings } from '../../core/public/survivors.js';
import { validateLedgerText } from '../../core/validate/index.js';
import { displayName, type Env, type Host } from '../../host/index.js';
import type { Ledger } from '../../model/ledger.js';
import { Failure, hasErrors, placeIn, problem, type Problem } from '../../model/problem.js';
import { applyStrict } from '../report/strict.js';
import { layoutFromText } from '../../core/docx/layout.js';
import { FORMAT_WRITERS, type PreparedTemplates } from './formats.js';
import { renderReport } from './render-report.js';

export { DEFAULT_FORMATS, FORMAT_WRITERS, outputFormats, type PreparedTemplates } from './formats.js';

export interface TemplateChoice {
  /** A user's template folder (complete set); wins over `template`. */
  templatesDir?: string;
  /** A shipped set by name: `default` or `audit`. */
  template?: string;
}

/**
 * What every ledger of one `rectify build` shares. Plain data: it is copied into each worker
 * thread, which makes its own host and compiles its own template set from `choice`.
 */
export interface BuildSettings {
  choice: TemplateChoice;
  formats: string[];
  /** Output folder; default: beside each ledger. */
  outDir?: string;
  public: boolean;
  /** Warnings fail the build like errors. */
  strict: boolean;
  maxBytes?: number;
  maxAliases?: number;
  cwd: string;
  /** SOURCE_DATE_EPOCH and PATH: the same in every thread, so outputs match one-by-one builds. */
  env: Env;
}

export interface BuildResult {
  /** Absolute paths of the files written, in format order; none when anything failed. */
  outputs: string[];
  problems: Problem[];
}

/** Load and compile the chosen template set and its layout; problems (no set) on failure. */
export function prepareTemplates(choice: TemplateChoice, host: Host): { templates?: PreparedTemplates; problems: Problem[] } {
  try {
    const set = host.templates.load(choice.templatesDir ?? host.templates.shippedDir(choice.template ?? 'default'));
    const { compiled, problems } = compileTemplateSet(set);
    if (!compiled) return { problems };
    const layout = layoutFromText(host.templates.layout(set));
    if (!layout.layout) return { problems: [...problems, ...layout.problems] };
    return { templates: { compiled, layout: layout.layout }, problems };
  } catch (error) {
    if (error instanceof Failure) return { problems: [...error.problems] };
    throw error;
  }
}

/** `ledgers/justice.yaml` → `justice`: the ledger's file name without its extension. */
export function reportBaseName(ledgerPath: string): string {
  const base = basename(ledgerPath);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Where `<ledger name>.<ext>` goes: in outDir, else beside the ledger (cwd for stdin). */
export function outputPath(ledgerPath: string, extension: string, outDir: string | undefined, cwd: string): string {
  const folder = outDir !== undefined ? resolve(cwd, outDir) : ledgerPath === '-' ? cwd : dirname(resolve(cwd, ledgerPath));
  const name = ledgerPath === '-' ? 'report' : reportBaseName(ledgerPath);
  return join(folder, `${name}.${extension}`);
}

/** Validate (strict or not), derive and render one ledger's Markdown. Nothing is written. */
export function buildMarkdown(
  bytes: Uint8Array,
  file: string,
  templates: CompiledTemplateSet,
  settings: Pick<BuildSettings, 'public' | 'strict' | 'maxBytes' | 'maxAliases'>,
): { markdown?: string; ledger?: Ledger; problems: Problem[] } {
  const validated = validateLedgerText(bytes, file, { maxBytes: settings.maxBytes, maxAliases: settings.maxAliases });
  const problems = applyStrict(validated.problems, settings.strict);
  if (hasErrors(problems) || !validated.ledger) return { problems };
  const ledger = validated.ledger;
  const markdown = renderReport(ledger, derive(ledger), templates, { public: settings.public, file, inputChars: bytes.length });
  return { markdown, ledger, problems };
}

/**
 * Build one ledger file into `<ledger name>.md` (and the other formats asked for). Every output is
 * made in memory and, for --public, read back for masked text before the first file is written;
 * then all are written at once (host.write: all or none). Never writes over the ledger itself.
 */
export async function buildLedgerFile(path: string, settings: BuildSettings, templates: PreparedTemplates, host: Host): Promise<BuildResult> {
  const file = displayName(path);
  const problems: Problem[] = [];
  try {
    const bytes = await host.readInput(path, settings.maxBytes);
    const built = buildMarkdown(bytes, file, templates.compiled, settings);
    problems.push(...built.problems);
    if (built.markdown === undefined || !built.ledger) return { outputs: [], problems };

    const input = path === '-' ? undefined : resolve(settings.cwd, path);
    const masks = settings.public ? redactionsOf(built.ledger) : [];
    const made = { markdown: built.markdown, ledger: built.ledger, file, templates, host };
    const planned: { target: string; data: Uint8Array }[] = [];
    for (const format of settings.formats) {
      const writer = FORMAT_WRITERS[format]!;
      const target = outputPath(path, writer.extension, settings.outDir, settings.cwd);
      if (input !== undefined && host.isSameFile(target, input)) {
        problems.push(problem('output-is-input', placeIn(file), { target }));
        return { outputs: [], problems };
      }
      const output = await writer.make(made);
      if (settings.public && output.readable) {
        // every output, read as a reader sees it, before the first file is written
        const found = await survivingMaskedStrings(output.readable, masks);
        if (found.length > 0) {
          problems.push(publicLeakProblem(file, basename(target), found));
          return { outputs: [], problems };
        }
      }
      planned.push({ target, data: output.bytes });
    }
    if (settings.outDir !== undefined) host.ensureDir(settings.outDir, file);
    host.write(planned.map((p) => ({ ...p, shown: file })));
    return { outputs: planned.map((p) => p.target), problems };
  } catch (error) {
    if (error instanceof Failure) return { outputs: [], problems: [...problems, ...error.problems.map((p) => (p.place.file ? p : { ...p, place: { ...p.place, file } }))] };
    throw error;
  }
}

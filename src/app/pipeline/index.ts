/**
 * The build of one ledger, end to end: read it (host), validate, derive, render, lay out each
 * format, check the public version, write every output (host) — all of them or none. Problems
 * come back as values: an invalid ledger stops before anything is made; a template, layout, file
 * or masking failure stops before anything is written.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { derive } from '../../core/derive/index.js';
import { compileTemplateSet, kindMismatch, type CompiledTemplateSet } from '../../core/render/engine.js';
import type { TemplateKind } from '../../core/render/template-set.js';
import { PUBLIC_SUFFIX } from '../../core/public/output-name.js';
import { redactionsOf, type Mask } from '../../core/public/redact.js';
import { publicLeakProblem, survivingMaskedStrings } from '../../core/public/survivors.js';
import { validateLedgerText } from '../../core/validate/index.js';
import { displayName, type Env, type Host } from '../../host/index.js';
import type { Ledger } from '../../model/ledger.js';
import { Failure, hasErrors, placeIn, problem, type Problem } from '../../model/problem.js';
import { applyBuild, applyStrict } from '../report/strict.js';
import { layoutFromText } from '../../core/docx/layout.js';
import { FORMAT_WRITERS, type FormatWriter, type Made, type PreparedTemplates } from './formats.js';
import { renderReport } from './render-report.js';
import { pushAll } from '../../model/lists.js';

export { DEFAULT_FORMATS, FORMAT_WRITERS, outputFormats, type FormatWriter, type Made, type Output, type PreparedTemplates } from './formats.js';

export interface TemplateChoice {
  /** A user's template folder (complete set); wins over `template`. */
  templatesDir?: string;
  /** A shipped set by name: `default` or `audit` (reports), `summary` (summaries). */
  template?: string;
  /** What the set renders: a unit's report (default) or a round's summary. */
  kind?: TemplateKind;
}

/**
 * What every ledger of one `rectify build` shares. Plain data: it is copied into each worker
 * thread, which makes its own host and compiles its own template set from `choice`.
 */
export interface BuildSettings extends OutputNaming {
  choice: TemplateChoice;
  formats: string[];
  public: boolean;
  /** Warnings fail the build like errors. */
  strict: boolean;
  maxBytes?: number;
  maxAliases?: number;
  maxItems?: number;
  /** The most paragraphs a .docx may lay out (`--max-paragraphs`). */
  maxParagraphs?: number;
  cwd: string;
  /** SOURCE_DATE_EPOCH and PATH: the same in every thread, so outputs match one-by-one builds. */
  env: Env;
}

export interface BuildResult {
  /** Absolute paths of the files written, in format order; none when anything failed. */
  outputs: string[];
  problems: Problem[];
}

/** The shipped set used when none is named. */
export const DEFAULT_SETS: Readonly<Record<TemplateKind, string>> = { report: 'default', summary: 'summary' };

/** Load and compile the chosen template set and its layout; problems (no set) on failure. */
export function prepareTemplates(choice: TemplateChoice, host: Host): { templates?: PreparedTemplates; problems: Problem[] } {
  try {
    const kind = choice.kind ?? 'report';
    const set = host.templates.load(choice.templatesDir ?? host.templates.shippedDir(choice.template ?? DEFAULT_SETS[kind], kind), kind);
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

/** How a build names its outputs. */
export interface OutputNaming {
  /** Output folder; default: beside each ledger. */
  outDir?: string;
  /** The one output's file name (`-o report.docx`: one ledger, one format). */
  outFile?: string;
  /** The public version: named with `PUBLIC_SUFFIX` unless `suffix` says otherwise. */
  public?: boolean;
  /** Put between the ledger's name and the extension (`--suffix`); '' for none. */
  suffix?: string;
}

/**
 * Where `<ledger name>.<ext>` goes: the file named by -o, else in outDir, else beside the ledger
 * (cwd for stdin). A public build is `<ledger name>.公开版.<ext>` (or `--suffix`), so it never
 * overwrites the internal version beside it.
 */
export function outputPath(ledgerPath: string, extension: string, naming: OutputNaming, cwd: string): string {
  if (naming.outFile !== undefined) return resolve(cwd, naming.outFile);
  const folder = naming.outDir !== undefined ? resolve(cwd, naming.outDir) : ledgerPath === '-' ? cwd : dirname(resolve(cwd, ledgerPath));
  const name = ledgerPath === '-' ? 'report' : reportBaseName(ledgerPath);
  const suffix = naming.suffix ?? (naming.public ? PUBLIC_SUFFIX : '');
  return join(folder, suffix === '' ? `${name}.${extension}` : `${name}.${suffix}.${extension}`);
}

/** Validate (strict or not), derive and render one ledger's Markdown. Nothing is written. */
export function buildMarkdown(
  bytes: Uint8Array,
  file: string,
  templates: CompiledTemplateSet,
  settings: Pick<BuildSettings, 'public' | 'strict' | 'maxBytes' | 'maxAliases' | 'maxItems'>,
): { markdown?: string; ledger?: Ledger; problems: Problem[] } {
  const validated = validateLedgerText(bytes, file, { maxBytes: settings.maxBytes, maxAliases: settings.maxAliases, maxItems: settings.maxItems });
  // where the ledger says its kind (or the inspection, when the kind is left at its default):
  // looked up only for the warning, as positions of a large ledger are built on first use
  const kindPlace = () => {
    const path = validated.source?.positions.has('inspection.kind') ? 'inspection.kind' : 'inspection';
    const at = validated.source?.positions.valueAt(path);
    return placeIn(file, at?.line ?? 0, at?.column ?? 0, path);
  };
  const checked = validated.ledger ? [...validated.problems, ...kindMismatch(templates, validated.ledger.inspection.kind, kindPlace)] : validated.problems;
  const problems = applyBuild(applyStrict(checked, settings.strict));
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
    pushAll(problems, built.problems);
    if (built.markdown === undefined || !built.ledger) return { outputs: [], problems };
    const written = await writeOutputs(
      { markdown: built.markdown, date: built.ledger.report.date, file, templates, host, ...(settings.maxParagraphs !== undefined ? { maxParagraphs: settings.maxParagraphs } : {}) },
      {
        formats: settings.formats,
        writers: FORMAT_WRITERS,
        target: (extension) => outputPath(path, extension, settings, settings.cwd),
        inputs: path === '-' ? [] : [resolve(settings.cwd, path)],
        masks: settings.public ? redactionsOf(built.ledger) : undefined,
        // the folder of -o DIR, or of -o FILE
        ...(settings.outDir !== undefined ? { outDir: settings.outDir } : settings.outFile !== undefined ? { outDir: dirname(settings.outFile) } : {}),
      },
    );
    return { outputs: written.outputs, problems: [...problems, ...written.problems] };
  } catch (error) {
    if (error instanceof Failure) return { outputs: [], problems: [...problems, ...error.problems.map((p) => (p.place.file ? p : { ...p, place: { ...p.place, file } }))] };
    throw error;
  }
}

export interface OutputPlan {
  formats: readonly string[];
  writers: Readonly<Record<string, FormatWriter>>;
  /** Where the output with this extension goes (absolute). */
  target: (extension: string) => string;
  /** The files read (absolute): no output may be one of them. */
  inputs: readonly string[];
  /** The public version's masks: every output is read back for them before anything is written. */
  masks?: readonly Mask[];
  /** Made first when given (`-o DIR`). */
  outDir?: string;
}

/**
 * Make every output of one report in memory, read each back for masked text (--public), then write
 * them all at once (host.write: all or none). A report whose output would be one of its inputs, or
 * whose public version shows a masked text, writes nothing. `rectify build` and `rectify summary`
 * write through here.
 */
export async function writeOutputs(made: Made, plan: OutputPlan): Promise<BuildResult> {
  const { file, host } = made;
  const planned: { target: string; data: Uint8Array }[] = [];
  // what the writers say about their outputs (the PDF's substituted faces)
  const problems: Problem[] = [];
  for (const format of plan.formats) {
    const writer = plan.writers[format]!;
    const target = plan.target(writer.extension);
    if (plan.inputs.some((input) => host.isSameFile(target, input))) {
      return { outputs: [], problems: [...problems, problem('output-is-input', placeIn(file), { target })] };
    }
    const output = await writer.make(made);
    if (plan.masks && output.readable) {
      // every output, read as a reader sees it, before the first file is written
      const found = await survivingMaskedStrings(output.readable, plan.masks);
      if (found.length > 0) return { outputs: [], problems: [...problems, publicLeakProblem(file, basename(target), found)] };
    }
    if (output.warnings) pushAll(problems, output.warnings);
    planned.push({ target, data: output.bytes });
  }
  if (plan.outDir !== undefined) host.ensureDir(plan.outDir, file);
  host.write(planned.map((p) => ({ ...p, shown: file })));
  return { outputs: planned.map((p) => p.target), problems };
}

/**
 * A round's summary, end to end: read and validate summary.yaml, read every unit ledger (validated,
 * each reduced to derive's figures: core/summary/unit.ts — on every core, see batch/pool.ts), add
 * them up (core/summary/round.ts), render the summary template set, lay out each format, check the
 * public version, and write every output at once through the same pieces `rectify build` uses.
 * Problems come back as values; nothing is written unless the whole summary can be.
 */
import { resolve } from 'node:path';
import { masksOf, type Mask } from '../../core/public/redact.js';
import { loadLedger, type SourceMap } from '../../core/load/index.js';
import { buildSummaryView, summariseUnit, summaryWorkbook, type RoundFigures, type UnitSummary } from '../../core/summary/index.js';
import { validateLedgerText, validateSummaryText } from '../../core/validate/index.js';
import { displayName, type Env, type Host } from '../../host/index.js';
import type { IsoDate } from '../../model/ledger.js';
import { Failure, hasErrors, placeIn, problem, type Problem } from '../../model/problem.js';
import type { SummaryLedger } from '../../model/summary.js';
import { exitCodeFor } from '../exit.js';
import { applyBuild, applyStrict } from '../report/strict.js';
import { FORMAT_WRITERS, type FormatWriter, type PreparedTemplates } from './formats.js';
import { DEFAULT_SETS, outputPath, writeOutputs, type BuildResult, type TemplateChoice } from './index.js';
import { maskedForPublic } from './render-report.js';

/** What every unit ledger of one summary is read with. Plain data: it is copied into each worker thread. */
export interface UnitReadSettings {
  /** Overdue is judged as of this day: the summary's date (or --as-of); else each ledger's own. */
  asOf?: IsoDate;
  strict: boolean;
  maxBytes?: number;
  maxAliases?: number;
  maxItems?: number;
  cwd: string;
  env: Env;
}

/** One unit ledger read: its problems, and its figures when it is valid. */
export interface UnitResult {
  /** As the user named it. */
  file: string;
  problems: Problem[];
  unit?: UnitSummary;
}

/** Read, validate and summarise one unit ledger: the job every thread of `rectify summary` runs. */
export async function readUnitLedger(path: string, settings: UnitReadSettings, host: Host): Promise<UnitResult> {
  const file = displayName(path);
  let bytes: Uint8Array;
  try {
    bytes = await host.readInput(path, settings.maxBytes);
  } catch (error) {
    if (error instanceof Failure) return { file, problems: [...error.problems] };
    throw error;
  }
  const validated = validateLedgerText(bytes, file, {
    maxBytes: settings.maxBytes,
    maxAliases: settings.maxAliases,
    maxItems: settings.maxItems,
    ...(settings.asOf !== undefined ? { asOf: settings.asOf } : {}),
  });
  const problems = applyStrict(validated.problems, settings.strict);
  if (hasErrors(problems) || !validated.ledger || !validated.source) return { file, problems };
  return { file, problems, unit: summariseUnit(validated.ledger, file, settings.asOf) };
}

/**
 * The lines and columns of the round's problems about unit ledgers: the core names only their key
 * paths (see summariseUnit), and the few ledgers concerned are read again here to place them.
 */
export async function placeUnitProblems(problems: readonly Problem[], host: Host, maxBytes?: number): Promise<Problem[]> {
  const sources = new Map<string, SourceMap | undefined>();
  const placed: Problem[] = [];
  for (const p of problems) {
    const { file, line, path } = p.place;
    if (line !== 0 || path === '' || file === '' || file === '<stdin>') {
      placed.push(p);
      continue;
    }
    if (!sources.has(file)) {
      try {
        sources.set(file, loadLedger(await host.readInput(file, maxBytes), file, { maxBytes }).source?.positions);
      } catch (error) {
        if (!(error instanceof Failure)) throw error;
        sources.set(file, undefined);
      }
    }
    const at = sources.get(file)?.valueAt(path);
    placed.push(at ? { ...p, place: { ...p.place, line: at.line, column: at.column } } : p);
  }
  return placed;
}

/** The summary ledger read and checked on this thread; its source map places later problems. */
export async function readSummaryLedger(
  path: string,
  settings: Pick<UnitReadSettings, 'strict' | 'maxBytes' | 'maxAliases' | 'maxItems'>,
  host: Host,
): Promise<{ summary?: SummaryLedger; positions?: SourceMap; problems: Problem[] }> {
  const file = displayName(path);
  try {
    const bytes = await host.readInput(path, settings.maxBytes);
    const validated = validateSummaryText(bytes, file, { maxBytes: settings.maxBytes, maxAliases: settings.maxAliases, maxItems: settings.maxItems });
    // its texts go into the report: 【待填写】 left in them fails the run, as in a build
    const problems = applyBuild(applyStrict(validated.problems, settings.strict));
    if (hasErrors(problems) || !validated.summary || !validated.source) return { problems };
    return { summary: validated.summary, positions: validated.source.positions, problems };
  } catch (error) {
    if (error instanceof Failure) return { problems: [...error.problems] };
    throw error;
  }
}

/**
 * The unit ledgers that cannot be counted, split by why: `invalid` (exit 1: their content is wrong;
 * `--allow-invalid` leaves them out) and `unreadable` (exit 2: no such file, an internal error),
 * which always stop the summary.
 */
export function unitsThatFailed(results: readonly UnitResult[]): { invalid: string[]; unreadable: string[] } {
  const invalid: string[] = [];
  const unreadable: string[] = [];
  for (const r of results) {
    if (r.unit) continue;
    (exitCodeFor(r.problems) === 2 ? unreadable : invalid).push(r.file);
  }
  return { invalid, unreadable };
}

/** `unit-left-out`: the warning naming a unit ledger the summary does not count. */
export function leftOutProblem(file: string, problems: readonly Problem[]): Problem {
  return problem('unit-left-out', placeIn(file), { errors: problems.filter((p) => p.severity === 'error').length }, 'warning');
}

/**
 * What the public summary masks: summary.yaml's redact list, then every counted unit's (its
 * redact list and its people's names): nothing a unit's own public version hides shows in the
 * round's.
 */
export function summaryMasks(summary: SummaryLedger, units: readonly UnitSummary[]): Mask[] {
  return masksOf([...summary.redact, ...units.flatMap((u) => u.redact)]);
}

/** The summary report's Markdown, masked for the public version (a masked text that survives fails, naming the file). */
export function renderSummary(summary: SummaryLedger, figures: RoundFigures, templates: PreparedTemplates, masks: readonly Mask[] | undefined, file: string): string {
  const markdown = templates.compiled.render(buildSummaryView(summary, figures));
  return masks ? maskedForPublic(markdown, masks, file) : markdown;
}

/** Formats of `rectify summary`: the report's (md, docx, pdf) and the office's workbook. */
export const SUMMARY_FORMATS: readonly string[] = [...Object.keys(FORMAT_WRITERS), 'xlsx'].sort();

export interface SummaryOutputSettings {
  formats: readonly string[];
  outDir?: string;
  public: boolean;
  cwd: string;
}

/**
 * Write the summary's outputs (`<summary name>.md`, .docx, .pdf, .xlsx): made in memory, read back
 * for masked text under --public, then written all at once. `inputs` are every file read: no
 * output may be one of them.
 */
export async function writeSummary(
  summaryPath: string,
  summary: SummaryLedger,
  figures: RoundFigures,
  units: readonly UnitSummary[],
  templates: PreparedTemplates,
  settings: SummaryOutputSettings,
  inputs: readonly string[],
  host: Host,
): Promise<BuildResult> {
  const file = displayName(summaryPath);
  try {
    const masks = settings.public ? summaryMasks(summary, units) : undefined;
    const markdown = renderSummary(summary, figures, templates, masks, file);
    const date = summary.report.date;
    const xlsx: FormatWriter = {
      extension: 'xlsx',
      make: async () => {
        const book = await summaryWorkbook(figures, { date: host.documentDate(date), ...(masks ? { masks } : {}) });
        return { bytes: host.repackZip(book.bytes), readable: { texts: book.texts } };
      },
    };
    return await writeOutputs(
      { markdown, date, file, templates, host },
      {
        formats: settings.formats,
        writers: { ...FORMAT_WRITERS, xlsx },
        target: (extension) => outputPath(summaryPath, extension, settings, settings.cwd),
        inputs: inputs.filter((p) => p !== '-').map((p) => resolve(settings.cwd, p)),
        ...(masks ? { masks } : {}),
        ...(settings.outDir !== undefined ? { outDir: settings.outDir } : {}),
      },
    );
  } catch (error) {
    if (error instanceof Failure) return { outputs: [], problems: error.problems.map((p) => (p.place.file ? p : { ...p, place: { ...p.place, file } })) };
    throw error;
  }
}

/** The template set of a summary: `--templates DIR` (a complete set with summary.md.hbs) or a shipped one. */
export function summaryTemplateChoice(templatesDir: string | undefined, template: string | undefined): TemplateChoice {
  return { ...(templatesDir !== undefined ? { templatesDir } : {}), template: template ?? DEFAULT_SETS.summary, kind: 'summary' };
}

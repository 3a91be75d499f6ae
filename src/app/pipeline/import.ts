/**
 * The whole import: spreadsheet bytes → validated ledger YAML, or problems and no YAML. Either a
 * new ledger, or (`--into`) the ledger the sheet is a working copy of, updated in place with its
 * comments, key order and style kept. The YAML is validated as written, so what reaches disk always
 * passes `rectify validate`; every problem names the sheet cell it comes from.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { ColumnMap } from '../../core/spreadsheet/column-map.js';
import { gridsToLedger, readSpreadsheet, type SpreadsheetLimits } from '../../core/spreadsheet/import.js';
import type { RowAccount } from '../../core/spreadsheet/group.js';
import { problemAt } from '../../core/spreadsheet/place.js';
import { sheetProblems } from '../../core/spreadsheet/places.js';
import { META_SHEET } from '../../core/spreadsheet/xlsx-write.js';
import { ledgerToYaml } from '../../core/spreadsheet/yaml-write.js';
import { changesNotIn } from '../../core/diff/flat.js';
import { rewriteLedgerText } from '../../core/rewrite/index.js';
import { validateLedgerText } from '../../core/validate/index.js';
import type { IsoDate, Ledger } from '../../model/ledger.js';
import { hasErrors, placeIn, problem, sortProblems, type Problem } from '../../model/problem.js';
import { pushAll } from '../../model/lists.js';
import { sameData } from '../../model/values.js';

export interface ImportToYamlOptions {
  /** The spreadsheet as the user named it, for problems. */
  file: string;
  /** The output as the user named it, for problems about the produced YAML. */
  output: string;
  /** Absolute path the YAML goes to, for the schema comment; undefined for standard output. */
  outputPath?: string;
  today: IsoDate;
  /** The shipped schema's path, for the editor modeline when the output sits beside the package. */
  schemaFile: string;
  /** The comment lines over a ledger made from a hand-made sheet, given the keys to fill in. */
  fillInComment: (keys: string[]) => string[];
  map?: ColumnMap;
  /** The input's size limit (--max-bytes) and what follows from it; default 10 MiB. */
  limits?: SpreadsheetLimits;
  /** Alias expansion limit for the ledger stored in an exported workbook (--max-aliases). */
  maxAliases?: number;
  /** The item limit of the ledger imported into (--max-items). */
  maxItems?: number;
  /** `--date`: the report date of the imported round, over the sheet's. */
  date?: IsoDate;
  /** `--into`: the ledger the sheet updates, as the user named it, and its bytes. */
  into?: { file: string; bytes: Uint8Array };
  /** `--force` with `--into`: the sheet wins even where the ledger changed after the export. */
  force?: boolean;
}

export interface ImportToYamlResult {
  yaml?: string;
  ledger?: Ledger;
  /** With `--into`: the ledger as it was, for the list of what changed. */
  before?: Ledger;
  problems: Problem[];
  /** The data rows read and what became of them, once a table was found. */
  rows?: RowAccount & { sheet: string };
}

/**
 * A relative `$schema` path works offline and in every editor, but only while the ledger stays
 * beside the rectify checkout; outside it the line would point nowhere, so it is left out.
 */
export function schemaPathFor(outputPath: string | undefined, schemaFile: string): string | undefined {
  if (outputPath === undefined) return undefined;
  const root = dirname(dirname(schemaFile));
  const out = resolve(outputPath);
  if (!out.startsWith(root + sep)) return undefined;
  return relative(dirname(out), schemaFile).split(sep).join('/');
}

export async function importSpreadsheetToYaml(bytes: Uint8Array, options: ImportToYamlOptions): Promise<ImportToYamlResult> {
  const result = await importUnsorted(bytes, options);
  return { ...result, problems: sortProblems(result.problems) };
}

/**
 * `ledger` with the parts a workbook shows, and so may change, taken from `from`: the table
 * (aspects, issues, measures and the people and units they name) and the 报告信息 sheet (report,
 * inspection, key figures, referral counts). The rest (overview, plans, appendix, redact, the
 * referrals' text) only the YAML holds.
 */
function withSheetPart(ledger: Ledger, from: Ledger): Ledger {
  const { report, inspection, people, units, aspects, metrics } = structuredClone(from);
  const out: Ledger = { ...structuredClone(ledger), report, inspection, people, units, aspects, metrics };
  const referrals = { ...(ledger.referrals ?? {}), clues: from.referrals?.clues, petitions: from.referrals?.petitions };
  for (const key of ['clues', 'petitions'] as const) if (referrals[key] === undefined) delete referrals[key];
  if (Object.keys(referrals).length > 0) out.referrals = referrals;
  else delete out.referrals;
  return out;
}

/**
 * The sheet read and made a ledger, with the ledger its hidden sheet holds (problems added to
 * `problems`); undefined when it cannot be read. A function of its own so that the cells read are
 * let go before the ledger made from them is written and checked.
 */
async function readSheetLedger(
  bytes: Uint8Array,
  options: ImportToYamlOptions,
  into: Ledger | undefined,
  problems: Problem[],
): Promise<{ exported: Ledger | undefined; result: ReturnType<typeof gridsToLedger> } | undefined> {
  const { file } = options;
  const read = await readSpreadsheet(bytes, file, options.limits);
  pushAll(problems, read.problems);
  if (!read.book || hasErrors(problems)) return undefined;

  let exported: Ledger | undefined;
  if (read.book.metaYaml !== undefined) {
    const checked = validateLedgerText(read.book.metaYaml, `${file}#${META_SHEET}`, { maxAliases: options.maxAliases });
    if (checked.ledger) exported = checked.ledger;
    else {
      const first = checked.problems.find((d) => d.severity === 'error');
      problems.push(problemAt({ file, sheet: META_SHEET, row: 0, column: 0 }, 'warning', 'meta-unreadable', { code: first?.code ?? '', line: first?.place.line ?? 0 }));
    }
  }

  // What the sheet's cells are compared with: the ledger it was exported from (its hidden sheet),
  // else the ledger imported into; the parts no sheet shows come from the ledger imported into.
  const meta = into ? (exported ? withSheetPart(into, exported) : into) : exported;
  const result = gridsToLedger(read.book.sheets, {
    file,
    ...(options.limits ? { limits: options.limits } : {}),
    today: options.today,
    ...(options.map ? { map: options.map } : {}),
    ...(meta ? { meta } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
  });
  return { exported, result };
}

async function importUnsorted(bytes: Uint8Array, options: ImportToYamlOptions): Promise<ImportToYamlResult> {
  const { file } = options;
  const problems: Problem[] = [];

  // The ledger imported into comes first: if it is invalid, the sheet has nothing to update.
  let into: { file: string; text: string; ledger: Ledger; positions: NonNullable<ReturnType<typeof validateLedgerText>['source']>['positions'] } | undefined;
  if (options.into) {
    const checked = validateLedgerText(options.into.bytes, options.into.file, { maxAliases: options.maxAliases, maxItems: options.maxItems });
    if (!checked.ledger || !checked.source) return { problems: checked.problems.filter((p) => p.severity === 'error') };
    into = { file: options.into.file, text: checked.source.text, ledger: checked.ledger, positions: checked.source.positions };
  }

  const sheet = await readSheetLedger(bytes, options, into?.ledger, problems);
  if (!sheet) return { problems };
  const { exported, result } = sheet;
  pushAll(problems, result.problems);
  const rows = result.rows;
  const withRows = (r: ImportToYamlResult): ImportToYamlResult => (rows ? { ...r, rows } : r);
  if (!result.ledger || hasErrors(problems)) return withRows({ problems });
  const ledger = into ? withSheetPart(into.ledger, result.ledger) : result.ledger;
  // a workbook exported from another unit's ledger: told as that, not as a ledger changed since
  if (into && exported && !options.force && exported.inspection.target !== into.ledger.inspection.target) {
    return { problems: [...problems, problem('sheet-of-other-ledger', placeIn(file), { sheet: file, ledger: into.file, sheetTarget: exported.inspection.target, ledgerTarget: into.ledger.inspection.target })] };
  }
  if (into && exported && !options.force) {
    // the ledger changed after the export: importing would undo what the sheet does not show
    const lost = changesNotIn(exported, into.ledger, ledger);
    if (lost.length > 0) return withRows({ problems: [...problems, problem('sheet-out-of-date', placeIn(into.file), { sheet: file, ledger: into.file, items: lost.slice(0, 10).join('、') + (lost.length > 10 ? '…' : '') })] });
  }

  const tell = (checked: ReturnType<typeof validateLedgerText>) => {
    // the 【待填写】 keys are already listed, once, by the fill-in warning
    const told = checked.problems.filter((p) => !(p.code === 'unfilled' && result.toFill.length > 0));
    problems.push(
      ...sheetProblems(told, {
        places: result.places,
        ledger,
        ...(result.reportDateCell ? { reportDateCell: result.reportDateCell } : {}),
        elsewhere: (p) => {
          if (!into) return { ...p, place: placeIn(file, 0, 0, p.place.path) };
          // a key only the YAML holds: named in the ledger imported into, where it is
          const at = into.positions.has(p.place.path) ? into.positions.valueAt(p.place.path) : undefined;
          return { ...p, place: placeIn(into.file, at?.line ?? 0, at?.column ?? 0, p.place.path) };
        },
      }),
    );
  };

  if (into) {
    // The ledger is checked as YAML; what it finds is told at the cells.
    const checked = validateLedgerText(ledgerToYaml(ledger), options.output, { maxBytes: Number.MAX_SAFE_INTEGER });
    tell(checked);
    if (!checked.ledger || hasErrors(problems)) return withRows({ problems });
    return withRows({ yaml: rewriteLedgerText(into.text, into.ledger, checked.ledger, into.positions), ledger: checked.ledger, before: into.ledger, problems });
  }

  // The ledger is checked as the very text written (problems are told at the cells, so the lines
  // the header comments add change nothing): what reaches disk is what was validated.
  const schemaPath = schemaPathFor(options.outputPath, options.schemaFile);
  const writeOptions = {
    ...(schemaPath ? { schemaPath } : {}),
    ...(result.toFill.length > 0 ? { comments: options.fillInComment(result.toFill) } : {}),
  };
  const written = ledgerToYaml(ledger, writeOptions);
  const checked = validateLedgerText(written, options.output, { maxBytes: Number.MAX_SAFE_INTEGER });
  tell(checked);
  if (!checked.ledger || hasErrors(problems)) return withRows({ problems });
  // The file is the ledger it reads as, written, and reads back as exactly that: when it reads as
  // the ledger built, it is that text (the writer reads nothing but the values of the shape's keys,
  // so equal ledgers write the same text); when reading changed a value, the ledger read is written
  // again and that text read back once more, so nothing is lost in the writing.
  const yaml = sameData(checked.ledger, ledger) ? written : ledgerToYaml(checked.ledger, writeOptions);
  if (yaml !== written) {
    const reread = validateLedgerText(yaml, options.output, { maxBytes: Number.MAX_SAFE_INTEGER });
    if (!reread.ledger || !sameData(reread.ledger, checked.ledger)) problems.push(problemAt({ file: options.output, row: 0, column: 0 }, 'error', 'import-mismatch'));
    if (hasErrors(problems)) return withRows({ problems });
  }
  return withRows({ yaml, ledger: checked.ledger, problems });
}

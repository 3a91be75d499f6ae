/**
 * The whole import: spreadsheet bytes → validated ledger YAML, or problems and no YAML.
 * The YAML is validated as written, so what reaches disk always passes `rectify validate`.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { ColumnMap } from '../../core/spreadsheet/column-map.js';
import { gridsToLedger, readSpreadsheet, type SpreadsheetLimits } from '../../core/spreadsheet/import.js';
import type { RowAccount } from '../../core/spreadsheet/group.js';
import { problemAt } from '../../core/spreadsheet/place.js';
import { META_SHEET } from '../../core/spreadsheet/xlsx-write.js';
import { ledgerToYaml } from '../../core/spreadsheet/yaml-write.js';
import { validateLedgerText } from '../../core/validate/index.js';
import type { IsoDate, Ledger } from '../../model/ledger.js';
import { hasErrors, sortProblems, type Problem } from '../../model/problem.js';

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
}

export interface ImportToYamlResult {
  yaml?: string;
  ledger?: Ledger;
  problems: Problem[];
  /** The data rows read and what became of them, once a table was found. */
  rows?: RowAccount & { sheet: string };
}

/** Deep equality of plain data, key order aside. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((x, i) => sameValue(x, list[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
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

async function importUnsorted(bytes: Uint8Array, options: ImportToYamlOptions): Promise<ImportToYamlResult> {
  const { file } = options;
  const read = await readSpreadsheet(bytes, file, options.limits);
  const problems = [...read.problems];
  if (!read.book || hasErrors(problems)) return { problems };

  let meta: Ledger | undefined;
  if (read.book.metaYaml !== undefined) {
    const checked = validateLedgerText(read.book.metaYaml, `${file}#${META_SHEET}`, { maxAliases: options.maxAliases });
    if (checked.ledger) meta = checked.ledger;
    else {
      const first = checked.problems.find((d) => d.severity === 'error');
      problems.push(problemAt({ file, sheet: META_SHEET, row: 0, column: 0 }, 'warning', 'meta-unreadable', { code: first?.code ?? '', line: first?.place.line ?? 0 }));
    }
  }

  const result = gridsToLedger(read.book.sheets, {
    file,
    today: options.today,
    ...(options.map ? { map: options.map } : {}),
    ...(meta ? { meta } : {}),
  });
  problems.push(...result.problems);
  const rows = result.rows;
  const withRows = (r: ImportToYamlResult): ImportToYamlResult => (rows ? { ...r, rows } : r);
  if (!result.ledger || hasErrors(problems)) return withRows({ problems });

  const schemaPath = schemaPathFor(options.outputPath, options.schemaFile);
  const yaml = ledgerToYaml(result.ledger, {
    ...(schemaPath ? { schemaPath } : {}),
    ...(result.toFill.length > 0 ? { comments: options.fillInComment(result.toFill) } : {}),
  });
  const checked = validateLedgerText(yaml, options.output, { maxBytes: Number.MAX_SAFE_INTEGER });
  problems.push(...checked.problems);
  // what is written must read back as exactly the ledger imported: nothing lost in the writing
  if (checked.ledger && !sameValue(checked.ledger, result.ledger)) problems.push(problemAt({ file: options.output, row: 0, column: 0 }, 'error', 'import-mismatch'));
  if (!checked.ledger || hasErrors(problems)) return withRows({ problems });
  return withRows({ yaml, ledger: checked.ledger, problems });
}

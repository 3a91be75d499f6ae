/**
 * The whole import: spreadsheet bytes → validated ledger YAML, or problems and no YAML.
 * The YAML is validated as written, so what reaches disk always passes `rectify validate`.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { ColumnMap } from '../../core/spreadsheet/column-map.js';
import { gridsToLedger, readSpreadsheet } from '../../core/spreadsheet/import.js';
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
}

export interface ImportToYamlResult {
  yaml?: string;
  ledger?: Ledger;
  problems: Problem[];
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
  const read = await readSpreadsheet(bytes, file);
  const problems = [...read.problems];
  if (!read.book || hasErrors(problems)) return { problems };

  let meta: Ledger | undefined;
  if (read.book.metaYaml !== undefined) {
    const checked = validateLedgerText(read.book.metaYaml, `${file}#${META_SHEET}`);
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
  if (!result.ledger || hasErrors(problems)) return { problems };

  const schemaPath = schemaPathFor(options.outputPath, options.schemaFile);
  const yaml = ledgerToYaml(result.ledger, {
    ...(schemaPath ? { schemaPath } : {}),
    ...(result.toFill.length > 0 ? { comments: options.fillInComment(result.toFill) } : {}),
  });
  const checked = validateLedgerText(yaml, options.output);
  problems.push(...checked.problems);
  if (!checked.ledger || hasErrors(problems)) return { problems };
  return { yaml, ledger: checked.ledger, problems };
}

/** A spreadsheet through the import pipeline, as `rectify import` runs it, with its problems worded. */
import { say, type Lang } from '../../src/app/messages/index.js';
import { importSpreadsheetToYaml } from '../../src/app/pipeline/import.js';
import type { ColumnMap } from '../../src/core/spreadsheet/column-map.js';
import { SCHEMA_FILE } from '../../src/host/package-paths.js';
import { worded } from './words.js';

export async function importSheet(
  bytes: Uint8Array,
  options: { file: string; output: string; outputPath?: string; lang?: Lang; today: string; map?: ColumnMap },
) {
  const lang = options.lang ?? 'zh';
  const result = await importSpreadsheetToYaml(bytes, {
    file: options.file,
    output: options.output,
    ...(options.outputPath !== undefined ? { outputPath: options.outputPath } : {}),
    today: options.today,
    schemaFile: SCHEMA_FILE,
    fillInComment: (keys) => say('import.fill-in-comment', { keys: keys.join('、') }, lang).split('\n'),
    ...(options.map ? { map: options.map } : {}),
  });
  return { ...result, diagnostics: worded(result.problems, lang) };
}

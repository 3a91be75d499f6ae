import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { positiveInteger } from './validate.js';
import { fileError, hasErrors, RectifyError } from '../../model/diagnostic.js';
import { DEFAULT_MAX_ALIASES, DEFAULT_MAX_BYTES, displayName, readLedgerInput } from '../../core/load/index.js';
import { parseColumnMap, type ColumnMap } from '../../core/spreadsheet/index.js';
import { importSpreadsheetToYaml } from '../../core/spreadsheet/import-yaml.js';
import { defaultOutput, todayFrom, writeOutputFile } from '../../host/output-file.js';
import { chalkFor } from '../color.js';
import type { CliContext, CommandModule } from '../context.js';
import { reportDiagnostics } from '../report/index.js';
import { writeText } from '../io.js';

interface ImportOptions {
  output?: string;
  map?: string;
  force?: boolean;
  maxBytes: number;
  maxAliases: number;
}

const TEXT = {
  zh: {
    wrote: (p: string) => `已写入 ${p}`,
    failed: '电子表格有无法读取的内容，未写入任何文件',
    mapMissing: (p: string) => `无法读取 --map 文件 ${p}`,
    mapHint: '检查文件名；内容为 YAML 或 JSON 映射，例如 {"反馈意见": "问题"}',
    rows: (r: RowSummary) =>
      `读取工作表“${r.sheet}”的 ${r.read} 行` +
      (r.issues !== undefined ? `：导入 ${r.issues} 个问题、${r.measures} 条整改措施` : '') +
      (r.skipped > 0 ? `；${r.skipped} 行未导入（见上文）` : ''),
  },
  en: {
    wrote: (p: string) => `wrote ${p}`,
    failed: 'the spreadsheet has content that cannot be read; nothing was written',
    mapMissing: (p: string) => `cannot read the --map file ${p}`,
    mapHint: 'check the file name; it holds a YAML or JSON mapping, e.g. {"反馈意见": "issue"}',
    rows: (r: RowSummary) =>
      `read ${r.read} row(s) of sheet “${r.sheet}”` +
      (r.issues !== undefined ? `: imported ${r.issues} issue(s) and ${r.measures} measure(s)` : '') +
      (r.skipped > 0 ? `; ${r.skipped} row(s) not imported (see above)` : ''),
  },
} as const;

interface RowSummary {
  sheet: string;
  read: number;
  skipped: number;
  issues?: number;
  measures?: number;
}

const TOO_LARGE = {
  zh: (p: string, max: number) => `${p} 超过 ${max} 字节上限`,
  en: (p: string, max: number) => `${p} is larger than the ${max}-byte limit`,
} as const;
const TOO_LARGE_HINT = {
  zh: '整改台账表格一般小于 1 MiB；确有需要可用 --max-bytes 放宽',
  en: 'a ledger table is normally under 1 MiB; raise the limit with --max-bytes if you must',
} as const;

const HELP = `
Examples:
  rectify import 台账.xlsx                     写出 台账.yaml
  rectify import 台账.csv -o ledger.yaml       CSV 可为 UTF-8 或 GB18030 编码
  rectify import 台账.xlsx --map columns.yaml  表头写法特殊时指明各列，例如 {"反馈意见": "问题", "备注": null}

A workbook written by rectify export imports back to the same ledger. A hand-made sheet gives a
ledger whose report and inspection keys hold 【待填写】 placeholders, listed in a warning and at the
top of the YAML. Nothing is written when any row cannot be read.
`;

async function loadMap(path: string, ctx: CliContext): Promise<ColumnMap | undefined> {
  const { lang } = ctx.globals();
  let text: string;
  try {
    text = readFileSync(resolve(ctx.io.cwd, path), 'utf8');
  } catch {
    throw fileError(path, 'bad-map', TEXT[lang].mapMissing(path), TEXT[lang].mapHint);
  }
  const parsed = parseColumnMap(text, path, lang);
  if (parsed.map) return parsed.map;
  const [first] = parsed.diagnostics;
  if (first) throw new RectifyError(first, 2);
  return undefined;
}

async function runImport(file: string, options: ImportOptions, ctx: CliContext): Promise<void> {
  const { lang } = ctx.globals();
  const { io } = ctx;
  const name = displayName(file);
  const map = options.map !== undefined ? await loadMap(options.map, ctx) : undefined;
  const bytes = await readLedgerInput(file, io, lang, options.maxBytes);
  if (bytes.length > options.maxBytes) {
    throw fileError(name, 'too-large', TOO_LARGE[lang](name, options.maxBytes), TOO_LARGE_HINT[lang]);
  }
  const output = options.output ?? defaultOutput(file, 'yaml');
  const outputPath = output === '-' ? undefined : resolve(io.cwd, output);

  const result = await importSpreadsheetToYaml(bytes, {
    file: name,
    output: output === '-' ? '<stdout>' : output,
    ...(outputPath !== undefined ? { outputPath } : {}),
    lang,
    today: todayFrom(io.env),
    ...(map ? { map } : {}),
    limits: { maxBytes: options.maxBytes },
    maxAliases: options.maxAliases,
  });
  await reportDiagnostics(io, result.diagnostics, { format: 'human', lang, files: [name] });
  const rows = result.rows
    ? TEXT[lang].rows({
        ...result.rows,
        ...(result.ledger ? { issues: result.ledger.aspects.reduce((n, a) => n + a.issues.length, 0), measures: result.ledger.aspects.reduce((n, a) => n + a.issues.reduce((k, i) => k + i.measures.length, 0), 0) } : {}),
      })
    : undefined;
  if (result.yaml === undefined || hasErrors(result.diagnostics)) {
    await writeText(io.stderr, `${rows ? `${rows}\n` : ''}${TEXT[lang].failed}\n`);
    ctx.fail(1);
    return;
  }
  if (rows) await writeText(io.stderr, `${rows}\n`);
  if (outputPath === undefined) {
    await writeText(io.stdout, result.yaml);
    return;
  }
  writeOutputFile(output, outputPath, file === '-' ? undefined : resolve(io.cwd, file), result.yaml, {
    force: options.force === true,
    lang,
  });
  await writeText(io.stderr, `${chalkFor(io.stderr, io.env).green(TEXT[lang].wrote(output))}\n`);
}

export const importCommand: CommandModule = {
  name: 'import',
  register(command: Command, ctx: CliContext): void {
    command
      .description('read a ledger from an xlsx or csv spreadsheet (导入整改台账表)')
      .argument('<FILE>', '.xlsx or .csv file; - reads standard input')
      .option('-o, --output <file>', 'ledger YAML to write; - writes standard output (default: FILE with .yaml)')
      .option('--map <file>', 'YAML/JSON mapping of unusual header texts to fields')
      .option('-f, --force', 'overwrite an existing output file')
      .addOption(
        new Option('--max-bytes <n>', 'refuse spreadsheets larger than n bytes (zip parts may inflate to 10 n, a sheet may hold n/5 cells)')
          .argParser(positiveInteger)
          .default(DEFAULT_MAX_BYTES),
      )
      .addOption(new Option('--max-aliases <n>', 'refuse YAML alias expansion beyond n nodes (--map file, stored ledger)').argParser(positiveInteger).default(DEFAULT_MAX_ALIASES))
      .addHelpText('after', HELP)
      .action(async (file: string, options: ImportOptions) => runImport(file, options, ctx));
  },
};

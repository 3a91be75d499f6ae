/**
 * build: ledger file(s) → report file(s). The only stage with I/O at both ends: read the ledger and
 * the template set, validate, derive, render, write. Validation errors stop the build (exit 1) and
 * nothing is written; template, I/O and masking failures are exit 2.
 */
import { resolve, dirname, basename, join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { hasErrors, RectifyError, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { derive } from '../derive/index.js';
import { displayName, readLedgerInput } from '../load/index.js';
import type { Ledger } from '../model/ledger.js';
import { compileTemplateSet, type CompiledTemplateSet } from '../render/engine.js';
import { loadTemplateSet, shippedTemplateSetDir } from '../render/template-set.js';
import { validateLedgerText } from '../validate/index.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { FORMAT_WRITERS, OutputFailure, outputFormats, type WriterContext } from './formats.js';
import { renderReport } from './render-report.js';
import { publicLeakDiagnostic, survivingMaskedStrings } from './public-check.js';
import { redactionsOf } from '../render/redact.js';

export { renderReport, type RenderOptions } from './render-report.js';
export { DEFAULT_FORMATS, FORMAT_WRITERS, OutputFailure, outputFormats, type FormatWriter, type WriterContext } from './formats.js';
export { writeFileAtomic } from '../output/write-atomic.js';
export { docxParagraphTexts, markdownReadingText, survivingMaskedStrings } from './public-check.js';

export interface TemplateChoice {
  /** A user's template folder (complete set); wins over `template`. */
  templatesDir?: string;
  /** A shipped set by name: `default` or `audit`. */
  template?: string;
}

export interface BuildOptions extends TemplateChoice {
  /** Output folder; default: beside each ledger. */
  outDir?: string;
  /** Formats to write; default `['md']`. */
  formats?: string[];
  public?: boolean;
  /** Warnings fail the build like errors. */
  strict?: boolean;
  /** Refuse ledgers larger than this many bytes (validate's --max-bytes); default 10 MiB. */
  maxBytes?: number;
  /** Refuse YAML alias expansion beyond this many nodes; default 10,000. */
  maxAliases?: number;
  lang?: Lang;
  cwd?: string;
  stdin?: NodeJS.ReadableStream;
  /** An already compiled template set (several ledgers, one set). */
  templates?: CompiledTemplateSet;
  /** SOURCE_DATE_EPOCH and the PATH for soffice; default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface BuildResult {
  /** Absolute paths of the files written, in format order. */
  outputs: string[];
  diagnostics: Diagnostic[];
  /** 0 written (warnings allowed), 1 the ledger is invalid, 2 template, I/O or other failure. */
  exitCode: 0 | 1 | 2;
}

/** Load and compile the chosen template set; diagnostics (exit 2) instead of a set on failure. */
export function prepareTemplates(choice: TemplateChoice, lang: Lang = 'zh', cwd: string = process.cwd()): { templates?: CompiledTemplateSet; diagnostics: Diagnostic[] } {
  try {
    const dir = choice.templatesDir ?? shippedTemplateSetDir(choice.template ?? 'default');
    const set = loadTemplateSet(dir, cwd);
    const { compiled, diagnostics } = compileTemplateSet(set, lang);
    return compiled ? { templates: compiled, diagnostics } : { diagnostics };
  } catch (error) {
    if (error instanceof RectifyError) return { diagnostics: [error.diagnostic] };
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

/** Validate (via the validate stage), derive and render one ledger's text. No files written. */
export function buildMarkdown(
  bytes: Uint8Array,
  file: string,
  templates: CompiledTemplateSet,
  options: { public?: boolean; strict?: boolean; lang?: Lang; maxBytes?: number; maxAliases?: number } = {},
): { markdown?: string; ledger?: Ledger; diagnostics: Diagnostic[] } {
  const lang = options.lang ?? 'zh';
  const validated = validateLedgerText(bytes, file, { lang, maxBytes: options.maxBytes, maxAliases: options.maxAliases });
  const diagnostics = options.strict
    ? validated.diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d))
    : validated.diagnostics;
  if (hasErrors(diagnostics) || !validated.ledger) return { diagnostics };
  const ledger = validated.ledger;
  const markdown = renderReport(ledger, derive(ledger), templates, { public: options.public ?? false, lang, file });
  return { markdown, ledger, diagnostics };
}

/**
 * Build one ledger file into `<ledger name>.md` (and any other formats asked for). Writes are atomic
 * and all-or-nothing per ledger: every output is produced in memory before the first file is
 * written. Refuses to write over the ledger itself.
 */
export async function buildLedgerFile(path: string, options: BuildOptions = {}): Promise<BuildResult> {
  const lang = options.lang ?? 'zh';
  const cwd = options.cwd ?? process.cwd();
  const file = displayName(path);
  const say = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const failure = (diagnostics: Diagnostic[], exitCode: 1 | 2): BuildResult => ({ outputs: [], diagnostics, exitCode });

  const formats = options.formats ?? ['md'];
  for (const format of formats) {
    if (!FORMAT_WRITERS[format]) {
      return failure(
        [
          {
            severity: 'error',
            code: 'unknown-format',
            message: say(`不支持的输出格式：${format}`, `unknown output format: ${format}`),
            file,
            line: 0,
            column: 0,
            path: '',
            hint: say(`可用格式：${outputFormats().join(', ')}`, `formats: ${outputFormats().join(', ')}`),
          },
        ],
        2,
      );
    }
  }

  let templates = options.templates;
  if (!templates) {
    const prepared = prepareTemplates(options, lang, cwd);
    if (!prepared.templates) return failure(prepared.diagnostics, 2);
    templates = prepared.templates;
  }

  try {
    const bytes = await readLedgerInput(path, { stdin: options.stdin ?? process.stdin, cwd }, lang, options.maxBytes);
    const built = buildMarkdown(bytes, file, templates, {
      public: options.public ?? false,
      strict: options.strict ?? false,
      lang,
      maxBytes: options.maxBytes,
      maxAliases: options.maxAliases,
    });
    if (built.markdown === undefined) return failure(built.diagnostics, 1);

    const input = path === '-' ? null : resolve(cwd, path);
    const planned: { target: string; bytes: Uint8Array }[] = [];
    // one context for every format of this ledger: docx and pdf share the laid-out document
    const context: WriterContext = { templates, file, lang, reportDate: built.ledger?.report.date, env: options.env ?? process.env };
    for (const format of formats) {
      const writer = FORMAT_WRITERS[format]!;
      const target = outputPath(path, writer.extension, options.outDir, cwd);
      if (target === input) {
        return failure(
          [
            {
              severity: 'error',
              code: 'output-is-input',
              message: say(`输出文件与台账是同一个文件：${target}`, `the output would overwrite the ledger: ${target}`),
              file,
              line: 0,
              column: 0,
              path: '',
              hint: say('用 -o DIR 指定其他输出目录，或把台账改名为 .yaml', 'choose another folder with -o DIR, or name the ledger .yaml'),
            },
          ],
          2,
        );
      }
      planned.push({ target, bytes: await writer.write(built.markdown, context) });
      if (options.public && built.ledger) {
        // every output, read back as a reader sees it, before the first file is written
        const found = survivingMaskedStrings(format, planned[planned.length - 1]!.bytes, redactionsOf(built.ledger));
        if (found.length > 0) return failure([...built.diagnostics, publicLeakDiagnostic(file, basename(target), found, lang)], 2);
      }
    }
    if (options.outDir !== undefined) await mkdir(resolve(cwd, options.outDir), { recursive: true });
    for (const { target, bytes: out } of planned) writeFileAtomic(target, out);
    return { outputs: planned.map((p) => p.target), diagnostics: built.diagnostics, exitCode: 0 };
  } catch (error) {
    if (error instanceof RectifyError) return failure([error.diagnostic], error.exitCode);
    if (error instanceof OutputFailure) return failure(error.diagnostics, 2);
    const code = (error as NodeJS.ErrnoException).code;
    if (code) {
      return failure(
        [
          {
            severity: 'error',
            code: 'write-failed',
            message: say(`写入失败：${(error as Error).message}`, `cannot write: ${(error as Error).message}`),
            file,
            line: 0,
            column: 0,
            path: '',
            hint: say('检查输出目录是否存在且可写', 'check that the output folder exists and is writable'),
          },
        ],
        2,
      );
    }
    throw error;
  }
}

/**
 * build: ledger file(s) → report file(s). The only stage with I/O at both ends: read the ledger and
 * the template set, validate, derive, render, write. Validation errors stop the build (exit 1) and
 * nothing is written; template, I/O and masking failures are exit 2.
 */
import { resolve, dirname, basename, join } from 'node:path';
import { hasErrors, RectifyError, type Diagnostic, type Lang } from '../../model/diagnostic.js';
import { derive } from '../../core/derive/index.js';
import { displayName, readLedgerInput } from '../../core/load/index.js';
import type { Ledger } from '../../model/ledger.js';
import { compileTemplateSet, type CompiledTemplateSet } from '../../core/render/engine.js';
import { loadTemplateSet, shippedTemplateSetDir } from '../../host/template-set.js';
import { validateLedgerText } from '../../core/validate/index.js';
import { AtomicWriteError, writeFilesAtomic } from '../../host/write-atomic.js';
import { mkdirSync, statSync } from 'node:fs';
import { FORMAT_WRITERS, OutputFailure, outputFormats, type WriterContext } from './formats.js';
import { renderReport } from './render-report.js';
import { publicLeakDiagnostic, survivingMaskedStrings } from '../../core/public/survivors.js';
import { redactionsOf } from '../../core/public/redact.js';

export { renderReport, type RenderOptions } from './render-report.js';
export { DEFAULT_FORMATS, FORMAT_WRITERS, OutputFailure, outputFormats, type FormatWriter, type WriterContext } from './formats.js';
export { writeFileAtomic, writeFilesAtomic } from '../../host/write-atomic.js';
export { docxParagraphTexts, markdownReadingText, survivingMaskedStrings } from '../../core/public/survivors.js';

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

/** The same file by name or by identity: a symlinked folder or a hard link reaching the ledger counts. */
function isSameFile(target: string, input: string): boolean {
  if (target === input) return true;
  try {
    const a = statSync(target, { throwIfNoEntry: false });
    const b = statSync(input, { throwIfNoEntry: false });
    return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
  } catch {
    // an unreachable target (a file where a folder should be) is not the ledger; writing reports it
    return false;
  }
}

const WRITE_FAILURES: Record<string, { zh: string; en: string; hintZh: string; hintEn: string }> = {
  ENOSPC: { zh: '磁盘已满', en: 'the disk is full', hintZh: '腾出磁盘空间后重试，或用 -o 换一个输出目录', hintEn: 'free some disk space or choose another folder with -o' },
  EDQUOT: { zh: '超出磁盘配额', en: 'the disk quota is exceeded', hintZh: '腾出空间后重试，或用 -o 换一个输出目录', hintEn: 'free some space or choose another folder with -o' },
  EACCES: { zh: '没有写入权限', en: 'permission denied', hintZh: '检查输出目录的权限，或用 -o 换一个输出目录', hintEn: 'check the folder permissions or choose another folder with -o' },
  EPERM: { zh: '不允许写入', en: 'operation not permitted', hintZh: '检查输出目录的权限，或用 -o 换一个输出目录', hintEn: 'check the folder permissions or choose another folder with -o' },
  EROFS: { zh: '文件系统只读', en: 'the file system is read-only', hintZh: '用 -o 指定一个可写的输出目录', hintEn: 'choose a writable folder with -o' },
  ENOTDIR: { zh: '路径中有一段不是目录', en: 'a part of the path is not a folder', hintZh: '检查 -o 的路径', hintEn: 'check the -o path' },
  ENOENT: { zh: '输出目录不存在', en: 'the folder does not exist', hintZh: '检查 -o 的路径', hintEn: 'check the -o path' },
  EISDIR: { zh: '同名的目录已存在', en: 'a folder of that name exists', hintZh: '删除或改名该目录，或用 -o 换一个输出目录', hintEn: 'remove or rename that folder, or choose another with -o' },
};

function writeFailedDiagnostic(error: AtomicWriteError, file: string, lang: Lang): Diagnostic {
  const known = error.code ? WRITE_FAILURES[error.code] : undefined;
  const why = known ? (lang === 'en' ? known.en : known.zh) : error.reason instanceof Error ? error.reason.message : String(error.reason);
  return {
    severity: 'error',
    code: 'write-failed',
    message:
      lang === 'en'
        ? `cannot write ${error.target}: ${why}${error.code ? ` (${error.code})` : ''}${error.untouched ? '; no report file was changed' : ''}`
        : `无法写入 ${error.target}：${why}${error.code ? `（${error.code}）` : ''}${error.untouched ? '；原有报告文件均未改动' : ''}`,
    file,
    line: 0,
    column: 0,
    path: '',
    hint: known ? (lang === 'en' ? known.hintEn : known.hintZh) : lang === 'en' ? 'check that the output folder exists and is writable' : '检查输出目录是否存在且可写',
  };
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
    const bytes = await readLedgerInput(path, stdinOr(options.stdin, cwd), lang, options.maxBytes);
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
      if (input !== null && isSameFile(target, input)) {
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
        const found = await survivingMaskedStrings(format, planned[planned.length - 1]!.bytes, redactionsOf(built.ledger));
        if (found.length > 0) return failure([...built.diagnostics, publicLeakDiagnostic(file, basename(target), found, lang)], 2);
      }
    }
    // synchronous: measured after a docx conversion, the promise form took ~10 ms, this 0.1 ms
    if (options.outDir !== undefined) mkdirSync(resolve(cwd, options.outDir), { recursive: true });
    // all temp files complete before the first rename: a failure leaves the previous report whole
    writeFilesAtomic(planned.map((p) => ({ target: p.target, data: p.bytes })));
    return { outputs: planned.map((p) => p.target), diagnostics: built.diagnostics, exitCode: 0 };
  } catch (error) {
    if (error instanceof RectifyError) return failure([error.diagnostic], error.exitCode);
    if (error instanceof OutputFailure) return failure(error.diagnostics, 2);
    if (error instanceof AtomicWriteError) return failure([writeFailedDiagnostic(error, file, lang)], 2);
    const errno = error as NodeJS.ErrnoException;
    if (errno.code) {
      // e.g. creating the -o folder failed: nothing was written yet
      const where = errno.path ?? (options.outDir !== undefined ? resolve(cwd, options.outDir) : file);
      return failure([writeFailedDiagnostic(new AtomicWriteError(where, error, true), file, lang)], 2);
    }
    throw error;
  }
}

/** Standard input is touched only when the ledger is `-`: creating process.stdin loads stream modules. */
function stdinOr(stdin: NodeJS.ReadableStream | undefined, cwd: string): { readonly stdin: NodeJS.ReadableStream; cwd: string } {
  return {
    get stdin() {
      return stdin ?? process.stdin;
    },
    cwd,
  };
}

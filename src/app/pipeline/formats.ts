/**
 * Output formats of `rectify build`: one writer per format, turning the report Markdown into the
 * file's bytes. The Markdown is the single intermediate: docx lays it out per GB/T 9704, pdf prints
 * that .docx with LibreOffice. Writers only produce bytes; the caller writes every file of a ledger
 * once all of them exist, so a failing writer leaves nothing behind.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, Lang } from '../../model/diagnostic.js';
import { RectifyError } from '../../model/diagnostic.js';
import type { Layout } from '../../core/docx/layout.js';
import type { CompiledTemplateSet } from '../../core/render/engine.js';

export interface WriterContext {
  /** The template set the Markdown came from (its folder holds layout.json for docx). */
  templates: CompiledTemplateSet;
  /** The ledger as the user named it, for diagnostics. */
  file: string;
  lang: Lang;
  /** The ledger's report.date (YYYY-MM-DD): the document date when SOURCE_DATE_EPOCH is unset. */
  reportDate?: string;
  /** Environment for SOURCE_DATE_EPOCH and the PATH that soffice is looked up on; default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface FormatWriter {
  /** File extension without the dot. */
  extension: string;
  write(markdown: string, context: WriterContext): Promise<Uint8Array> | Uint8Array;
}

/** A writer refused its input; every diagnostic is reported and the build exits 2. */
export class OutputFailure extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('; '));
    this.name = 'OutputFailure';
  }
}

const say = (lang: Lang, zh: string, en: string): string => (lang === 'en' ? en : zh);

// One layout per template set, read on first use: several ledgers built with one set share it.
const layouts = new WeakMap<CompiledTemplateSet, Promise<Layout>>();

function layoutOf(context: WriterContext): Promise<Layout> {
  let layout = layouts.get(context.templates);
  if (!layout) {
    layout = import('../../core/docx/index.js').then(({ loadLayout }) => {
      const loaded = loadLayout(context.templates.dir, context.lang);
      if (!loaded.layout) throw new OutputFailure(loaded.diagnostics);
      return loaded.layout;
    });
    layouts.set(context.templates, layout);
  }
  return layout;
}

// docx and pdf of one build share the .docx: the context object is one per ledger.
const docxOfContext = new WeakMap<WriterContext, Map<string, Promise<Uint8Array>>>();

function docxBytes(markdown: string, context: WriterContext): Promise<Uint8Array> {
  let byMarkdown = docxOfContext.get(context);
  if (!byMarkdown) docxOfContext.set(context, (byMarkdown = new Map()));
  let bytes = byMarkdown.get(markdown);
  if (!bytes) {
    bytes = writeDocx(markdown, context);
    byMarkdown.set(markdown, bytes);
  }
  return bytes;
}

async function writeDocx(markdown: string, context: WriterContext): Promise<Uint8Array> {
  // Loaded here, not at the top: validate and md-only builds never pay for the docx package.
  const { creationDateFor, markdownToDocx } = await import('../../core/docx/index.js');
  const layout = await layoutOf(context);
  const reportDate = context.reportDate ?? '';
  const creationDate = creationDateFor(context.env ?? process.env, reportDate);
  const markdownFile = `${context.file.replace(/\.ya?ml$/i, '')}.md`;
  const { bytes, diagnostics } = await markdownToDocx(markdown, { layout, creationDate, markdownFile, lang: context.lang });
  if (!bytes) throw new OutputFailure(diagnostics);
  return bytes;
}

async function writePdf(markdown: string, context: WriterContext): Promise<Uint8Array> {
  const env = context.env ?? process.env;
  const { docxToPdf, findSoffice } = await import('../../host/pdf.js');
  // Checked before anything is laid out, so the message is about the real cause.
  if (!findSoffice(env)) {
    throw new RectifyError({
      severity: 'error',
      code: 'soffice-missing',
      message: say(context.lang, '无法生成 PDF：PATH 中找不到 LibreOffice（soffice）', 'cannot write the PDF: LibreOffice (soffice) is not on the PATH'),
      file: context.file,
      line: 0,
      column: 0,
      path: '',
      hint: say(
        context.lang,
        '安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-writer-nogui），或从 --format 中去掉 pdf',
        'install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or leave pdf out of --format',
      ),
    });
  }
  const docx = await docxBytes(markdown, context);
  // synchronous file calls beside a conversion that takes seconds: nothing to gain from fs/promises
  const work = mkdtempSync(join(tmpdir(), 'rectify-build-pdf-'));
  try {
    const docxPath = join(work, 'report.docx');
    writeFileSync(docxPath, docx);
    const { pdfPath } = await docxToPdf(docxPath, work, env);
    return new Uint8Array(readFileSync(pdfPath));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const FORMAT_WRITERS: Record<string, FormatWriter> = {
  md: { extension: 'md', write: (markdown) => new TextEncoder().encode(markdown) },
  docx: { extension: 'docx', write: docxBytes },
  pdf: { extension: 'pdf', write: writePdf },
};

/** Formats `rectify build` writes when --format is not given. */
export const DEFAULT_FORMATS: readonly string[] = ['md', 'docx'];

/** Registered format names, in a stable order. */
export function outputFormats(): string[] {
  return Object.keys(FORMAT_WRITERS).sort();
}

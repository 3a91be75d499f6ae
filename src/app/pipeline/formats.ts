/**
 * Output formats of `rectify build`: one writer per format, turning the report Markdown into the
 * file's bytes. The Markdown is the single intermediate: docx lays it out per GB/T 9704, pdf prints
 * that .docx with LibreOffice. Writers only make bytes; the build writes every file of a ledger
 * once all of them exist, so a failing writer leaves nothing behind.
 */
import type { Layout } from '../../core/docx/layout.js';
import type { ReadableOutput } from '../../core/public/survivors.js';
import type { CompiledTemplateSet } from '../../core/render/engine.js';
import type { Host } from '../../host/index.js';
import type { IsoDate } from '../../model/ledger.js';
import { Failure, type Problem } from '../../model/problem.js';

/** A compiled template set and the page layout of its folder. */
export interface PreparedTemplates {
  compiled: CompiledTemplateSet;
  layout: Layout;
}

/** What every writer of one report is given; docx and pdf share one laid-out document. */
export interface Made {
  markdown: string;
  /** The report's date: the document's own date unless SOURCE_DATE_EPOCH says otherwise. */
  date: IsoDate;
  /** The ledger as the user named it, for problems. */
  file: string;
  templates: PreparedTemplates;
  host: Host;
  /** The most paragraphs the .docx may lay out (`--max-paragraphs`); the docx stage's default when absent. */
  maxParagraphs?: number;
}

export interface Output {
  bytes: Uint8Array;
  /** What a reader of this output sees, for the public version's check; none for the PDF, printed from the checked .docx. */
  readable?: ReadableOutput;
  /** Said about the output, not wrong with the ledger: the faces the PDF was printed in instead of the official ones. */
  warnings?: Problem[];
}

export interface FormatWriter {
  /** File extension without the dot. */
  extension: string;
  make(made: Made): Promise<Output>;
}

// docx and pdf of one build share the .docx: the Made object is one per ledger.
const docxOf = new WeakMap<Made, Promise<Output>>();

function docx(made: Made): Promise<Output> {
  let output = docxOf.get(made);
  if (!output) {
    output = layOut(made);
    docxOf.set(made, output);
  }
  return output;
}

async function layOut(made: Made): Promise<Output> {
  // Loaded here, not at the top: validate and md-only builds never pay for the docx package.
  const { markdownToDocx } = await import('../../core/docx/index.js');
  const { parts, problems } = await markdownToDocx(made.markdown, {
    layout: made.templates.layout,
    creationDate: made.host.documentDate(made.date),
    markdownFile: `${made.file.replace(/\.ya?ml$/i, '')}.md`,
    unzip: made.host.unzip,
    ...(made.maxParagraphs !== undefined ? { maxParagraphs: made.maxParagraphs } : {}),
  });
  if (!parts) throw new Failure(problems);
  return { bytes: made.host.zip(parts), readable: { docx: parts } };
}

async function pdf(made: Made): Promise<Output> {
  const { bytes } = await docx(made);
  const printed = await made.host.pdf(bytes, made.file);
  return { bytes: printed.bytes, warnings: printed.warnings };
}

export const FORMAT_WRITERS: Readonly<Record<string, FormatWriter>> = {
  md: { extension: 'md', make: async (made) => ({ bytes: new TextEncoder().encode(made.markdown), readable: { markdown: made.markdown } }) },
  docx: { extension: 'docx', make: docx },
  pdf: { extension: 'pdf', make: pdf },
};

/** Formats `rectify build` writes when --format is not given. */
export const DEFAULT_FORMATS: readonly string[] = ['md', 'docx'];

/** Registered format names, in a stable order. */
export function outputFormats(): string[] {
  return Object.keys(FORMAT_WRITERS).sort();
}

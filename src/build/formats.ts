/**
 * Output formats of `rectify build`: one writer per format, turning the report Markdown into the
 * file's bytes. The Markdown is the single intermediate; new formats (docx, pdf) add an entry here.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import type { CompiledTemplateSet } from '../render/engine.js';

export interface WriterContext {
  /** The template set the Markdown came from (its folder holds layout.json for docx). */
  templates: CompiledTemplateSet;
  /** The ledger as the user named it, for diagnostics. */
  file: string;
  lang: Lang;
}

export interface FormatWriter {
  /** File extension without the dot. */
  extension: string;
  write(markdown: string, context: WriterContext): Promise<Uint8Array> | Uint8Array;
}

export const FORMAT_WRITERS: Record<string, FormatWriter> = {
  md: { extension: 'md', write: (markdown) => new TextEncoder().encode(markdown) },
};

/** Registered format names, in a stable order. */
export function outputFormats(): string[] {
  return Object.keys(FORMAT_WRITERS).sort();
}

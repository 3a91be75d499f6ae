/**
 * The docx stage: report Markdown → the parts of a GB/T 9704 .docx (the host zips them). Pure: the
 * same Markdown, layout and creation date always give the same parts, in the same order.
 */
import { Packer, type Document } from 'docx';
import { placeIn, problem, type Problem } from '../../model/problem.js';
import type { Block, ContentBlock } from './report-model.js';
import { buildDocument } from './document-build.js';
import { DEFAULT_MAX_PARAGRAPHS } from './limits.js';
import type { Layout } from './layout.js';
import { readReportMarkdown } from './markdown-read.js';
import { patchStylesXml } from './styles-patch.js';

export { DEFAULT_LAYOUT, layoutFromText, resolveLayout, type Layout } from './layout.js';
export { DEFAULT_MAX_PARAGRAPHS } from './limits.js';
export { readReportMarkdown } from './markdown-read.js';

/** A file of the package: its path inside the zip and its bytes. */
export interface DocxPart {
  name: string;
  data: Uint8Array;
}

export interface DocxOptions {
  layout: Layout;
  /** A report laying out more paragraphs is refused (`report-too-long`); DEFAULT_MAX_PARAGRAPHS when absent. */
  maxParagraphs?: number;
  /** Stamped into docProps/core.xml as created and modified. */
  creationDate: Date;
  /** the Markdown's file name, as problems should name it */
  markdownFile: string;
  /** Unzips what `Packer` writes, for a docx version without the compiler this stage reads parts from. */
  unzip: (zip: Uint8Array) => Record<string, Uint8Array>;
}

/**
 * Map the report Markdown to the .docx's parts. Markdown the writer cannot place gives error
 * problems (`unmapped-markdown`, naming the line) and no parts.
 */
export async function markdownToDocx(markdown: string, options: DocxOptions): Promise<{ parts?: DocxPart[]; problems: Problem[] }> {
  const { blocks, problems } = readReportMarkdown(markdown, options.markdownFile);
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const limit = options.maxParagraphs ?? DEFAULT_MAX_PARAGRAPHS;
  const paragraphs = paragraphCount(blocks);
  if (paragraphs > limit) return { problems: [problem('report-too-long', placeIn(options.markdownFile), { paragraphs, limit })] };
  const doc = buildDocument(blocks, { layout: options.layout });
  const entries = await packageFiles(doc, options.unzip);
  const text = (name: string) => {
    const data = entries[name];
    return data === undefined ? undefined : new TextDecoder().decode(data);
  };
  const styles = text('word/styles.xml');
  if (styles !== undefined) entries['word/styles.xml'] = new TextEncoder().encode(patchStylesXml(styles));
  const core = text('docProps/core.xml');
  if (core !== undefined) entries['docProps/core.xml'] = new TextEncoder().encode(stampDates(core, options.creationDate));
  return { parts: inPackageOrder(entries), problems };
}

type PackageCompiler = { compile(file: Document, prettify?: undefined, overrides?: []): Map<string, string | Uint8Array | ArrayBuffer> };

/**
 * The package's files by path. `Packer` deflates them into a zip the host would only inflate and
 * deflate again (about a fifth of a large report's build), so take them from the packer's compiler
 * when this version of docx has one, and unzip Packer's output when it does not.
 */
async function packageFiles(doc: Document, unzip: DocxOptions['unzip']): Promise<Record<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return unzip(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = {};
  for (const [path, data] of (compiler as PackageCompiler).compile(doc)) {
    entries[path] = typeof data === 'string' ? encoder.encode(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  }
  return entries;
}

/** The paragraphs the blocks lay out: each table cell one, an attachment's content counted in. */
function paragraphCount(blocks: readonly (Block | ContentBlock)[]): number {
  let count = 0;
  for (const b of blocks) {
    if (b.kind === 'table') count += b.header.length * (b.rows.length + 1);
    else if (b.kind === 'attachment') count += 1 + paragraphCount(b.content);
    else if (b.kind === 'attachment-note') count += b.paragraphs.length;
    else if (b.kind === 'signature') count += b.units.length + 1;
    else count += 1;
  }
  return count;
}

/** W3CDTF without milliseconds, as Word writes it. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The packer stamps the wall clock; the document's dates become the creation date asked for. */
function stampDates(xml: string, creationDate: Date): string {
  const stamp = w3cdtf(creationDate);
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

/** [Content_Types].xml first, as Office writes it; the rest by name, so the zip never varies. */
function inPackageOrder(entries: Record<string, Uint8Array>): DocxPart[] {
  const names = Object.keys(entries).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return names.map((name) => ({ name, data: entries[name]! }));
}

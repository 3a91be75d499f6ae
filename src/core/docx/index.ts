/**
 * The docx stage: report Markdown → GB/T 9704 .docx bytes. Pure apart from what the caller passes:
 * the same Markdown, layout and creation date always give the same bytes.
 */
import { Packer, type Document } from 'docx';
import { RectifyError, type Diagnostic, type Lang } from '../../model/diagnostic.js';
import { buildDocument } from './document-build.js';
import type { Layout } from './layout.js';
import { readReportMarkdown } from './markdown-read.js';
import { normaliseDocx, readZip, type ZipEntries } from './reproducible-zip.js';
import { patchStylesXml } from './styles-patch.js';

export { DEFAULT_LAYOUT, loadLayout, resolveLayout, type Layout } from './layout.js';
export { readReportMarkdown } from './markdown-read.js';

export interface DocxOptions {
  layout: Layout;
  creationDate: Date;
  /** the Markdown's file name, as diagnostics should name it */
  markdownFile: string;
  lang?: Lang;
}

/**
 * Map the report Markdown to a .docx. Markdown the writer cannot place gives error diagnostics
 * (`unmapped-markdown`, naming the line) and no bytes.
 */
export async function markdownToDocx(markdown: string, options: DocxOptions): Promise<{ bytes?: Uint8Array; diagnostics: Diagnostic[] }> {
  const { blocks, diagnostics } = readReportMarkdown(markdown, options.markdownFile, options.lang ?? 'en');
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const doc = buildDocument(blocks, { layout: options.layout });
  const entries = await packageFiles(doc);
  const styles = entries['word/styles.xml'];
  if (styles) entries['word/styles.xml'] = Buffer.from(patchStylesXml(Buffer.from(styles.buffer, styles.byteOffset, styles.byteLength).toString('utf8')), 'utf8');
  return { bytes: normaliseDocx(entries, options.creationDate), diagnostics };
}

type PackageCompiler = { compile(file: Document, prettify?: undefined, overrides?: []): Map<string, string | Uint8Array | ArrayBuffer> };

/**
 * The package's files by path. `Packer` deflates them into a zip that normaliseDocx would only
 * inflate and deflate again (about a fifth of a large report's build), so take them from the
 * packer's compiler when this version of docx has one, and unzip Packer's output when it does not.
 */
async function packageFiles(doc: Document): Promise<ZipEntries> {
  const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return readZip(new Uint8Array(await Packer.toBuffer(doc)));
  const encoder = new TextEncoder();
  const entries: ZipEntries = {};
  for (const [path, data] of (compiler as PackageCompiler).compile(doc)) {
    entries[path] = typeof data === 'string' ? encoder.encode(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  }
  return entries;
}

/**
 * The date stamped into the document: SOURCE_DATE_EPOCH (whole seconds since 1970) when set and
 * valid, else the report date at 00:00 UTC, so a rebuild never depends on the clock.
 */
export function creationDateFor(env: NodeJS.ProcessEnv, reportDate: string): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d{1,12}$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reportDate);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== reportDate) {
    throw new RectifyError({
      severity: 'error',
      code: 'bad-report-date',
      message: `report.date ${JSON.stringify(reportDate)} is not a YYYY-MM-DD date, and SOURCE_DATE_EPOCH is not set to whole seconds`,
      file: '',
      line: 0,
      column: 0,
      path: 'report.date',
      hint: 'write report.date as e.g. 2023-12-01',
    });
  }
  return date;
}

/**
 * Make the packed .docx depend only on its content: the `docx` packer stamps the wall clock into
 * zip entry times and `docProps/core.xml`. Entries are written in a fixed order with one fixed
 * time, and the document dates set to the creation date the caller chose.
 */
import { writeZip, type ZipEntries } from '../../host/zip.js';

export { readZip, type ZipEntries } from '../../host/zip.js';

/** W3CDTF without milliseconds, as Word writes it. */
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Rewrite `entries` as a zip whose bytes depend only on their content and `creationDate`. */
export function normaliseDocx(entries: ZipEntries, creationDate: Date): Uint8Array {
  const core = entries['docProps/core.xml'];
  if (core) {
    const stamp = w3cdtf(creationDate);
    const xml = Buffer.from(core.buffer, core.byteOffset, core.byteLength)
      .toString('utf8')
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    entries['docProps/core.xml'] = Buffer.from(xml, 'utf8');
  }
  // [Content_Types].xml first, as Office writes it; the rest by name
  const names = Object.keys(entries).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return writeZip(names.map((name) => ({ name, data: entries[name]! })));
}


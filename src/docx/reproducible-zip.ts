/**
 * Make the packed .docx depend only on its content: the `docx` packer stamps the wall clock into
 * zip entry times and `docProps/core.xml`. Entries are rewritten in a fixed order with one fixed
 * time, and the document dates set to the creation date the caller chose.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';


/** W3CDTF without milliseconds, as Word writes it. */
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export type ZipEntries = Record<string, Uint8Array>;

export function readZip(bytes: Uint8Array): ZipEntries {
  return unzipSync(bytes);
}

/** Rewrite `entries` as a zip whose bytes depend only on their content and `creationDate`. */
export function normaliseDocx(entries: ZipEntries, creationDate: Date): Uint8Array {
  const core = entries['docProps/core.xml'];
  if (core) {
    const stamp = w3cdtf(creationDate);
    const xml = strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    entries['docProps/core.xml'] = strToU8(xml);
  }
  // [Content_Types].xml first, as Office writes it; the rest by name
  const names = Object.keys(entries).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  // DOS zip times are local wall-clock fields and fflate reads them with the local getters, so a
  // date built from local fields, at call time, gives the same bytes in every time zone.
  // 1980-01-01 is the DOS epoch.
  const zipTime = new Date(1980, 0, 1, 0, 0, 0);
  const out: Zippable = {};
  for (const name of names) out[name] = [entries[name]!, { mtime: zipTime, level: 6 }];
  return zipSync(out, { mtime: zipTime });
}

/**
 * The zip container for the outputs that are zips (.docx, .xlsx): core/zip reads and writes them
 * (entries that depend only on their names and bytes); the host repacks another writer's zip.
 */
export type { ZipEntries } from '../core/zip/read.js';
export { inflateEntry, readZip, zipDirectory, ZipError, type ZipEntry } from '../core/zip/read.js';
export { crc32, writeZip } from '../core/zip/write.js';
import { readZip } from '../core/zip/read.js';
import { writeZip } from '../core/zip/write.js';

/**
 * Another writer's zip with its entries in the same order, every entry dated at the DOS epoch and
 * folder entries (`xl/`, `_rels/`, which Excel and Word never write) left out: the same content
 * always gives the same bytes.
 */
export function repackZip(bytes: Uint8Array): Buffer {
  const entries = readZip(bytes, (name) => !name.endsWith('/'));
  return writeZip(Object.entries(entries).map(([name, data]) => ({ name, data })));
}

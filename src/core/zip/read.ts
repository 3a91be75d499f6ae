/**
 * Reading a zip (an .xlsx a user hands over, a .docx read back): the central directory, and one
 * entry at a time inflated within a limit. Pure computation on bytes: zlib is loaded on first use.
 */
import { createRequire } from 'node:module';

let zlibModule: typeof import('node:zlib') | undefined;
function zlib(): typeof import('node:zlib') {
  return (zlibModule ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib'));
}

export type ZipEntries = Record<string, Uint8Array>;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATE = 8;

/** An entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As the directory declares it; a hostile zip may understate it, so inflating is bounded anyway. */
  size: number;
  localHeader: number;
}

/** A zip that cannot be read, or an entry over the size it may inflate to. */
export class ZipError extends Error {
  constructor(
    message: string,
    /** Set when an entry would inflate beyond the limit: its name and the limit. */
    readonly tooLarge?: { entry: string; limit: number },
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

/** The central directory: every entry, in its order. Throws ZipError on a corrupt zip. */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // the end record sits in the last 22 bytes plus at most a 65,535-byte comment
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (buf.readUInt32LE(p) === END_OF_CENTRAL_DIRECTORY) {
      end = p;
      break;
    }
  }
  if (end < 0) throw new ZipError('not a zip archive: no end of central directory');
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_HEADER) throw new ZipError('corrupt zip central directory');
    const nameLength = buf.readUInt16LE(p + 28);
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      localHeader: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * One entry's bytes, inflated to at most `maxBytes`: the declared size is checked first, and
 * inflating stops as soon as the output passes the limit (a zip bomb is refused after `maxBytes`,
 * not after gigabytes).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes = Number.POSITIVE_INFINITY): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { name, localHeader: local } = entry;
  if (entry.flags & 1) throw new ZipError(`zip entry ${name} is encrypted`);
  if (entry.size > maxBytes) throw new ZipError(`zip entry ${name} inflates to ${entry.size} bytes`, { entry: name, limit: maxBytes });
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_HEADER) throw new ZipError(`corrupt zip local header of ${name}`);
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  if (start + entry.compressedSize > buf.length) throw new ZipError(`zip entry ${name} runs past the end of the file`);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    if (data.length > maxBytes) throw new ZipError(`zip entry ${name} holds ${data.length} bytes`, { entry: name, limit: maxBytes });
    return new Uint8Array(data);
  }
  if (entry.method !== DEFLATE) throw new ZipError(`zip entry ${name} uses compression method ${entry.method}, not stored or deflate`);
  try {
    return Number.isFinite(maxBytes) ? zlib().inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) }) : zlib().inflateRawSync(data);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new ZipError(`zip entry ${name} inflates to more than ${maxBytes} bytes`, { entry: name, limit: maxBytes });
    }
    throw new ZipError(`zip entry ${name} cannot be inflated: ${(error as Error).message}`);
  }
}

/**
 * The entries of a zip (stored or deflated, as every .docx writer makes them), by name, in the
 * central directory's order; `wanted` picks the names worth inflating, each to at most
 * `maxEntryBytes`. Throws ZipError on a corrupt zip or an entry over the limit.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean = () => true, maxEntryBytes = Number.POSITIVE_INFINITY): ZipEntries {
  const entries: ZipEntries = {};
  for (const entry of zipDirectory(bytes)) if (wanted(entry.name)) entries[entry.name] = inflateEntry(bytes, entry, maxEntryBytes);
  return entries;
}


/**
 * The zip container, read and written with Node's zlib, for the outputs that are zips (.docx,
 * .xlsx). Written entries depend only on their names and bytes — one fixed date, the order given —
 * so the same content always gives the same file. fflate's deflate, in JavaScript, was the largest
 * single cost of converting a small report, and evaluating fflate alone cost every run ~5 ms.
 */
import { createRequire } from 'node:module';

/**
 * node:zlib is loaded when a zip is first read or written, not when this module is: loading it
 * loads Node's stream modules, which `validate` and Markdown-only builds never need.
 */
let zlibModule: typeof import('node:zlib') | undefined;
function zlib(): typeof import('node:zlib') {
  return (zlibModule ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib'));
}

export type ZipEntries = Record<string, Uint8Array>;


const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** zip 2.0: deflate */
const VERSION = 20;
const STORED = 0;
const DEFLATE = 8;
/** general purpose flag bit 11: the name is UTF-8 */
const UTF8_NAME = 0x0800;
/** 1980-01-01 00:00:00, the DOS epoch, as DOS date and time fields: the same in every time zone */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

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

/** zlib.crc32 arrived in Node 20.15; older Node 20 releases get the same sums from a table. */
function crc32(data: Uint8Array): number {
  const native = (zlib() as { crc32?: (data: Uint8Array) => number }).crc32;
  return native ? native(data) : tableCrc32(data);
}

let crcTable: Uint32Array | undefined;
function tableCrc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Level 6 with a window no larger than the entry (plus the 262 bytes of lookahead zlib keeps): a
 * .docx is some twenty entries of a few kilobytes, and setting up zlib's default 32 KiB window and
 * 128 KiB of hash tables for each cost more than compressing them. The output is the same size and
 * any inflater reads it (raw deflate does not record the window; readers use the full 32 KiB).
 */
function deflateOptionsFor(size: number): { level: number; windowBits: number; memLevel: number } {
  const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(size + 262))));
  return { level: 6, windowBits, memLevel: Math.max(1, windowBits - 7) };
}

/** A deflated zip of `files` in the given order, every entry dated at the DOS epoch. */
export function writeZip(files: ReadonlyArray<{ name: string; data: Uint8Array }>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : UTF8_NAME;
    const deflated = zlib().deflateRawSync(data, deflateOptionsFor(data.length));
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL_HEADER, 0);
    entry.writeUInt16LE(VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    local.copy(entry, 8, 6, 28); // flags … name length: the same fields in the same order
    // extra and comment lengths, disk number, attributes: all 0
    entry.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, deflated);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/**
 * Writing a zip (.docx, .xlsx) with Node's zlib. Written entries depend only on their names and
 * bytes — one fixed date, the order given — so the same content always gives the same file.
 * fflate's deflate, in JavaScript, was the largest single cost of converting a small report, and
 * evaluating fflate alone cost every run ~5 ms. Pure computation on bytes: zlib is loaded on first
 * use (loading it loads Node's stream modules, which `validate` and Markdown-only builds never need).
 */
import { createRequire } from 'node:module';

let zlibModule: typeof import('node:zlib') | undefined;
function zlib(): typeof import('node:zlib') {
  return (zlibModule ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib'));
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** zip 2.0: deflate */
const VERSION = 20;
const DEFLATE = 8;
/** general purpose flag bit 11: the name is UTF-8 */
const UTF8_NAME = 0x0800;
/** 1980-01-01 00:00:00, the DOS epoch, as DOS date and time fields: the same in every time zone */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/** zlib.crc32 arrived in Node 20.15; older Node 20 releases get the same sums from a table. */
export function crc32(data: Uint8Array): number {
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
function deflateOptionsFor(size: number, level: number): { level: number; windowBits: number; memLevel: number } {
  const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(size + 262))));
  return { level, windowBits, memLevel: Math.max(1, windowBits - 7) };
}

/**
 * A zip of `files` in the given order, every entry dated at the DOS epoch, deflated at `level`
 * (zlib's 1–9; 6 unless told).
 */
export function writeZip(files: ReadonlyArray<{ name: string; data: Uint8Array }>, options: { level?: number } = {}): Buffer {
  const level = options.level ?? 6;
  const parts: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : UTF8_NAME;
    const packed = zlib().deflateRawSync(data, deflateOptionsFor(data.length, level));
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
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
    parts.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
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

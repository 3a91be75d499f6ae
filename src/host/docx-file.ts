/**
 * Reading a .docx someone hands us, bounded: only a regular file, no larger than `maxBytes`; a zip
 * entry declaring (or inflating to) more than ENTRY_LIMIT is refused, so a small hostile file cannot
 * make us allocate gigabytes. The XML parts come back as text by package path, which is what
 * src/core/check reads. src/host/zip.ts's readZip trusts sizes (it reads what rectify wrote) and
 * is not used here.
 *
 * Failures throw a Failure whose problem names the file as the user wrote it (exit 2): not-found,
 * is-directory, not-regular, docx-too-large, read-failed, not-zip, corrupt-zip, entry-too-large,
 * encrypted, unsupported-compression, no-document.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { Failure, placeIn, problem, type Params } from '../model/problem.js';
import { crc32 } from './zip.js';

export const DEFAULT_MAX_DOCX_BYTES = 50 * 1024 * 1024;
/** no zip entry may declare or inflate to more than this */
export const ENTRY_LIMIT = 100 * 1024 * 1024;
/**
 * All the XML parts together, as inflated: the checker holds them as a tree, about ten times their
 * size. 16 MiB is a report of some 1,000 pages (rectify's own largest, 20,000 paragraphs, is about
 * 9 MiB); a small file inflating past it is a zip bomb in all but name.
 */
export const XML_LIMIT = 16 * 1024 * 1024;

/** A file that cannot be checked: `refuse('not-zip')`. */
class Refusal extends Error {
  constructor(
    readonly code: string,
    readonly params: Params = {},
  ) {
    super(code);
  }
}

const refusal = (file: string, error: Refusal) => new Failure(problem(error.code, placeIn(file), error.params));

/**
 * The bytes of `path` (relative to `cwd`): refused unless it is a regular file of at most
 * `maxBytes`. Opened without blocking, so a FIFO swapped in after the check cannot hang the read.
 * `file` names it in problems (default: `path`).
 */
export async function readBoundedFile(path: string, cwd: string, maxBytes = DEFAULT_MAX_DOCX_BYTES, file = path): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  const refuse = (info: Stats) => {
    if (info.isDirectory()) throw new Refusal('is-directory', { input: 'docx' });
    if (!info.isFile()) throw new Refusal('not-regular');
    if (info.size > maxBytes) throw new Refusal('docx-too-large', { size: info.size, max: maxBytes });
  };
  try {
    refuse(await stat(full));
    const handle = await open(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      refuse(info);
      const buf = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
      let filled = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (filled === buf.length) break;
      }
      if (filled > maxBytes) throw new Refusal('docx-too-large', { size: filled, max: maxBytes });
      return new Uint8Array(buf.buffer, buf.byteOffset, filled);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof Refusal) throw refusal(file, error);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw refusal(file, new Refusal('not-found', { input: 'docx' }));
    if (code === 'EISDIR') throw refusal(file, new Refusal('is-directory', { input: 'docx' }));
    throw refusal(file, new Refusal('read-failed', { reason: code ?? (error instanceof Error ? error.message : String(error)) }));
  }
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  local: number;
}

function centralDirectory(buf: Buffer): Entry[] {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL_HEADER) throw new Refusal('not-zip');
  let end = -1;
  // the end record sits in the last 22 bytes plus at most a 65,535-byte comment
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (buf.readUInt32LE(p) === END_OF_CENTRAL_DIRECTORY) {
      end = p;
      break;
    }
  }
  if (end < 0) throw new Refusal('corrupt-zip', { where: 'end-of-central-directory' });
  const count = buf.readUInt16LE(end + 10);
  const dirSize = buf.readUInt32LE(end + 12);
  let p = buf.readUInt32LE(end + 16);
  if (count === 0xffff || p === 0xffffffff || p + dirSize > end) throw new Refusal('corrupt-zip', { where: 'central-directory' });
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL_HEADER) throw new Refusal('corrupt-zip', { where: 'central-directory' });
    const nameLength = buf.readUInt16LE(p + 28);
    if (p + 46 + nameLength > end) throw new Refusal('corrupt-zip', { where: 'central-directory' });
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      local: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** An entry's bytes, inflated to no more than `limit`. */
function entryBytes(buf: Buffer, e: Entry, limit = ENTRY_LIMIT): Buffer {
  if (e.flags & 1) throw new Refusal('encrypted', { entry: e.name });
  if (e.local + 30 > buf.length || buf.readUInt32LE(e.local) !== LOCAL_HEADER) throw new Refusal('corrupt-zip', { where: e.name });
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
  if (start + e.compressedSize > buf.length) throw new Refusal('corrupt-zip', { where: e.name });
  const data = buf.subarray(start, start + e.compressedSize);
  let out: Buffer;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: limit + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new Refusal('entry-too-large', { entry: e.name, max: limit, ...(limit === XML_LIMIT ? { xml: 1 } : {}) });
      throw new Refusal('corrupt-zip', { where: e.name });
    }
  } else throw new Refusal('unsupported-compression', { entry: e.name, method: e.method });
  if (out.length > limit) throw new Refusal('entry-too-large', { entry: e.name, max: limit, ...(limit === XML_LIMIT ? { xml: 1 } : {}) });
  if (out.length !== e.size || crc32(out) !== e.crc) throw new Refusal('corrupt-zip', { where: e.name });
  return out;
}

function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes); // strips a UTF-8 BOM
}

/**
 * The XML parts (`*.xml`, `*.rels`) of a .docx's bytes, as text by package path. Refuses a file
 * that is not a zip, a corrupt zip, an entry that declares or inflates to more than ENTRY_LIMIT
 * (any entry: LibreOffice will read the others), XML parts past XML_LIMIT together, and a package
 * without word/document.xml or the
 * main part its relationships name. `file` names it in problems.
 */
export function docxParts(bytes: Uint8Array, file = ''): Record<string, string> {
  try {
    return partsOf(bytes);
  } catch (error) {
    if (error instanceof Refusal) throw refusal(file, error);
    throw error;
  }
}

function partsOf(bytes: Uint8Array): Record<string, string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf);
  const tooLarge = entries.find((e) => e.size > ENTRY_LIMIT || e.size === 0xffffffff || e.compressedSize === 0xffffffff);
  if (tooLarge) throw new Refusal('entry-too-large', { entry: tooLarge.name, max: ENTRY_LIMIT });
  const parts: Record<string, string> = {};
  let total = 0;
  for (const e of entries) {
    const name = e.name.replace(/^\/+/, '');
    if (!/\.(xml|rels)$/i.test(name) || name in parts) continue;
    total += e.size;
    if (total > XML_LIMIT) throw new Refusal('entry-too-large', { entry: name, max: XML_LIMIT, xml: 1 });
    parts[name] = decodeXml(entryBytes(buf, e, XML_LIMIT));
  }
  if (parts['word/document.xml'] === undefined && !hasMainPart(parts)) throw new Refusal('no-document');
  return parts;
}

/** A main part named by _rels/.rels under another name than word/document.xml. */
function hasMainPart(parts: Record<string, string>): boolean {
  const rels = parts['_rels/.rels'];
  if (!rels) return false;
  const m = /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels);
  const target = m?.[1] ?? m?.[2];
  return target !== undefined && parts[target] !== undefined;
}

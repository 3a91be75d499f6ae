import { isUtf8, transcode } from 'node:buffer';
import type { LoadProblem } from './problem.js';

export type Decoded = { text: string; problem?: undefined } | { text?: undefined; problem: LoadProblem };

/**
 * Bytes → text. UTF-8 (a leading BOM is dropped, so columns on line 1 count from the first real
 * character); UTF-16 with a BOM is decoded, since Windows editors still save it; anything else that
 * is not valid UTF-8 is refused at the first bad byte rather than turned into U+FFFD, because a
 * replaced character would reach the printed report unnoticed.
 */
export function decodeLedgerBytes(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) return { problem: tooLarge(bytes.length, maxBytes) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  // isUtf8 (simdutf) checks as strictly as a fatal TextDecoder — overlongs and surrogates refused —
  // in a fraction of a millisecond; the byte-by-byte scan below only runs to say where the text
  // went wrong.
  if (isUtf8(body)) return { text: validUtf8ToString(body) };
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const { line, column } = lineColumnAtEnd(before);
    return {
      problem: { code: 'not-utf8', line, column, path: '', params: { offset: bad + start, byte: hexByte(body[bad] ?? 0) } },
    };
  }
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) };
}

/**
 * Node 20 turns UTF-8 into a string at about 200 MB/s when the text is mostly Chinese (15 ms for a
 * 3 MB ledger); ICU's transcoder to UTF-16 and a copy into the string take a third of that. Small
 * inputs, and Node builds without ICU, take the plain decoder.
 */
function validUtf8ToString(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 64 * 1024) {
    try {
      return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // no ICU in this Node build
    }
  }
  return buffer.toString('utf8');
}

/** Text given directly (tests, other stages): the same size cap, and a leading BOM dropped. */
export function checkLedgerText(text: string, maxBytes: number): Decoded {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) return { problem: tooLarge(size, maxBytes) };
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function tooLarge(size: number, maxBytes: number): LoadProblem {
  return { code: 'too-large', line: 0, column: 0, path: '', params: { size, max: maxBytes } };
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return { problem: { code: 'not-utf8', line: 1, column: 1, path: '', params: { offset: 0, byte: encoding } } };
  }
}

function hexByte(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Line and column (1-based, UTF-16 units like editors count) of the position just after `text`. */
function lineColumnAtEnd(text: string): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
      cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = c & 0x07;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const n = b[i + k];
      if (n === undefined || (n & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (n & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

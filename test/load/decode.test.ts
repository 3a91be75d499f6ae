import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLedgerBytes, firstInvalidUtf8 } from '../../src/core/load/index.js';

describe('UTF-8 checking', () => {
  it('agrees with a fatal TextDecoder on arbitrary bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(firstInvalidUtf8(new TextEncoder().encode(text))).toBe(-1);
      }),
    );
  });

  it('refuses surrogates encoded as UTF-8 (CESU) and overlong forms', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
  });
});

describe('decoding a ledger', () => {
  it('decodes a large ledger exactly: CJK, astral characters and ASCII, past the transcoder threshold', () => {
    const text = `title: 整改𠀋报告 — ✓\n${'  - 完善制度建设，加强监督检查 🙂 ok\n'.repeat(4000)}`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    expect(decodeLedgerBytes(bytes, 1e9)).toEqual({ text });
    expect(decodeLedgerBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), 1e9)).toEqual({ text });
  });
  it('refuses a bad byte deep inside a large ledger, at its line and column', () => {
    const bytes = new TextEncoder().encode('a: 整改\n'.repeat(20000));
    bytes[bytes.length - 3] = 0xff;
    const decoded = decodeLedgerBytes(bytes, 1e9);
    expect(decoded.problem).toMatchObject({ code: 'not-utf8', line: 20000, column: 5 });
  });
  it('drops a UTF-8 BOM', () => {
    expect(decodeLedgerBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), 100)).toEqual({ text: 'a' });
  });
  it('decodes UTF-16 BE with a BOM', () => {
    expect(decodeLedgerBytes(Uint8Array.from([0xfe, 0xff, 0x4e, 0x2d, 0x00, 0x0a]), 100)).toEqual({ text: '中\n' });
  });
  it('reports the line and column of the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a: 1\nb: 中'), 0x80]);
    expect(decodeLedgerBytes(bytes, 100).problem).toMatchObject({ code: 'not-utf8', line: 2, column: 5 });
  });
  it('refuses input over the size cap', () => {
    expect(decodeLedgerBytes(new Uint8Array(11), 10).problem).toMatchObject({ code: 'too-large', line: 0, column: 0 });
  });
});

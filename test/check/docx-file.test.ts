/**
 * The bounded reading of a .docx handed to `rectify check` (src/host/docx-file.ts): only regular
 * files, no more than --max-bytes, no zip entry that declares more than 100 MiB and no XML that
 * inflates to more than 16 MiB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { docxParts, ENTRY_LIMIT, readBoundedFile, XML_LIMIT } from '../../src/host/docx-file.js';
import { writeZip } from '../../src/host/zip.js';
import { Failure } from '../../src/model/problem.js';

const dir = mkdtempSync(join(tmpdir(), 'rectify-check-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CENTRAL_HEADER = 0x02014b50;

/** The offset of the first central directory record of a zip (writeZip's, no comments). */
function centralRecord(zip: Buffer): number {
  for (let p = zip.length - 22; p >= 0; p--) if (zip.readUInt32LE(p) === CENTRAL_HEADER) {
    // walk back to the first record
    let first = p;
    for (let q = p - 1; q >= 0; q--) if (zip.readUInt32LE(q) === CENTRAL_HEADER) first = q;
    return first;
  }
  throw new Error('no central directory');
}

/** The code of the problem a call fails with, or 'none'. */
function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof Failure) return e.problems[0]!.code;
    throw e;
  }
  return 'none';
}

const codeOf = (e: unknown) => (e instanceof Failure ? e.problems[0]!.code : String(e));

const DOC = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>';

describe('docxParts', () => {
  it('returns the XML parts as text, UTF-8 or UTF-16 by their byte-order mark, and nothing else', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<w:settings xmlns:w="x"/>', 'utf16le')]);
    const parts = docxParts(zipSync({ 'word/document.xml': strToU8(`\uFEFF${DOC}`), 'word/settings.xml': utf16, 'word/media/image1.png': new Uint8Array([1, 2, 3]) }));
    expect(Object.keys(parts).sort()).toEqual(['word/document.xml', 'word/settings.xml']);
    expect(parts['word/document.xml']).toBe(DOC);
    expect(parts['word/settings.xml']).toBe('<w:settings xmlns:w="x"/>');
  });

  it('accepts a main part under another name when _rels/.rels names it', () => {
    const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>';
    expect(Object.keys(docxParts(zipSync({ '_rels/.rels': strToU8(rels), 'word/document2.xml': strToU8(DOC) })))).toContain('word/document2.xml');
  });

  it('refuses what is not a Word package', () => {
    expect(problem(() => docxParts(strToU8('plain text, not a zip')))).toBe('not-zip');
    expect(problem(() => docxParts(new Uint8Array()))).toBe('not-zip');
    expect(problem(() => docxParts(zipSync({ 'a.txt': strToU8('x') })))).toBe('no-document');
    const zip = zipSync({ 'word/document.xml': strToU8(DOC) });
    expect(problem(() => docxParts(zip.subarray(0, zip.length - 10)))).toBe('corrupt-zip');
  });

  it('refuses an entry whose bytes do not match its checksum', () => {
    const zip = Buffer.from(zipSync({ 'word/document.xml': strToU8(DOC) }, { level: 0 }));
    const at = zip.indexOf('<w:body/>');
    zip[at + 1] = 'x'.charCodeAt(0);
    expect(problem(() => docxParts(zip))).toBe('corrupt-zip');
  });

  it('refuses an encrypted entry', () => {
    const zip = Buffer.from(writeZip([{ name: 'word/document.xml', data: strToU8(DOC) }]));
    zip.writeUInt16LE(zip.readUInt16LE(centralRecord(zip) + 8) | 1, centralRecord(zip) + 8);
    expect(problem(() => docxParts(zip))).toBe('encrypted');
  });

  it('refuses an entry that declares more than 100 MiB, before inflating anything', () => {
    const zip = Buffer.from(writeZip([{ name: 'word/media/video.bin', data: new Uint8Array(10) }, { name: 'word/document.xml', data: strToU8(DOC) }]));
    zip.writeUInt32LE(ENTRY_LIMIT + 1, centralRecord(zip) + 24);
    expect(problem(() => docxParts(zip))).toBe('entry-too-large');
  });

  it('stops inflating an XML part that lies about its size once the XML passes 16 MiB', () => {
    // 17 MiB of zeros deflate to about 17 KiB; the central directory says 1 KiB
    const bomb = Buffer.from(writeZip([{ name: 'word/document.xml', data: new Uint8Array(XML_LIMIT + 1024 * 1024) }]));
    bomb.writeUInt32LE(1024, centralRecord(bomb) + 24);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(problem(() => docxParts(bomb))).toBe('entry-too-large');
  });

  it('refuses XML parts that together declare more than 16 MiB: the checker would hold ten times that', () => {
    const half = new Uint8Array(XML_LIMIT / 2 + 1);
    const zip = Buffer.from(writeZip([{ name: 'word/document.xml', data: half }, { name: 'word/styles.xml', data: half }]));
    expect(zip.length).toBeLessThan(1024 * 1024);
    try {
      docxParts(zip);
      expect.unreachable('refused');
    } catch (error) {
      expect((error as Failure).problems[0]).toMatchObject({ code: 'entry-too-large', params: { max: XML_LIMIT, xml: 1 } });
    }
  });
});

describe('readBoundedFile', () => {
  it('reads a regular file, through a symbolic link too', async () => {
    writeFileSync(join(dir, 'small.docx'), 'abc');
    symlinkSync(join(dir, 'small.docx'), join(dir, 'link.docx'));
    expect(Buffer.from(await readBoundedFile('small.docx', dir)).toString()).toBe('abc');
    expect(Buffer.from(await readBoundedFile('link.docx', dir)).toString()).toBe('abc');
  });

  it('names the file in its problems as the user wrote it', async () => {
    const err = await readBoundedFile('nope.docx', dir, 1000, 'inbox/nope.docx').catch((e: unknown) => e);
    expect((err as Failure).problems).toEqual([{ code: 'not-found', severity: 'error', place: { file: 'inbox/nope.docx', line: 0, column: 0, path: '' }, params: { input: 'docx' } }]);
    const bad = (() => {
      try {
        docxParts(strToU8('x'), 'notes.docx');
      } catch (e) {
        return e;
      }
    })();
    expect((bad as Failure).problems[0]).toMatchObject({ code: 'not-zip', place: { file: 'notes.docx' } });
  });

  it('refuses a file over the limit, a directory, a missing file', async () => {
    writeFileSync(join(dir, 'big.docx'), Buffer.alloc(2000));
    const err = (p: Promise<unknown>) => p.then(() => 'none', codeOf);
    expect(await err(readBoundedFile('big.docx', dir, 1000))).toBe('docx-too-large');
    expect(await err(readBoundedFile('.', dir))).toBe('is-directory');
    expect(await err(readBoundedFile('nope.docx', dir))).toBe('not-found');
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without blocking on it', async () => {
    const fifo = join(dir, 'pipe.docx');
    execFileSync('mkfifo', [fifo]);
    const outcome = await readBoundedFile(fifo, dir).then(() => 'read', codeOf);
    expect(outcome).toBe('not-regular');
  });
});

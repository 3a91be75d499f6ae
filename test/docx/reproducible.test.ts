import { afterEach, describe, expect, it } from 'vitest';
import { documentDate } from '../../src/host/clock.js';
import { Failure } from '../../src/model/problem.js';
import { buildFixture, part } from './build-fixture.js';

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

/** DOS time and date of every local file header: offsets 10 and 12 after the PK\3\4 signature. */
function entryStamps(zip: Uint8Array): [number, number][] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const stamps: [number, number][] = [];
  for (let i = 0; i + 30 <= zip.length; ) {
    if (view.getUint32(i, true) !== 0x04034b50) break;
    stamps.push([view.getUint16(i + 10, true), view.getUint16(i + 12, true)]);
    const compressed = view.getUint32(i + 18, true);
    i += 30 + view.getUint16(i + 26, true) + view.getUint16(i + 28, true) + compressed;
  }
  return stamps;
}

describe('byte-reproducible .docx', () => {
  it('two builds are identical, whatever the time zone', async () => {
    process.env.TZ = 'UTC';
    const a = await buildFixture('justice-bureau');
    process.env.TZ = 'Asia/Shanghai';
    const b = await buildFixture('justice-bureau');
    process.env.TZ = 'America/Los_Angeles';
    const c = await buildFixture('justice-bureau');
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
  });

  it('stamps the creation date in core.xml and one fixed time on every zip entry', async () => {
    const docx = await buildFixture('justice-bureau', new Date(Date.UTC(2024, 0, 2, 3, 4, 5)));
    const core = part(docx, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-02T03:04:05Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-02T03:04:05Z</dcterms:modified>');
    const stamps = entryStamps(docx);
    expect(stamps.length).toBeGreaterThan(10);
    // 1980-01-01 00:00:00: date (0 << 9) | (1 << 5) | 1, time 0
    expect(new Set(stamps.map(([t, d]) => `${t}/${d}`))).toEqual(new Set(['0/33']));
  });

  it('a different creation date changes only core.xml', async () => {
    const a = await buildFixture('justice-bureau', new Date(Date.UTC(2023, 11, 1)));
    const b = await buildFixture('justice-bureau', new Date(Date.UTC(2023, 11, 2)));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(part(a, 'word/document.xml')).toBe(part(b, 'word/document.xml'));
  });
});

describe('the date stamped into outputs', () => {
  it('is SOURCE_DATE_EPOCH when set', () => {
    expect(documentDate({ SOURCE_DATE_EPOCH: '1700000000' }, '2023-12-01').toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(documentDate({ SOURCE_DATE_EPOCH: ' 1700000000\n' }, '2023-12-01').toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
  it('is report.date at 00:00 UTC when SOURCE_DATE_EPOCH is unset or empty', () => {
    expect(documentDate({}, '2023-12-01').toISOString()).toBe('2023-12-01T00:00:00.000Z');
    expect(documentDate({ SOURCE_DATE_EPOCH: '' }, '2023-12-01').toISOString()).toBe('2023-12-01T00:00:00.000Z');
  });
  it.each(['yesterday', '-5', '1.5', '99999999999999999999', '253402300800'])('refuses SOURCE_DATE_EPOCH=%s, naming it, rather than guessing', (value) => {
    let thrown: unknown;
    try {
      documentDate({ SOURCE_DATE_EPOCH: value }, '2023-12-01');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Failure);
    expect((thrown as Failure).problems[0]).toMatchObject({ code: 'bad-source-date-epoch', params: { value: value.trim() } });
  });
});

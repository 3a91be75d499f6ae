/**
 * exceljs stamps every zip entry with the time of writing, so two exports of the same ledger differ.
 * Rewriting the DOS date/time fields of each entry (local header and central directory) makes the
 * bytes depend on the ledger alone; the fields are outside the CRC, so the archive stays valid.
 */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const EXTENDED_TIMESTAMP = 0x5455;

function dosDateTime(date: Date): { time: number; day: number } {
  // DOS dates start in 1980; clamp so SOURCE_DATE_EPOCH=0 still gives a valid stamp.
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

function patchExtendedTimestamps(buf: Buffer, start: number, length: number, unixSeconds: number): void {
  let p = start;
  while (p + 4 <= start + length) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === EXTENDED_TIMESTAMP && size >= 5) {
      // flags byte, then as many 4-byte times as fit
      for (let q = p + 5; q + 4 <= p + 4 + size; q += 4) buf.writeUInt32LE(unixSeconds >>> 0, q);
    }
    p += 4 + size;
  }
}

export function setZipTimestamps(zip: Uint8Array, date: Date): Buffer {
  const buf = Buffer.from(zip);
  const { time, day } = dosDateTime(date);
  const unixSeconds = Math.max(0, Math.floor(date.getTime() / 1000));

  let eocd = -1;
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (buf.readUInt32LE(p) === END_OF_CENTRAL_DIRECTORY) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== CENTRAL_HEADER) throw new Error('corrupt zip central directory');
    buf.writeUInt16LE(time, p + 12);
    buf.writeUInt16LE(day, p + 14);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    patchExtendedTimestamps(buf, p + 46 + nameLength, extraLength, unixSeconds);

    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== LOCAL_HEADER) throw new Error('corrupt zip local header');
    buf.writeUInt16LE(time, local + 10);
    buf.writeUInt16LE(day, local + 12);
    const localName = buf.readUInt16LE(local + 26);
    const localExtra = buf.readUInt16LE(local + 28);
    patchExtendedTimestamps(buf, local + 30 + localName, localExtra, unixSeconds);

    p += 46 + nameLength + extraLength + commentLength;
  }
  return buf;
}

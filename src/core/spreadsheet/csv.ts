/**
 * CSV as Excel users exchange it: written UTF-8 with a BOM (without it Excel shows Chinese as
 * mojibake) and CRLF line ends, fields quoted per RFC 4180; read in UTF-8 or, when the bytes are not
 * valid UTF-8, GB18030 (what Excel on a Chinese Windows saves as "CSV").
 */

const BOM = '\uFEFF';

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function writeCsv(rows: readonly (readonly string[])[]): Buffer {
  const text = rows.map((row) => row.map(quoteField).join(',')).join('\r\n') + '\r\n';
  return Buffer.from(BOM + text, 'utf8');
}

export type CsvEncoding = 'utf-8' | 'gb18030';

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

export interface CsvParseResult {
  rows: string[][];
  /** 1-based line where an unterminated quoted field starts, when there is one. */
  unterminatedQuoteLine?: number;
}

/**
 * RFC 4180, tolerant the way spreadsheet programs are: LF or CRLF line ends, a quote inside an
 * unquoted field taken literally. Line numbers of the records are not kept: a record is a row, and
 * rows are what diagnostics name.
 */
export function parseCsv(text: string): CsvParseResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let fieldStarted = false;
  const n = text.length;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  while (i < n) {
    const c = text[i]!;
    if (c === '"' && !fieldStarted) {
      const quoteLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const d = text[i]!;
        if (d === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (d === '\n') line++;
        field += d;
        i++;
      }
      if (!closed) {
        endRow();
        return { rows, unterminatedQuoteLine: quoteLine };
      }
      fieldStarted = true;
      continue;
    }
    if (c === ',') {
      endField();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    field += c;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || row.length > 0) endRow();
  return { rows };
}

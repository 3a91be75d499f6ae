/**
 * CSV as Excel users exchange it: written UTF-8 with a BOM (without it Excel shows Chinese as
 * mojibake) and CRLF line ends, fields quoted per RFC 4180; read in UTF-8 or, when the bytes are not
 * valid UTF-8, GB18030 (what Excel on a Chinese Windows saves as "CSV").
 */

const BOM = '\uFEFF';

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Formula injection (OWASP, "CSV Injection"): Excel and WPS evaluate a CSV cell that starts with
 * `=`, `+`, `-` or `@` (a tab or carriage return first does not stop them), so `=HYPERLINK(…)` in a
 * ledger text would run when the file is opened. Such a cell is written with a `'` before it,
 * which makes the spreadsheet show it as text; a cell already starting with `'`s before such a
 * character gets one more, so import can take exactly one away and give back the text as typed.
 */
const FORMULA_START = '=+-@\t\r';

function startsLikeFormula(field: string): boolean {
  let i = 0;
  while (field[i] === "'") i++;
  return i < field.length && FORMULA_START.includes(field[i]!);
}

/** A cell as written to a CSV: a `'` before anything a spreadsheet would evaluate. */
export function neutraliseFormula(field: string): string {
  return startsLikeFormula(field) ? `'${field}` : field;
}

/** A CSV cell as read: the `'` neutraliseFormula put before it taken away again. */
export function restoreFormula(field: string): string {
  return field.startsWith("'") && startsLikeFormula(field) ? field.slice(1) : field;
}

export function writeCsv(rows: readonly (readonly string[])[]): Buffer {
  const text = rows.map((row) => row.map((field) => quoteField(neutraliseFormula(field))).join(',')).join('\r\n') + '\r\n';
  return Buffer.from(BOM + text, 'utf8');
}

export type CsvEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * UTF-16 without a byte order mark: Excel's "Unicode text" and some exports. Its ASCII characters
 * carry a zero byte, always on the same side; UTF-8 and GB18030 text has no zero bytes at all.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length & ~1, 1024);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  // commas, digits and line ends are ASCII: their zero byte falls on one side; a few ideographs
  // (U+4E00) put one on the other
  const pairs = n / 2;
  if (evenZeros + oddZeros < pairs * 0.1) return undefined;
  if (oddZeros >= 3 * evenZeros) return 'utf-16le';
  if (evenZeros >= 3 * oddZeros) return 'utf-16be';
  return undefined;
}

/**
 * The text of a CSV: UTF-8 (BOM or not), UTF-16 with a BOM or recognisably without one, else
 * GB18030 (what Excel on a Chinese Windows saves as "CSV").
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { ignoreBOM: false }).decode(bytes), encoding: utf16 };
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
  /** Reading stopped here: the row (1-based) and field (1-based) past `maxCells`. */
  tooManyCells?: { row: number; column: number };
}

export interface CsvParseOptions {
  /** Leave out a row's trailing empty fields (and keep blank rows as one shared empty row). */
  trimTrailingEmpty?: boolean;
  /** Stop once this many fields are kept. */
  maxCells?: number;
}

/** Excel's widest row (column XFD). */
const MAX_FIELDS_PER_ROW = 16_384;

const NO_FIELDS: string[] = Object.freeze([]) as unknown as string[];

/**
 * RFC 4180, tolerant the way spreadsheet programs are: LF or CRLF line ends, a quote inside an
 * unquoted field taken literally. Line numbers of the records are not kept: a record is a row, and
 * rows are what diagnostics name.
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const rows: string[][] = [];
  // one buffer for the fields of the row being read; each row is stored as an array of its exact
  // size (a growing array per row held room for sixteen fields: a table of many short rows spent
  // its time in the collector)
  const row: string[] = [];
  let count = 0;
  let field = '';
  let i = 0;
  let line = 1;
  let fieldStarted = false;
  const n = text.length;
  const trim = options.trimTrailingEmpty === true;
  const maxCells = options.maxCells ?? Number.POSITIVE_INFINITY;
  let kept = 0;
  let tooMany: CsvParseResult['tooManyCells'];
  const endField = () => {
    row[count++] = field;
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    let last = count;
    if (trim) while (last > 0 && row[last - 1] === '') last--;
    kept += last;
    if (kept > maxCells && tooMany === undefined) tooMany = { row: rows.length + 1, column: last };
    rows.push(last === 0 && trim ? NO_FIELDS : row.slice(0, last));
    count = 0;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 && !fieldStarted) {
      const quoteLine = line;
      i++;
      let closed = false;
      while (i < n) {
        // everything up to the next quote is the field's, line breaks included
        const quote = text.indexOf('"', i);
        const end = quote < 0 ? n : quote;
        const piece = text.slice(i, end);
        // line breaks inside the field, counted in the piece only (searching the whole text from
        // every quote was quadratic)
        for (let k = piece.indexOf('\n'); k >= 0; k = piece.indexOf('\n', k + 1)) line++;
        field += piece;
        i = end;
        if (quote < 0) break;
        if (text.charCodeAt(i + 1) === 0x22) {
          field += '"';
          i += 2;
          continue;
        }
        i++;
        closed = true;
        break;
      }
      if (!closed) {
        endRow();
        return tooMany ? { rows, tooManyCells: tooMany } : { rows, unterminatedQuoteLine: quoteLine };
      }
      fieldStarted = true;
      continue;
    }
    if (c === 0x2c) {
      endField();
      i++;
      // a row wider than a spreadsheet can be is not a table
      if (count >= MAX_FIELDS_PER_ROW && tooMany === undefined) {
        tooMany = { row: rows.length + 1, column: count + 1 };
        return { rows, tooManyCells: tooMany };
      }
      continue;
    }
    if (c === 0x0d || c === 0x0a) {
      endRow();
      if (tooMany) return { rows, tooManyCells: tooMany };
      i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      line++;
      continue;
    }
    // an unquoted run: up to the next comma or line end (a quote inside it is taken literally)
    let end = i + 1;
    while (end < n) {
      const d = text.charCodeAt(end);
      if (d === 0x2c || d === 0x0d || d === 0x0a) break;
      end++;
    }
    field += text.slice(i, end);
    fieldStarted = true;
    i = end;
  }
  if (fieldStarted || count > 0) endRow();
  return tooMany ? { rows, tooManyCells: tooMany } : { rows };
}

/**
 * Sheet XML written by this program for the parts of a workbook too large for exceljs's in-memory
 * model (the exported 整改台账, the hidden 台账信息 with its line per YAML line, the 关键数据 rows):
 * exceljs writes the workbook around them — styles, views, page setup, drop-downs, the header
 * rows — and the rows are put into its sheets here, as the cells exceljs itself writes (shared
 * strings, style ids, Excel date serials). exceljs spent seconds and most of a gigabyte on a cell
 * object, a style object and XML nodes per cell of a 10 MB ledger; here a row is a short string,
 * turned into bytes a block at a time.
 */
import { xmlEscape } from '../xml/write.js';

/** `1` → `A`, `28` → `AB`. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Bytes of one block of XmlBytes: many text flushes each, so few allocations. */
const BLOCK_BYTES = 1 << 20;

/**
 * XML text gathered as UTF-8 bytes a block at a time: a large sheet never becomes one string,
 * and the blocks are bytes the garbage collector does not walk. Text is written into the current
 * block (Buffer#write), which is quicker than a Buffer made of each piece of text.
 */
export class XmlBytes {
  private readonly parts: Buffer[] = [];
  private block: Buffer | undefined;
  private used = 0;
  private text = '';

  add(xml: string): void {
    this.text += xml;
    if (this.text.length >= 1 << 16) this.flush();
  }

  private flush(): void {
    const text = this.text;
    this.text = '';
    if (text === '') return;
    // a UTF-16 code unit takes at most three bytes of UTF-8
    if (this.block === undefined || this.used + text.length * 3 > this.block.length) {
      this.close();
      this.block = Buffer.allocUnsafe(Math.max(BLOCK_BYTES, text.length * 3));
    }
    this.used += this.block!.write(text, this.used, 'utf8');
  }

  /** The current block, as far as it is written, joins the parts. */
  private close(): void {
    if (this.block !== undefined && this.used > 0) this.parts.push(this.block.subarray(0, this.used));
    this.block = undefined;
    this.used = 0;
  }

  /** The blocks so far, to be copied once where they go. */
  blocks(): readonly Buffer[] {
    this.flush();
    this.close();
    return this.parts;
  }

  bytes(): Buffer {
    return Buffer.concat(this.blocks());
  }
}

const SPACE = /\s/;

/**
 * The workbook's shared-string table: exceljs's strings kept as it wrote them (the header and
 * 报告信息 cells point at them), the rows' strings after them, each distinct text of the rows once.
 */
export class SharedStrings {
  /** Each string's `<si>` element, in index order. */
  private readonly items: string[] = [];
  private readonly byText = new Map<string, number>();
  private references: number;
  /** What precedes the table (the XML declaration) and its start tag without the counts. */
  private readonly head: string;

  constructor(xml: string) {
    const start = xml.indexOf('<sst');
    const openEnd = xml.indexOf('>', start);
    if (start < 0 || openEnd < 0) throw new Error('exceljs wrote no shared-string table');
    const open = xml.slice(start, openEnd + 1);
    this.references = Number(/\scount="(\d+)"/.exec(open)?.[1] ?? 0);
    this.head = xml.slice(0, start) + open.replace(/\s(?:count|uniqueCount)="\d*"/g, '').replace(/\/?>$/, '');
    for (let at = xml.indexOf('<si>', openEnd); at >= 0; ) {
      const end = xml.indexOf('</si>', at) + '</si>'.length;
      this.items.push(xml.slice(at, end));
      at = xml.indexOf('<si>', end);
    }
  }

  /** The index of `text`, added when new; written as exceljs writes it (spaces kept where XML would drop them). */
  add(text: string): number {
    this.references += 1;
    let index = this.byText.get(text);
    if (index === undefined) {
      const preserve = text.includes('\n') || SPACE.test(text.charAt(0)) || SPACE.test(text.charAt(text.length - 1));
      index = this.items.push(`<si><t${preserve ? ' xml:space="preserve"' : ''}>${xmlEscape(text)}</t></si>`) - 1;
      this.byText.set(text, index);
    }
    return index;
  }

  bytes(): Buffer {
    const out = new XmlBytes();
    out.add(`${this.head} count="${this.references}" uniqueCount="${this.items.length}">`);
    for (const item of this.items) out.add(item);
    out.add('</sst>');
    return out.bytes();
  }
}

/** A cell's value as written: text (a shared string), a number (an Excel date serial among them), or none. */
export type XmlCellValue = string | number | null;

/** One cell; `style` is an exceljs style id (0: none). */
export function cellXml(ref: string, style: number, value: XmlCellValue, strings: SharedStrings): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.add(value)}</v></c>`;
}

/** One row of `cells` (already written), spanning columns 1 to `columns`. */
export function rowXml(row: number, columns: number, cells: string): string {
  return `<row r="${row}" spans="1:${columns}" x14ac:dyDescent="0.25">${cells}</row>`;
}

/**
 * The style ids exceljs gave the cells of `row` in columns 1 to `columns` (a probe row: styled
 * cells with no value, written so that the styles table holds the rows' styles).
 */
export function probeStyles(sheetXml: string, row: number, columns: number): number[] {
  return Array.from({ length: columns }, (_, c) => {
    const ref = `<c r="${columnLetter(c + 1)}${row}" s="`;
    const at = sheetXml.indexOf(ref);
    if (at < 0) throw new Error(`exceljs wrote no style for ${columnLetter(c + 1)}${row}`);
    return Number(sheetXml.slice(at + ref.length, sheetXml.indexOf('"', at + ref.length)));
  });
}

/**
 * exceljs's sheet with its rows from `keepRows + 1` on replaced by `rows`, the last row of its
 * used range set to `lastRow`, and `afterData` (merged ranges) put right after the rows, where
 * the schema wants them before drop-downs and page setup.
 */
export function spliceSheet(xml: string, keepRows: number, rows: XmlBytes, lastRow: number, afterData = ''): Buffer {
  const dimensionAt = xml.indexOf('<dimension ref="');
  const dimensionEnd = xml.indexOf('"/>', dimensionAt);
  const empty = xml.indexOf('<sheetData/>');
  const open = empty >= 0 ? empty : xml.indexOf('<sheetData>');
  const close = empty >= 0 ? empty + '<sheetData/>'.length : xml.indexOf('</sheetData>') + '</sheetData>'.length;
  if (dimensionAt < 0 || dimensionEnd < 0 || open < 0 || open < dimensionEnd) throw new Error('exceljs wrote a sheet without <dimension> or <sheetData>');
  // `A1:M2` or `A1`: the used range's first cell and last column as exceljs found them
  const range = xml.slice(dimensionAt + '<dimension ref="'.length, dimensionEnd);
  const [first = 'A1', last = first] = range.split(':');
  const dimension = `${first}:${last.replace(/\d+$/, '')}${lastRow}`;
  let kept = '';
  if (empty < 0) {
    const body = xml.slice(open + '<sheetData>'.length, close - '</sheetData>'.length);
    const firstDropped = body.indexOf(`<row r="${keepRows + 1}"`);
    kept = firstDropped < 0 ? body : body.slice(0, firstDropped);
  }
  return Buffer.concat([
    Buffer.from(`${xml.slice(0, dimensionAt)}<dimension ref="${dimension}${xml.slice(dimensionEnd, open)}<sheetData>${kept}`, 'utf8'),
    ...rows.blocks(),
    Buffer.from(`</sheetData>${afterData}${xml.slice(close)}`, 'utf8'),
  ]);
}

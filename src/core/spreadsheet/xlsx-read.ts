/**
 * Reads an .xlsx into grids (merged cells resolved to their top-left value) and the hidden ledger
 * YAML. Our own reader, on our own zip and XML readers, so that every limit holds while reading:
 * - each zip entry inflates to at most `maxEntryBytes` (a zip bomb stops there, not at gigabytes);
 * - only cells that hold a value are stored, row by row: a far cell (XFD1048576) costs one row,
 *   not a walk over seventeen billion empty ones, and a declared `<dimension>` is not believed;
 * - merges are laid over the cells actually used, never over the whole range they declare;
 * - what a sheet materialises (its rows up to their last value, plus merged cells) is at most
 *   `maxCells`, else the import is refused naming the cell where the limit was passed.
 * Text is what a reader sees: `<t>` runs joined, phonetic guides (`<rPh>`) left out, `_x000D_`
 * escapes decoded. Sheets come in the workbook's tab order, each marked hidden or visible.
 */
import type { CellValue } from './cells.js';
import { columnLetter } from './columns.js';
import type { GridCell, SheetGrid } from './grid.js';
import { META_NOTE, META_SHEET } from './xlsx-write.js';
import { inflateEntry, zipDirectory, type ZipEntry } from '../zip/read.js';
import { localName, scanXml } from '../xml/scan.js';

export interface Workbook {
  sheets: SheetGrid[];
  /** The YAML export stored in the hidden sheet, when the workbook came from `rectify export`. */
  metaYaml?: string;
}

export interface XlsxLimits {
  /** Bytes any one zip entry may inflate to. */
  maxEntryBytes: number;
  /** Cells one sheet may materialise (rows up to their last value, plus merged cells). */
  maxCells: number;
}

/** Excel's own bounds: 1,048,576 rows, 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A sheet too large to read, at `cell`. */
export class SheetTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string,
    readonly reason: 'cells' | 'bounds' | 'merge',
    readonly limit: number,
  ) {
    super(`${sheet}!${cell}: ${reason}`);
    this.name = 'SheetTooLargeError';
  }
}

/** A workbook that is not a readable .xlsx (a part missing or malformed). */
export class XlsxError extends Error {
  override name = 'XlsxError';
}

const EMPTY: GridCell = Object.freeze({ value: null });
const EMPTY_ROW: GridCell[] = Object.freeze([]) as unknown as GridCell[];

/** `_x000D_` and friends: how OOXML writes characters XML cannot hold; `_x005F_` escapes the underscore. */
function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  let out = '';
  let at = 0;
  for (let i = text.indexOf('_x'); i >= 0; i = text.indexOf('_x', i + 1)) {
    if (text.charCodeAt(i + 6) !== 0x5f || !/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) continue;
    out += text.slice(at, i) + String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
    at = i + 7;
    i += 6;
  }
  return out + text.slice(at);
}

/** `AB12` → { row: 12, column: 28 }; undefined when it is not a cell reference. */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  let i = 0;
  let column = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i) & ~0x20;
    if (c < 0x41 || c > 0x5a) break;
    column = column * 26 + (c - 0x40);
  }
  if (i === 0 || i === ref.length) return undefined;
  const digits = ref.slice(i);
  if (!/^[0-9]{1,8}$/.test(digits)) return undefined;
  return { row: Number(digits), column };
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format shows a date or time: y, m, d, h, s (or 年月日) outside quotes, escapes and brackets. */
export function isDateFormat(code: string): boolean {
  let plain = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (c === '\\' || c === '_' || c === '*') {
      i++;
    } else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      const inside = code.slice(i + 1, end < 0 ? code.length : end);
      // [h], [mm], [ss]: elapsed time; [Red], [$-804]: not
      if (/^[hms]+$/i.test(inside)) plain += inside;
      i = end < 0 ? code.length : end;
    } else {
      plain += c;
    }
  }
  return /[ydhs年月日]/i.test(plain) || /m/i.test(plain.replace(/General/gi, ''));
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Rich text as a reader sees it: the `<t>` runs, not the phonetic guide (`<rPh>`) above them. */
class RichText {
  private depth = 0;
  private inT = false;
  private rph = 0;
  text = '';
  open(name: string): void {
    this.depth++;
    if (name === 'rPh') this.rph++;
    else if (name === 't' && this.rph === 0) this.inT = true;
  }
  close(name: string): void {
    this.depth--;
    if (name === 'rPh') this.rph--;
    else if (name === 't') this.inT = false;
  }
  add(text: string): void {
    if (this.inT) this.text += text;
  }
}

function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: RichText | undefined;
  scanXml(xml, {
    open(qname, _attrs, selfClosing) {
      const name = localName(qname);
      if (name === 'si') {
        current = new RichText();
        if (selfClosing) {
          strings.push('');
          current = undefined;
        }
      } else current?.open(name);
    },
    close(qname) {
      const name = localName(qname);
      if (name === 'si' && current) {
        strings.push(decodeOoxmlEscapes(current.text));
        current = undefined;
      } else current?.close(name);
    },
    text(text) {
      current?.add(text);
    },
  });
  return strings;
}

/** For each cell style index, whether it formats numbers as dates. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(qname, attrs) {
      const name = localName(qname);
      if (name === 'numFmt' && attrs.numFmtId !== undefined) custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        const code = custom.get(id);
        styles.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close(qname) {
      if (localName(qname) === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH = Date.UTC(1904, 0, 1);

/** The values of one row, with their columns (two lists: a large sheet has many cells). */
interface SheetRow {
  columns: number[];
  values: CellValue[];
}

/** One worksheet part → its grid, within the limits. */
function readSheet(xml: string, name: string, strings: readonly string[], dates: readonly boolean[], date1904: boolean, limits: XlsxLimits): SheetGrid {
  const rowsByNumber = new Map<number, SheetRow>();
  const merges: string[] = [];
  let cells = 0;
  let rowNumber = 0;
  let columnNumber = 0;
  // the cell open, in plain variables: one object per cell of a large sheet is garbage to collect
  let inCell = false;
  let cellRow = 0;
  let cellColumn = 0;
  let cellType = 'n';
  let cellStyle = 0;
  let value: string | undefined;
  let inV = false;
  let inIs = false;
  let rich: RichText | undefined;

  const finishCell = (): void => {
    if (!inCell) return;
    const row = cellRow;
    const column = cellColumn;
    const type = cellType;
    const style = cellStyle;
    let v: CellValue = null;
    if (type === 'inlineStr') v = rich ? decodeOoxmlEscapes(rich.text) : value !== undefined ? decodeOoxmlEscapes(value) : null;
    else if (value !== undefined) {
      if (type === 's') v = strings[Number(value)] ?? null;
      else if (type === 'str') v = decodeOoxmlEscapes(value);
      else if (type === 'b') v = value.trim() === '1' || value.trim() === 'true';
      else if (type === 'e') v = value;
      else if (type === 'd') {
        const d = new Date(value);
        v = Number.isNaN(d.getTime()) ? value : d;
      } else {
        const n = Number(value);
        if (value.trim() === '' || Number.isNaN(n)) v = value;
        else if (dates[style] && Number.isFinite(n) && Math.abs(n) < 3e6) v = new Date((date1904 ? EXCEL_1904_EPOCH : EXCEL_EPOCH) + Math.round(n * 86_400_000));
        else v = n;
      }
    }
    inCell = false;
    rich = undefined;
    value = undefined;
    if (v === null || v === '') return;
    if (row > MAX_ROWS || column > MAX_COLUMNS) throw new SheetTooLargeError(name, `${columnLetter(Math.min(column, MAX_COLUMNS + 1))}${row}`, 'bounds', MAX_ROWS);
    if (++cells > limits.maxCells) throw new SheetTooLargeError(name, `${columnLetter(column)}${row}`, 'cells', limits.maxCells);
    let list = rowsByNumber.get(row);
    if (!list) rowsByNumber.set(row, (list = { columns: [], values: [] }));
    list.columns.push(column);
    list.values.push(v);
  };

  scanXml(xml, {
    open(qname, attrs, selfClosing) {
      const tag = localName(qname);
      if (inIs) {
        rich!.open(tag);
        return;
      }
      switch (tag) {
        case 'row': {
          const r = attrs.r !== undefined ? Number(attrs.r) : rowNumber + 1;
          rowNumber = Number.isSafeInteger(r) && r > 0 ? r : rowNumber + 1;
          columnNumber = 0;
          break;
        }
        case 'c': {
          const ref = attrs.r !== undefined ? parseCellRef(attrs.r) : undefined;
          if (ref) {
            rowNumber = ref.row;
            columnNumber = ref.column;
          } else {
            columnNumber++;
          }
          inCell = true;
          cellRow = rowNumber;
          cellColumn = columnNumber;
          cellType = attrs.t ?? 'n';
          cellStyle = Number(attrs.s ?? 0) || 0;
          if (selfClosing) finishCell();
          break;
        }
        case 'v':
          if (inCell && !selfClosing) {
            inV = true;
            value = '';
          }
          break;
        case 'is':
          if (inCell && !selfClosing) {
            rich = new RichText();
            inIs = true;
          }
          break;
        case 'mergeCell':
          if (attrs.ref) merges.push(attrs.ref);
          break;
      }
    },
    close(qname) {
      const tag = localName(qname);
      if (inIs) {
        if (tag === 'is') inIs = false;
        else rich!.close(tag);
        return;
      }
      if (tag === 'v') inV = false;
      else if (tag === 'c') finishCell();
    },
    text(text) {
      if (inIs) rich!.add(text);
      else if (inV) value += text;
    },
  });
  return gridOf(name, rowsByNumber, merges, limits);
}

/** Rows up to their last value; merges laid over the used range only; at most `maxCells` in all. */
function gridOf(name: string, rowsByNumber: Map<number, SheetRow>, merges: readonly string[], limits: XlsxLimits): SheetGrid {
  let lastRow = 0;
  let lastColumn = 0;
  for (const [row, list] of rowsByNumber) {
    lastRow = Math.max(lastRow, row);
    for (const c of list.columns) lastColumn = Math.max(lastColumn, c);
  }
  // rows without a value share one empty row: a far cell costs a pointer per row, not a row each
  const rows: GridCell[][] = new Array<GridCell[]>(lastRow).fill(EMPTY_ROW);
  let materialised = 0;
  const grow = (r: number, width: number, at: () => string): GridCell[] => {
    let row = rows[r]!;
    if (row === EMPTY_ROW) rows[r] = row = [];
    if (row.length < width) {
      materialised += width - row.length;
      if (materialised > limits.maxCells) throw new SheetTooLargeError(name, at(), 'cells', limits.maxCells);
      for (let c = row.length; c < width; c++) row.push(EMPTY);
    }
    return row;
  };
  for (const [row, list] of rowsByNumber) {
    const width = list.columns.reduce((m, c) => Math.max(m, c), 0);
    const cells = grow(row - 1, width, () => `${columnLetter(width)}${row}`);
    for (let k = 0; k < list.columns.length; k++) cells[list.columns[k]! - 1] = { value: list.values[k]! };
  }
  for (const ref of merges) {
    const [a, b] = ref.split(':');
    const from = a ? parseCellRef(a) : undefined;
    const to = b ? parseCellRef(b) : from;
    if (!from || !to) continue;
    const top = Math.min(from.row, to.row);
    const left = Math.min(from.column, to.column);
    // only the part of the merge that overlaps the cells in use
    const bottom = Math.min(Math.max(from.row, to.row), lastRow);
    const right = Math.min(Math.max(from.column, to.column), lastColumn);
    if (top > bottom || left > right) continue;
    if ((bottom - top + 1) * (right - left + 1) > limits.maxCells) throw new SheetTooLargeError(name, ref, 'merge', limits.maxCells);
    const master = rows[top - 1]?.[left - 1]?.value ?? null;
    const mergeId = `${columnLetter(left)}${top}`;
    for (let r = top; r <= bottom; r++) {
      const cells = grow(r - 1, right, () => ref);
      for (let c = left; c <= right; c++) cells[c - 1] = { value: master, mergeId };
    }
  }
  return { name, rows };
}

/** A zip part by name, case-insensitively and with or without a leading slash. */
function finder(entries: readonly ZipEntry[]): (path: string) => ZipEntry | undefined {
  const byName = new Map(entries.map((e) => [e.name.replace(/^\/+/, '').toLowerCase(), e]));
  return (path) => byName.get(path.replace(/^\/+/, '').toLowerCase());
}

/** `../x.xml` and `/xl/x.xml` against the folder of the part that names them. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter((p) => p !== '');
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function relationships(xml: string | undefined): Map<string, { target: string; type: string }> {
  const rels = new Map<string, { target: string; type: string }>();
  if (xml === undefined) return rels;
  scanXml(xml, {
    open(qname, attrs) {
      if (localName(qname) === 'Relationship' && attrs.Id && attrs.Target) rels.set(attrs.Id, { target: attrs.Target, type: attrs.Type ?? '' });
    },
  });
  return rels;
}

export function readXlsx(bytes: Uint8Array, limits: XlsxLimits): Workbook {
  const entries = zipDirectory(bytes);
  const find = finder(entries);
  const part = (path: string): string | undefined => {
    const entry = find(path);
    return entry ? decode(inflateEntry(bytes, entry, limits.maxEntryBytes)) : undefined;
  };

  const rootRels = relationships(part('_rels/.rels'));
  const officeDocument = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookPath = resolvePart('', officeDocument);
  const workbookXml = part(workbookPath);
  if (workbookXml === undefined) throw new XlsxError(`the workbook part ${workbookPath} is missing`);
  const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/')) : '';
  const rels = relationships(part(`${folder ? `${folder}/` : ''}_rels/${workbookPath.slice(folder ? folder.length + 1 : 0)}.rels`));

  const declared: { name: string; state: string; id: string }[] = [];
  let date1904 = false;
  scanXml(workbookXml, {
    open(qname, attrs) {
      const name = localName(qname);
      if (name === 'sheet') {
        const id = Object.keys(attrs).find((k) => localName(k) === 'id' && k !== 'sheetId');
        declared.push({ name: attrs.name ?? `Sheet${declared.length + 1}`, state: attrs.state ?? 'visible', id: id ? attrs[id]! : '' });
      } else if (name === 'workbookPr') {
        date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      }
    },
  });

  const relOf = (type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`));
  const stringsRel = relOf('sharedStrings');
  const stylesRel = relOf('styles');
  const stringsXml = part(stringsRel ? resolvePart(folder, stringsRel.target) : `${folder}/sharedStrings.xml`);
  const stylesXml = part(stylesRel ? resolvePart(folder, stylesRel.target) : `${folder}/styles.xml`);
  const strings = stringsXml === undefined ? [] : sharedStrings(stringsXml);
  const dates = stylesXml === undefined ? [] : dateStyles(stylesXml);

  const sheets: SheetGrid[] = [];
  let metaYaml: string | undefined;
  for (const sheet of declared) {
    const rel = rels.get(sheet.id);
    // chart sheets and dialog sheets hold no cells
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const xml = part(resolvePart(folder, rel.target));
    if (xml === undefined) throw new XlsxError(`the part of sheet “${sheet.name}” is missing`);
    const grid = readSheet(xml, sheet.name, strings, dates, date1904, limits);
    if (sheet.name === META_SHEET) {
      const lines = grid.rows.map((row) => {
        const v = row[0]?.value ?? null;
        return v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
      });
      if (lines[0] === META_NOTE) lines.shift();
      metaYaml = lines.join('\n') + '\n';
      continue;
    }
    sheets.push(sheet.state === 'visible' ? grid : { ...grid, hidden: sheet.state === 'veryHidden' ? 'veryHidden' : 'hidden' });
  }
  return metaYaml === undefined ? { sheets } : { sheets, metaYaml };
}

export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 units as editors do. */
  column: number;
  /** 0-based offset in the decoded text. */
  offset: number;
}

/** How a string was written, so an index inside its value can be traced back to the source. */
export interface ScalarSource {
  type: ScalarType;
  /** Offsets of the scalar's source text, quotes and block header included. */
  start: number;
  end: number;
  /** The decoded string, to tell source-only characters from value-only ones. */
  value: string;
}

export type ScalarType = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/**
 * Where one value was written. The tree mirrors the loaded value (mappings by key, lists by index),
 * so recording costs no path strings; paths are parsed only when someone asks. A large ledger holds
 * one Place per value, so each is a single fixed-shape object: the scalar's source is kept in its
 * fields (its start is `value`) rather than in an object of its own, and a mapping's children are a
 * plain list naming their keys rather than a Map per mapping.
 */
export class Place {
  // Fields assigned in the constructor rather than declared with initialisers: a large ledger
  // holds a million places, and a class field is defined as a property, which costs more.
  /** Offset of the value (for a null value written as nothing: just after its key). */
  declare value: number;
  /** Offset of the key naming it, for mapping values. */
  declare key: number | undefined;
  /** The key naming it, for mapping values. */
  declare name: string | undefined;
  /** For a string value: how it was written, where its source ends, and the string itself. */
  declare type: ScalarType | undefined;
  declare end: number;
  declare string: string | undefined;
  /** A mapping's values (each with its `name`) or a list's items, in document order. */
  declare children: Place[] | undefined;
  /** Whether `children` are a mapping's (looked up by name) rather than a list's (by index). */
  declare mapping: boolean;

  constructor(value: number) {
    this.value = value;
    this.key = undefined;
    this.name = undefined;
    this.type = undefined;
    this.end = 0;
    this.string = undefined;
    this.children = undefined;
    this.mapping = false;
  }

  /** The mapping value named `name`, the last one written when a key was repeated. */
  child(name: string): Place | undefined {
    const children = this.children!;
    for (let i = children.length - 1; i >= 0; i--) if (children[i]!.name === name) return children[i];
    return undefined;
  }

  /** The source of the string written here, if it is one. */
  get scalar(): ScalarSource | undefined {
    return this.type === undefined ? undefined : { type: this.type, start: this.value, end: this.end, value: this.string! };
  }
}

/** A place for the value of key `name`, written at `key`. */
export function keyedPlace(value: number, key: number, name: string): Place {
  const place = new Place(value);
  place.key = key;
  place.name = name;
  return place;
}

/** `aspects[2].issues[0]` → `aspects[2]` → `aspects` → ``. */
export function parentPath(path: string): string | undefined {
  if (path === '') return undefined;
  if (path.endsWith(']')) return path.slice(0, path.lastIndexOf('['));
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Where every value of the ledger was written, by key path (`aspects[2].issues[0].status`).
 * Lookups of a path that does not exist (a missing key) fall back to the nearest ancestor, which is
 * exactly where a "missing key" diagnostic should point: the object that lacks it.
 */
export class SourceMap {
  private lineStarts: number[] | undefined;
  private tree: Place | (() => Place);

  /**
   * `root` is either filled by the loader while it builds the value, or built by `root()` on the
   * first lookup: a loader that can read the text again cheaply need not keep a place per value
   * of a large ledger that no diagnostic ever points into.
   */
  constructor(
    readonly text: string,
    root: Place | (() => Place) = new Place(0),
  ) {
    this.tree = root;
  }

  get root(): Place {
    if (typeof this.tree === 'function') this.tree = this.tree();
    return this.tree;
  }

  has(path: string): boolean {
    return this.lookup(path).exact;
  }

  /** The value at `path`, or the nearest ancestor that exists. */
  valueAt(path: string): SourcePosition {
    return this.position(this.lookup(path).place.value);
  }

  /** The key of `path` (its value for list items and the root), or the nearest ancestor's. */
  keyAt(path: string): SourcePosition {
    const { place } = this.lookup(path);
    return this.position(place.key ?? place.value);
  }

  /**
   * The source position of character `index` of the string at `path`: exact for plain, quoted and
   * block scalars, escapes and line folding included. Falls back to the value's start.
   */
  stringAt(path: string, index: number): SourcePosition {
    const { place, exact } = this.lookup(path);
    const scalar = exact ? place.scalar : undefined;
    if (!scalar) return this.position(place.value);
    return this.position(rawOffsetOfIndex(this.text, scalar, index));
  }

  position(offset: number): SourcePosition {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  }

  private lookup(path: string): { place: Place; exact: boolean } {
    let place: Place = this.root;
    // the path's segments, read in one pass: a key, or an index in brackets; a `.`, a `]`, or a
    // `[` that opens no index is passed over
    const n = path.length;
    for (let i = 0; i < n; ) {
      const c = path.charCodeAt(i);
      let name: string | undefined;
      let index: string | undefined;
      if (c === DOT || c === CLOSE) {
        i++;
        continue;
      }
      if (c === OPEN) {
        let j = i + 1;
        while (j < n && path.charCodeAt(j) >= 48 && path.charCodeAt(j) <= 57) j++;
        if (j === i + 1 || path.charCodeAt(j) !== CLOSE) {
          i++;
          continue;
        }
        index = path.slice(i + 1, j);
        i = j + 1;
      } else {
        let j = i + 1;
        while (j < n && path.charCodeAt(j) !== DOT && path.charCodeAt(j) !== OPEN && path.charCodeAt(j) !== CLOSE) j++;
        name = path.slice(i, j);
        i = j;
      }
      const children = place.children;
      const next = !children ? undefined : place.mapping ? place.child(name ?? index!) : index !== undefined ? children[Number(index)] : undefined;
      if (!next) return { place, exact: false };
      place = next;
    }
    return { place, exact: true };
  }
}

const DOT = 46;
const OPEN = 91;
const CLOSE = 93;

function lineStartsOf(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * Walk the scalar's source and its value side by side until `index` characters of the value are
 * consumed. Characters that only exist in the source (quotes, indentation, escapes' backslashes,
 * folded line breaks) advance the source alone; characters that only exist in the value (a space
 * produced by folding) advance the value alone.
 */
function rawOffsetOfIndex(text: string, scalar: ScalarSource, index: number): number {
  let r = scalar.start;
  if (scalar.type === 'QUOTE_SINGLE' || scalar.type === 'QUOTE_DOUBLE') r++;
  if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
    const nl = text.indexOf('\n', r);
    r = nl < 0 ? scalar.end : nl + 1;
    while (r < scalar.end && (text[r] === ' ' || text[r] === '\n' || text[r] === '\r')) r++;
  }
  const value = scalar.value;
  let v = 0;
  while (v < index && r < scalar.end) {
    const rc = text[r]!;
    const vc = value[v];
    if (scalar.type === 'QUOTE_DOUBLE' && rc === '\\') {
      const next = text[r + 1] ?? '';
      if (next === '\n' || next === '\r') {
        r += 2;
        while (r < scalar.end && (text[r] === ' ' || text[r] === '\t' || text[r] === '\n')) r++;
        continue;
      }
      const hex = HEX_ESCAPE_LENGTH[next];
      const produced = hex === 8 ? String.fromCodePoint(parseInt(text.slice(r + 2, r + 10), 16) || 0).length : 1;
      r += 2 + (hex ?? 0);
      v += produced;
      continue;
    }
    if (scalar.type === 'QUOTE_SINGLE' && rc === "'" && text[r + 1] === "'") {
      r += 2;
      v++;
      continue;
    }
    if (rc === vc) {
      r++;
      v++;
      continue;
    }
    if (rc === ' ' || rc === '\t' || rc === '\n' || rc === '\r') {
      r++;
      continue;
    }
    if (vc === ' ' || vc === '\n') {
      v++;
      continue;
    }
    r++;
  }
  return Math.min(r, Math.max(scalar.start, scalar.end - 1));
}

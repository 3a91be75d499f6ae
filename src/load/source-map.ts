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
  type: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';
  /** Offsets of the scalar's source text, quotes and block header included. */
  start: number;
  end: number;
  /** The decoded string, to tell source-only characters from value-only ones. */
  value: string;
}

interface Entry {
  value: number;
  key?: number;
  scalar?: ScalarSource;
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
  private readonly entries = new Map<string, Entry>();
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** Recorded by the loader while it builds the value. */
  set(path: string, valueOffset: number, keyOffset?: number, scalar?: ScalarSource): void {
    const entry: Entry = { value: valueOffset };
    if (keyOffset !== undefined) entry.key = keyOffset;
    if (scalar) entry.scalar = scalar;
    this.entries.set(path, entry);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The value at `path`, or the nearest ancestor that exists. */
  valueAt(path: string): SourcePosition {
    return this.position(this.nearest(path).value);
  }

  /** The key of `path` (its value for list items and the root), or the nearest ancestor's. */
  keyAt(path: string): SourcePosition {
    const entry = this.nearest(path);
    return this.position(entry.key ?? entry.value);
  }

  /**
   * The source position of character `index` of the string at `path`: exact for plain, quoted and
   * block scalars, escapes and line folding included. Falls back to the value's start.
   */
  stringAt(path: string, index: number): SourcePosition {
    const entry = this.entries.get(path);
    if (!entry?.scalar) return this.valueAt(path);
    return this.position(rawOffsetOfIndex(this.text, entry.scalar, index));
  }

  position(offset: number): SourcePosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1, offset };
  }

  private nearest(path: string): Entry {
    let p: string | undefined = path;
    while (p !== undefined) {
      const entry = this.entries.get(p);
      if (entry) return entry;
      p = parentPath(p);
    }
    return { value: 0 };
  }
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

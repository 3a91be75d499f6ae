/**
 * A fast reader for the plain YAML that ledgers are written in: block mappings and sequences,
 * single-line flow collections, single-line scalars (plain, 'single' or "double" quoted without
 * escapes) and comments. It returns exactly what `yaml` + composeValue return for such text — the
 * same value and the same SourceMap entries — and `undefined` for anything else (anchors, tags,
 * block or multi-line scalars, escapes, tabs, CRLF, duplicate or complex keys, empty values, syntax
 * errors…), which then takes the full path. Why: the `yaml` library builds a CST and an AST first and
 * reads a 3 MB ledger in about a second; this reads it in a few tens of milliseconds. The two are
 * held equal by test/load/plain-yaml-differential.test.ts (100,000 generated texts: the reader
 * declines or gives exactly the full path's value and positions) and test/load/plain-yaml.test.ts.
 * It never refuses anything itself: a number that is not finite, say, is declined, and the full
 * path refuses it with its own message.
 */
import { newMapping } from './mapping.js';
import { keyedPlace, Place, SourceMap } from './source-map.js';

/**
 * Thrown to decline a text. Not an Error: declining is common (any ledger with a block scalar or
 * an anchor), and an Error would capture a stack trace each time for nothing.
 */
class Unsupported {}
const DECLINED = new Unsupported();
const unsupported = (): never => {
  throw DECLINED;
};

const NULL_RE = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_RE = /^[-+]?[0-9]+$/;
const OCT_RE = /^0o[0-7]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const SPECIAL_FLOAT_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/**
 * What puts a whole text outside the subset, found in one pass: tabs, CR, a BOM, the characters
 * some readers take for line breaks, and a line starting with a directive or a document marker.
 */
const OUTSIDE_SUBSET = /[\t\r\uFEFF\u2028\u2029]|(?:^|\n)(?:%|---|\.\.\.)/;

/** Every form above in one expression. */
const NUMBER_RE = /^(?:[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** A plain scalar's value under the YAML 1.2 core schema, as `yaml` resolves it. */
function resolvePlain(s: string): unknown {
  // Tried by first character: most ledger text starts with a CJK character and matches nothing.
  const c = s.charCodeAt(0);
  if (c === 126 || c === 110 || c === 78) return NULL_RE.test(s) ? null : s; // ~ n N
  if (c === 116 || c === 84 || c === 102 || c === 70) return BOOL_RE.test(s) ? s[0] === 't' || s[0] === 'T' : s; // t T f F
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return s; // digits + - .
  // one test for "a number at all": dates and numbered ids (2023-12-01, 1-1-2) are not
  if (!NUMBER_RE.test(s)) return s;
  const value = resolveNumber(s);
  // .inf, .nan, 1e400 and 400-digit integers are refused by the full path (not-finite)
  return typeof value !== 'number' || Number.isFinite(value) ? value : unsupported();
}

/** A text NUMBER_RE matched, resolved in the order of `yaml`'s core schema. */
function resolveNumber(s: string): unknown {
  if (OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (SPECIAL_FLOAT_RE.test(s)) return NaN;
  if (EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  return s;
}

// Characters a plain scalar may not start with (YAML c-indicator), `-`, `?` and `:` included: a
// number like -5 is rare enough in a ledger to take the full path. Looked up by char code: reading
// `text[i]` of Chinese text makes a new one-character string each time.
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;
const isIndicator = (code: number): boolean => code < 128 && INDICATOR[code] === 1;

const NL = 10;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const COMMA = 44;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

/**
 * The value and positions of `text`, or undefined when the text is outside the plain subset (the
 * caller then uses the full YAML path, which reports any error).
 */
export function composePlainYaml(text: string, maxDepth: number): { value: unknown; positions: SourceMap } | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  try {
    const { value } = new Reader(text, maxDepth, false).document();
    // Read again, keeping positions, only if someone asks where a value was written.
    const positions = new SourceMap(text, () => new Reader(text, maxDepth, true).document().root);
    return { value, positions };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Stand-ins for the collection `flow` is not building; never written to. */
const EMPTY_LIST = Object.freeze([]) as unknown as unknown[];
const EMPTY_OBJECT: Record<string, unknown> = Object.freeze(Object.create(null));

class Reader {
  private readonly root = new Place(0);
  private readonly n: number;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    /** Whether to build the position tree; when not, every place written to is `root`, and thrown away. */
    private readonly record: boolean,
  ) {
    this.n = text.length;
  }

  private place(value: number): Place {
    return this.record ? new Place(value) : this.root;
  }

  private keyedPlace(value: number, key: number, name: string): Place {
    return this.record ? keyedPlace(value, key, name) : this.root;
  }

  private placeList(): Place[] | undefined {
    return this.record ? [] : undefined;
  }

  document(): { value: unknown; root: Place } {
    const line = this.nextContentLine(0);
    if (line < 0) unsupported();
    const indent = this.indentAt(line);
    if (indent !== 0) unsupported();
    const { value, end } = this.blockNode(line + indent, 0, this.root, 0, -1);
    if (this.nextContentLine(end) >= 0) unsupported();
    return { value, root: this.root };
  }

  // ---------- lines ----------

  private lineEnd(pos: number): number {
    const nl = this.text.indexOf('\n', pos);
    return nl < 0 ? this.n : nl;
  }

  private lastAsked = -2;
  private lastFound = -1;

  /** Start of the first line at or after `pos` (a line start) holding more than spaces and a comment; -1 at the end. */
  private nextContentLine(pos: number): number {
    // asked twice for most lines (is the value continued? what comes next?)
    if (pos === this.lastAsked) return this.lastFound;
    this.lastAsked = pos;
    this.lastFound = this.findContentLine(pos);
    return this.lastFound;
  }

  private findContentLine(pos: number): number {
    const t = this.text;
    while (pos < this.n) {
      let i = pos;
      while (t.charCodeAt(i) === 32) i++;
      const c = t.charCodeAt(i);
      if (i < this.n && c !== 10 && c !== 35 /* # */) return pos;
      const end = this.lineEnd(i);
      pos = end + 1;
    }
    return -1;
  }

  private indentAsked = -1;
  private indentFound = 0;

  private indentAt(lineStart: number): number {
    // asked two or three times for most lines, like nextContentLine
    if (lineStart === this.indentAsked) return this.indentFound;
    let i = lineStart;
    while (this.text.charCodeAt(i) === 32) i++;
    this.indentAsked = lineStart;
    this.indentFound = i - lineStart;
    return this.indentFound;
  }

  /** After a value ending at `pos`: only spaces, then a comment after at least one space, then the line end. Returns the next line's start. */
  private finishLine(pos: number): number {
    const t = this.text;
    let i = pos;
    while (t.charCodeAt(i) === 32) i++;
    if (i >= this.n) return this.n;
    const c = t.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 35 && i > pos) return this.lineEnd(i) + 1;
    return unsupported();
  }

  /** Is `-` at `pos` a block sequence entry indicator (followed by a space or the line end)? */
  private isDash(pos: number): boolean {
    if (this.text.charCodeAt(pos) !== 45) return false;
    const next = this.text.charCodeAt(pos + 1);
    return pos + 1 >= this.n || next === 32 || next === 10;
  }

  // ---------- block nodes ----------

  /**
   * The block node starting at `pos` (its first character) in a line whose node column is
   * `column`. `parentIndent` is the indentation the node must exceed to continue on later lines.
   * Returns the value and the start of the line after it.
   */
  private blockNode(pos: number, column: number, place: Place, depth: number, parentIndent: number): { value: unknown; end: number } {
    if (depth > this.maxDepth) unsupported();
    if (this.isDash(pos)) return this.blockSeq(pos, column, place, depth);
    return this.blockMap(pos, column, place, depth, parentIndent);
  }

  private blockSeq(pos: number, indent: number, place: Place, depth: number): { value: unknown; end: number } {
    place.value = pos;
    const places = this.placeList();
    place.children = places;
    const list: unknown[] = [];
    let at = pos;
    for (;;) {
      // `at` is a `-` at column `indent`
      const itemPlace = this.place(pos);
      places?.push(itemPlace);
      let i = at + 1;
      while (this.text.charCodeAt(i) === 32) i++;
      const c = this.text.charCodeAt(i);
      let end: number;
      if (i >= this.n || c === 10 || (c === 35 && i > at + 1)) {
        // the item is on the following lines, indented further
        const next = this.nextContentLine(this.lineEnd(i) + 1);
        if (next < 0) unsupported();
        const nextIndent = this.indentAt(next);
        if (nextIndent <= indent) unsupported();
        const item = this.blockNode(next + nextIndent, nextIndent, itemPlace, depth + 1, indent);
        list.push(item.value);
        end = item.end;
      } else if (this.isDash(i)) {
        return unsupported();
      } else if (this.startsImplicitKey(i)) {
        const column = i - this.lineStartOf(i);
        const item = this.blockMap(i, column, itemPlace, depth + 1, indent);
        list.push(item.value);
        end = item.end;
      } else {
        list.push(this.inlineValue(i, itemPlace, depth + 1));
        end = this.finishLine(this.end);
        this.noContinuation(end, indent);
      }
      const next = this.nextContentLine(end);
      if (next < 0) return { value: list, end: this.n };
      const nextIndent = this.indentAt(next);
      if (nextIndent < indent) return { value: list, end: next };
      if (nextIndent > indent) unsupported();
      if (!this.isDash(next + nextIndent)) return { value: list, end: next };
      at = next + nextIndent;
    }
  }

  private blockMap(pos: number, indent: number, place: Place, depth: number, parentIndent: number): { value: unknown; end: number } {
    if (indent <= parentIndent) unsupported();
    place.value = pos;
    const places = this.placeList();
    place.children = places;
    place.mapping = true;
    const object: Record<string, unknown> = newMapping();
    let at = pos;
    for (;;) {
      // `at` is the first character of a key at column `indent`
      const colon = this.implicitKeyEnd(at);
      if (colon < 0) unsupported();
      const raw = this.text.slice(at, colon);
      if (raw.length > 1024 || raw.endsWith(' ')) unsupported();
      const keyValue = resolvePlain(raw);
      if (keyValue === null) unsupported();
      const key = String(keyValue);
      if (key === '<<' || Object.prototype.hasOwnProperty.call(object, key)) unsupported();
      const valuePlace = this.keyedPlace(colon + 1, at, key);
      places?.push(valuePlace);
      let i = colon + 1;
      while (this.text.charCodeAt(i) === 32) i++;
      const c = this.text.charCodeAt(i);
      let end: number;
      if (i >= this.n || c === 10 || (c === 35 && i > colon + 1)) {
        const next = this.nextContentLine(this.lineEnd(i) + 1);
        if (next < 0) unsupported();
        const nextIndent = this.indentAt(next);
        // a sequence may sit at its key's own indentation; anything else must be indented further
        if (nextIndent < indent || (nextIndent === indent && !this.isDash(next + nextIndent))) unsupported();
        const item = this.blockNode(next + nextIndent, nextIndent, valuePlace, depth + 1, this.isDash(next + nextIndent) ? indent - 1 : indent);
        object[key] = item.value;
        end = item.end;
      } else {
        // `key: other: value` is refused by inlineValue, which finds the `: ` in its text
        if (this.isDash(i)) unsupported();
        object[key] = this.inlineValue(i, valuePlace, depth + 1);
        end = this.finishLine(this.end);
        this.noContinuation(end, indent);
      }
      const next = this.nextContentLine(end);
      if (next < 0) return { value: object, end: this.n };
      const nextIndent = this.indentAt(next);
      if (nextIndent < indent) return { value: object, end: next };
      if (nextIndent > indent || this.isDash(next + nextIndent)) unsupported();
      at = next + nextIndent;
    }
  }

  /** A line after a single-line value must not be indented past its parent: that would continue the scalar or be an error. */
  private noContinuation(lineStart: number, indent: number): void {
    const next = this.nextContentLine(lineStart);
    if (next >= 0 && this.indentAt(next) > indent) unsupported();
  }

  private lineStartOf(pos: number): number {
    return this.text.lastIndexOf('\n', pos - 1) + 1;
  }

  /** The offset of the `:` ending a plain implicit key that starts at `pos`, or -1. */
  private implicitKeyEnd(pos: number): number {
    const t = this.text;
    if (isIndicator(t.charCodeAt(pos))) return -1;
    for (let i = pos; i < this.n; i++) {
      const c = t.charCodeAt(i);
      if (c === COLON) {
        const next = t.charCodeAt(i + 1);
        if (i + 1 >= this.n || next === SPACE || next === NL) return i;
      } else if (c === NL || (c === HASH && t.charCodeAt(i - 1) === SPACE)) {
        return -1;
      }
    }
    return -1;
  }

  private startsImplicitKey(pos: number): boolean {
    return this.implicitKeyEnd(pos) >= 0;
  }

  // ---------- single-line values ----------

  /** Where the last single-line value ended: returned through a field, not an object per scalar. */
  private end = 0;

  /** A scalar or flow collection on one line; `this.end` is set to the offset just after it. */
  private inlineValue(pos: number, place: Place, depth: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(pos);
    if (c === LBRACKET || c === LBRACE) return this.flow(pos, place, depth);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(pos, place);
    if (isIndicator(c)) unsupported();
    // the value stops before a ` #` comment and trailing spaces (native searches: most of a
    // ledger's characters are in these values, and a loop over them is slow until V8 optimises it)
    const end = this.lineEnd(pos);
    const hash = this.commentAfter(pos);
    let last = hash >= 0 && hash < end ? hash : end;
    while (last > pos && t.charCodeAt(last - 1) === SPACE) last--;
    const raw = t.slice(pos, last);
    // `a: b: c` is an error; a trailing `:` would make it a key
    if (raw.includes(': ') || raw.endsWith(':')) unsupported();
    this.end = last;
    return this.scalar(raw, pos, last, place);
  }

  /** Where the last ` #` search began, and what it found (-1: none in the rest of the text). */
  private hashFrom = -1;
  private hashAt = -1;

  /**
   * The first ` #` at or after `pos`. Values are read in text order, so one found ahead is kept for
   * the values before it, and a search of the rest of the text happens at most once per comment:
   * searching afresh per scalar would be quadratic in a text without comments.
   */
  private commentAfter(pos: number): number {
    if (this.hashFrom < 0 || pos < this.hashFrom || (this.hashAt >= 0 && this.hashAt < pos)) {
      this.hashFrom = pos;
      this.hashAt = this.text.indexOf(' #', pos);
    }
    return this.hashAt;
  }

  private scalar(raw: string, start: number, end: number, place: Place): unknown {
    const value = resolvePlain(raw);
    place.value = start;
    if (typeof value === 'string') {
      place.type = 'PLAIN';
      place.end = end;
      place.string = value;
    }
    return value;
  }

  private quoted(pos: number, place: Place): unknown {
    const t = this.text;
    const q = t[pos]!;
    const lineEnd = this.lineEnd(pos);
    let value = '';
    let i = pos + 1;
    for (;;) {
      const close = t.indexOf(q, i);
      if (close < 0 || close >= lineEnd) return unsupported();
      if (q === '"') {
        const body = t.slice(i, close);
        if (body.includes('\\')) unsupported();
        value += body;
        i = close + 1;
        break;
      }
      value += t.slice(i, close);
      if (t[close + 1] === "'") {
        value += "'";
        i = close + 2;
        continue;
      }
      i = close + 1;
      break;
    }
    place.value = pos;
    place.type = q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    place.end = i;
    place.string = value;
    this.end = i;
    return value;
  }

  /** `[…]` or `{…}` closed on the same line. */
  private flow(pos: number, place: Place, depth: number): unknown {
    if (depth > this.maxDepth) unsupported();
    const t = this.text;
    const isMap = t[pos] === '{';
    const close = isMap ? '}' : ']';
    place.value = pos;
    const places = this.placeList();
    place.children = places;
    place.mapping = isMap;
    // only the one needed
    const list: unknown[] = isMap ? EMPTY_LIST : [];
    const object: Record<string, unknown> = isMap ? newMapping() : EMPTY_OBJECT;
    let i = this.skipSpaces(pos + 1);
    if (t[i] === close) {
      this.end = i + 1;
      return isMap ? object : list;
    }
    for (;;) {
      if (isMap) {
        const keyStart = i;
        // a plain key only: quotes, anchors, tags, aliases and `?` start something else
        if (isIndicator(t.charCodeAt(i))) unsupported();
        const keyEnd = this.flowPlainEnd(i, true);
        if (t[keyEnd] !== ':' || keyEnd === keyStart) unsupported();
        const raw = t.slice(keyStart, keyEnd);
        if (raw.endsWith(' ')) unsupported();
        const keyValue = resolvePlain(raw);
        if (keyValue === null) unsupported();
        const key = String(keyValue);
        if (key === '<<' || Object.prototype.hasOwnProperty.call(object, key)) unsupported();
        if (t[keyEnd + 1] !== ' ') unsupported();
        i = this.skipSpaces(keyEnd + 1);
        const child = this.keyedPlace(keyEnd + 1, keyStart, key);
        places?.push(child);
        object[key] = this.flowItem(i, child, depth + 1);
        i = this.end;
      } else {
        const child = this.place(pos);
        places?.push(child);
        list.push(this.flowItem(i, child, depth + 1));
        i = this.end;
      }
      i = this.skipSpaces(i);
      if (t[i] === close) {
        this.end = i + 1;
        return isMap ? object : list;
      }
      if (t[i] !== ',') unsupported();
      i = this.skipSpaces(i + 1);
      // a trailing comma, or the line ending inside the collection
      if (t[i] === close || t[i] === ',' || i >= this.n || t.charCodeAt(i) === 10) unsupported();
    }
  }

  private flowItem(pos: number, place: Place, depth: number): unknown {
    if (pos >= this.n) return unsupported();
    const c = this.text.charCodeAt(pos);
    if (c === NL) return unsupported();
    if (c === LBRACKET || c === LBRACE) return this.flow(pos, place, depth);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(pos, place);
    if (isIndicator(c)) unsupported();
    const stop = this.flowPlainEnd(pos, false);
    let last = stop;
    while (last > pos && this.text.charCodeAt(last - 1) === 32) last--;
    if (last === pos) unsupported();
    this.end = last;
    return this.scalar(this.text.slice(pos, last), pos, last, place);
  }

  /** Where a plain scalar in a flow collection ends: at `,`, `]`, `}` (or `:` for a key). Comments and `:` inside are outside the subset. */
  private flowPlainEnd(pos: number, key: boolean): number {
    const t = this.text;
    for (let i = pos; i < this.n; i++) {
      const c = t.charCodeAt(i);
      // everything that matters is ASCII: Chinese text goes by at one comparison per character
      if (c > 125) continue;
      if (c === COMMA || c === RBRACKET || c === RBRACE) return key ? unsupported() : i;
      if (c === COLON) return key ? i : unsupported();
      if (c === NL || c === LBRACKET || c === LBRACE) return unsupported();
      if (c === HASH && t.charCodeAt(i - 1) === SPACE) return unsupported();
    }
    return unsupported();
  }

  private skipSpaces(pos: number): number {
    while (this.text.charCodeAt(pos) === 32) pos++;
    return pos;
  }
}

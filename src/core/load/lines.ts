/**
 * The ledger's text as lines, read the way a person reads it: which key a line holds, what value
 * follows, how far it is indented and under which key's block it stands. Used only when something
 * is wrong, to say what the user typed rather than what the YAML parser concluded; one pass over
 * the lines, no regular expression that can backtrack.
 */
import { keyBelongs } from '../../model/keys.js';

/** Characters people indent with. YAML counts only the space; the others are mistakes. */
export const TAB = '\t';
export const IDEOGRAPHIC_SPACE = '\u3000';
export const NO_BREAK_SPACE = '\u00a0';
const FULLWIDTH_COLON = '\uff1a';

const isBlank = (c: string | undefined): boolean => c === ' ' || c === TAB || c === IDEOGRAPHIC_SPACE || c === NO_BREAK_SPACE;
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
const isKeyChar = (c: string | undefined): boolean => isAsciiLetter(c) || (c !== undefined && c >= '0' && c <= '9') || c === '-';

/** A character a value typed straight after `key:` would start with: a letter, a digit, CJK, a quote or a bracket. */
function startsText(c: string): boolean {
  return isKeyChar(c) || c.charCodeAt(0) >= 0x2e80 || c === '"' || c === "'" || c === '[' || c === '{';
}

/** One line of the text and what it holds. Indexes are within the line (0-based). */
export interface LineShape {
  /** 1-based line number. */
  line: number;
  /** Offset of the line's first character in the text. */
  start: number;
  /** The line without its line end. */
  text: string;
  /** Leading whitespace, as typed (spaces, tabs, full-width spaces…). */
  ws: string;
  /** A block sequence entry (`- `). */
  dash: boolean;
  /** Where the entry's content starts: after `- ` for an entry, else after the whitespace. */
  body: number;
  /** The key written at `body`, when the content is `key: …` (or a recognisable mistake of it). */
  key?: string;
  /** Index of the colon after the key. */
  colon: number;
  /** How the key is separated from its value when not by `: `: a full-width colon, no space, a full-width space. */
  separator?: 'fullwidth-colon' | 'no-space' | 'fullwidth-space';
  /** The value as typed, without a trailing comment and trailing spaces; '' when none. */
  value: string;
  /** Index of the value's first character (or where it would be). */
  valueAt: number;
  /** The line opens a block: a key or a `-` with nothing after it. */
  opens: boolean;
  /** Index of a comment's `#`, or -1. */
  comment: number;
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineText(text: string, starts: readonly number[], index: number): string {
  const start = starts[index]!;
  const next = starts[index + 1];
  let end = next === undefined ? text.length : next - 1;
  if (text[end - 1] === '\r') end--;
  return text.slice(start, end);
}

/** Where a comment starts in `s` from `from` on: a `#` at the start or after a blank. -1 when none. */
function commentFrom(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (s[i] === '#' && (i === from || isBlank(s[i - 1]))) return i;
  return -1;
}

/** Index just past the closing quote of a quoted value opening at `at`, or -1 when it is not closed on this line. */
export function closingQuote(s: string, at: number): number {
  const quote = s[at];
  for (let i = at + 1; i < s.length; i++) {
    if (quote === '"' && s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === quote) {
      if (quote === "'" && s[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return -1;
}

function trimEndIndex(s: string, end: number): number {
  while (end > 0 && isBlank(s[end - 1])) end--;
  return end;
}

/** What one line holds. */
export function shapeOf(text: string, line: number, start: number): LineShape {
  let i = 0;
  while (isBlank(text[i])) i++;
  const ws = text.slice(0, i);
  let dash = false;
  // `- ` (or `-` at the line end) is an entry; `-　` with a full-width space too, since that is what was meant
  if (text[i] === '-' && (i + 1 === text.length || isBlank(text[i + 1]))) {
    dash = true;
    i++;
    while (isBlank(text[i])) i++;
  }
  const body = i;
  const shape: LineShape = { line, start, text, ws, dash, body, colon: -1, value: '', valueAt: body, opens: false, comment: -1 };
  if (text[body] === '#') {
    shape.comment = body;
    shape.opens = dash;
    return shape;
  }
  // a key: ASCII letters up to a colon, the way ledger keys are written (or a plain key up to `: `)
  let k = body;
  while (isKeyChar(text[k])) k++;
  let colon = -1;
  if (k > body && isAsciiLetter(text[body])) {
    let c = k;
    while (text[c] === ' ' || text[c] === IDEOGRAPHIC_SPACE) c++;
    if (text[c] === FULLWIDTH_COLON) {
      colon = c;
      shape.separator = 'fullwidth-colon';
    } else if (text[c] === ':' && c === k) {
      const after = text[c + 1];
      if (after === undefined || after === ' ' || after === TAB) colon = c;
      else if (after === IDEOGRAPHIC_SPACE || after === NO_BREAK_SPACE) {
        colon = c;
        shape.separator = 'fullwidth-space';
      } else if (startsText(after)) {
        colon = c;
        shape.separator = 'no-space';
      }
    }
  }
  if (colon < 0 && !isIndicator(text[body])) {
    // any other plain key: up to the first `: ` (Chinese keys, keys with spaces)
    for (let c = body; c < text.length; c++) {
      if (text[c] === '#' && c > body && isBlank(text[c - 1])) break;
      if (text[c] === ':' && (c + 1 === text.length || text[c + 1] === ' ' || text[c + 1] === TAB)) {
        colon = c;
        k = trimEndIndex(text, c);
        break;
      }
    }
  }
  if (colon >= 0) {
    shape.key = text.slice(body, k);
    shape.colon = colon;
    let v = colon + 1;
    while (isBlank(text[v])) v++;
    shape.valueAt = v;
  }
  const v = shape.valueAt;
  const first = text[v];
  let end: number;
  if ((first === '"' || first === "'") && closingQuote(text, v) > 0) {
    const close = closingQuote(text, v);
    const comment = commentFrom(text, close);
    shape.comment = comment;
    end = comment < 0 ? text.length : comment;
  } else {
    const comment = commentFrom(text, v);
    shape.comment = comment;
    end = comment < 0 ? text.length : comment;
  }
  shape.value = text.slice(v, trimEndIndex(text, end));
  shape.opens = shape.value === '' && (shape.key !== undefined || dash);
  return shape;
}

/** YAML's indicator characters: a plain value cannot start with them. */
export function isIndicator(c: string | undefined): boolean {
  return c !== undefined && '-?:,[]{}#&*!|>\'"%@`'.includes(c);
}

/** A block scalar header (`|`, `>-`, `|2+`) with nothing after it but a comment. */
function isBlockScalarHeader(value: string): boolean {
  if (value[0] !== '|' && value[0] !== '>') return false;
  for (let i = 1; i < value.length; i++) if (!('-+0123456789'.includes(value[i]!))) return false;
  return true;
}

/** Brackets opened minus closed in a flow value, outside quotes. */
function flowDepth(s: string, from: number, depth: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") {
      const close = closingQuote(s, i);
      if (close < 0) return depth;
      i = close - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '#' && i > 0 && isBlank(s[i - 1])) break;
  }
  return depth;
}

const hasOddSpace = (ws: string): boolean => ws.includes(TAB) || ws.includes(IDEOGRAPHIC_SPACE) || ws.includes(NO_BREAK_SPACE);

/** How wide whitespace looks in an editor: a full-width space as two, a tab as four. */
export function visualWidth(ws: string): number {
  let w = 0;
  for (const c of ws) w += c === IDEOGRAPHIC_SPACE ? 2 : c === TAB ? 4 : 1;
  return w;
}

/** A block the lines so far are in: a mapping's keys or a sequence's dashes, at a column. */
interface Frame {
  indent: number;
  /** The key holding this block ('' at the top; a list's items: the list's key). */
  parent: string;
  seq: boolean;
  /** The last key written at this level (for a sequence: its parent). */
  lastKey: string | undefined;
  /** The last entry at this level opened a block (`key:` or `-` with nothing after it). */
  opens: boolean;
}

/** A line whose indentation does not fit where it stands, and where it fits. */
export interface Misplaced {
  shape: LineShape;
  /** `deep`: deeper than any block open there; `shallow`: between two levels; `odd`: indented with tabs or full-width spaces; `misplaced`: a `-` where keys are, or a key where `-` entries are. */
  kind: 'deep' | 'shallow' | 'odd' | 'misplaced';
  /** The number of spaces it needs. */
  indent: number;
  /** The key whose block it belongs in ('' for the top of the ledger). */
  parent: string;
  /** A key already written at that level, to align with. */
  sibling: string | undefined;
}

/** What reading the lines found: every content line's shape, and the misplaced lines in order. */
export interface LineScan {
  text: string;
  starts: number[];
  shapes: LineShape[];
  misplaced: Misplaced[];
  /** 1-based numbers of lines that continue a value (a block scalar, a multi-line text or flow). */
  continued: Set<number>;
  /** The key whose block each content line stands in, by 1-based line. */
  parents: Map<number, string>;
  /** A line whose quoted value is never closed, to the end of the text. */
  unclosedQuote?: LineShape;
}

/**
 * Read every line once, keeping the blocks open at each point; a line whose indentation fits
 * nowhere is placed where its key belongs (by the ledger's shape) or, failing that, next to its
 * nearest sibling, and reading goes on from there, so one mistake is one finding.
 */
export function scanLines(text: string): LineScan {
  const starts = lineStarts(text);
  const shapes: LineShape[] = [];
  const misplaced: Misplaced[] = [];
  const continued = new Set<number>();
  const parents = new Map<number, string>();
  const stack: Frame[] = [{ indent: 0, parent: '', seq: false, lastKey: undefined, opens: false }];
  /** Lines more indented than this continue the value above (a block scalar or a multi-line plain text). */
  let scalarAbove = -1;
  let blockScalar = false;
  let quote: string | undefined;
  let quoteOpened: LineShape | undefined;
  let flow = 0;

  for (let index = 0; index < starts.length; index++) {
    const raw = lineText(text, starts, index);
    const line = index + 1;
    // inside a value that spans lines
    if (quote !== undefined) {
      continued.add(line);
      if (closesQuote(raw, quote)) quote = undefined;
      continue;
    }
    if (flow > 0) {
      continued.add(line);
      flow = flowDepth(raw, 0, flow);
      continue;
    }
    let p = 0;
    while (isBlank(raw[p])) p++;
    if (p === raw.length) continue;
    // spaces alone count as indentation: what follows them in a continued value is its text
    let spaces = 0;
    while (raw[spaces] === ' ') spaces++;
    if (blockScalar && spaces > scalarAbove) {
      continued.add(line);
      continue;
    }
    if (blockScalar && raw[p] !== '#') blockScalar = false;
    if (raw[p] === '#') continue;
    if (p === 0 && (raw.startsWith('---') || raw.startsWith('...') || raw[0] === '%')) continue;

    const shape = shapeOf(raw, line, starts[index]!);
    // a plain text continued on this line (no key, no dash, deeper than the key above)
    if (scalarAbove >= 0 && spaces > scalarAbove && ((!shape.dash && shape.key === undefined) || spaces < p)) {
      continued.add(line);
      continue;
    }
    const odd = hasOddSpace(shape.ws);
    let n = shape.ws.length;
    scalarAbove = -1;

    let kind = odd ? 'odd' : fits(stack, shape, n);
    if (kind !== 'ok') {
      const where = placeFor(stack, shape, odd ? visualWidth(shape.ws) : n, kind as Misplaced['kind'], nextShape(text, starts, index));
      // said the way the user sees it: deeper or shallower than where it belongs
      if (!odd && where.indent !== n) kind = n > where.indent ? 'deep' : 'shallow';
      misplaced.push({ shape, kind: kind as Misplaced['kind'], ...where });
      n = where.indent;
      kind = fits(stack, shape, n);
    }
    parents.set(line, enter(stack, shape, n));
    shapes.push(shape);

    // what the value opens on the lines after it: its continuation lines are deeper than the
    // node that holds it (the key's column; for `- text`, the dash's)
    const v = shape.value;
    const holder = shape.key !== undefined && shape.dash ? n + (shape.body - shape.ws.length) : n;
    if (isBlockScalarHeader(v)) {
      blockScalar = true;
      scalarAbove = holder;
    } else if ((v[0] === '"' || v[0] === "'") && closingQuote(raw, shape.valueAt) < 0) {
      quote = v[0];
      quoteOpened = shape;
    } else if (v[0] === '[' || v[0] === '{') {
      flow = Math.max(0, flowDepth(raw, shape.valueAt, 0));
    } else if (v !== '') {
      scalarAbove = holder;
    }
  }
  return { text, starts, shapes, misplaced, continued, parents, ...(quote !== undefined ? { unclosedQuote: quoteOpened } : {}) };
}

/** The next line holding something other than a comment, as typed. */
function nextShape(text: string, starts: readonly number[], index: number): LineShape | undefined {
  for (let i = index + 1; i < starts.length; i++) {
    const raw = lineText(text, starts, i);
    let p = 0;
    while (isBlank(raw[p])) p++;
    if (p < raw.length && raw[p] !== '#') return shapeOf(raw, i + 1, starts[i]!);
  }
  return undefined;
}

/** Does `s`, the rest of a quoted text opened by `quote`, close it? */
function closesQuote(s: string, quote: string): boolean {
  return closingQuote(quote + s, 0) !== -1;
}

type Fit = 'ok' | 'deep' | 'shallow' | 'misplaced';

/** Does a line at `n` spaces fit the blocks open? */
function fits(stack: readonly Frame[], shape: LineShape, n: number): Fit {
  const top = stack[stack.length - 1]!;
  if (top.opens && (n > top.indent || (n === top.indent && shape.dash && !top.seq))) return 'ok';
  let i = stack.length - 1;
  while (i > 0 && stack[i]!.indent > n) i--;
  if (!shape.dash && stack[i]!.seq && i > 0 && stack[i - 1]!.indent === n) i--;
  const f = stack[i]!;
  if (f.indent === n) {
    if (shape.dash === f.seq) return shape.dash || shape.key !== undefined ? 'ok' : 'misplaced';
    return 'misplaced';
  }
  return i === stack.length - 1 ? 'deep' : 'shallow';
}

/** Take the line into the blocks (it fits at `n`); returns the key whose block it is in. */
function enter(stack: Frame[], shape: LineShape, n: number): string {
  const top = stack[stack.length - 1]!;
  const item = (listKey: string) => {
    if (shape.key !== undefined) stack.push({ indent: n + (shape.body - shape.ws.length), parent: listKey, seq: false, lastKey: shape.key, opens: shape.opens });
    else stack[stack.length - 1]!.opens = shape.opens;
  };
  if (top.opens && (n > top.indent || (n === top.indent && shape.dash && !top.seq))) {
    const parent = top.lastKey ?? top.parent;
    top.opens = false;
    if (shape.dash) {
      stack.push({ indent: n, parent, seq: true, lastKey: parent, opens: false });
      item(parent);
    } else {
      stack.push({ indent: n, parent, seq: false, lastKey: shape.key, opens: shape.opens });
    }
    return parent;
  }
  let i = stack.length - 1;
  while (i > 0 && stack[i]!.indent > n) i--;
  if (!shape.dash && stack[i]!.seq && i > 0 && stack[i - 1]!.indent === n) i--;
  stack.length = i + 1;
  const f = stack[i]!;
  if (shape.dash && f.seq) item(f.parent);
  else {
    f.lastKey = shape.key;
    f.opens = shape.opens;
  }
  return f.parent;
}

/**
 * Where a line that does not fit belongs: the level whose block takes its key (the ledger's shape
 * knows that `feedback` is a key of `inspection`), else the level nearest to how deep it looks.
 */
function placeFor(stack: readonly Frame[], shape: LineShape, width: number, kind: Misplaced['kind'], next: LineShape | undefined): Omit<Misplaced, 'shape' | 'kind'> {
  interface Candidate {
    indent: number;
    parent: string;
    seq: boolean;
    sibling: string | undefined;
  }
  const candidates: Candidate[] = [];
  const top = stack[stack.length - 1]!;
  if (top.opens) {
    const parent = top.lastKey ?? top.parent;
    candidates.push({ indent: top.indent + 2, parent, seq: shape.dash, sibling: undefined });
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i]!;
    candidates.push({ indent: f.indent, parent: f.parent, seq: f.seq, sibling: f.seq ? undefined : f.lastKey });
  }
  const usable = candidates.filter((c) => c.seq === shape.dash);
  const key = shape.key;
  // Evidence, strongest first: the ledger's shape takes the key there; the next line (which the
  // user most likely got right) follows on from it there; it looks that deep.
  const contentColumn = (c: Candidate) => (shape.dash ? c.indent + (shape.body - shape.ws.length) : c.indent);
  const nextFits = (c: Candidate): boolean => {
    if (!next || hasOddSpace(next.ws)) return false;
    const m = next.ws.length;
    if (shape.opens) return m > contentColumn(c);
    return m === c.indent || (shape.dash && m === contentColumn(c) && !next.dash);
  };
  const score = (c: Candidate) => (key !== undefined && keyBelongs(key, c.parent) ? 2 : 0) + (nextFits(c) ? 1 : 0);
  let chosen: Candidate | undefined;
  let best = -1;
  for (const c of usable) {
    const s = score(c);
    const nearer = chosen !== undefined && Math.abs(c.indent - width) < Math.abs(chosen.indent - width);
    // a line too deep after a value most likely meant to be its sibling: the innermost level wins ties
    if (s > best || (s === best && kind !== 'deep' && nearer)) {
      chosen = c;
      best = s;
    }
  }
  chosen ??= candidates[candidates.length - 1]!;
  return { indent: chosen.indent, parent: chosen.parent, sibling: chosen.sibling === key ? undefined : chosen.sibling };
}

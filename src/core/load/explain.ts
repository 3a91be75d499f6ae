/**
 * What the user typed wrong, said in the user's terms. The YAML parser reports where its grammar
 * broke (`BLOCK_AS_IMPLICIT_KEY` at some column); people need to hear that they typed a Chinese
 * colon after `feedback`, indented with full-width spaces, or left `: ` unquoted in a title — and
 * the line that fixes it. Each finding carries the corrected line (`fixed`, without its
 * indentation, and `indent` when the indentation is the fix), which the catalogue's hint shows.
 */
import { ALL_KEYS, ITEM_TEXT_KEY } from '../../model/keys.js';
import type { Params } from '../../model/problem.js';
import {
  closingQuote,
  IDEOGRAPHIC_SPACE,
  isIndicator,
  lineText,
  NO_BREAK_SPACE,
  scanLines,
  shapeOf,
  TAB,
  type LineScan,
  type LineShape,
  type Misplaced,
} from './lines.js';
import type { LoadCode, LoadProblem } from './problem.js';

export interface Explained {
  code: LoadCode;
  line: number;
  column: number;
  params: Params;
}

/** A YAML text as the user should have typed it: double quotes unless the text holds some. */
export function quoted(value: string): string {
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The line's text after its indentation, with `value` in place of what followed the key (or the dash). */
export function withValue(shape: LineShape, value: string): string {
  const head = shape.key !== undefined ? `${shape.text.slice(shape.ws.length, shape.body)}${shape.key}: ` : shape.text.slice(shape.ws.length, shape.valueAt);
  const comment = shape.comment >= 0 ? ` ${shape.text.slice(shape.comment)}` : '';
  return `${head}${value}${comment}`.trimEnd();
}

/** The line's content, as written, without its indentation. */
const content = (shape: LineShape): string => shape.text.slice(shape.ws.length).trimEnd();

const where = (shape: LineShape) => ({ key: shape.key ?? '', fixed: content(shape) });

/** A mistake in what one line holds (not in its indentation), or undefined. */
export function explainContent(shape: LineShape): Explained | undefined {
  const { text, line } = shape;
  const at = (code: LoadCode, index: number, params: Params): Explained => ({ code, line, column: index + 1, params });
  const dashAt = shape.ws.length;
  if (shape.dash && (text[dashAt + 1] === IDEOGRAPHIC_SPACE || text[dashAt + 1] === NO_BREAK_SPACE)) {
    return at('fullwidth-space', dashAt + 1, { where: 'after-dash', char: charName(text[dashAt + 1]!), ...where(shape), fixed: `- ${text.slice(shape.body)}` });
  }
  if (shape.key !== undefined && shape.separator !== undefined) {
    const fixed = withValue(shape, shape.value);
    if (shape.separator === 'fullwidth-colon') return at('fullwidth-colon', shape.colon, { key: shape.key, fixed });
    if (shape.separator === 'fullwidth-space') return at('fullwidth-space', shape.colon + 1, { where: 'after-colon', char: charName(text[shape.colon + 1]!), key: shape.key, fixed });
    if (ALL_KEYS.has(shape.key)) return at('colon-without-space', shape.colon, { key: shape.key, fixed });
  }
  // `-text: …`: the dash needs a space after it
  if (!shape.dash && text[shape.body] === '-' && /^-[a-z_]+:/.test(text.slice(shape.body, shape.body + 24))) {
    return at('dash-without-space', shape.body, { fixed: `- ${text.slice(shape.body + 1)}` });
  }
  const value = shape.value;
  if (value === '') return undefined;
  const first = value[0]!;
  const v = shape.valueAt;
  const quote = () => withValue(shape, quoted(value));
  if ('*&!%@`,?]}'.includes(first) && (first !== '?' || value[1] === ' ')) return at('value-start', v, { char: first, key: shape.key ?? '', fixed: quote() });
  if ((first === '|' || first === '>') && /[^-+0-9]/.test(value.slice(1))) return at('value-start', v, { char: first, key: shape.key ?? '', fixed: quote() });
  if (first === '-' && value[1] === ' ' && shape.key !== undefined) return at('value-start', v, { char: first, key: shape.key, fixed: quote() });
  if (first === '{' && value[1] === '{') return at('value-start', v, { char: '{{', key: shape.key ?? '', fixed: quote() });
  if (first === '[' || first === '{') {
    const closers = unclosedBrackets(value);
    // `units: [office` — the bracket is never closed on its line
    if (closers !== '') return at('unclosed-bracket', v, { key: shape.key ?? '', bracket: first, fixed: withValue(shape, `${value}${closers}`) });
    const close = first === '[' ? value.lastIndexOf(']') : value.lastIndexOf('}');
    if (close > 0 && close < value.length - 1) return at('value-start', v, { char: first, key: shape.key ?? '', fixed: quote() });
    return undefined;
  }
  if (first === '"' || first === "'") {
    const close = closingQuote(text, v);
    if (close < 0) return at('unclosed-quote', v, { key: shape.key ?? '', quote: first, fixed: withValue(shape, `${value}${first}`) });
    if (close < v + value.length) return at('value-start', v, { char: first, key: shape.key ?? '', fixed: quote() });
    return undefined;
  }
  if (isIndicator(first)) return undefined;
  // `title: 问题: 整改不到位`: a `: ` in the middle of a text makes YAML read a second key
  for (let i = 0; i < value.length; i++) {
    if (value[i] === ':' && (i + 1 === value.length || value[i + 1] === ' ' || value[i + 1] === TAB)) {
      return at('unquoted-colon', v + i, { key: shape.key ?? '', fixed: quote() });
    }
  }
  return undefined;
}

/** The brackets that close what `value` opens and leaves open (outside quotes), innermost first. */
function unclosedBrackets(value: string): string {
  const open: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"' || c === "'") {
      const close = closingQuote(value, i);
      if (close < 0) break;
      i = close - 1;
    } else if (c === '[') open.push(']');
    else if (c === '{') open.push('}');
    else if (c === ']' || c === '}') open.pop();
  }
  return open.reverse().join('');
}

function charName(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A line whose indentation is wrong, as a finding with the corrected line. */
function explainMisplaced(m: Misplaced, scan: LineScan): Explained {
  const { shape } = m;
  const base = { key: shape.key ?? '', parent: m.parent, sibling: m.sibling ?? '', indent: m.indent, fixed: content(shape) };
  if (m.kind === 'odd') {
    const tab = shape.ws.includes(TAB);
    const odd = shape.ws.includes(IDEOGRAPHIC_SPACE) ? IDEOGRAPHIC_SPACE : shape.ws.includes(NO_BREAK_SPACE) ? NO_BREAK_SPACE : TAB;
    const index = shape.ws.indexOf(odd);
    if (tab && odd === TAB) return { code: 'tab-indent', line: shape.line, column: index + 1, params: base };
    return { code: 'fullwidth-space', line: shape.line, column: index + 1, params: { ...base, where: 'indent', char: charName(odd) } };
  }
  // a text item with keys under it: `- 制定清单` then `  status: done` — the item needs its key
  if (m.kind === 'deep' && shape.key !== undefined) {
    const above = previousShape(scan, shape.line);
    if (above && above.dash && above.key === undefined && above.value !== '' && !isIndicator(above.value[0])) {
      const list = scan.parents.get(above.line) ?? '';
      const key = ITEM_TEXT_KEY[list] ?? 'text';
      return {
        code: 'item-without-key',
        line: above.line,
        column: above.body + 1,
        params: { list, key, under: 1, fixed: `- ${key}: ${above.text.slice(above.body).trimEnd()}` },
      };
    }
  }
  // the whole item or block moved together (its next line follows on from it as typed): move it back whole
  const block = movedBlock(m, scan);
  if (block !== undefined) {
    return {
      code: 'bad-indent',
      line: shape.line,
      column: shape.ws.length + 1,
      params: { ...base, direction: m.kind, ...(shape.dash ? { item: 1 } : {}), indent: -1, from: shape.line, to: block, shift: m.indent - shape.ws.length },
    };
  }
  // a line of text among keys: neither `key: value` nor `- item`
  if (shape.key === undefined && !shape.dash) return { code: 'yaml-syntax', line: shape.line, column: shape.ws.length + 1, params: { kind: 'no-colon', fixed: `# ${content(shape)}` } };
  return { code: 'bad-indent', line: shape.line, column: shape.ws.length + 1, params: { ...base, direction: m.kind, ...(shape.dash ? { item: 1 } : {}) } };
}

/**
 * The last line of the block a misplaced line opens, when that block moved with it: the lines
 * after it are deeper than it, and the first of them sits where it should relative to the line as
 * typed but not as it should be. Undefined when the line alone is out of place.
 */
function movedBlock(m: Misplaced, scan: LineScan): number | undefined {
  const { shape } = m;
  if (m.kind !== 'deep' && m.kind !== 'shallow') return undefined;
  const typed = shape.ws.length;
  const contentShift = shape.body - shape.ws.length;
  const fitsAt = (n: number, child: number) => (shape.dash && shape.key !== undefined ? child === n + contentShift : shape.opens && child > n);
  let last: number | undefined;
  let first: number | undefined;
  for (let i = shape.line; i < scan.starts.length; i++) {
    const raw = lineText(scan.text, scan.starts, i);
    let p = 0;
    while (raw[p] === ' ') p++;
    if (p === raw.length || raw[p] === '#') continue;
    if (p <= typed) break;
    first ??= p;
    last = i + 1;
  }
  if (first === undefined || !fitsAt(typed, first) || fitsAt(m.indent, first)) return undefined;
  return last;
}

/** The last content line before `line` (shapes are in line order: a binary search). */
function previousShape(scan: LineScan, line: number): LineShape | undefined {
  const shapes = scan.shapes;
  let lo = 0;
  let hi = shapes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shapes[mid]!.line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? shapes[lo - 1] : undefined;
}

/** Every `kind` a `yaml-syntax` problem can have; the catalogue words each. */
export const SYNTAX_KINDS = [
  'unclosed-quote',
  'no-colon',
  'no-dash',
  'flow-comma',
  'flow-colon',
  'property-space',
  'comment-space',
  'directives',
  'unclosed',
  'indent',
  'multiline-key',
  'nested-key',
  'unexpected-bracket',
  'unexpected',
  'escape',
  'multiple-documents',
  'block-in-flow',
  'anchor',
  'long-key',
  'directive',
  'scalar-start',
  'other',
] as const;

/** The kind of a YAML parser error, in our words (the catalogue says each in the user's language). */
function kindOf(code: string, message: string): string {
  switch (code) {
    case 'MISSING_CHAR':
      if (message.startsWith('Missing closing')) return 'unclosed-quote';
      if (message.startsWith('Implicit map keys need to be followed')) return 'no-colon';
      if (message.startsWith('Sequence item without')) return 'no-dash';
      if (message.startsWith('Missing , ')) return 'flow-comma';
      if (message.startsWith('Missing space after :')) return 'flow-colon';
      if (message.startsWith('Tags and anchors')) return 'property-space';
      if (message.startsWith('Comments must be separated')) return 'comment-space';
      if (message.includes('directives-end')) return 'directives';
      if (message.includes('must be sufficiently indented and end with')) return 'unclosed';
      return 'unclosed';
    case 'BAD_INDENT':
      return message.includes('must be sufficiently indented and end with') ? 'unclosed' : 'indent';
    case 'TAB_AS_INDENT':
      return 'indent';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'multiline-key';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'nested-key';
    case 'UNEXPECTED_TOKEN':
      return /\b(flow-seq-end|flow-map-end|\]|\})/.test(message) ? 'unexpected-bracket' : 'unexpected';
    case 'BAD_DQ_ESCAPE':
      return 'escape';
    case 'MULTIPLE_DOCS':
      return 'multiple-documents';
    case 'BLOCK_IN_FLOW':
      return 'block-in-flow';
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
      return 'anchor';
    case 'KEY_OVER_1024_CHARS':
      return 'long-key';
    case 'BAD_DIRECTIVE':
      return 'directive';
    case 'BAD_SCALAR_START':
      return 'scalar-start';
    default:
      return 'other';
  }
}

/**
 * The first YAML error, explained: a mistake found on the lines around it when there is one (on
 * its line, on the next one, which a too-deep key makes the parser blame on the line above, or on
 * the two before), else the parser's finding in our words, at its place.
 */
export function explainYamlError(
  text: string,
  error: { code: string; message: string; line: number; column: number },
  scan: LineScan = scanLines(text),
): Explained {
  const byLine = new Map<number, LineShape>();
  for (const s of scan.shapes) byLine.set(s.line, s);
  const misplacedAt = new Map<number, Misplaced>();
  for (const m of scan.misplaced) if (!misplacedAt.has(m.shape.line)) misplacedAt.set(m.shape.line, m);
  const e = error.line;
  // indentation with tabs or full-width spaces first (nothing else on the line reads right), then
  // what the line holds, then where it stands
  const look = (line: number, contentToo: boolean): Explained | undefined => explainAt(scan, misplacedAt.get(line), byLine.get(line), contentToo);
  if (kindOf(error.code, error.message) === 'unclosed-quote' && scan.unclosedQuote) {
    const found = explainContent(scan.unclosedQuote);
    if (found) return found;
  }
  // a key line too deep under a line that failed to be a key line: the line above is the mistake
  const deep = misplacedAt.get(e);
  if (deep?.kind === 'deep') {
    const above = previousShape(scan, e);
    const mistake = above ? explainContent(above) : undefined;
    if (mistake) return mistake;
  }
  const found = look(e, true) ?? look(e + 1, false) ?? look(e - 1, true) ?? look(e - 2, true);
  if (found) return found;
  const shape = byLine.get(e);
  // `"C:\文件"`: in single quotes a backslash is just a backslash
  if (error.code === 'BAD_DQ_ESCAPE' && shape && shape.value.startsWith('"') && shape.value.endsWith('"') && !shape.value.includes("'")) {
    return { code: 'yaml-syntax', line: error.line, column: error.column, params: { kind: 'escape', fixed: withValue(shape, `'${shape.value.slice(1, -1)}'`) } };
  }
  if (error.code === 'TAB_AS_INDENT') {
    return { code: 'tab-indent', line: error.line, column: error.column, params: { key: '', parent: '', sibling: '', indent: -1, fixed: '' } };
  }
  return { code: 'yaml-syntax', line: error.line, column: error.column, params: { kind: kindOf(error.code, error.message) } };
}

function explainAt(scan: LineScan, m: Misplaced | undefined, shape: LineShape | undefined, contentToo: boolean): Explained | undefined {
  if (m?.kind === 'odd') return explainMisplaced(m, scan);
  const found = shape && contentToo ? explainContent(shape) : undefined;
  return found ?? (m ? explainMisplaced(m, scan) : undefined);
}

/**
 * What is wrong on one line, for a problem found later (an unknown key, a value of the wrong type)
 * whose cause is how the line was typed: its indentation, then what it holds.
 */
export function explainLine(scan: LineScan, line: number): Explained | undefined {
  let index = indexes.get(scan);
  if (!index) {
    index = { misplaced: new Map(), shapes: new Map() };
    for (const m of scan.misplaced) if (!index.misplaced.has(m.shape.line)) index.misplaced.set(m.shape.line, m);
    for (const s of scan.shapes) index.shapes.set(s.line, s);
    indexes.set(scan, index);
  }
  return explainAt(scan, index.misplaced.get(line), index.shapes.get(line), true);
}

const indexes = new WeakMap<LineScan, { misplaced: Map<number, Misplaced>; shapes: Map<number, LineShape> }>();

/** The shape of the line holding `offset`, which is line number `line`. */
export function shapeAt(text: string, offset: number, line: number): LineShape {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  return shapeOf(text.slice(start, end), line, start);
}

/** Findings as the loader's problems. */
export function asLoadProblem(e: Explained, path = ''): LoadProblem {
  return { code: e.code, line: e.line, column: e.column, path, params: e.params as Record<string, string | number> };
}

/**
 * A value the parser took for YAML syntax — an alias `*…` with no anchor, an anchor `&…` or a
 * tag `!…` in Chinese text — as the text it was meant to be: `value-start` with the quoted line.
 */
export function explainValueStart(text: string, offset: number, char: string, line: number): Explained {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const shape = shapeAt(text, offset, line);
  const value = shape.value.startsWith(char) ? shape.value : text.slice(offset, start + shape.valueAt + shape.value.length);
  return {
    code: 'value-start',
    line,
    column: offset - start + 1,
    params: { char, key: shape.key ?? '', fixed: withValue(shape, quoted(value)) },
  };
}

/**
 * A schema finding says what the value is ("a text where an object belongs"); the user needs to
 * hear what they typed: a bare measure without `text:`, a range of dates where `{ from, to }`
 * belongs, names after `owners:` without brackets, a key indented with full-width spaces. Each is
 * said as its own code with the corrected line as the hint; a finding none of them explains keeps
 * its schema wording.
 */
import { readDateRange, readDateText, readDayFirst } from '../../model/dates.js';
import { ITEM_TEXT_KEY, keyBelongs } from '../../model/keys.js';
import { NUMBERED, pathOf, walk, type Node } from '../../model/shape.js';
import type { Params } from '../../model/problem.js';
import { explainLine, quoted, scanLines, shapeAt, withValue, type LineScan, type LineShape, type SourceMap, type SourcePosition } from '../load/index.js';
import type { SchemaFinding } from './schema-errors.js';

export interface Explanation {
  code: string;
  /** The key path, when it differs from the finding's. */
  path?: string;
  position: Pick<SourcePosition, 'line' | 'column'>;
  params: Params;
}

/** What the explanations read: the text, where each value was written, and the value as loaded. */
export class Source {
  private scanned: LineScan | undefined;
  constructor(
    readonly text: string,
    readonly positions: SourceMap,
  ) {}
  /** The lines read once, when an explanation first needs them. */
  get scan(): LineScan {
    return (this.scanned ??= scanLines(this.text));
  }
  shape(position: SourcePosition): LineShape {
    return shapeAt(this.text, position.offset, position.line);
  }
}

const lastKey = (path: string): string => /([^.[\]]+)(?:\[\d+\])*$/.exec(path)?.[1] ?? '';
const isItem = (path: string) => path.endsWith(']');
const FULLWIDTH_COLON = '\uff1a';
const ODD_SPACE = /^[\u3000\u00a0\t]/;

/** Chinese words people use for keys, as the spreadsheet headers say them. */
const CHINESE_KEYS: Readonly<Record<string, string>> = {
  标题: 'title',
  问题: 'title',
  名称: 'name',
  姓名: 'name',
  职务: 'title',
  编号: 'id',
  序号: 'id',
  状态: 'status',
  整改状态: 'status',
  责任领导: 'leader',
  牵头领导: 'leader',
  分管领导: 'leader',
  责任单位: 'units',
  责任部门: 'units',
  责任人: 'owners',
  完成时限: 'due',
  整改时限: 'due',
  完成日期: 'done',
  完成时间: 'done',
  整改措施: 'measures',
  措施: 'text',
  内容: 'text',
  佐证材料: 'evidence',
  进展: 'progress',
  日期: 'date',
};

export function explainSchemaFinding(f: SchemaFinding, position: SourcePosition, source: Source, value: unknown): Explanation | undefined {
  const at = (code: string, line: number, column: number, params: Params): Explanation => ({ code, position: { line, column }, params });
  switch (f.code) {
    case 'unknown-key': {
      const key = String(f.params.key);
      // `　　to:` or `from：2023-05-02` as a key: the line was typed wrong, not the key
      if (ODD_SPACE.test(key) || key.includes(FULLWIDTH_COLON)) {
        const found = explainLine(source.scan, position.line);
        if (found) return at(found.code, found.line, found.column, found.params);
        const colon = key.indexOf(FULLWIDTH_COLON);
        if (colon > 0) {
          const shape = source.shape(position);
          const fixedKey = `${key.slice(0, colon).trimEnd()}: ${key.slice(colon + 1).trimStart()}`;
          const fixed = shape.text.replace(key, fixedKey).slice(shape.ws.length).trimEnd();
          return at('fullwidth-colon', position.line, position.column + colon, { key: key.slice(0, colon).trim(), fixed });
        }
      }
      // `状态: 已完成`: the Chinese word for a key this object has
      const english = CHINESE_KEYS[key];
      const allowed = String(f.params.allowed).split(', ');
      if (english && allowed.includes(english) && !f.params.closest) return at('unknown-key', position.line, position.column, { ...f.params, closest: english });
      return undefined;
    }
    case 'type':
      return explainType(f, position, source, value);
    case 'bad-date': {
      // `２０２３年５月３０日`, `30/05/2023`: a day the reader knows, in a form the schema does not take
      const iso = readDateText(String(f.params.value)) ?? readDayFirst(String(f.params.value));
      if (iso === undefined) return undefined;
      const shape = source.shape(position);
      return at('bad-date', position.line, position.column, { ...f.params, fixed: withValue(shape, iso) });
    }
    default:
      return undefined;
  }
}

function explainType(f: SchemaFinding, position: SourcePosition, source: Source, value: unknown): Explanation | undefined {
  const at = (code: string, params: Params): Explanation => ({ code, position: { line: position.line, column: position.column }, params });
  const expected = String(f.params.expected).split(',');
  const found = String(f.params.found);
  const here = valueAt(value, f.path);
  const shape = source.shape(position);
  if (found === 'string' && typeof here === 'string') {
    // the line the text stands on may itself be the mistake (`from：2023-05-02` under `visit:`)
    const line = explainLine(source.scan, position.line);
    if (line && line.code !== 'bad-indent') return { code: line.code, position: { line: line.line, column: line.column }, params: line.params };
    if (expected.includes('object')) {
      const list = lastKey(f.path);
      // `- 制定公布事项清单。` where a measure (`- text: …`) belongs
      if (isItem(f.path) && shape.dash && shape.key === undefined && ITEM_TEXT_KEY[list]) {
        const key = ITEM_TEXT_KEY[list]!;
        return at('item-without-key', { list, key, fixed: `- ${key}: ${shape.text.slice(shape.body).trimEnd()}` });
      }
      // `visit: 2022年9月16日至10月18日`
      const range = readDateRange(here);
      if (range && shape.key !== undefined) return at('range-as-text', { key: shape.key, value: here, fixed: withValue(shape, `{ from: ${range.from}, to: ${range.to} }`) });
    }
    // `value: 19,000`, `value: 19条`, `value: 3.5万`: a figure typed with separators or its unit
    if ((expected.includes('number') || expected.includes('integer')) && shape.key !== undefined) {
      const typed = figureIn(here, expected.includes('number'));
      // the unit has a key of its own beside a metric's value; a count (declared) takes none
      const unitKey = typed && keyBelongs('unit', lastKey(f.path.slice(0, f.path.lastIndexOf('.')))) ? 1 : 0;
      if (typed) return at('text-as-number', { key: shape.key, value: here, unit: typed.unit, unitKey, fixed: withValue(shape, typed.number) });
    }
    if (expected.includes('array') && shape.key !== undefined && !isItem(f.path)) {
      // `owners: li、wang` or `units: office`: a list needs its brackets
      const key = lastKey(f.path);
      const parts = key === 'items' || key === 'evidence' ? [quotedIfNeeded(here)] : here.split(/[，,、；;\s]+/).filter((x) => x !== '');
      return at('list-as-text', { key: shape.key, fixed: withValue(shape, `[${parts.join(', ')}]`) });
    }
  }
  // `- 问题: 整改不到位` in a list of texts: the `: ` made it a key
  if (found === 'object' && expected.includes('string') && here !== null && typeof here === 'object' && !Array.isArray(here)) {
    const keys = Object.keys(here);
    if (keys.length === 1 && typeof (here as Record<string, unknown>)[keys[0]!] === 'string' && shape.dash) {
      const text = shape.text.slice(shape.body).trimEnd();
      const colon = shape.text.indexOf(': ', shape.body);
      return { code: 'unquoted-colon', position: { line: position.line, column: colon + 1 }, params: { key: '', fixed: `- ${quoted(text)}` } };
    }
  }
  // `feedback: 20230530`: a date typed as digits only, which YAML reads as a number
  if (found === 'integer' && shape.key !== undefined && readDateText(shape.value) !== undefined && !expected.includes('integer')) {
    return at('bad-date', { value: shape.value, fixed: withValue(shape, readDateText(shape.value)!) });
  }
  // `id: 1.5`: a number where a text belongs, as typed
  if ((found === 'number' || found === 'integer') && expected.includes('string') && shape.key !== undefined) {
    return at('number-as-text', { key: shape.key, value: shape.value, fixed: withValue(shape, quoted(shape.value)) });
  }
  return undefined;
}

const FIGURE = /^([+-]?)(\d{1,3}(?:[,，]\d{3})+|\d+)(\.\d+)?\s*([^\d\s].*)?$/;

/** The number in `19,000`, `19条`, `3.5万`, as it would be typed alone, and what followed it. */
function figureIn(text: string, decimals: boolean): { number: string; unit: string } | undefined {
  const m = FIGURE.exec(text.normalize('NFKC').trim());
  if (!m || (m[3] !== undefined && !decimals)) return undefined;
  return { number: `${m[1]}${m[2]!.replace(/[,，]/g, '')}${m[3] ?? ''}`, unit: (m[4] ?? '').trim() };
}

function quotedIfNeeded(text: string): string {
  return /[,\[\]{}:#"'，]/.test(text) ? quoted(text) : text;
}

/** The loaded value at a key path. */
function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = m[2] !== undefined ? (node as unknown[])[Number(m[2])] : (node as Record<string, unknown>)[m[1]!];
  }
  return node;
}

const NUMBER_AS_ID = /(?:\b(?:id|leader):[ \t]+|[[,][ \t]*)-?[0-9]/;

/**
 * Ids (and references) written as whole numbers are taken as their text, `id: 1` as "1" — but only
 * when the number reads back as typed: `id: 01` is the number 1 to YAML, and "01" to the user.
 */
export function checkNumberedTexts(root: Node, value: unknown, source: Source): Explanation[] {
  const found: Explanation[] = [];
  // a number as an id or a reference is written after `id:` or `leader:`, or in a `[…]` list
  if (!NUMBER_AS_ID.test(source.text)) return found;
  walk(root, value, (node) => node.kind === 'text' && NUMBERED.has(node.role), (v, _node, steps) => {
    if (typeof v !== 'number') return;
    const position = source.positions.valueAt(pathOf(steps));
    const shape = source.shape(position);
    const typed = shape.text.slice(position.column - 1).split(/[\s,\]}#]/)[0] ?? '';
    if (typed === String(v)) return;
    const fixed = shape.text.slice(0, position.column - 1) + quoted(typed) + shape.text.slice(position.column - 1 + typed.length);
    found.push({ code: 'number-as-text', path: pathOf(steps), position: { line: position.line, column: position.column }, params: { key: shape.key ?? '', value: typed, fixed: fixed.slice(shape.ws.length).trimEnd() } });
  });
  return found;
}

/**
 * `title: 问题 #2 整改不到位`: after a space, `#` starts a comment, and the rest of the text is gone
 * from the report without a word. A comment written straight after a text value, its `#` followed
 * by more text rather than a space (`#2`, `#重点`), is taken for such a cut: a warning, with the
 * whole text quoted as the fix. Comments on their own lines, and `# ` comments, are comments.
 */
export function checkCommentsInText(source: Source): Explanation[] {
  const text = source.text;
  if (!hasGluedComment(text)) return [];
  const found: Explanation[] = [];
  const scan = source.scan;
  for (const shape of scan.shapes) {
    if (shape.comment < 0 || shape.value === '' || scan.continued.has(shape.line)) continue;
    const after = shape.text[shape.comment + 1];
    if (after === undefined || after === ' ' || after === '\t' || after === '#') continue;
    const first = shape.value[0]!;
    if ('"\'[{|>'.includes(first)) continue;
    const whole = shape.text.slice(shape.valueAt).trimEnd();
    const fixed = `${shape.text.slice(shape.ws.length, shape.valueAt)}${quoted(whole)}`;
    found.push({
      code: 'comment-in-text',
      position: { line: shape.line, column: shape.comment + 1 },
      params: { key: shape.key ?? '', cut: shape.text.slice(shape.comment).trimEnd(), fixed },
    });
  }
  return found;
}

/** A `#` after a blank and before something other than a blank or `#`: the only texts worth a look. */
function hasGluedComment(text: string): boolean {
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
    const before = text[i - 1];
    const after = text[i + 1];
    if ((before === ' ' || before === '\t') && after !== undefined && after !== ' ' && after !== '\t' && after !== '#' && after !== '\n' && after !== '\r') return true;
  }
  return false;
}

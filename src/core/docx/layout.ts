/**
 * The page layout of a template set: fonts, sizes, margins, line pitch, heading weight and the
 * page-number style. Defaults follow GB/T 9704-2012; an agency with a local rule edits the
 * template set's `layout.json` instead of code. Lengths on paper are in millimetres, type in points,
 * as a clerk would read them off the standard.
 */
import { placeIn, problem, type Params, type Problem } from '../../model/problem.js';

export interface FontSpec {
  /** East Asian font, e.g. 仿宋_GB2312 */
  font: string;
  /** points */
  size: number;
  bold: boolean;
}

export type PageNumberStyle = 'dashes' | 'plain';
export type PageNumberPosition = 'outside' | 'center';

export interface Layout {
  page: {
    /** mm, portrait */
    width: number;
    height: number;
    margins: { top: number; bottom: number; left: number; right: number };
  };
  /** Exact distance between baselines, points (28.95pt gives 22 lines in 225 mm). */
  linePitch: number;
  /** Added to every character, points; -0.25pt fits 28 characters of 16pt in 156 mm. */
  characterSpacing: number;
  /** Font for digits and Latin letters (ascii and complex-script slots only). */
  latinFont: string;
  title: FontSpec;
  body: FontSpec;
  heading1: FontSpec;
  heading2: FontSpec;
  heading3: FontSpec;
  heading4: FontSpec;
  attachmentLabel: FontSpec;
  table: {
    font: string;
    headerFont: string;
    /** points */
    size: number;
    /** exact line spacing inside cells, points */
    linePitch: number;
  };
  pageNumber: {
    font: string;
    /** points */
    size: number;
    style: PageNumberStyle;
    /** outside: odd pages right, even pages left (GB/T 9704 7.5); center: every page centred */
    position: PageNumberPosition;
    /** distance from the text block's lower edge to the number line's middle, mm */
    distance: number;
    /** space kept between the number and the text block's side edge, in characters of the number's size */
    sideIndentChars: number;
  };
}

export const DEFAULT_LAYOUT: Layout = {
  page: { width: 210, height: 297, margins: { top: 37, bottom: 35, left: 28, right: 26 } },
  linePitch: 28.95,
  characterSpacing: -0.25,
  latinFont: 'Times New Roman',
  title: { font: '方正小标宋简体', size: 22, bold: false },
  body: { font: '仿宋_GB2312', size: 16, bold: false },
  heading1: { font: '黑体', size: 16, bold: false },
  heading2: { font: '楷体_GB2312', size: 16, bold: false },
  heading3: { font: '仿宋_GB2312', size: 16, bold: false },
  heading4: { font: '仿宋_GB2312', size: 16, bold: false },
  attachmentLabel: { font: '黑体', size: 16, bold: false },
  table: { font: '仿宋_GB2312', headerFont: '黑体', size: 12, linePitch: 18 },
  pageNumber: {
    font: '宋体',
    size: 14,
    style: 'dashes',
    position: 'outside',
    distance: 7,
    sideIndentChars: 1,
  },
};

type Check =
  | { kind: 'number'; min: number; max: number; unit: 'pt' | 'mm' | 'chars' }
  | { kind: 'font' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] };

const PT = 'pt';
const MM = 'mm';
const fontSpecShape = (maxSize: number): Shape => ({
  font: { kind: 'font' },
  size: { kind: 'number', min: 8, max: maxSize, unit: PT },
  bold: { kind: 'boolean' },
});

interface Shape {
  [key: string]: Check | Shape;
}

/** Every key a layout file may hold, with the values it accepts. */
const SHAPE: Shape = {
  page: {
    width: { kind: 'number', min: 100, max: 500, unit: MM },
    height: { kind: 'number', min: 100, max: 500, unit: MM },
    margins: {
      top: { kind: 'number', min: 5, max: 80, unit: MM },
      bottom: { kind: 'number', min: 5, max: 80, unit: MM },
      left: { kind: 'number', min: 5, max: 80, unit: MM },
      right: { kind: 'number', min: 5, max: 80, unit: MM },
    },
  },
  linePitch: { kind: 'number', min: 10, max: 60, unit: PT },
  characterSpacing: { kind: 'number', min: -2, max: 5, unit: PT },
  latinFont: { kind: 'font' },
  title: fontSpecShape(40),
  body: fontSpecShape(40),
  heading1: fontSpecShape(40),
  heading2: fontSpecShape(40),
  heading3: fontSpecShape(40),
  heading4: fontSpecShape(40),
  attachmentLabel: fontSpecShape(40),
  table: {
    font: { kind: 'font' },
    headerFont: { kind: 'font' },
    size: { kind: 'number', min: 8, max: 40, unit: PT },
    linePitch: { kind: 'number', min: 8, max: 60, unit: PT },
  },
  pageNumber: {
    font: { kind: 'font' },
    size: { kind: 'number', min: 8, max: 40, unit: PT },
    style: { kind: 'enum', values: ['dashes', 'plain'] },
    position: { kind: 'enum', values: ['outside', 'center'] },
    distance: { kind: 'number', min: 0, max: 30, unit: MM },
    sideIndentChars: { kind: 'number', min: 0, max: 10, unit: 'chars' },
  },
};

/**
 * What a font name may not hold: it is written into the .docx as an XML attribute and shown in
 * Word's font list. Control characters, U+FFFE/U+FFFF and lone surrogates make the XML ill-formed;
 * markup characters and bidi or zero-width controls have no place in a font's name.
 */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff<>&"\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** The text block must hold some text, in both orientations (the attachment is landscape): at least this many mm each way. */
const MIN_TEXT_BLOCK_MM = 40;

// No Shape has a key named `kind`, so a string `kind` marks a leaf.
const isCheck = (x: Check | Shape): x is Check => typeof (x as Check).kind === 'string';

/** The value as JSON shows it: what the user typed, for the message. */
function describe(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

/** Line of the first `"key"` in the file, so the clerk is sent to the right place; 0 when not found. */
function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 0 : text.slice(0, at).split('\n').length;
}

/**
 * Check a parsed layout file against SHAPE and lay it over the defaults. Keys left out keep the
 * standard's value; unknown keys and bad values are errors naming the key path.
 */
export function resolveLayout(raw: unknown, file: string, text: string): { layout?: Layout; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = (path: string, code: string, params: Params): void => {
    const last = path.split('.').pop() ?? path;
    problems.push(problem(code, placeIn(file, lineOfKey(text, last), 0, path), { key: path || 'layout', ...params }));
  };
  const merged = structuredClone(DEFAULT_LAYOUT) as unknown as Record<string, unknown>;

  const walk = (value: unknown, shape: Shape, target: Record<string, unknown>, prefix: string): void => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      bad(prefix, 'layout-invalid', { rule: 'object', value: describe(value) });
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (key === '$schema' && !prefix) continue;
      const rule = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (rule === undefined) {
        bad(path, 'layout-unknown-key', { known: Object.keys(shape).join(', ') });
        continue;
      }
      if (!isCheck(rule)) {
        walk(v, rule, target[key] as Record<string, unknown>, path);
        continue;
      }
      const refused = checkValue(rule, v);
      if (refused) {
        bad(path, 'layout-invalid', { ...refused, value: describe(v) });
        continue;
      }
      target[key] = v;
    }
  };
  walk(raw, SHAPE, merged, '');
  if (problems.length > 0) return { problems };
  const layout = merged as unknown as Layout;
  // each value in range is not enough: margins of 80 mm on a page 100 mm wide leave a block of -60
  const { width, height, margins } = layout.page;
  const blocks = [
    { orientation: 'portrait', across: width - margins.left - margins.right, down: height - margins.top - margins.bottom },
    { orientation: 'landscape', across: height - margins.left - margins.right, down: width - margins.top - margins.bottom },
  ];
  for (const b of blocks) {
    if (b.across >= MIN_TEXT_BLOCK_MM && b.down >= MIN_TEXT_BLOCK_MM) continue;
    bad('page', 'layout-invalid', { rule: 'geometry', orientation: b.orientation, across: Math.round(b.across * 10) / 10, down: Math.round(b.down * 10) / 10, min: MIN_TEXT_BLOCK_MM, value: describe(layout.page) });
    return { problems };
  }
  return { layout, problems };
}

/** Undefined when the value fits the rule, else what the rule wants (the message's params). */
function checkValue(rule: Check, v: unknown): Params | undefined {
  switch (rule.kind) {
    case 'number':
      if (typeof v === 'number' && Number.isFinite(v) && v >= rule.min && v <= rule.max) return undefined;
      return { rule: 'number', min: rule.min, max: rule.max, unit: rule.unit, example: rule.min < 0 ? -0.25 : Math.max(rule.min, Math.min(rule.max, 16)) };
    case 'font':
      if (typeof v === 'string' && v.trim() !== '' && v === v.trim() && v.length <= 64 && !UNSAFE_IN_NAME.test(v)) return undefined;
      return { rule: 'font' };
    case 'boolean':
      if (typeof v === 'boolean') return undefined;
      return { rule: 'boolean' };
    case 'enum':
      if (typeof v === 'string' && rule.values.includes(v)) return undefined;
      return { rule: 'enum', values: rule.values.join(', ') };
  }
}

/**
 * A template set's layout.json text (undefined: the set has none, so the standard's defaults) →
 * the layout, or problems naming the key.
 */
export function layoutFromText(source: { file: string; text: string } | undefined): { layout?: Layout; problems: Problem[] } {
  if (source === undefined) return { layout: structuredClone(DEFAULT_LAYOUT), problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(source.text);
  } catch (e) {
    return { problems: [problem('layout-not-json', placeIn(source.file), { detail: (e as Error).message })] };
  }
  return resolveLayout(raw, source.file, source.text);
}

/**
 * The page layout of a template set: fonts, sizes, margins, line pitch, heading weight and the
 * page-number style. Defaults follow GB/T 9704-2012; an agency with a local rule edits the
 * template set's `layout.json` instead of code. Lengths on paper are in millimetres, type in points,
 * as a clerk would read them off the standard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Lang } from '../../model/diagnostic.js';

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
  | { kind: 'number'; min: number; max: number; unit: { en: string; zh: string } }
  | { kind: 'font' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] };

const PT = { en: 'points', zh: '磅' };
const MM = { en: 'mm', zh: '毫米' };
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
    sideIndentChars: { kind: 'number', min: 0, max: 10, unit: { en: 'characters', zh: '字' } },
  },
};

// No Shape has a key named `kind`, so a string `kind` marks a leaf.
const isCheck = (x: Check | Shape): x is Check => typeof (x as Check).kind === 'string';

function say(lang: Lang, en: string, zh: string): string {
  return lang === 'zh' ? zh : en;
}

function describe(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : String(v);
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
export function resolveLayout(raw: unknown, file: string, text: string, lang: Lang = 'en'): { layout?: Layout; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const bad = (path: string, code: string, message: string, hint: string): void => {
    const last = path.split('.').pop() ?? path;
    diagnostics.push({ severity: 'error', code, message, file, line: lineOfKey(text, last), column: 0, path, hint });
  };
  const merged = structuredClone(DEFAULT_LAYOUT) as unknown as Record<string, unknown>;

  const walk = (value: unknown, shape: Shape, target: Record<string, unknown>, prefix: string): void => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      bad(prefix || '(top)', 'layout-invalid',
        say(lang, `${prefix || 'layout'}: expected an object, got ${describe(value)}`, `${prefix || 'layout'}：应为对象，实际为 ${describe(value)}`),
        say(lang, 'write it as { "key": value, … }', '写成 { "键": 值, … } 的形式'));
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (key === '$schema' && !prefix) continue;
      const rule = shape[key];
      if (rule === undefined) {
        bad(path, 'layout-unknown-key',
          say(lang, `${path}: unknown layout key`, `${path}：未知的版式键`),
          say(lang, `known keys here: ${Object.keys(shape).join(', ')}`, `此处可用的键：${Object.keys(shape).join('、')}`));
        continue;
      }
      if (!isCheck(rule)) {
        walk(v, rule, target[key] as Record<string, unknown>, path);
        continue;
      }
      const problem = checkValue(rule, v, lang);
      if (problem) {
        bad(path, 'layout-invalid', say(lang, `${path}: ${problem.message}, got ${describe(v)}`, `${path}：${problem.message}，实际为 ${describe(v)}`), problem.hint);
        continue;
      }
      target[key] = v;
    }
  };
  walk(raw, SHAPE, merged, '');
  if (diagnostics.length > 0) return { diagnostics };
  return { layout: merged as unknown as Layout, diagnostics };
}

function checkValue(rule: Check, v: unknown, lang: Lang): { message: string; hint: string } | undefined {
  switch (rule.kind) {
    case 'number':
      if (typeof v === 'number' && Number.isFinite(v) && v >= rule.min && v <= rule.max) return undefined;
      return {
        message: say(lang, `expected a number of ${rule.unit.en} between ${rule.min} and ${rule.max}`, `应为 ${rule.min} 到 ${rule.max} 之间的数（${rule.unit.zh}）`),
        hint: say(lang, `write a bare number, e.g. ${rule.min < 0 ? -0.25 : Math.max(rule.min, Math.min(rule.max, 16))}`, '只写数字，不带单位'),
      };
    case 'font':
      if (typeof v === 'string' && v.trim() !== '' && v.length <= 64) return undefined;
      return { message: say(lang, 'expected a font name', '应为字体名称'), hint: say(lang, 'e.g. "仿宋_GB2312"', '例如 "仿宋_GB2312"') };
    case 'boolean':
      if (typeof v === 'boolean') return undefined;
      return { message: say(lang, 'expected true or false', '应为 true 或 false'), hint: '' };
    case 'enum':
      if (typeof v === 'string' && rule.values.includes(v)) return undefined;
      return { message: say(lang, `expected one of ${rule.values.join(', ')}`, `应为 ${rule.values.join('、')} 之一`), hint: '' };
  }
}

/**
 * Read `layout.json` from a template set folder. No file means the standard's defaults; a file that
 * is not JSON, or holds a bad value, gives diagnostics and no layout.
 */
export function loadLayout(templateDir: string, lang: Lang = 'en'): { layout?: Layout; diagnostics: Diagnostic[] } {
  const file = join(templateDir, 'layout.json');
  if (!existsSync(file)) return { layout: structuredClone(DEFAULT_LAYOUT), diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { diagnostics: [{ severity: 'error', code: 'layout-unreadable', message: say(lang, `cannot read ${file}: ${(e as Error).message}`, `无法读取 ${file}：${(e as Error).message}`), file, line: 0, column: 0, path: '', hint: '' }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { diagnostics: [{ severity: 'error', code: 'layout-not-json', message: say(lang, `${file} is not valid JSON: ${(e as Error).message}`, `${file} 不是有效的 JSON：${(e as Error).message}`), file, line: 0, column: 0, path: '', hint: say(lang, 'check commas and quotes; JSON has no comments', '检查逗号与引号；JSON 不能写注释') }] };
  }
  return resolveLayout(raw, file, text, lang);
}

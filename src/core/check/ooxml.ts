/**
 * The parts of a WordprocessingML package the GB/T 9704 checks read, and the effective formatting
 * of a paragraph or a run. Pure: the parts come in as text by their package path.
 *
 * Effective formatting is resolved as Word does for the properties checked here, one attribute at
 * a time: a run property from the run, then its character style chain (basedOn), then the
 * paragraph's style chain, then docDefaults; a paragraph property from the paragraph, then its
 * style chain, then docDefaults. A font slot given as a theme font (asciiTheme, eastAsiaTheme…)
 * is looked up in the theme part. Numbering and table styles are not applied.
 */
import { attr, descendants, elements, kid, kids, parseXml, walk, type XmlElement } from './xml.js';
import { CheckInputError } from './types.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export type Parts = Readonly<Record<string, string>>;

// ---------------------------------------------------------------------------------------------
// values

/** A twips value: an integer, or a universal measure (Strict) such as `2.5cm`, `12pt`. */
export function twips(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'mm':
      return (n * 1440) / 25.4;
    case 'cm':
      return (n * 14400) / 25.4;
    case 'in':
      return n * 1440;
    case 'pt':
      return n * 20;
    case 'pc':
    case 'pi':
      return n * 240;
    default:
      return n;
  }
}

/** A font size in half-points (`w:sz`): an integer, or `12pt` (Strict). */
export function halfPoints(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(pt)?\s*$/.exec(value);
  if (!m) return undefined;
  return m[2] ? Number(m[1]) * 2 : Number(m[1]);
}

/** An on/off property element: present and not switched off. */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = attr(el, W, 'val');
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

// ---------------------------------------------------------------------------------------------
// package and relationships

export interface Relationship {
  id: string;
  type: string;
  /** the target part's path in the package, without a leading slash */
  target: string;
  external: boolean;
}

/** `word/document.xml` → `word/_rels/document.xml.rels`; the package itself ('') → `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

function decodeUriPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function readRelationships(parts: Parts, source: string): Relationship[] {
  const path = relsPathOf(source);
  const text = parts[path];
  if (text === undefined) return [];
  const root = parseXml(text, path);
  const out: Relationship[] = [];
  for (const rel of elements(root)) {
    if (rel.local !== 'Relationship') continue;
    const id = attr(rel, '', 'Id');
    const type = attr(rel, '', 'Type') ?? '';
    const target = attr(rel, '', 'Target');
    if (!id || target === undefined) continue;
    const external = attr(rel, '', 'TargetMode') === 'External';
    out.push({ id, type, target: external ? target : decodeUriPath(resolveTarget(source, target)), external });
  }
  return out;
}

/** The main document part: the package's officeDocument relationship, else word/document.xml. */
export function mainDocumentPath(parts: Parts): string | undefined {
  const rel = readRelationships(parts, '').find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  if (rel && parts[rel.target] !== undefined) return rel.target;
  return parts['word/document.xml'] !== undefined ? 'word/document.xml' : undefined;
}

// ---------------------------------------------------------------------------------------------
// theme fonts

interface FontSet {
  latin?: string;
  ea?: string;
  cs?: string;
}

export interface ThemeFonts {
  major: FontSet;
  minor: FontSet;
}

function fontSet(el: XmlElement | undefined): FontSet {
  const typeface = (e: XmlElement | undefined) => {
    const t = attr(e, '', 'typeface');
    return t ? t : undefined;
  };
  const script = (name: string) => typeface(kids(el, A, 'font').find((f) => attr(f, '', 'script') === name));
  return {
    latin: typeface(kid(el, A, 'latin')),
    // an empty ea typeface means "the font of the document's East Asian script": Simplified Chinese here
    ea: typeface(kid(el, A, 'ea')) ?? script('Hans'),
    cs: typeface(kid(el, A, 'cs')),
  };
}

export function readThemeFonts(theme: XmlElement | undefined): ThemeFonts | undefined {
  if (!theme) return undefined;
  const scheme = descendants(theme, A, 'fontScheme')[0];
  if (!scheme) return undefined;
  return { major: fontSet(kid(scheme, A, 'majorFont')), minor: fontSet(kid(scheme, A, 'minorFont')) };
}

function themeFont(theme: ThemeFonts | undefined, value: string): string {
  const m = /^(major|minor)(Ascii|HAnsi|EastAsia|Bidi)$/.exec(value);
  if (!m || !theme) return value;
  const set = theme[m[1] as 'major' | 'minor'];
  const slot = m[2] === 'EastAsia' ? set.ea : m[2] === 'Bidi' ? set.cs : set.latin;
  return slot ?? value;
}

// ---------------------------------------------------------------------------------------------
// list numbering: Word's AutoFormat turns a typed "一、" into a numbered list, so a heading's
// number may live in numbering.xml rather than in its text

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
  pPr?: XmlElement;
}

const CN_DIGITS = '〇一二三四五六七八九';

function chineseCounting(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) for (; n >= v; n -= v) out += r;
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a list level's number format (numFmt). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'chineseLegalSimplified':
      return chineseCounting(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : String(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : String(n);
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function readLevel(lvl: XmlElement): Level {
  const val = (tag: string) => attr(kid(lvl, W, tag), W, 'val');
  const pPr = kid(lvl, W, 'pPr');
  return {
    start: Number(val('start') ?? '1') || 0,
    format: val('numFmt') ?? 'decimal',
    text: val('lvlText') ?? '',
    legal: isOn(kid(lvl, W, 'isLgl')),
    ...(pPr ? { pPr } : {}),
  };
}

/** numbering.xml: the levels of each list, and the counters as the body is read in order. */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstract: string; overrides: Map<number, { start?: number; level?: Level }> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: XmlElement | undefined) {
    for (const a of kids(root, W, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of kids(a, W, 'lvl')) levels.set(Number(attr(lvl, W, 'ilvl') ?? '0'), readLevel(lvl));
      this.abstracts.set(attr(a, W, 'abstractNumId') ?? '', levels);
    }
    for (const n of kids(root, W, 'num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of kids(n, W, 'lvlOverride')) {
        const start = attr(kid(o, W, 'startOverride'), W, 'val');
        const lvl = kid(o, W, 'lvl');
        overrides.set(Number(attr(o, W, 'ilvl') ?? '0'), { ...(start !== undefined ? { start: Number(start) } : {}), ...(lvl ? { level: readLevel(lvl) } : {}) });
      }
      this.nums.set(attr(n, W, 'numId') ?? '', { abstract: attr(kid(n, W, 'abstractNumId'), W, 'val') ?? '', overrides });
    }
  }

  level(numId: string, ilvl: number): Level | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const o = num.overrides.get(ilvl);
    const base = o?.level ?? this.abstracts.get(num.abstract)?.get(ilvl);
    if (!base) return undefined;
    return o?.start !== undefined ? { ...base, start: o.start } : base;
  }

  /** Count one more paragraph at (numId, ilvl) and return its label, e.g. `一、`. */
  next(numId: string, ilvl: number): string {
    const level = this.level(numId, ilvl);
    if (!level) return '';
    const counts = this.counters.get(numId) ?? [];
    for (let i = 0; i <= ilvl; i++) counts[i] ??= (this.level(numId, i)?.start ?? 1) - (i === ilvl ? 1 : 0);
    counts[ilvl] = counts[ilvl]! + 1;
    counts.length = ilvl + 1; // deeper levels restart
    this.counters.set(numId, counts);
    return level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const lvl = this.level(numId, i);
      return formatNumber(counts[i] ?? lvl?.start ?? 1, level.legal ? 'decimal' : (lvl?.format ?? 'decimal'));
    });
  }
}

// ---------------------------------------------------------------------------------------------
// styles and effective formatting

interface Style {
  id: string;
  type: string;
  basedOn?: string;
  pPr?: XmlElement;
  rPr?: XmlElement;
}

export type FontSlot = 'ascii' | 'hAnsi' | 'eastAsia' | 'cs';
const THEME_ATTR: Record<FontSlot, string> = { ascii: 'asciiTheme', hAnsi: 'hAnsiTheme', eastAsia: 'eastAsiaTheme', cs: 'cstheme' };

export class Formatting {
  private readonly styles = new Map<string, Style>();
  private readonly defaultParagraphStyle: string | undefined;
  private readonly defaultsRPr: XmlElement | undefined;
  private readonly defaultsPPr: XmlElement | undefined;

  constructor(
    stylesRoot: XmlElement | undefined,
    private readonly theme: ThemeFonts | undefined,
    readonly numbering: Numbering = new Numbering(undefined),
  ) {
    let defaultPara: string | undefined;
    for (const s of kids(stylesRoot, W, 'style')) {
      const id = attr(s, W, 'styleId');
      if (id === undefined) continue;
      const type = attr(s, W, 'type') ?? 'paragraph';
      const basedOn = attr(kid(s, W, 'basedOn'), W, 'val');
      const pPr = kid(s, W, 'pPr');
      const rPr = kid(s, W, 'rPr');
      if (!this.styles.has(id)) this.styles.set(id, { id, type, ...(basedOn ? { basedOn } : {}), ...(pPr ? { pPr } : {}), ...(rPr ? { rPr } : {}) });
      const def = attr(s, W, 'default');
      if (type === 'paragraph' && def !== undefined && ['1', 'true', 'on'].includes(def) && defaultPara === undefined) defaultPara = id;
    }
    this.defaultParagraphStyle = defaultPara;
    const dd = kid(stylesRoot, W, 'docDefaults');
    this.defaultsRPr = kid(kid(dd, W, 'rPrDefault'), W, 'rPr');
    this.defaultsPPr = kid(kid(dd, W, 'pPrDefault'), W, 'pPr');
  }

  /** The style and the styles it is based on, nearest first; a loop in basedOn ends the chain. */
  styleChain(id: string | undefined): Style[] {
    const chain: Style[] = [];
    const seen = new Set<string>();
    while (id !== undefined && !seen.has(id)) {
      const s = this.styles.get(id);
      if (!s) break;
      seen.add(id);
      chain.push(s);
      id = s.basedOn;
    }
    return chain;
  }

  /** The paragraph's style id: its pStyle when that style exists, else the default paragraph style. */
  paragraphStyleId(p: XmlElement): string | undefined {
    const id = attr(kid(kid(p, W, 'pPr'), W, 'pStyle'), W, 'val');
    return id !== undefined && this.styles.has(id) ? id : this.defaultParagraphStyle;
  }

  /** The run property sources of `r` in paragraph `p`, nearest first. */
  private runSources(p: XmlElement, r: XmlElement | undefined): (XmlElement | undefined)[] {
    const rPr = r ? kid(r, W, 'rPr') : undefined;
    const sources: (XmlElement | undefined)[] = [rPr];
    for (const s of this.styleChain(attr(kid(rPr, W, 'rStyle'), W, 'val'))) sources.push(s.rPr);
    for (const s of this.styleChain(this.paragraphStyleId(p))) sources.push(s.rPr);
    sources.push(this.defaultsRPr);
    return sources;
  }

  /**
   * The list a paragraph is numbered in (its own numPr, else its style chain's); undefined when
   * it is not numbered or numId is 0 (numbering switched off).
   */
  numberingOf(p: XmlElement): { numId: string; ilvl: number } | undefined {
    let numId: string | undefined;
    let ilvl: string | undefined;
    const pick = (numPr: XmlElement | undefined) => {
      numId ??= attr(kid(numPr, W, 'numId'), W, 'val');
      ilvl ??= attr(kid(numPr, W, 'ilvl'), W, 'val');
    };
    pick(kid(kid(p, W, 'pPr'), W, 'numPr'));
    for (const s of this.styleChain(this.paragraphStyleId(p))) pick(kid(s.pPr, W, 'numPr'));
    if (numId === undefined || numId === '0') return undefined;
    return { numId, ilvl: Number(ilvl ?? '0') || 0 };
  }

  private paragraphSources(p: XmlElement): (XmlElement | undefined)[] {
    const sources: (XmlElement | undefined)[] = [kid(p, W, 'pPr')];
    // a list level's indents sit between the paragraph's own properties and its style's
    const list = this.numberingOf(p);
    if (list) sources.push(this.numbering.level(list.numId, list.ilvl)?.pPr);
    for (const s of this.styleChain(this.paragraphStyleId(p))) sources.push(s.pPr);
    sources.push(this.defaultsPPr);
    return sources;
  }

  /** The effective `<w:tag w:name>` of a run (run in `p`; `r` undefined: the paragraph's own run formatting). */
  runProp(p: XmlElement, r: XmlElement | undefined, tag: string, name: string): string | undefined {
    for (const src of this.runSources(p, r)) {
      const v = attr(kid(src, W, tag), W, name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** The effective font of one slot of a run; a theme font is resolved through the theme part. */
  runFont(p: XmlElement, r: XmlElement | undefined, slot: FontSlot): string | undefined {
    for (const src of this.runSources(p, r)) {
      const fonts = kid(src, W, 'rFonts');
      if (!fonts) continue;
      const theme = attr(fonts, W, THEME_ATTR[slot]);
      if (theme !== undefined) return themeFont(this.theme, theme);
      const v = attr(fonts, W, slot);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** The effective font size of a run, in half-points; Word's default is 10pt. */
  runSize(p: XmlElement, r: XmlElement | undefined): number {
    return halfPoints(this.runProp(p, r, 'sz', 'val')) ?? 20;
  }

  /** Character spacing of a run, twips. */
  runSpacing(p: XmlElement, r: XmlElement | undefined): number {
    return twips(this.runProp(p, r, 'spacing', 'val')) ?? 0;
  }

  paraProp(p: XmlElement, tag: string, name: string): string | undefined {
    for (const src of this.paragraphSources(p)) {
      const v = attr(kid(src, W, tag), W, name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /**
   * Attributes that act together (a first-line indent given as firstLine, firstLineChars, hanging
   * or hangingChars): all of them from the nearest source that sets any, so a paragraph's own
   * hanging indent is not mixed with its style's first-line indent.
   */
  paraGroup(p: XmlElement, tag: string, names: readonly string[]): Record<string, string> {
    for (const src of this.paragraphSources(p)) {
      const e = kid(src, W, tag);
      if (!e || !names.some((n) => attr(e, W, n) !== undefined)) continue;
      const out: Record<string, string> = {};
      for (const n of names) {
        const v = attr(e, W, n);
        if (v !== undefined) out[n] = v;
      }
      return out;
    }
    return {};
  }

  /** Whether the nearest source that sets the on/off paragraph property `tag` turns it on; `fallback` when none does. */
  paraToggle(p: XmlElement, tag: string, fallback = false): boolean {
    for (const src of this.paragraphSources(p)) {
      const e = kid(src, W, tag);
      if (e) return isOn(e);
    }
    return fallback;
  }

  /** The effective paragraph border on one side (`top`, `bottom`): its style, size (eighths of a point) and colour. */
  paraBorder(p: XmlElement, side: 'top' | 'bottom'): { val: string; sz: number; color: string } | undefined {
    for (const src of this.paragraphSources(p)) {
      const b = kid(kid(src, W, 'pBdr'), W, side);
      if (!b) continue;
      const val = attr(b, W, 'val') ?? 'none';
      if (val === 'none' || val === 'nil') return undefined;
      return { val, sz: Number(attr(b, W, 'sz') ?? 4), color: (attr(b, W, 'color') ?? 'auto').toUpperCase() };
    }
    return undefined;
  }

  /** Horizontal alignment: left, center, right or both (start/end read as left/right). */
  alignment(p: XmlElement): string {
    const jc = this.paraProp(p, 'jc', 'val') ?? 'left';
    if (jc === 'start') return 'left';
    if (jc === 'end') return 'right';
    return jc;
  }
}

// ---------------------------------------------------------------------------------------------
// sections

export type FooterKind = 'default' | 'even' | 'first';

export interface Section {
  index: number;
  el: XmlElement | undefined;
  width?: number;
  height?: number;
  margins?: { top: number; bottom: number; left: number; right: number; gutter: number };
  grid?: { type: string; linePitch?: number };
  /** footer part paths by kind, as this section names them (no inheritance) */
  footers: Partial<Record<FooterKind, string>>;
  titlePage: boolean;
  /** nextPage, continuous, evenPage, oddPage, nextColumn */
  startType: string;
  pageNumberStart?: number;
}

function readSection(el: XmlElement | undefined, index: number, rels: Map<string, Relationship>): Section {
  const sz = kid(el, W, 'pgSz');
  const mar = kid(el, W, 'pgMar');
  const grid = kid(el, W, 'docGrid');
  const footers: Partial<Record<FooterKind, string>> = {};
  for (const ref of kids(el, W, 'footerReference')) {
    const kind = (attr(ref, W, 'type') ?? 'default') as FooterKind;
    const rel = rels.get(attr(ref, R, 'id') ?? '');
    if (rel && !rel.external && ['default', 'even', 'first'].includes(kind)) footers[kind] ??= rel.target;
  }
  const num = (e: XmlElement | undefined, name: string) => twips(attr(e, W, name));
  const width = num(sz, 'w');
  const height = num(sz, 'h');
  const start = attr(kid(el, W, 'pgNumType'), W, 'start');
  return {
    index,
    el,
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
    ...(mar
      ? {
          margins: {
            top: Math.abs(num(mar, 'top') ?? 0),
            bottom: Math.abs(num(mar, 'bottom') ?? 0),
            left: num(mar, 'left') ?? num(mar, 'start') ?? 0,
            right: num(mar, 'right') ?? num(mar, 'end') ?? 0,
            gutter: num(mar, 'gutter') ?? 0,
          },
        }
      : {}),
    ...(grid ? { grid: { type: attr(grid, W, 'type') ?? 'default', ...(num(grid, 'linePitch') !== undefined ? { linePitch: num(grid, 'linePitch')! } : {}) } } : {}),
    footers,
    titlePage: isOn(kid(el, W, 'titlePg')),
    startType: attr(kid(el, W, 'type'), W, 'val') ?? 'nextPage',
    ...(start !== undefined && /^\d+$/.test(start) ? { pageNumberStart: Number(start) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// paragraphs and runs

export interface Run {
  el: XmlElement;
  /** the run's w:t text */
  text: string;
}

export interface Para {
  el: XmlElement;
  /** position in reading order among all paragraphs of the body, tables included */
  seq: number;
  section: number;
  /** -1 outside tables, else the number of the top-level table it is in */
  table: number;
  text: string;
  /** the list number Word draws before the text (`一、`), '' when the paragraph is not numbered */
  label: string;
  runs: Run[];
  /** a w:br w:type="page" in one of its runs */
  pageBreak: boolean;
  /** the paragraph ends a section (its pPr holds a sectPr) */
  endsSection: boolean;
}

/** Elements whose content is not part of the text flow read here. */
const SKIP_IN_PARAGRAPH = new Set(['pPr', 'rPr', 'del', 'moveFrom', 'AlternateContent', 'oMath', 'oMathPara']);

function runText(r: XmlElement): string {
  let s = '';
  for (const c of elements(r)) if (c.uri === W && c.local === 't') s += c.children.filter((x): x is string => typeof x === 'string').join('');
  return s;
}

/** The runs of a paragraph in order: inside hyperlinks, insertions, fields and content controls, not inside drawings. */
export function paragraphRuns(p: XmlElement): Run[] {
  const runs: Run[] = [];
  const visit = (el: XmlElement) => {
    for (const c of elements(el)) {
      if (c.uri === W && c.local === 'r') runs.push({ el: c, text: runText(c) });
      else if (c.uri === MC || SKIP_IN_PARAGRAPH.has(c.local) || c.local === 'p') continue;
      else if (c.uri === W) visit(c);
    }
  };
  visit(p);
  return runs;
}

function hasPageBreak(runs: Run[]): boolean {
  return runs.some((r) => kids(r.el, W, 'br').some((b) => attr(b, W, 'type') === 'page'));
}

// ---------------------------------------------------------------------------------------------
// footers

export interface FooterParagraph {
  el: XmlElement;
  text: string;
  runs: Run[];
  /** a PAGE field (complex or simple) is in the paragraph */
  pageField: boolean;
  /** text before the PAGE field and after it (its result excluded) */
  before: string;
  after: string;
  /** the runs that show something: the page field's and the text's */
  shownRuns: XmlElement[];
}

export interface Footer {
  part: string;
  paragraphs: FooterParagraph[];
}

const PAGE_FIELD = /^\s*PAGE(?:\s|\\|$)/i;

/** The paragraphs of a footer, those in text boxes and frames included (a Fallback copy is not read twice). */
function footerParagraphs(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  walk(
    root,
    (e) => {
      if (e.uri === W && e.local === 'p') out.push(e);
    },
    (e) => !(e.uri === MC && e.local === 'Fallback'),
  );
  return out;
}

/** Field-aware reading of one footer paragraph (runs of nested paragraphs are not its own). */
function readFooterParagraph(p: XmlElement): FooterParagraph {
  const runs = paragraphRuns(p);
  let before = '';
  let after = '';
  let found = false;
  const shown: XmlElement[] = [];
  // complex fields: a stack of { instr, inResult }
  const stack: { instr: string; result: boolean }[] = [];
  const inPageResult = () => stack.some((f) => f.result && PAGE_FIELD.test(f.instr));
  const addText = (t: string, run: XmlElement) => {
    if (!t) return;
    if (inPageResult()) {
      shown.push(run);
      return;
    }
    if (stack.some((f) => !f.result)) return; // inside a field's instructions
    if (t.trim()) shown.push(run);
    if (found) after += t;
    else before += t;
  };
  const visit = (el: XmlElement) => {
    for (const c of elements(el)) {
      if (c.uri !== W || SKIP_IN_PARAGRAPH.has(c.local) || c.local === 'p') continue;
      if (c.local === 'fldSimple') {
        if (PAGE_FIELD.test(attr(c, W, 'instr') ?? '')) {
          found = true;
          for (const r of paragraphRuns(c)) shown.push(r.el);
          continue; // its runs are the result
        }
        visit(c);
        continue;
      }
      if (c.local !== 'r') {
        visit(c);
        continue;
      }
      for (const part of elements(c)) {
        if (part.uri !== W) continue;
        if (part.local === 'fldChar') {
          const type = attr(part, W, 'fldCharType');
          if (type === 'begin') stack.push({ instr: '', result: false });
          else if (type === 'separate') {
            const top = stack[stack.length - 1];
            if (top) top.result = true;
          } else if (type === 'end') {
            const top = stack.pop();
            if (top && PAGE_FIELD.test(top.instr) && !stack.some((f) => PAGE_FIELD.test(f.instr))) found = true;
          }
        } else if (part.local === 'instrText') {
          const top = stack[stack.length - 1];
          if (top && !top.result) {
            top.instr += part.children.filter((x): x is string => typeof x === 'string').join('');
            if (PAGE_FIELD.test(top.instr)) shown.push(c);
          }
        } else if (part.local === 't') {
          addText(part.children.filter((x): x is string => typeof x === 'string').join(''), c);
        }
      }
    }
  };
  visit(p);
  return { el: p, text: runs.map((r) => r.text).join(''), runs, pageField: found, before, after, shownRuns: [...new Set(shown)] };
}

// ---------------------------------------------------------------------------------------------
// the document

export interface DocxDocument {
  formatting: Formatting;
  sections: Section[];
  /** every paragraph of the body in reading order, table cells included, text boxes not */
  paragraphs: Para[];
  evenAndOddHeaders: boolean;
  footers: Map<string, Footer>;
}

function optionalPart(parts: Parts, path: string | undefined): XmlElement | undefined {
  if (path === undefined) return undefined;
  const text = parts[path];
  return text === undefined ? undefined : parseXml(text, path);
}

/**
 * Read the package. Throws CheckInputError `no-document` without a main document part, and
 * `bad-xml` when a part the checks read is not well-formed XML.
 */
export function readDocx(parts: Parts): DocxDocument {
  const main = mainDocumentPath(parts);
  if (main === undefined) throw new CheckInputError('no-document', { part: 'word/document.xml' });
  const doc = parseXml(parts[main]!, main);
  const rels = readRelationships(parts, main);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const byType = (suffix: string, fallback: string) => rels.find((r) => r.type.endsWith(`/${suffix}`) && !r.external)?.target ?? fallback;

  const styles = optionalPart(parts, byType('styles', 'word/styles.xml'));
  const settings = optionalPart(parts, byType('settings', 'word/settings.xml'));
  const theme = readThemeFonts(optionalPart(parts, byType('theme', 'word/theme/theme1.xml')));
  const numbering = new Numbering(optionalPart(parts, byType('numbering', 'word/numbering.xml')));
  const formatting = new Formatting(styles, theme, numbering);

  const body = kid(doc, W, 'body');
  const paragraphs: Para[] = [];
  const sectionEls: (XmlElement | undefined)[] = [];
  let tables = 0;

  const addParagraph = (p: XmlElement, table: number) => {
    const runs = paragraphRuns(p);
    const sectPr = table < 0 ? kid(kid(p, W, 'pPr'), W, 'sectPr') : undefined;
    const list = formatting.numberingOf(p);
    paragraphs.push({
      el: p,
      seq: paragraphs.length,
      section: sectionEls.length,
      table,
      text: runs.map((r) => r.text).join(''),
      label: list ? numbering.next(list.numId, list.ilvl) : '',
      runs,
      pageBreak: hasPageBreak(runs),
      endsSection: sectPr !== undefined,
    });
    if (sectPr) sectionEls.push(sectPr);
  };
  const tableParagraphs = (tbl: XmlElement, table: number) => {
    walk(
      tbl,
      (e) => {
        if (e.uri === W && e.local === 'p') addParagraph(e, table);
      },
      // a paragraph's content (text boxes) and alternate content are not the table's flow
      (e) => !(e.uri === W && e.local === 'p') && e.uri !== MC,
    );
  };
  const blocks = (container: XmlElement | undefined) => {
    for (const c of container ? elements(container) : []) {
      if (c.uri !== W) continue;
      switch (c.local) {
        case 'p':
          addParagraph(c, -1);
          break;
        case 'tbl':
          tableParagraphs(c, tables++);
          break;
        case 'sdt':
          blocks(kid(c, W, 'sdtContent'));
          break;
        case 'customXml':
        case 'ins':
        case 'moveTo':
          blocks(c);
          break;
        default:
          break;
      }
    }
  };
  blocks(body);
  sectionEls.push(kid(body, W, 'sectPr'));

  const sections = sectionEls.map((el, i) => readSection(el, i, relById));
  const footers = new Map<string, Footer>();
  for (const s of sections) {
    for (const part of Object.values(s.footers)) {
      if (footers.has(part)) continue;
      const root = optionalPart(parts, part);
      footers.set(part, { part, paragraphs: root ? footerParagraphs(root).map(readFooterParagraph) : [] });
    }
  }
  return {
    formatting,
    sections,
    paragraphs,
    evenAndOddHeaders: isOn(kid(settings, W, 'evenAndOddHeaders')),
    footers,
  };
}

/**
 * The footer a section shows for `kind`: its own, else the one it inherits from the sections
 * before it (Word's rule for a missing footerReference).
 */
export function effectiveFooter(doc: DocxDocument, section: number, kind: FooterKind): string | undefined {
  for (let i = section; i >= 0; i--) {
    const f = doc.sections[i]!.footers[kind];
    if (f !== undefined) return f;
  }
  return undefined;
}

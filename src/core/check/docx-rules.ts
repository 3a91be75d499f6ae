/**
 * The GB/T 9704-2012 rules read from a .docx's XML (docs/check.md lists them with their
 * tolerances). Pure: the package parts in, one result per rule out, evidence as params.
 *
 * Paragraphs are classified by their text, as a reader does: the title (the centred paragraph(s)
 * just before the first paragraph that is not centred), the addressee (a short line ending in a
 * colon under the title), headings (一、 （一） 1.), the signature and date (the last paragraph
 * that is only a date, and the line above it), attachment labels (附件, 附件2) and their titles,
 * the colophon (抄送：…, …印发); the body is the rest that is not centred or right-aligned.
 * Paragraphs in tables are left out of the prose rules.
 */
import { H1, H2, H3, headingOf } from './headings.js';
import { readDocx, effectiveFooter, twips, type DocxDocument, type FooterKind, type FooterParagraph, type Para } from './ooxml.js';
import { walk, type XmlElement } from './xml.js';
import { fail, placeIn } from '../../model/problem.js';
import { mayEndSentence } from '../../model/text.js';
import { CheckInputError, type DocxRuleId, type RuleParams, type RuleResult } from './types.js';

const TWIPS_PER_MM = 1440 / 25.4;
/** A4 in twips, and the tolerance of gbt9704.py */
const A4 = { w: 11906, h: 16838, tolerance: 60 };
const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
const MARGIN_TOLERANCE_MM = 1;
/** the 156 × 225 mm text block's height, twips: the line pitch must fit 22 lines in it */
const TEXT_BLOCK_HEIGHT = Math.round(225 * TWIPS_PER_MM);
const LINE_MIN = 560;
const LINES_PER_PAGE = 22;
/** 3号 and 2号 and 4号, in half-points */
const SIZE_BODY = 32;
const SIZE_TITLE = 44;
const SIZE_PAGE_NUMBER = 28;
/** first-line indent: 200 hundredths of a character, or 640 twips ± 20 */
const INDENT_CHARS = 200;
const INDENT_TWIPS = 640;
const INDENT_TOLERANCE = 20;
/** signature placement and page-number spacing: half a character either way */
const CHAR_TOLERANCE = 0.5;

const LABEL = /^附件\s*[0-9０-９]*\s*[：:]?$/;
const NOTE = /^附件[：:]/;
const NOTE_LIST = /^附件[：:]\s*\d+[.．]/;
const DATE = /^[0-9０-９〇○零Ｏ一二三四五六七八九]{4}年[0-9０-９〇○零一二三四五六七八九十]{1,3}月[0-9０-９〇○零一二三四五六七八九十]{1,3}日$/;
const ARABIC_DATE = /^[1-9]\d{3}年([1-9]|1[0-2])月([1-9]|[12]\d|3[01])日$/;
const COLOPHON = /^抄送[：:]|印发$/;
/** the 印发 line of a 版记: the printing office, then the date and 印发 */
const PRINTED_LINE = /[0-9０-９〇○零Ｏ一二三四五六七八九十]{4}年[0-9０-９〇○零一二三四五六七八九十]{1,3}月[0-9０-９〇○零一二三四五六七八九十]{1,3}日印发$/;
const ARABIC_PRINTED = /^[1-9]\d{3}年([1-9]|1[0-2])月([1-9]|[12]\d|3[01])日印发$/;
/** red enough to be the 红色 of 7.2.3 and 7.2.6 */
const isRed = (hex: string | undefined) => {
  const m = /^([0-9A-F]{2})([0-9A-F]{2})([0-9A-F]{2})$/i.exec(hex ?? '');
  return m !== null && parseInt(m[1]!, 16) >= 0xc0 && parseInt(m[2]!, 16) <= 0x60 && parseInt(m[3]!, 16) <= 0x60;
};
const DOC_NUMBER = /[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号$/;
/** 发文字号 anywhere in a short line (签发人 may stand beside it) */
const DOC_NUMBER_IN = /[〔[［]\s*\d{4}\s*[〕\]］]\s*\d+\s*号/;
/** 份号 (six digits), 密级 and 保密期限, 紧急程度 */
const MASTHEAD_MARK = /^(\d{6}|(绝密|机密|秘密)(★.*)?|特急|加急)$/;
const CJK_PUNCTUATION = /[“”‘’…—]/;
const LATIN = /[A-Za-z0-9]/;
const DASH_BEFORE = /[—―]\s*$/;
const DASH_AFTER = /^\s*[—―]/;

const FONT = {
  fangsong: /仿宋|fangsong/i,
  kaiti: /楷|kaiti/i,
  heiti: /黑体|simhei|heiti/i,
  xiaobiaosong: /小标宋|xiaobiaosong/i,
  timesNewRoman: /times new roman/i,
};

const trim = (s: string) => s.trim();
const excerpt = (s: string, n = 20) => {
  const t = s.trim();
  return [...t].length > n ? `${[...t].slice(0, n).join('')}…` : t;
};
const round1 = (n: number) => Math.round(n * 10) / 10;
const distinct = <T>(xs: T[]) => [...new Set(xs)];

interface Classified {
  prose: Para[];
  title: Para[];
  addressee?: Para;
  h1: Para[];
  h2: Para[];
  h3: Para[];
  body: Para[];
  /** attachment-note lines after `附件：1.…` (numbered like 3rd-level headings, indented like the note) */
  noteLines: Set<Para>;
  labels: Para[];
  signature?: { units: Para[]; date: Para };
  /** 版头: the 发文机关标志 lines and the 发文字号 line */
  head?: { issuer: Para[]; number: Para };
  /** 版记: its paragraphs, the 印发 line last */
  colophon: Para[];
}

/** A paragraph's text as shown: its list number (if Word numbers it) and its runs' text, trimmed. */
const visible = (p: Para) => (p.label + p.text).trim();

function classify(doc: DocxDocument): Classified {
  const f = doc.formatting;
  const all = doc.paragraphs;
  const prose = all.filter((p) => p.table < 0 && visible(p) !== '');
  const firstProse = prose[0]?.seq ?? Number.POSITIVE_INFINITY;
  const labels = all.filter((p) => p.seq > firstProse && LABEL.test(visible(p)));
  const attachmentStart = labels[0]?.seq ?? Number.POSITIVE_INFINITY;
  const main = prose.filter((p) => p.seq < attachmentStart);
  const center = (p: Para) => f.alignment(p.el) === 'center';

  // the masthead (版头) when there is one: 份号, 密级, 紧急程度, and the line with the document
  // number (发文字号, maybe 签发人 beside it); the title comes after it
  const headLines = main.slice(0, 8);
  let headEnd = -1;
  headLines.forEach((p, i) => {
    const t = visible(p);
    // the document number is centred (下行文) or has 签发人 beside it (上行文); body text citing one is neither
    if (MASTHEAD_MARK.test(t) || (DOC_NUMBER_IN.test(t) && [...t].length <= 40 && (center(p) || /签发人/.test(t)))) headEnd = i;
  });
  const masthead = new Set(main.slice(0, headEnd + 1).filter((p) => !center(p)));
  const afterHead = main.slice(headEnd + 1);
  const numberLine = headEnd >= 0 ? main.slice(0, headEnd + 1).reverse().find((p) => DOC_NUMBER_IN.test(visible(p))) : undefined;
  const head = numberLine
    ? { issuer: main.slice(0, headEnd + 1).filter((p) => p.seq < numberLine.seq && center(p) && !MASTHEAD_MARK.test(visible(p))), number: numberLine }
    : undefined;
  // 版记: the last 印发 line (a date before 印发) and the 抄送 lines just above it
  const printedLine = [...prose].reverse().find((p) => PRINTED_LINE.test(visible(p).replace(/\s/g, '')));
  const colophonParas: Para[] = [];
  if (printedLine) {
    colophonParas.push(printedLine);
    for (let i = prose.indexOf(printedLine) - 1; i >= 0 && /^抄送[：:]/.test(visible(prose[i]!)); i--) colophonParas.unshift(prose[i]!);
  }

  // the title: the centred paragraphs right before the first paragraph that is not centred. A
  // report made at a meeting has centred lines under its title, a line apart — the subtitle
  // (——…在…会议上) and the speaker: the title is then the first group of centred paragraphs, one
  // right after another, and the lines below it are neither title nor body.
  let title: Para[] = [];
  let sublines: Para[] = [];
  const firstPlain = afterHead.findIndex((p) => !center(p));
  if (firstPlain > 0) {
    let i = firstPlain - 1;
    title = [afterHead[i]!];
    while (i > 0 && afterHead[i - 1]!.seq + 1 === afterHead[i]!.seq && center(afterHead[i - 1]!) && !DOC_NUMBER.test(visible(afterHead[i - 1]!))) title.unshift(afterHead[--i]!);
    if (i > 0) {
      // centred paragraphs above, apart from this group: the title is theirs, these are its sub-lines
      const top: Para[] = [afterHead[0]!];
      let j = 0;
      while (j + 1 < i && afterHead[j + 1]!.seq === afterHead[j]!.seq + 1 && !DOC_NUMBER.test(visible(afterHead[j + 1]!))) top.push(afterHead[++j]!);
      sublines = afterHead.slice(j + 1, firstPlain);
      title = top;
    }
  } else if (afterHead.length > 0) title = [afterHead[0]!];
  const titleSet = new Set(title);

  const lastTitle = sublines[sublines.length - 1] ?? title[title.length - 1];
  const afterTitle = lastTitle ? main.find((p) => p.seq > lastTitle.seq) : undefined;
  const isHeading = (t: string) => H1.test(t) || H2.test(t) || H3.test(t);
  const addressee =
    afterTitle && /[：:]$/.test(visible(afterTitle)) && [...visible(afterTitle)].length <= 40 && !isHeading(visible(afterTitle)) ? afterTitle : undefined;

  // the date and the issuing unit(s) above it
  let signature: Classified['signature'];
  const date = [...main].reverse().find((p) => DATE.test(visible(p).replace(/\s/g, '')));
  if (date) {
    const units: Para[] = [];
    let at = date.seq - 1;
    const above = (seq: number) => main.find((p) => p.seq === seq);
    const first = above(at);
    if (first && !titleSet.has(first)) {
      units.unshift(first);
      for (let q = above(--at); q && !titleSet.has(q) && ['right', 'center'].includes(f.alignment(q.el)); q = above(--at)) units.unshift(q);
    }
    signature = { units, date };
  }
  const signatureSet = new Set(signature ? [...signature.units, signature.date] : []);

  // attachment titles: the first paragraph after each label
  const attachmentTitles = new Set(labels.map((l) => prose.find((p) => p.seq > l.seq)).filter((p): p is Para => p !== undefined));
  const labelSet = new Set(labels);

  const noteLines = new Set<Para>();
  for (const p of main) {
    if (!NOTE_LIST.test(visible(p))) continue;
    for (let q = main.find((x) => x.seq === p.seq + 1); q && H3.test(visible(q)); q = main.find((x) => x.seq === q!.seq + 1)) noteLines.add(q);
  }

  const candidates = prose.filter((p) => !titleSet.has(p) && !signatureSet.has(p) && !labelSet.has(p) && !attachmentTitles.has(p) && !masthead.has(p));
  const levelOf = (p: Para) => headingOf(visible(p))?.level;
  const h1 = candidates.filter((p) => levelOf(p) === 1);
  const h2 = candidates.filter((p) => levelOf(p) === 2);
  const h3 = candidates.filter((p) => levelOf(p) === 3 && !noteLines.has(p));
  const headings = new Set([...h1, ...h2, ...h3]);
  const body = candidates.filter(
    (p) => !headings.has(p) && !COLOPHON.test(visible(p)) && !['center', 'right'].includes(f.alignment(p.el)),
  );
  return { prose, title, ...(addressee ? { addressee } : {}), h1, h2, h3, body, noteLines, labels, ...(signature ? { signature } : {}), ...(head ? { head } : {}), colophon: colophonParas };
}

// ---------------------------------------------------------------------------------------------

function result(rule: DocxRuleId, status: RuleResult['status'], params: RuleParams = {}): RuleResult {
  return { rule, status, params };
}

const runsWithText = (p: Para) => p.runs.filter((r) => trim(r.text) !== '');

/** The distinct effective sizes (pt) and East Asian fonts of a paragraph's text runs. */
function fontEvidence(doc: DocxDocument, p: Para, runs = runsWithText(p)): { sizePt: string; font: string } {
  const f = doc.formatting;
  return {
    sizePt: distinct(runs.map((r) => f.runSize(p.el, r.el) / 2)).join('/'),
    font: distinct(runs.map((r) => f.runFont(p.el, r.el, 'eastAsia') ?? '')).map((x) => x || 'none').join('/'),
  };
}

function runsConform(doc: DocxDocument, p: Para, runs: Para['runs'], size: number, font: RegExp): boolean {
  const f = doc.formatting;
  return runs.every((r) => f.runSize(p.el, r.el) === size && font.test(f.runFont(p.el, r.el, 'eastAsia') ?? ''));
}

function pageA4(doc: DocxDocument): RuleResult {
  const n = doc.sections.length;
  for (const s of doc.sections) {
    const w = s.width ?? 0;
    const h = s.height ?? 0;
    const portrait = w < h;
    const near = (a: number, b: number) => Math.abs(a - b) <= A4.tolerance;
    const a4 = portrait ? near(w, A4.w) && near(h, A4.h) : near(w, A4.h) && near(h, A4.w);
    const orientation = s.width === undefined || s.height === undefined ? 'missing' : portrait ? 'portrait' : 'landscape';
    if (!a4 || (s.index === 0 && !portrait)) {
      return result('page-a4', 'fail', { sections: n, section: s.index + 1, widthMm: round1(w / TWIPS_PER_MM), heightMm: round1(h / TWIPS_PER_MM), orientation });
    }
  }
  return result('page-a4', 'pass', { sections: n });
}

function pageMargins(doc: DocxDocument): RuleResult {
  const portrait = doc.sections.filter((s) => s.width !== undefined && s.height !== undefined && s.width < s.height);
  const mm = (s: (typeof portrait)[number]) => {
    const m = s.margins ?? { top: 0, bottom: 0, left: 0, right: 0, gutter: 0 };
    return { topMm: round1(m.top / TWIPS_PER_MM), bottomMm: round1(m.bottom / TWIPS_PER_MM), leftMm: round1((m.left + m.gutter) / TWIPS_PER_MM), rightMm: round1(m.right / TWIPS_PER_MM) };
  };
  if (portrait.length === 0) return result('page-margins', 'fail', { sections: doc.sections.length, section: 1, topMm: 0, bottomMm: 0, leftMm: 0, rightMm: 0 });
  for (const s of portrait) {
    const m = s.margins;
    const ok =
      m !== undefined &&
      Math.abs(m.top / TWIPS_PER_MM - MARGINS_MM.top) <= MARGIN_TOLERANCE_MM &&
      Math.abs(m.bottom / TWIPS_PER_MM - MARGINS_MM.bottom) <= MARGIN_TOLERANCE_MM &&
      Math.abs((m.left + m.gutter) / TWIPS_PER_MM - MARGINS_MM.left) <= MARGIN_TOLERANCE_MM &&
      Math.abs(m.right / TWIPS_PER_MM - MARGINS_MM.right) <= MARGIN_TOLERANCE_MM;
    if (!ok) return result('page-margins', 'fail', { sections: doc.sections.length, section: s.index + 1, ...mm(s) });
  }
  return result('page-margins', 'pass', { sections: doc.sections.length, section: portrait[0]!.index + 1, ...mm(portrait[0]!) });
}

function titleRule(doc: DocxDocument, c: Classified): RuleResult {
  if (c.title.length === 0) return result('title', 'fail', { text: '', align: 'none', sizePt: '', font: '' });
  const f = doc.formatting;
  const runs = c.title.flatMap((p) => runsWithText(p).map((r) => ({ p, r })));
  const aligns = distinct(c.title.map((p) => f.alignment(p.el)));
  const params = {
    text: excerpt(c.title.map(visible).join('')),
    align: aligns.join('/'),
    sizePt: distinct(runs.map(({ p, r }) => f.runSize(p.el, r.el) / 2)).join('/'),
    font: distinct(runs.map(({ p, r }) => f.runFont(p.el, r.el, 'eastAsia') ?? '')).map((x) => x || 'none').join('/'),
  };
  const ok = aligns.length === 1 && aligns[0] === 'center' && c.title.every((p) => runsConform(doc, p, runsWithText(p), SIZE_TITLE, FONT.xiaobiaosong));
  return result('title', ok ? 'pass' : 'fail', params);
}

/**
 * Effective indents of a paragraph, twips (character units converted at `charTwips`). Each of the
 * first-line, left and right indents comes whole from the nearest source that sets it: Word writes
 * `firstLineChars="0"` beside `firstLine` to say "in twips, not characters".
 */
function indents(doc: DocxDocument, p: XmlElement, charTwips = 320): { firstLineChars?: number; firstLine?: number; left: number; right: number; firstLineEffective: number } {
  const f = doc.formatting;
  const group = (names: string[]) => {
    const g = f.paraGroup(p, 'ind', names);
    return (name: string) => twips(g[name]);
  };
  const first = group(['firstLine', 'firstLineChars', 'hanging', 'hangingChars']);
  const leftOf = group(['left', 'leftChars', 'start', 'startChars']);
  const rightOf = group(['right', 'rightChars', 'end', 'endChars']);
  const fc = first('firstLineChars');
  const fl = first('firstLine');
  const hc = first('hangingChars');
  const hg = first('hanging');
  const lc = leftOf('leftChars') ?? leftOf('startChars');
  const rc = rightOf('rightChars') ?? rightOf('endChars');
  const left = lc ? (lc / 100) * charTwips : (leftOf('left') ?? leftOf('start') ?? 0);
  const right = rc ? (rc / 100) * charTwips : (rightOf('right') ?? rightOf('end') ?? 0);
  let effective = fc ? (fc / 100) * charTwips : (fl ?? 0);
  if (hc) effective = -(hc / 100) * charTwips;
  else if (hg && !fc) effective = -hg;
  return { ...(fc !== undefined ? { firstLineChars: fc } : {}), ...(fl !== undefined ? { firstLine: fl } : {}), left, right, firstLineEffective: effective };
}

function addresseeRule(doc: DocxDocument, c: Classified): RuleResult {
  const p = c.addressee;
  if (!p) return result('addressee', 'absent');
  const ind = indents(doc, p.el);
  const text = visible(p);
  const flush = Math.abs(ind.firstLineEffective) <= INDENT_TOLERANCE && Math.abs(ind.left) <= INDENT_TOLERANCE;
  const ok = text.endsWith('：') && flush && ['left', 'both', 'distribute'].includes(doc.formatting.alignment(p.el));
  return result('addressee', ok ? 'pass' : 'fail', {
    text: excerpt(text),
    ending: text.slice(-1),
    firstLineTwips: Math.round(ind.firstLineEffective),
    leftTwips: Math.round(ind.left),
    align: doc.formatting.alignment(p.el),
  });
}

/**
 * A heading run into its text (`（一）关于…。正文…`): the heading is the text up to the first 。;
 * the runs after it are body text.
 */
function headingRuns(p: Para): { head: Para['runs']; tail: Para['runs'] } {
  const text = p.text;
  // the offset in the runs' text (a list number Word draws is not in it)
  const headEnd = headingOf(visible(p))?.runIn ? text.indexOf('。') + 1 : text.length;
  const head: Para['runs'] = [];
  const tail: Para['runs'] = [];
  let at = 0;
  for (const r of p.runs) {
    if (trim(r.text) !== '') (at < headEnd ? head : tail).push(r);
    at += r.text.length;
  }
  return { head, tail };
}

function headingRule(rule: 'heading1' | 'heading2' | 'heading3', doc: DocxDocument, ps: Para[], font: RegExp): RuleResult {
  if (ps.length === 0) return result(rule, 'absent');
  const off = ps.filter((p) => {
    const { head, tail } = headingRuns(p);
    return !(runsConform(doc, p, head, SIZE_BODY, font) && runsConform(doc, p, tail, SIZE_BODY, FONT.fangsong));
  });
  const shown = off[0] ?? ps[0]!;
  return result(rule, off.length === 0 ? 'pass' : 'fail', {
    paragraphs: ps.length,
    off: off.length,
    text: excerpt(visible(shown)),
    ...fontEvidence(doc, shown, headingRuns(shown).head),
  });
}

function bodyFont(doc: DocxDocument, c: Classified): RuleResult {
  const off = c.body.filter((p) => !runsConform(doc, p, runsWithText(p), SIZE_BODY, FONT.fangsong));
  const shown = off[0] ?? c.body[0];
  const ok = c.body.length > 0 && off.length === 0;
  return result('body-font', ok ? 'pass' : 'fail', {
    paragraphs: c.body.length,
    off: off.length,
    text: shown ? excerpt(visible(shown)) : '',
    ...(shown ? fontEvidence(doc, shown) : { sizePt: '', font: '' }),
  });
}

function latinFont(doc: DocxDocument, c: Classified): RuleResult {
  const f = doc.formatting;
  const runs = c.prose.flatMap((p) => p.runs.filter((r) => LATIN.test(r.text)).map((r) => ({ p, r })));
  if (runs.length === 0) return result('latin-font', 'absent');
  const off = runs.filter(({ p, r }) => !FONT.timesNewRoman.test(f.runFont(p.el, r.el, 'ascii') ?? ''));
  const shown = off[0] ?? runs[0]!;
  return result('latin-font', off.length === 0 ? 'pass' : 'fail', {
    runs: runs.length,
    off: off.length,
    text: excerpt(shown.r.text),
    font: f.runFont(shown.p.el, shown.r.el, 'ascii') ?? 'none',
  });
}

function cjkPunctuation(doc: DocxDocument, c: Classified): RuleResult {
  const f = doc.formatting;
  const runs = c.prose.flatMap((p) => p.runs.filter((r) => CJK_PUNCTUATION.test(r.text)).map((r) => ({ p, r })));
  if (runs.length === 0) return result('cjk-punctuation-font', 'absent');
  const bad = ({ p, r }: (typeof runs)[number]) => {
    const hint = f.runProp(p.el, r.el, 'rFonts', 'hint');
    const hAnsi = f.runFont(p.el, r.el, 'hAnsi') ?? '';
    // eslint-disable-next-line no-control-regex
    return hint !== 'eastAsia' && (hAnsi === '' || /^[\x00-\x7f]*$/.test(hAnsi));
  };
  const off = runs.filter(bad);
  const shown = off[0] ?? runs[0]!;
  return result('cjk-punctuation-font', off.length === 0 ? 'pass' : 'fail', {
    runs: runs.length,
    off: off.length,
    text: excerpt(shown.r.text, 12),
    hAnsi: f.runFont(shown.p.el, shown.r.el, 'hAnsi') ?? 'none',
    hint: f.runProp(shown.p.el, shown.r.el, 'rFonts', 'hint') ?? 'none',
  });
}

/**
 * A paragraph that runs on from the one before it (its last lines set apart so they stay with the
 * signature on the next page): no first-line indent, right after a body paragraph that does not
 * end a sentence.
 */
function continues(doc: DocxDocument, body: ReadonlySet<Para>, p: Para): boolean {
  const before = doc.paragraphs[p.seq - 1];
  return before !== undefined && body.has(before) && !mayEndSentence(visible(before)) && Math.abs(indents(doc, p.el).firstLineEffective) <= INDENT_TOLERANCE;
}

function firstLineIndent(doc: DocxDocument, c: Classified): RuleResult {
  const body = new Set(c.body);
  const subjects = [...c.body, ...c.h1, ...c.h2, ...c.h3].filter((p) => p !== c.addressee && !c.noteLines.has(p) && !continues(doc, body, p)).sort((a, b) => a.seq - b.seq);
  if (subjects.length === 0) return result('first-line-indent', 'absent');
  const ok = (p: Para) => {
    const ind = indents(doc, p.el);
    const first =
      ind.firstLineEffective > 0 &&
      (ind.firstLineChars ? ind.firstLineChars === INDENT_CHARS : ind.firstLine !== undefined && Math.abs(ind.firstLine - INDENT_TWIPS) <= INDENT_TOLERANCE);
    return first && Math.abs(ind.left) <= INDENT_TOLERANCE;
  };
  const off = subjects.filter((p) => !ok(p));
  const shown = off[0] ?? subjects[0]!;
  const ind = indents(doc, shown.el);
  return result('first-line-indent', off.length === 0 ? 'pass' : 'fail', {
    paragraphs: subjects.length,
    off: off.length,
    text: excerpt(visible(shown)),
    firstLineChars: ind.firstLineChars ?? 'none',
    firstLineTwips: ind.firstLine ?? 'none',
    leftTwips: Math.round(ind.left),
  });
}

const linesIn = (pitch: number) => Math.floor(TEXT_BLOCK_HEIGHT / pitch);
const pitchFits = (pitch: number | undefined) => pitch !== undefined && pitch >= LINE_MIN && linesIn(pitch) === LINES_PER_PAGE;

function linePitch(doc: DocxDocument, c: Classified): RuleResult {
  const f = doc.formatting;
  const subjects = [...c.body, ...c.h1, ...c.h2, ...c.h3].sort((a, b) => a.seq - b.seq);
  if (subjects.length === 0) return result('line-pitch', 'absent');
  const evidence = (p: Para) => {
    const line = twips(f.paraProp(p.el, 'spacing', 'line'));
    const lineRule = f.paraProp(p.el, 'spacing', 'lineRule') ?? 'auto';
    const grid = doc.sections[p.section]?.grid;
    return { line, lineRule, grid };
  };
  const ok = (p: Para) => {
    const { line, lineRule, grid } = evidence(p);
    if (lineRule === 'exact') return pitchFits(line);
    // single spacing snapped to a line grid of the right pitch
    const snaps = f.paraToggle(p.el, 'snapToGrid', true);
    return lineRule === 'auto' && (line === undefined || line === 240) && grid !== undefined && ['lines', 'linesAndChars', 'snapToChars'].includes(grid.type) && pitchFits(grid.linePitch) && snaps;
  };
  const off = subjects.filter((p) => !ok(p));
  const shown = off[0] ?? subjects[0]!;
  const e = evidence(shown);
  // lines a page, when the spacing says: exact spacing, or single spacing on a line grid
  const pitch = e.lineRule === 'exact' ? e.line : e.lineRule === 'auto' && (e.line === undefined || e.line === 240) ? e.grid?.linePitch : undefined;
  return result('line-pitch', off.length === 0 ? 'pass' : 'fail', {
    paragraphs: subjects.length,
    off: off.length,
    text: excerpt(visible(shown)),
    line: e.line ?? 'none',
    lineRule: e.lineRule,
    gridType: e.grid?.type ?? 'none',
    gridPitch: e.grid?.linePitch ?? 'none',
    linesPerPage: pitch ? linesIn(pitch) : 0,
  });
}

// ---------------------------------------------------------------------------------------------
// page numbers

function pageParagraph(doc: DocxDocument, part: string | undefined): FooterParagraph | undefined {
  if (part === undefined) return undefined;
  return doc.footers.get(part)?.paragraphs.find((p) => p.pageField);
}

function footerText(doc: DocxDocument, part: string | undefined): string {
  if (part === undefined) return '';
  return excerpt(doc.footers.get(part)?.paragraphs.map((p) => p.text).join(' ') ?? '');
}

/** The page-number line as printed, the number shown as N: `— N —`. */
const numberText = (p: FooterParagraph) => `${p.before}N${p.after}`.trim().replace(/\s+/g, ' ');

const hasPageNumbers = (doc: DocxDocument) => doc.sections.some((s) => pageParagraph(doc, effectiveFooter(doc, s.index, 'default')) !== undefined);

function pageNumberField(doc: DocxDocument): RuleResult {
  const n = doc.sections.length;
  for (const s of doc.sections) {
    const kinds: FooterKind[] = s.titlePage ? ['first', 'default'] : ['default'];
    for (const kind of kinds) {
      const part = effectiveFooter(doc, s.index, kind);
      const failing = (problem: string) => result('page-number-field', 'fail', { sections: n, section: s.index + 1, footer: kind, problem, text: footerText(doc, part) });
      if (part === undefined) return failing('missing');
      const p = pageParagraph(doc, part);
      if (!p) return failing('no-field');
      if (!DASH_BEFORE.test(p.before) || !DASH_AFTER.test(p.after)) {
        return result('page-number-field', 'fail', { sections: n, section: s.index + 1, footer: kind, problem: 'no-dashes', text: numberText(p) });
      }
    }
    if (s.index > 0 && s.pageNumberStart !== undefined) {
      return result('page-number-field', 'fail', { sections: n, section: s.index + 1, footer: 'default', problem: 'restart', text: String(s.pageNumberStart) });
    }
  }
  const first = pageParagraph(doc, effectiveFooter(doc, 0, 'default'));
  return result('page-number-field', 'pass', { sections: n, text: first ? numberText(first) : '' });
}

/** Where a page-number paragraph stands: its frame's horizontal alignment, else its own. */
function side(doc: DocxDocument, p: FooterParagraph): string {
  const x = doc.formatting.paraProp(p.el, 'framePr', 'xAlign');
  if (x !== undefined) return x === 'outside' || x === 'inside' ? x : x === 'center' ? 'center' : x === 'right' ? 'right' : 'left';
  const a = doc.formatting.alignment(p.el);
  return a === 'both' || a === 'distribute' ? 'left' : a;
}

/** The space between the number and the text block's edge on its outer side, in characters of its size. */
function outerSpace(doc: DocxDocument, p: FooterParagraph, towards: 'left' | 'right'): number {
  const f = doc.formatting;
  const run = p.shownRuns[0];
  const charTwips = f.runSize(p.el, run) * 10;
  const ind = indents(doc, p.el, charTwips);
  const indent = towards === 'right' ? ind.right : ind.left + ind.firstLineEffective;
  const text = towards === 'right' ? /\s*$/.exec(p.after)![0] : /^\s*/.exec(p.before)![0];
  let spaces = 0;
  for (const ch of text) spaces += ch === '\u3000' ? 1 : 0.5;
  return round1(indent / charTwips + spaces);
}

function pageNumberSides(doc: DocxDocument): RuleResult {
  if (!hasPageNumbers(doc)) return result('page-number-sides', 'absent');
  const evenOdd = doc.evenAndOddHeaders ? 'yes' : 'no';
  const spaceOk = (x: number) => Math.abs(x - 1) <= CHAR_TOLERANCE;
  let first: RuleParams | undefined;
  for (const s of doc.sections) {
    const odd = pageParagraph(doc, effectiveFooter(doc, s.index, 'default'));
    const evenPart = effectiveFooter(doc, s.index, 'even');
    const even = pageParagraph(doc, evenPart);
    const params: RuleParams = {
      section: s.index + 1,
      evenAndOddHeaders: evenOdd,
      oddSide: odd ? side(doc, odd) : 'none',
      evenSide: even ? side(doc, even) : 'none',
      oddSpaceChars: odd ? outerSpace(doc, odd, 'right') : 0,
      evenSpaceChars: even ? outerSpace(doc, even, 'left') : 0,
    };
    first ??= params;
    const failing = (problem: string) => result('page-number-sides', 'fail', { ...params, problem });
    if (!doc.evenAndOddHeaders) return failing('no-even-odd');
    if (!odd) continue; // page-number-field reports it
    if (!['right', 'outside'].includes(params.oddSide as string)) return failing('odd-side');
    if (params.oddSide === 'right' && !spaceOk(params.oddSpaceChars as number)) return failing('odd-space');
    if (!even) return failing('even-missing');
    if (!['left', 'outside'].includes(params.evenSide as string)) return failing('even-side');
    if (params.evenSide === 'left' && !spaceOk(params.evenSpaceChars as number)) return failing('even-space');
  }
  return result('page-number-sides', 'pass', first ?? {});
}

function pageNumberSize(doc: DocxDocument): RuleResult {
  if (!hasPageNumbers(doc)) return result('page-number-size', 'absent');
  const f = doc.formatting;
  let shown: RuleParams | undefined;
  for (const s of doc.sections) {
    for (const kind of ['default', 'even', 'first'] as const) {
      const p = pageParagraph(doc, effectiveFooter(doc, s.index, kind));
      if (!p) continue;
      const sizes = distinct(p.shownRuns.map((r) => f.runSize(p.el, r)));
      const params = { section: s.index + 1, footer: kind, sizePt: sizes.map((x) => x / 2).join('/') };
      shown ??= params;
      if (sizes.length !== 1 || sizes[0] !== SIZE_PAGE_NUMBER) return result('page-number-size', 'fail', params);
    }
  }
  return result('page-number-size', 'pass', shown ?? {});
}

// ---------------------------------------------------------------------------------------------
// signature and date

/** The width of the text block of a section, twips (A4 with the standard margins when unset). */
function blockWidth(doc: DocxDocument, section: number): number {
  const s = doc.sections[section];
  return (s?.width ?? A4.w) - (s?.margins ? s.margins.left + s.margins.right + s.margins.gutter : 1588 + 1474);
}

/** A line's start and end across the text block, twips from its left edge; `unit` its character width. */
function linePosition(doc: DocxDocument, p: Para): { start: number; end: number; unit: number } {
  const f = doc.formatting;
  const block = blockWidth(doc, p.section);
  const advances: { ch: string; w: number }[] = [];
  let unit = 0;
  for (const r of p.runs) {
    if (r.text === '') continue;
    const em = f.runSize(p.el, r.el) * 10;
    const spacing = f.runSpacing(p.el, r.el);
    unit ||= em + spacing;
    for (const ch of r.text) advances.push({ ch, w: (ch.codePointAt(0)! < 0x2000 ? em / 2 : em) + spacing });
  }
  // trailing spaces hang past the margin in Word: they move nothing
  while (advances.length > 0 && /\s/.test(advances[advances.length - 1]!.ch)) advances.pop();
  const width = advances.reduce((a, b) => a + b.w, 0);
  const align = f.alignment(p.el);
  unit ||= 320;
  const ind = indents(doc, p.el, unit);
  if (align === 'right') return { end: block - ind.right, start: block - ind.right - width, unit };
  if (align === 'center') {
    const mid = (ind.left + block - ind.right) / 2;
    return { start: mid - width / 2, end: mid + width / 2, unit };
  }
  const start = ind.left + ind.firstLineEffective;
  return { start, end: start + width, unit };
}

function blankLinesAbove(doc: DocxDocument, p: Para): number {
  let n = 0;
  for (let i = p.seq - 1; i >= 0; i--) {
    const q = doc.paragraphs[i]!;
    if (visible(q) !== '' || q.table >= 0) break;
    n++;
  }
  return n;
}

function signaturePlacement(doc: DocxDocument, c: Classified): RuleResult {
  const sig = c.signature;
  if (!sig) return result('signature-placement', 'absent');
  const date = linePosition(doc, sig.date);
  const unit = date.unit;
  const block = blockWidth(doc, sig.date.section);
  const base: RuleParams = { unit: sig.units.map((u) => excerpt(visible(u))).join(' / '), date: excerpt(visible(sig.date)) };
  if (sig.units.length === 0) return result('signature-placement', 'fail', { ...base, layout: 'none', problem: 'no-unit', unitRightChars: 0, dateRightChars: round1((block - date.end) / unit), dateOffsetChars: 0, centreOffsetChars: 0, blankLinesAbove: blankLinesAbove(doc, sig.date) });
  const units = sig.units.map((u) => linePosition(doc, u));
  const widest = units.reduce((a, b) => (b.start < a.start ? b : a));
  const chars = (twips: number) => round1(twips / unit);
  const unitRight = chars(block - widest.end);
  const dateRight = chars(block - date.end);
  const dateOffset = chars(date.start - widest.start);
  const centreOffset = chars(Math.max(...units.map((u) => Math.abs((u.start + u.end) / 2 - (date.start + date.end) / 2))));
  const blank = blankLinesAbove(doc, sig.units[0]!);
  const near = (x: number, want: number) => Math.abs(x - want) <= CHAR_TOLERANCE;
  const unitsAligned = units.every((u) => near(chars(block - u.end), unitRight));
  // 7.3.5.2, no seal: the unit two characters from the right, the date two characters further right than the unit starts
  // (when the date is the longer, the date keeps the two characters and the unit moves left)
  const unsealed = unitsAligned && near(dateOffset, 2) && near(Math.min(unitRight, dateRight), 2) && blank === 1;
  // 7.3.5.1, sealed: the date four characters from the right, the unit centred over it
  const sealed = near(dateRight, 4) && centreOffset <= CHAR_TOLERANCE && blank >= 1 && blank <= 4;
  return result('signature-placement', unsealed || sealed ? 'pass' : 'fail', {
    ...base,
    layout: unsealed ? 'unsealed' : sealed ? 'sealed' : 'none',
    unitRightChars: unitRight,
    dateRightChars: dateRight,
    dateOffsetChars: dateOffset,
    centreOffsetChars: centreOffset,
    blankLinesAbove: blank,
  });
}

function dateFormat(c: Classified): RuleResult {
  if (!c.signature) return result('date-format', 'absent');
  const text = visible(c.signature.date).replace(/\s/g, '');
  return result('date-format', ARABIC_DATE.test(text) ? 'pass' : 'fail', { date: text });
}

// ---------------------------------------------------------------------------------------------
// attachments

function startsPage(doc: DocxDocument, label: Para): boolean {
  const prev = doc.paragraphs[label.seq - 1];
  if (prev && prev.pageBreak) return true;
  if (label.pageBreak || doc.formatting.paraToggle(label.el, 'pageBreakBefore')) return true;
  const s = doc.sections[label.section];
  const before = doc.sections[label.section - 1];
  if (label.section === 0 || !s || !before || (prev !== undefined && prev.section === label.section)) return false;
  // a continuous break still starts a page when the paper size or orientation changes
  return s.startType !== 'continuous' || s.width !== before.width || s.height !== before.height;
}

function attachmentLabel(doc: DocxDocument, c: Classified): RuleResult {
  if (c.labels.length === 0) return result('attachment-label', 'absent');
  const f = doc.formatting;
  let shown: RuleParams | undefined;
  for (const l of c.labels) {
    const ind = indents(doc, l.el);
    const align = f.alignment(l.el);
    const params: RuleParams = {
      attachments: c.labels.length,
      label: excerpt(visible(l)),
      align,
      indentChars: round1((ind.left + ind.firstLineEffective) / 320),
      ...fontEvidence(doc, l),
    };
    shown ??= params;
    const failing = (problem: string) => result('attachment-label', 'fail', { ...params, problem });
    if (!startsPage(doc, l)) return failing('not-new-page');
    if (!['left', 'both', 'distribute'].includes(align) || Math.abs(ind.left + ind.firstLineEffective) > 160) return failing('not-left');
    if (!runsConform(doc, l, runsWithText(l), SIZE_BODY, FONT.heiti)) return failing('font');
  }
  return result('attachment-label', 'pass', shown!);
}

function attachmentTitle(doc: DocxDocument, c: Classified): RuleResult {
  if (c.labels.length === 0) return result('attachment-title', 'absent');
  let shown: RuleParams | undefined;
  for (const l of c.labels) {
    const next = doc.paragraphs.find((p) => p.seq > l.seq && visible(p) !== '');
    const title = next && next.table < 0 ? next : undefined;
    const between = title ? doc.paragraphs.slice(l.seq + 1, title.seq) : [];
    const params: RuleParams = {
      label: excerpt(visible(l)),
      title: title ? excerpt(visible(title)) : '',
      align: title ? doc.formatting.alignment(title.el) : 'none',
      blankLines: between.filter((p) => p.table < 0).length,
    };
    shown ??= params;
    if (!title) return result('attachment-title', 'fail', { ...params, problem: 'missing' });
    if (params.align !== 'center') return result('attachment-title', 'fail', { ...params, problem: 'not-centred' });
    if (params.blankLines !== 1 || between.some((p) => p.table >= 0)) return result('attachment-title', 'fail', { ...params, problem: 'not-third-line' });
  }
  return result('attachment-title', 'pass', shown!);
}

// ---------------------------------------------------------------------------------------------
// 版头 and 版记

/** A shape drawn in red in the paragraph: a VML line or shape's stroke, or a DrawingML outline colour. */
function drawsRedLine(el: XmlElement): boolean {
  let red = false;
  walk(el, (e) => {
    if (red) return;
    for (const a of e.attrs) if ((a.local === 'strokecolor' || a.local === 'fillcolor') && isRed(a.value.replace(/^#/, ''))) red = true;
    if (e.local === 'srgbClr' && isRed(e.attrs.find((a) => a.local === 'val')?.value)) red = true;
  });
  return red;
}

/**
 * 7.2: the 发文机关标志 red and centred; the 发文字号 centred, or — with 签发人 on its line — one
 * character in from the left; a red rule under the number line (its bottom border, or the next
 * paragraph's top border).
 */
function mastheadRule(doc: DocxDocument, c: Classified): RuleResult {
  if (!c.head) return result('masthead', 'absent');
  const f = doc.formatting;
  const { issuer, number } = c.head;
  const colors = distinct(issuer.flatMap((p) => runsWithText(p).map((r) => (f.runProp(p.el, r.el, 'color', 'val') ?? 'auto').toUpperCase())));
  const numberText = visible(number);
  const signer = /签发人/.test(numberText);
  const ind = indents(doc, number.el);
  // the rule: the number line's bottom border, an empty paragraph's border under it, or a drawn red line
  const following = doc.paragraphs.slice(number.seq + 1, number.seq + 3).filter((p) => visible(p) === '');
  const rule =
    f.paraBorder(number.el, 'bottom') ??
    following.map((p) => f.paraBorder(p.el, 'top') ?? f.paraBorder(p.el, 'bottom')).find((b) => b !== undefined) ??
    ([number, ...following].some((p) => drawsRedLine(p.el)) ? { val: 'shape', sz: 0, color: 'FF0000' } : undefined);
  const params: RuleParams = {
    issuer: excerpt(issuer.map(visible).join('')),
    color: colors.join('/') || 'none',
    number: excerpt(numberText),
    align: f.alignment(number.el),
    indentChars: round1((ind.left + ind.firstLineEffective) / 320),
    signer: signer ? 'yes' : 'no',
    rule: rule ? (isRed(rule.color) ? 'red' : rule.color) : 'none',
  };
  const failing = (problem: string) => result('masthead', 'fail', { ...params, problem });
  if (issuer.length === 0) return failing('no-issuer');
  if (!issuer.every((p) => f.alignment(p.el) === 'center')) return failing('issuer-not-centred');
  if (!colors.every((x) => isRed(x))) return failing('issuer-not-red');
  if (signer ? !['left', 'both', 'distribute'].includes(f.alignment(number.el)) || Math.abs((ind.left + ind.firstLineEffective) / 320 - 1) > CHAR_TOLERANCE : f.alignment(number.el) !== 'center') {
    return failing(signer ? 'number-not-left' : 'number-not-centred');
  }
  if (!rule || !isRed(rule.color)) return failing('no-red-rule');
  return result('masthead', 'pass', params);
}

/**
 * 7.4: the 版记 last in the document, its 印发 date in Arabic digits without leading zeros, a
 * rule above its first line and under its last.
 */
function colophonRule(doc: DocxDocument, c: Classified): RuleResult {
  if (c.colophon.length === 0) return result('colophon', 'absent');
  const f = doc.formatting;
  const first = c.colophon[0]!;
  const last = c.colophon[c.colophon.length - 1]!;
  const printed = PRINTED_LINE.exec(visible(last).replace(/\s/g, ''))?.[0] ?? visible(last);
  const above = f.paraBorder(first.el, 'top') ?? (doc.paragraphs[first.seq - 1] ? f.paraBorder(doc.paragraphs[first.seq - 1]!.el, 'bottom') : undefined);
  const below = f.paraBorder(last.el, 'bottom') ?? (doc.paragraphs[last.seq + 1] ? f.paraBorder(doc.paragraphs[last.seq + 1]!.el, 'top') : undefined);
  const after = doc.paragraphs.filter((p) => p.seq > last.seq && visible(p) !== '');
  const params: RuleParams = {
    printed: excerpt(printed),
    lines: c.colophon.length,
    ruleAbove: above ? 'yes' : 'no',
    ruleBelow: below ? 'yes' : 'no',
    after: after.length,
  };
  const failing = (problem: string) => result('colophon', 'fail', { ...params, problem });
  if (after.length > 0) return failing('not-last');
  if (!ARABIC_PRINTED.test(printed)) return failing('date');
  if (!above || !below) return failing('no-rules');
  return result('colophon', 'pass', params);
}

// ---------------------------------------------------------------------------------------------

/** The rules read from the package's XML, in DOCX_RULES order. */
export function checkDocument(doc: DocxDocument): RuleResult[] {
  const c = classify(doc);
  return [
    pageA4(doc),
    pageMargins(doc),
    titleRule(doc, c),
    addresseeRule(doc, c),
    headingRule('heading1', doc, c.h1, FONT.heiti),
    headingRule('heading2', doc, c.h2, FONT.kaiti),
    headingRule('heading3', doc, c.h3, FONT.fangsong),
    bodyFont(doc, c),
    latinFont(doc, c),
    cjkPunctuation(doc, c),
    firstLineIndent(doc, c),
    linePitch(doc, c),
    pageNumberField(doc),
    pageNumberSides(doc),
    pageNumberSize(doc),
    signaturePlacement(doc, c),
    dateFormat(c),
    attachmentLabel(doc, c),
    attachmentTitle(doc, c),
    mastheadRule(doc, c),
    colophonRule(doc, c),
  ];
}

/**
 * Check a .docx given as its parts (package path → text); `file` names it in problems. Throws a
 * Failure `no-document` when there is no main document part, `bad-xml` when a part read is not
 * well-formed XML.
 */
export function checkDocxParts(parts: Record<string, string>, file = ''): RuleResult[] {
  try {
    return checkDocument(readDocx(parts));
  } catch (error) {
    if (error instanceof CheckInputError) fail(error.problem, placeIn(file), error.params);
    throw error;
  }
}

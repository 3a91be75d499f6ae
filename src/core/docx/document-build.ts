/**
 * Lay the report model out as a `docx` Document per GB/T 9704-2012: the body in a portrait A4
 * section, each attachment in its own landscape section, page numbers continuing throughout.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph as DocxParagraph,
  SectionType,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Layout } from './layout.js';
import { isHanCode, isLatinCode, mmToTwips, pageTwips, ptToTwips, signatureIndents, widthInChars } from './measure.js';
import { plainText, type Block, type ContentBlock, type Paragraph, type TableBlock } from './report-model.js';
import { COLOPHON_PT, MASTHEAD_MAX_PT, pageNumberRun, STYLE, stylesFor } from './styles.js';
import { titleCapacity, titleLines } from './title-shape.js';
import { bodyLines } from './line-break.js';
import { mayEndSentence } from '../../model/text.js';
import { textEnd, type FlowItem } from './pages.js';
import { headingOf } from '../check/index.js';
import { maxOf, pushAll } from '../../model/lists.js';

export interface BuildOptions {
  layout: Layout;
}

const runs = (p: Paragraph): TextRun[] => p.map((r) => new TextRun({ text: r.text, bold: r.bold || undefined }));

const para = (style: string, p: Paragraph, extra: Partial<ConstructorParameters<typeof DocxParagraph>[0] & object> = {}): DocxParagraph =>
  new DocxParagraph({ style, children: runs(p), ...extra });

/** An empty body line: GB/T 9704 places blocks "one line under" the previous one. */
const blankLine = (keepNext = false): DocxParagraph => new DocxParagraph({ style: STYLE.body, children: [], ...(keepNext ? { keepNext } : {}) });

function footers(layout: Layout): { default: Footer; even: Footer } {
  const pn = layout.pageNumber;
  const side = Math.round(pn.sideIndentChars * ptToTwips(pn.size));
  const number = (): TextRun =>
    new TextRun({
      ...pageNumberRun(layout),
      children: pn.style === 'dashes' ? ['— ', PageNumber.CURRENT, ' —'] : [PageNumber.CURRENT],
    });
  const make = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], indent: { left?: number; right?: number }): Footer =>
    new Footer({ children: [new DocxParagraph({ style: STYLE.pageNumber, alignment, indent, children: [number()] })] });
  if (pn.position === 'center') {
    return { default: make(AlignmentType.CENTER, {}), even: make(AlignmentType.CENTER, {}) };
  }
  // 7.5: odd pages right, even pages left, one character in from the text block's edge
  return { default: make(AlignmentType.RIGHT, { right: side }), even: make(AlignmentType.LEFT, { left: side }) };
}

function sectionProperties(layout: Layout, landscape: boolean): ISectionOptions['properties'] {
  const pg = pageTwips(layout);
  // the number line's middle sits `distance` under the text block
  const footer = Math.max(0, pg.bottom - mmToTwips(layout.pageNumber.distance) - Math.round(ptToTwips(layout.pageNumber.size) / 2));
  return {
    page: {
      // portrait width and height: the docx package swaps them itself for landscape
      size: { width: pg.width, height: pg.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      // a landscape page keeps the margins as read on the turned page
      margin: { top: pg.top, bottom: pg.bottom, left: pg.left, right: pg.right, header: mmToTwips(15), footer, gutter: 0 },
    },
    // a line-only grid on every section: a section without one gets linePitch 360
    grid: { type: DocumentGridType.LINES, linePitch: ptToTwips(layout.linePitch) },
  };
}

const RED = 'FF0000';

/**
 * 版头 (7.2): the 发文机关标志 in red, centred, as large as one line allows up to 小初; two lines
 * under it the 发文字号, centred (7.2.4), or — filed upward — one character in from the left with
 * 签发人：NAME one character in from the right on the same line (7.2.5, 签发人 in 仿宋, the name in
 * 楷体); 4 mm under that line a red rule the width of the text block (7.2.6); the title two lines
 * under the rule.
 */
function masthead(b: Extract<Block, { kind: 'masthead' }>, textWidth: number, layout: Layout): DocxParagraph[] {
  const widthPt = textWidth / 20;
  const size = Math.min(MASTHEAD_MAX_PT, Math.floor(widthPt / Math.max(1, widthInChars(plainText(b.issuer)))));
  const char = ptToTwips(layout.body.size);
  const rule = { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } };
  const issuer = new DocxParagraph({ style: STYLE.mastheadIssuer, children: b.issuer.map((r) => new TextRun({ text: r.text, bold: r.bold || undefined, size: size * 2 })) });
  const numberRuns = b.number ? runs(b.number) : [];
  let numberLine: DocxParagraph;
  if (b.signer) {
    numberLine = new DocxParagraph({
      style: STYLE.mastheadNumber,
      alignment: AlignmentType.LEFT,
      indent: { left: char },
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth - char }],
      border: rule,
      children: [
        ...numberRuns,
        new TextRun({ text: '\t签发人：' }),
        ...b.signer.map((r) => new TextRun({ text: r.text, bold: r.bold || undefined, font: { eastAsia: layout.heading2.font, hint: 'eastAsia' } })),
      ],
    });
  } else {
    numberLine = new DocxParagraph({ style: STYLE.mastheadNumber, border: rule, children: numberRuns });
  }
  return [issuer, blankLine(), blankLine(), numberLine, blankLine(), blankLine()];
}

/** Lines of the 版记's text: its 抄送 lines and the 印发 line. */
function colophonLines(b: Extract<Block, { kind: 'colophon' }>, textWidth: number): number {
  const char = ptToTwips(COLOPHON_PT);
  const perLine = Math.floor((textWidth - 2 * char) / char);
  return (b.cc ? Math.max(1, Math.ceil(widthInChars(plainText(b.cc)) / perLine)) : 0) + 1;
}

/** Lines of the text block of a portrait page (22.03 on the standard's page: 22 lines fit). */
const linesPerPage = (layout: Layout): number => (pageTwips(layout).height - pageTwips(layout).top - pageTwips(layout).bottom) / ptToTwips(layout.linePitch);

/**
 * 版记 (7.4) at the foot of the text block of the last page, an even page, after `free` lines of
 * that page were left free (a page of its own: all of them): 抄送 one character in from either
 * side, wrapped lines aligned after its colon; 印发机关 one character in from the left and 印发日期
 * one character in from the right on the last line; a thick rule above the first line and under
 * the last, a thin one between.
 */
function colophon(b: Extract<Block, { kind: 'colophon' }>, textWidth: number, layout: Layout, free: number): DocxParagraph[] {
  const char = ptToTwips(COLOPHON_PT);
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
  const label = b.cc ? widthInChars(plainText(b.cc).replace(/^(抄送[：:]).*$/, '$1')) : 0;
  // the rules take a little room of their own: one line is left for them
  const pad = Math.max(0, Math.floor(free) - colophonLines(b, textWidth) - 1);
  const out: DocxParagraph[] = Array.from({ length: pad }, () => blankLine());
  if (b.cc) {
    out.push(
      new DocxParagraph({
        style: STYLE.colophon,
        indent: { left: char + label * char, right: char, hanging: label * char },
        border: { top: thick, bottom: thin },
        children: runs(b.cc),
      }),
    );
  }
  out.push(
    new DocxParagraph({
      style: STYLE.colophon,
      indent: { left: char, right: char },
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth - char }],
      border: { ...(b.cc ? {} : { top: thick }), bottom: thick },
      children: [...runs(b.printer), new TextRun({ text: '\t' }), ...runs(b.printed)],
    }),
  );
  return out;
}

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * The attachment label (附件, 附件1) at the top left of the text block in 3号黑体, flush left. It is
 * set in a one-cell borderless table so it is not mistaken for a body paragraph (which is indented
 * two characters and set in 仿宋) by tools that classify paragraphs by position.
 */
function attachmentLabel(label: Paragraph, width: number): Table {
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [new TableRow({ children: [new TableCell({ width: { size: width, type: WidthType.DXA }, children: [para(STYLE.attachmentLabel, label)] })] })],
  });
}

const CELL_MARGIN = 60;
/** Cell padding and a little air, twips: what a column needs besides its text. */
const CELL_PAD = 2 * CELL_MARGIN + 20;

/** A column whose cells are all this short (序号, a leader's name) is set on one line. */
const SHORT_COLUMN = 5;
/** A text column is no narrower than this many characters, unless its cells are all shorter. */
const TEXT_MIN = 4;
const DATE_CELL = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** A date inside a cell, with the brackets around it: it is never broken. */
const DATE_IN_TEXT = /[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?/g;
/** The dates in a cell's text; a text without 年 has none, and is not searched digit by digit. */
const datesIn = (text: string): string[] => (text.includes('年') ? (text.match(DATE_IN_TEXT) ?? []) : []);

/**
 * The width of a table cell's text in characters of the table's size: a Latin letter or digit half
 * a character, plus the space Word and LibreOffice put between Chinese and Latin text (about a
 * fifth of a character at each change).
 */
export function cellTextWidth(text: string): number {
  // by char code, in one pass (a cell may hold a whole ledger text): widthInChars's half for what
  // is below U+2000, and a change between Latin letters or digits and Han characters
  let w = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
    }
    w += cp < 0x2000 ? 0.5 : 1;
    const kind = isLatinCode(cp) ? LATIN : isHanCode(cp) ? HAN : 0;
    if (kind && prev && kind !== prev) w += 0.22;
    prev = kind;
  }
  return w;
}

const LATIN = 1;
const HAN = 2;

/**
 * cellTextWidth of a cell's text, measured once per cell: a table's layout asks for each cell's
 * width three times (column widths, row heights, where a date may break), and a cell may hold a
 * whole ledger text.
 */
function cellWidths(): (p: Paragraph) => number {
  const known = new WeakMap<Paragraph, number>();
  return (p) => {
    let width = known.get(p);
    if (width === undefined) known.set(p, (width = cellTextWidth(plainText(p))));
    return width;
  };
}

/**
 * Column widths from the text they hold, as a clerk lays out a 台账 by hand: a column's share grows
 * with the square root of how much text it holds, so the measures column gets most of the page.
 * What must not wrap gets its width first: headers, a column of dates (完成时限) and a column of
 * short cells (序号, names) on one line, and no date inside a text column (完成情况's
 * （2023年10月31日）) broken; only the text columns wrap. No column is wider than its longest cell
 * needs unless the page has room to spare.
 */
export function columnWidths(t: TableBlock, total: number, layout: Layout, widthOf: (p: Paragraph) => number = cellWidths()): number[] {
  const cw = ptToTwips(layout.table.size);
  const cols = t.header.map((h, c) => {
    const texts = t.rows.map((r) => plainText(r[c] ?? []));
    const cells = t.rows.map((r) => widthOf(r[c] ?? []));
    const head = widthOf(h);
    const longest = maxOf(cells, head);
    const dates = maxOf(texts.flatMap((s) => datesIn(s).map(cellTextWidth)), 0);
    const oneLine = texts.every((s) => s === '' || DATE_CELL.test(s)) || longest <= SHORT_COLUMN;
    // half a character of air where a line must hold: a proportional font's digits may run wide
    const min = oneLine ? longest + 0.5 : Math.max(head, Math.min(TEXT_MIN, longest), dates > 0 ? dates + 0.5 : 0);
    return { min, max: Math.max(min, longest), weight: Math.sqrt(Math.max(cells.reduce((a, b) => a + b, 0), head)) };
  });
  const available = (total - CELL_PAD * cols.length) / cw;
  const chars = shareByWeight(cols, available);
  let widths = chars.map((n) => n * cw + CELL_PAD);
  // every column at its longest and room to spare: the rest goes to the columns by weight; too wide: scaled to fit
  const sum = widths.reduce((a, b) => a + b, 0);
  const weights = cols.reduce((a, col) => a + col.weight, 0) || 1;
  if (sum < total) widths = widths.map((w, c) => w + ((total - sum) * cols[c]!.weight) / weights);
  const scaled = widths.reduce((a, b) => a + b, 0);
  widths = widths.map((w) => Math.floor((w * total) / scaled));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Split `available` among columns by weight, clamped to [min, max]; what a clamp frees goes to the rest. */
function shareByWeight(cols: readonly { min: number; max: number; weight: number }[], available: number): number[] {
  const out = cols.map(() => 0);
  let open = cols.map((_, i) => i);
  let left = available;
  while (open.length > 0) {
    const weightSum = open.reduce((a, i) => a + cols[i]!.weight, 0) || 1;
    const share = (i: number) => (left * cols[i]!.weight) / weightSum;
    const clamped = open.filter((i) => share(i) < cols[i]!.min || share(i) > cols[i]!.max);
    if (clamped.length === 0) {
      for (const i of open) out[i] = share(i);
      break;
    }
    for (const i of clamped) {
      const col = cols[i]!;
      out[i] = share(i) < col.min ? col.min : col.max;
      left -= out[i]!;
    }
    open = open.filter((i) => !clamped.includes(i));
  }
  return out;
}

/**
 * A cell's runs; when its text wraps, a line break before each bracketed date that does not begin
 * it (已整改完成 / （2023年10月20日）), so a date is never cut between two lines.
 */
function cellRuns(p: Paragraph, perLine: number, widthOf: (p: Paragraph) => number): TextRun[] {
  if (widthOf(p) <= perLine) return runs(p);
  const out: TextRun[] = [];
  let at = 0;
  for (const r of p) {
    let from = 0;
    for (const m of r.text.includes('年') ? r.text.matchAll(DATE_IN_TEXT) : []) {
      if (!m[0].startsWith('（') && !m[0].startsWith('(')) continue;
      if (at + m.index === 0) continue;
      if (m.index > from) out.push(new TextRun({ text: r.text.slice(from, m.index), bold: r.bold || undefined }));
      out.push(new TextRun({ text: m[0], bold: r.bold || undefined, break: 1 }));
      from = m.index + m[0].length;
    }
    if (from < r.text.length) out.push(new TextRun({ text: r.text.slice(from), bold: r.bold || undefined }));
    at += r.text.length;
  }
  return out;
}

/** A row's height as set, twips: its tallest cell's lines at the table's pitch, plus the cell margins. */
function rowHeight(cells: readonly Paragraph[], widths: readonly number[], layout: Layout, widthOf: (p: Paragraph) => number): number {
  const cw = ptToTwips(layout.table.size);
  const lines = cells.map((p, c) => {
    const perLine = Math.max(1, Math.floor((widths[c]! - 2 * CELL_MARGIN) / cw));
    return Math.max(1, Math.ceil(widthOf(p) / perLine));
  });
  // a tenth more lines than the estimate: line breaking rules leave lines short of full
  return Math.ceil(Math.max(...lines) * 1.1) * ptToTwips(layout.table.linePitch) + 80;
}

function ledgerTable(t: TableBlock, total: number, layout: Layout, pageHeight: number): Table {
  const widthOf = cellWidths();
  const widths = columnWidths(t, total, layout, widthOf);
  const align = (c: number) =>
    t.align[c] === 'center' ? AlignmentType.CENTER : t.align[c] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const cell = (p: Paragraph, c: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[c]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        header
          ? para(STYLE.tableHeader, p)
          : new DocxParagraph({ style: STYLE.tableText, alignment: align(c), children: cellRuns(p, Math.floor((widths[c]! - 2 * CELL_MARGIN) / ptToTwips(layout.table.size)), widthOf) }),
      ],
    });
  // a row is never split across pages, so no page holds part of one; only a row taller than what a
  // page holds under the repeated header may run on — and the first row when it is taller than
  // the first page holds under the attachment's label and title (kept whole, it would leave that
  // page with the title alone)
  const headerHeight = rowHeight(t.header, widths, layout, widthOf);
  const firstPage = pageHeight - 4 * ptToTwips(layout.linePitch);
  const fits = (r: Paragraph[], i: number) => rowHeight(t.header.map((_, c) => r[c] ?? []), widths, layout, widthOf) <= (i === 0 ? firstPage : pageHeight) - headerHeight;
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
    rows: [
      // repeated at the top of every page the table runs onto
      new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((p, c) => cell(p, c, true)) }),
      ...t.rows.map((r, i) => new TableRow({ ...(fits(r, i) ? { cantSplit: true } : {}), children: t.header.map((_, c) => cell(r[c] ?? [], c, false)) })),
    ],
  });
}

/**
 * A title set in the shape of 7.3.1: the lines chosen by titleLines, joined by explicit line breaks
 * inside the one paragraph, so its text is still the Markdown's title.
 */
function titleParagraph(style: string, p: Paragraph, textWidth: number, layout: Layout): DocxParagraph {
  const lines = titleLines(plainText(p), titleCapacity(layout, textWidth));
  const starts = new Set<number>();
  let offset = 0;
  for (const line of lines.slice(0, -1)) starts.add((offset += line.length));
  const children: TextRun[] = [];
  let at = 0;
  for (const r of p) {
    // cut each run where a line starts, so bold survives the breaks
    let from = 0;
    for (let i = 1; i < r.text.length; i++) {
      if (!starts.has(at + i)) continue;
      children.push(new TextRun({ text: r.text.slice(from, i), bold: r.bold || undefined, break: starts.has(at + from) ? 1 : undefined }));
      from = i;
    }
    children.push(new TextRun({ text: r.text.slice(from), bold: r.bold || undefined, break: starts.has(at + from) ? 1 : undefined }));
    at += r.text.length;
  }
  return new DocxParagraph({ style, children });
}

/**
 * A body paragraph's runs. A paragraph that begins with a heading run into its text (`一、…。`,
 * `（一）…。` and text after it: a report.headings run_in level, or prose the clerk wrote so) has
 * that heading in its level's font (7.3.3: 黑体, 楷体), the text after it in the body's, as a
 * reader — and rectify check (core/check/headings.ts) — takes it.
 */
function bodyRuns(p: Paragraph, layout: Layout): TextRun[] {
  const heading = headingOf(plainText(p).trim());
  if (!heading?.runIn || heading.level === 3) return runs(p);
  const spec = heading.level === 1 ? layout.heading1 : layout.heading2;
  const text = plainText(p);
  const [head, rest] = splitRuns(p, text.indexOf('。') + 1);
  return [
    ...head.map((r) => new TextRun({ text: r.text, bold: r.bold || spec.bold || undefined, font: { eastAsia: spec.font, hAnsi: spec.font, hint: 'eastAsia' } })),
    ...runs(rest),
  ];
}

function content(b: ContentBlock, textWidth: number, layout: Layout, keepNext = false, textHeight = 0): (DocxParagraph | Table)[] {
  const keep = keepNext ? { keepNext } : {};
  switch (b.kind) {
    case 'title':
      return [titleParagraph(STYLE.title, b.runs, textWidth, layout), blankLine()];
    case 'heading':
      return [para(STYLE.heading[b.level - 1]!, b.runs, keep)];
    case 'body':
      return [new DocxParagraph({ style: STYLE.body, children: bodyRuns(b.runs, layout), ...keep })];
    case 'table':
      return [ledgerTable(b, textWidth, layout, textHeight)];
  }
}

function attachmentContent(b: ContentBlock, textWidth: number, layout: Layout, textHeight: number): (DocxParagraph | Table)[] {
  // 7.3.7: the attachment title centred on the third line, a line left free under it
  if (b.kind === 'title') return [titleParagraph(STYLE.attachmentTitle, b.runs, textWidth, layout), blankLine()];
  return content(b, textWidth, layout, false, textHeight);
}

/**
 * The blocks that must share a page with the signature (7.3.5: a signature never stands on a page
 * of its own): the attachment note and the last body paragraph before it.
 */
function blocksBeforeSignature(blocks: readonly Block[]): Set<number> {
  const keep = new Set<number>();
  const at = blocks.findIndex((b) => b.kind === 'signature');
  for (let i = at - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.kind !== 'attachment-note' && b.kind !== 'body' && b.kind !== 'heading') break;
    keep.add(i);
    if (b.kind !== 'attachment-note') break;
  }
  return keep;
}

/** Lines a page may lose to keeping the signature with the text: no page more than a third empty. */
const KEEP_BUDGET = (layout: Layout, pg: ReturnType<typeof pageTwips>) => Math.floor((pg.height - pg.top - pg.bottom) / ptToTwips(layout.linePitch) / 3);

/**
 * The last body paragraph before the signature, laid out to keep at least its last two lines with
 * the signature (and the attachment note) economically. Word and LibreOffice move a kept paragraph
 * whole — with the heading kept with it — leaving the page before up to two-thirds empty; so when
 * keeping it whole could empty more than a third of a page, the paragraph is set as two: all but
 * its last two lines (ending where a line ends anyway, src/core/docx/line-break.ts, so it reads as
 * one paragraph), and those two lines kept together with what follows (style GwBodyContinued: no
 * first-line indent).
 * `tail` is the number of lines of what follows it down to the date.
 */
function keptBody(p: Paragraph, tail: number, headingBefore: boolean, textWidth: number, layout: Layout): { paragraphs: DocxParagraph[]; flow: FlowItem[] } {
  const pg = pageTwips(layout);
  const firstIndent = 2 * ptToTwips(layout.body.size);
  const text = plainText(p);
  const lines = bodyLines(text, textWidth, firstIndent, layout);
  const budget = KEEP_BUDGET(layout, pg);
  if (lines.length + tail - 1 + (headingBefore ? 1 : 0) <= budget || lines.length < 4) {
    return { paragraphs: [new DocxParagraph({ style: STYLE.body, children: bodyRuns(p, layout), keepNext: true, keepLines: true })], flow: [{ lines: lines.length, keepNext: true, keepLines: true }] };
  }
  // the continuation starts a line that does not open a new sentence, so it reads as running on
  // (the rule `rectify check` reads a continuation by: model/text.ts)
  let keep = 2;
  // where the text is cut when the last k lines are kept: its length less theirs
  let cut = text.length - lines[lines.length - 1]!.length - lines[lines.length - 2]!.length;
  while (keep < Math.min(lines.length - 1, budget - tail + 1) && cut > 0 && mayEndSentence(text.slice(0, cut))) {
    keep++;
    cut -= lines[lines.length - keep]!.length;
  }
  if (cut <= 0 || mayEndSentence(text.slice(0, cut))) {
    // no line within the budget runs on: one paragraph, kept with what follows; the word
    // processors' widow control keeps at least its last two lines with it
    return { paragraphs: [new DocxParagraph({ style: STYLE.body, children: bodyRuns(p, layout), keepNext: true })], flow: [{ lines: lines.length, keepNext: true }] };
  }
  const [head, rest] = splitRuns(p, cut);
  return {
    paragraphs: [new DocxParagraph({ style: STYLE.body, children: bodyRuns(head, layout) }), para(STYLE.bodyContinued, rest, { keepNext: true, keepLines: true })],
    flow: [{ lines: lines.length - keep }, { lines: keep, keepNext: true, keepLines: true }],
  };
}

/** Runs cut at a character offset of their joined text. */
function splitRuns(p: Paragraph, at: number): [Paragraph, Paragraph] {
  const head: Paragraph = [];
  const rest: Paragraph = [];
  let offset = 0;
  for (const r of p) {
    const end = offset + r.text.length;
    if (end <= at) head.push(r);
    else if (offset >= at) rest.push(r);
    else {
      head.push({ ...r, text: r.text.slice(0, at - offset) });
      rest.push({ ...r, text: r.text.slice(at - offset) });
    }
    offset = end;
  }
  return [head, rest];
}

/** Lines the page estimate may be out by: the 版记 shares the text's last page only with this to spare. */
const SPARE_LINES = 2;

export function buildDocument(blocks: Block[], options: BuildOptions): Document {
  const { layout } = options;
  const pg = pageTwips(layout);
  const portraitText = pg.width - pg.left - pg.right;
  const landscapeText = pg.height - pg.left - pg.right;
  const landscapeHeight = pg.width - pg.top - pg.bottom;
  const main: (DocxParagraph | Table)[] = [];
  const sections: ISectionOptions[] = [];
  const attachments: Extract<Block, { kind: 'attachment' }>[] = [];
  let colophonBlock: Extract<Block, { kind: 'colophon' }> | undefined;
  let title = '';
  // the body's paragraphs as the pagination sees them (pages.ts); undefined once a block is met whose height is not known (a table)
  let flow: FlowItem[] | undefined = [];
  const firstIndent = 2 * ptToTwips(layout.body.size);
  const linesOf = (p: Paragraph, indent = firstIndent) => Math.max(1, bodyLines(plainText(p), portraitText, indent, layout).length);
  const flowing = (...items: FlowItem[]) => flow?.push(...items);
  const blank = (keepNext = false): FlowItem => ({ lines: 1, keepNext });

  const keepWithSignature = blocksBeforeSignature(blocks);
  const signatureAt = blocks.findIndex((b) => b.kind === 'signature');
  const signatureBlock = blocks[signatureAt];
  // what follows the kept body paragraph down to the date, in lines
  const tail =
    blocks.slice(0, Math.max(0, signatureAt)).reduce((n, b, i) => n + (keepWithSignature.has(i) && b.kind === 'attachment-note' ? 1 + b.paragraphs.length : 0), 0) +
    (signatureBlock?.kind === 'signature' ? (signatureBlock.sealed ? 3 : 1) + signatureBlock.units.length + 1 : 0);
  for (const [i, b] of blocks.entries()) {
    const keepNext = keepWithSignature.has(i);
    if (keepNext && b.kind === 'body') {
      const kept = keptBody(b.runs, tail, blocks[i - 1]?.kind === 'heading', portraitText, layout);
      pushAll(main, kept.paragraphs);
      flowing(...kept.flow);
      continue;
    }
    switch (b.kind) {
      case 'subtitle':
        // a line left free under the last of them, as under the title
        main.push(para(STYLE.subtitle, b.runs), ...(blocks[i + 1]?.kind === 'subtitle' ? [] : [blankLine()]));
        flowing({ lines: linesOf(b.runs, 0) }, ...(blocks[i + 1]?.kind === 'subtitle' ? [] : [blank()]));
        break;
      case 'addressee':
        main.push(para(STYLE.addressee, b.runs));
        flowing({ lines: linesOf(b.runs, 0) });
        break;
      case 'attachment-note':
        main.push(blankLine(keepNext), ...b.paragraphs.map((p) => para(STYLE.attachmentNote, p, keepNext ? { keepNext } : {})));
        flowing(blank(keepNext), ...b.paragraphs.map((p) => ({ lines: linesOf(p), keepNext })));
        break;
      case 'signature': {
        const ind = signatureIndents(b.units.map(plainText), plainText(b.date), layout, b.sealed);
        main.push(
          // 7.3.5.1: the seal's top within a line of the body, pressed over unit and date: three lines of room
          ...(b.sealed ? [blankLine(true), blankLine(true)] : []),
          blankLine(true),
          ...b.units.map((u, i) => para(STYLE.signature, u, { indent: { right: ind.units[i]! }, keepNext: true })),
          para(STYLE.signature, b.date, { indent: { right: ind.date } }),
        );
        flowing(...(b.sealed ? [blank(true), blank(true)] : []), blank(true), ...b.units.map(() => blank(true)), { lines: 1 });
        break;
      }
      case 'attachment':
        attachments.push(b);
        break;
      case 'masthead':
        pushAll(main, masthead(b, portraitText, layout));
        // the mark's line is set larger than the pitch; the number line's red rule takes a little more
        flowing({ lines: ptToTwips(MASTHEAD_MAX_PT * 1.25) / ptToTwips(layout.linePitch) }, blank(), blank(), { lines: 1.5 }, blank(), blank());
        break;
      case 'colophon':
        colophonBlock = b;
        break;
      default:
        if (b.kind === 'title' && !title) title = plainText(b.runs);
        pushAll(main, content(b, portraitText, layout, keepNext));
        if (b.kind === 'title') flowing({ lines: titleLines(plainText(b.runs), titleCapacity(layout, portraitText)).length }, blank());
        else if (b.kind === 'heading') flowing({ lines: linesOf(b.runs), keepNext: true });
        else if (b.kind === 'body') flowing({ lines: linesOf(b.runs), keepNext });
        else flow = undefined;
    }
  }

  sections.push({ properties: sectionProperties(layout, false), footers: footers(layout), children: main });
  for (const a of attachments) {
    sections.push({
      properties: sectionProperties(layout, true),
      footers: footers(layout),
      children: [attachmentLabel(a.label, landscapeText), blankLine(), ...a.content.flatMap((c) => attachmentContent(c, landscapeText, layout, landscapeHeight))],
    });
  }

  if (colophonBlock) {
    // 7.4: the 版记 at the foot of the last page, an even page. The text ending on an even page
    // with room for it: on that page. Otherwise on the back of the last sheet: a portrait section
    // starting on an even page, page numbers running on. The page is worked out (pages.ts) with a
    // line to spare either way: a text that may end on the page before, or may leave too little
    // room, takes the page of its own, which is right whatever the page.
    const capacity = linesPerPage(layout);
    const end = flow && attachments.length === 0 ? textEnd(flow, capacity) : undefined;
    const free = end ? capacity - end.used : 0;
    if (end && end.page % 2 === 0 && end.used >= SPARE_LINES && free - SPARE_LINES >= colophonLines(colophonBlock, portraitText) + 1) {
      pushAll(main, colophon(colophonBlock, portraitText, layout, free - 1));
    } else {
      sections.push({
        properties: { ...sectionProperties(layout, false), type: SectionType.EVEN_PAGE },
        footers: footers(layout),
        children: colophon(colophonBlock, portraitText, layout, capacity),
      });
    }
  }

  // the document's properties are the report's: its author the issuing unit (the signature's first
  // line, so a public build's masking reaches them as it reaches the body), its title the title
  const signature = blocks.find((b): b is Extract<Block, { kind: 'signature' }> => b.kind === 'signature');
  const author = signature ? plainText(signature.units[0]!) : '';
  return new Document({
    creator: author,
    lastModifiedBy: author,
    title,
    revision: 1,
    evenAndOddHeaderAndFooters: layout.pageNumber.position === 'outside',
    styles: stylesFor(layout),
    sections,
  });
}

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
import { mmToTwips, pageTwips, ptToTwips, signatureIndents, widthInChars } from './measure.js';
import { plainText, type Block, type ContentBlock, type Paragraph, type TableBlock } from './report-model.js';
import { pageNumberRun, STYLE, stylesFor } from './styles.js';
import { titleCapacity, titleLines } from './title-shape.js';

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

const CELL_MARGIN = 80;

/**
 * Column widths from the text they hold, as a clerk lays out a 台账 by hand: a column's share grows
 * with the square root of how much text it holds, so the measures column gets most of the page
 * while 序号, names and dates stay narrow (wrapping a date onto two lines is what people do too).
 * Headers never wrap and no column is wider than its longest cell needs.
 */
export function columnWidths(t: TableBlock, total: number, layout: Layout): number[] {
  const cw = ptToTwips(layout.table.size);
  const pad = 2 * CELL_MARGIN + 60;
  const cols = t.header.map((h, c) => {
    const cells = t.rows.map((r) => widthInChars(plainText(r[c] ?? [])));
    const head = widthInChars(plainText(h));
    const longest = Math.max(head, ...cells);
    const text = cells.reduce((a, b) => a + b, 0);
    return { min: head, max: longest, weight: Math.sqrt(Math.max(text, head)) };
  });
  const available = (total - pad * cols.length) / cw;
  const chars = shareByWeight(cols, available);
  let widths = chars.map((n) => n * cw + pad);
  // headers alone wider than the page: scale everything to fit
  const sum = widths.reduce((a, b) => a + b, 0);
  widths = widths.map((w) => Math.floor((w * total) / sum));
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

function ledgerTable(t: TableBlock, total: number, layout: Layout): Table {
  const widths = columnWidths(t, total, layout);
  const align = (c: number) =>
    t.align[c] === 'center' ? AlignmentType.CENTER : t.align[c] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const cell = (p: Paragraph, c: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[c]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [para(header ? STYLE.tableHeader : STYLE.tableText, p, header ? {} : { alignment: align(c) })],
    });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
    rows: [
      // repeated at the top of every page the table runs onto
      new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((p, c) => cell(p, c, true)) }),
      // body rows may run across a page: one issue's measures can be taller than a landscape page,
      // and a row that may not split leaves the page before it blank
      ...t.rows.map((r) => new TableRow({ children: t.header.map((_, c) => cell(r[c] ?? [], c, false)) })),
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

function content(b: ContentBlock, textWidth: number, layout: Layout, keepNext = false): (DocxParagraph | Table)[] {
  const keep = keepNext ? { keepNext } : {};
  switch (b.kind) {
    case 'title':
      return [titleParagraph(STYLE.title, b.runs, textWidth, layout), blankLine()];
    case 'heading':
      return [para(STYLE.heading[b.level - 1]!, b.runs, keep)];
    case 'body':
      return [para(STYLE.body, b.runs, keep)];
    case 'table':
      return [ledgerTable(b, textWidth, layout)];
  }
}

function attachmentContent(b: ContentBlock, textWidth: number, layout: Layout): (DocxParagraph | Table)[] {
  // 7.3.7: the attachment title centred on the third line, a line left free under it
  if (b.kind === 'title') return [titleParagraph(STYLE.attachmentTitle, b.runs, textWidth, layout), blankLine()];
  return content(b, textWidth, layout);
}

/**
 * The blocks that must share a page with the signature (7.3.5: a signature never stands on a page
 * of its own): the attachment note and the last body paragraph before it. Keep-with-next lets the
 * page break fall inside that paragraph, so only its last lines move.
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

export function buildDocument(blocks: Block[], options: BuildOptions): Document {
  const { layout } = options;
  const pg = pageTwips(layout);
  const portraitText = pg.width - pg.left - pg.right;
  const landscapeText = pg.height - pg.left - pg.right;
  const main: (DocxParagraph | Table)[] = [];
  const sections: ISectionOptions[] = [];
  const attachments: Extract<Block, { kind: 'attachment' }>[] = [];
  let title = '';

  const keepWithSignature = blocksBeforeSignature(blocks);
  for (const [i, b] of blocks.entries()) {
    const keepNext = keepWithSignature.has(i);
    switch (b.kind) {
      case 'subtitle':
        // a line left free under the last of them, as under the title
        main.push(para(STYLE.subtitle, b.runs), ...(blocks[i + 1]?.kind === 'subtitle' ? [] : [blankLine()]));
        break;
      case 'addressee':
        main.push(para(STYLE.addressee, b.runs));
        break;
      case 'attachment-note':
        main.push(blankLine(keepNext), ...b.paragraphs.map((p) => para(STYLE.attachmentNote, p, keepNext ? { keepNext } : {})));
        break;
      case 'signature': {
        const ind = signatureIndents(b.units.map(plainText), plainText(b.date), layout);
        main.push(
          blankLine(true),
          ...b.units.map((u, i) => para(STYLE.signature, u, { indent: { right: ind.units[i]! }, keepNext: true })),
          para(STYLE.signature, b.date, { indent: { right: ind.date } }),
        );
        break;
      }
      case 'attachment':
        attachments.push(b);
        break;
      default:
        if (b.kind === 'title' && !title) title = plainText(b.runs);
        main.push(...content(b, portraitText, layout, keepNext));
    }
  }

  sections.push({ properties: sectionProperties(layout, false), footers: footers(layout), children: main });
  for (const a of attachments) {
    sections.push({
      properties: sectionProperties(layout, true),
      footers: footers(layout),
      children: [attachmentLabel(a.label, landscapeText), blankLine(), ...a.content.flatMap((c) => attachmentContent(c, landscapeText, layout))],
    });
  }

  return new Document({
    creator: 'rectify',
    lastModifiedBy: 'rectify',
    title,
    revision: 1,
    evenAndOddHeaderAndFooters: layout.pageNumber.position === 'outside',
    styles: stylesFor(layout),
    sections,
  });
}

/**
 * Every paragraph style the writer uses, defined from the layout. Word's built-in heading styles are
 * blue and sized for English, so none is used; each style carries its fonts, size, spacing and
 * indent itself, so the file reads the same in Word and LibreOffice.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { FontSpec, Layout } from './layout.js';
import { ptToHalfPoints, ptToTwips } from './measure.js';

export const STYLE = {
  body: 'GwBody',
  /** the last lines of a body paragraph set apart to stay with the signature: no first-line indent */
  bodyContinued: 'GwBodyContinued',
  title: 'GwTitle',
  subtitle: 'GwSubtitle',
  addressee: 'GwAddressee',
  heading: ['GwHeading1', 'GwHeading2', 'GwHeading3', 'GwHeading4'] as const,
  attachmentNote: 'GwAttachmentNote',
  signature: 'GwSignature',
  attachmentLabel: 'GwAttachmentLabel',
  attachmentTitle: 'GwAttachmentTitle',
  tableText: 'GwTableText',
  tableHeader: 'GwTableHeader',
  pageNumber: 'GwPageNumber',
  mastheadIssuer: 'GwMastheadIssuer',
  mastheadNumber: 'GwMastheadNumber',
  colophon: 'GwColophon',
} as const;

/**
 * Times New Roman goes in the ascii and cs slots only: Word picks the font for “ ” ‘ ’ … — from
 * hAnsi, so hAnsi keeps the Chinese font and the hint says East Asian.
 */
export function fonts(chinese: string, layout: Layout): { ascii: string; cs: string; eastAsia: string; hAnsi: string; hint: string } {
  return { ascii: layout.latinFont, cs: layout.latinFont, eastAsia: chinese, hAnsi: chinese, hint: 'eastAsia' };
}

function exact(layout: Layout, pitchPt = layout.linePitch): { line: number; lineRule: typeof LineRuleType.EXACT; before: number; after: number } {
  return { line: ptToTwips(pitchPt), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

function runOf(spec: FontSpec, layout: Layout) {
  return {
    font: fonts(spec.font, layout),
    size: ptToHalfPoints(spec.size),
    sizeComplexScript: ptToHalfPoints(spec.size),
    bold: spec.bold,
    characterSpacing: ptToTwips(layout.characterSpacing),
  };
}

/** The largest size of the 发文机关标志 (小初); a longer mark is set smaller so it stays on one line. */
export const MASTHEAD_MAX_PT = 36;
/** 版记 text: 4号 (GB/T 9704 7.4). */
export const COLOPHON_PT = 14;

export function stylesFor(layout: Layout): IStylesOptions {
  const twoChars = { firstLineChars: 200, firstLine: 2 * ptToTwips(layout.body.size) };
  const para = (id: string, name: string, spec: FontSpec, paragraph: IParagraphStyleOptions['paragraph']): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: STYLE.body,
    quickFormat: true,
    run: runOf(spec, layout),
    paragraph: { spacing: exact(layout), ...paragraph },
  });
  const headings = [layout.heading1, layout.heading2, layout.heading3, layout.heading4].map((spec, i) =>
    para(STYLE.heading[i]!, `GB Heading ${i + 1}`, spec, { indent: twoChars, alignment: AlignmentType.BOTH, outlineLevel: i + 1, keepNext: true }),
  );
  const tableRun = (font: string) => ({
    font: fonts(font, layout),
    size: ptToHalfPoints(layout.table.size),
    sizeComplexScript: ptToHalfPoints(layout.table.size),
    characterSpacing: 0,
  });
  return {
    default: {
      document: {
        run: runOf(layout.body, layout),
        paragraph: { spacing: exact(layout) },
      },
    },
    paragraphStyles: [
      para(STYLE.body, 'GB Body', layout.body, { indent: twoChars, alignment: AlignmentType.BOTH }),
      para(STYLE.bodyContinued, 'GB Body Continued', layout.body, { alignment: AlignmentType.BOTH }),
      para(STYLE.title, 'GB Title', layout.title, { alignment: AlignmentType.CENTER, outlineLevel: 0 }),
      // the subtitle and speaker lines of a report made at a meeting: centred, in the second heading's
      // font (楷体), as such reports print them under the title
      para(STYLE.subtitle, 'GB Subtitle', layout.heading2, { alignment: AlignmentType.CENTER }),
      para(STYLE.addressee, 'GB Addressee', layout.body, { alignment: AlignmentType.BOTH }),
      ...headings,
      para(STYLE.attachmentNote, 'GB Attachment Note', layout.body, { indent: twoChars, alignment: AlignmentType.BOTH }),
      para(STYLE.signature, 'GB Signature', layout.body, { alignment: AlignmentType.RIGHT }),
      para(STYLE.attachmentLabel, 'GB Attachment Label', layout.attachmentLabel, { alignment: AlignmentType.LEFT }),
      para(STYLE.attachmentTitle, 'GB Attachment Title', layout.title, { alignment: AlignmentType.CENTER }),
      {
        id: STYLE.tableText,
        name: 'GB Table Text',
        basedOn: 'Normal',
        run: tableRun(layout.table.font),
        paragraph: { spacing: exact(layout, layout.table.linePitch), alignment: AlignmentType.LEFT },
      },
      {
        id: STYLE.tableHeader,
        name: 'GB Table Header',
        basedOn: 'Normal',
        run: tableRun(layout.table.headerFont),
        paragraph: { spacing: exact(layout, layout.table.linePitch), alignment: AlignmentType.CENTER },
      },
      // 版头: the issuing authority's mark in red 小标宋, its size set on the paragraph to fit one line
      {
        id: STYLE.mastheadIssuer,
        name: 'GB Masthead Issuer',
        basedOn: 'Normal',
        run: { ...runOf(layout.title, layout), color: 'FF0000', characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: ptToTwips(MASTHEAD_MAX_PT * 1.25), lineRule: LineRuleType.EXACT } },
      },
      para(STYLE.mastheadNumber, 'GB Masthead Number', layout.body, { alignment: AlignmentType.CENTER }),
      // 版记: 4号仿宋 on the body's line pitch
      para(STYLE.colophon, 'GB Colophon', { ...layout.body, size: COLOPHON_PT }, { alignment: AlignmentType.LEFT }),
      {
        id: STYLE.pageNumber,
        name: 'GB Page Number',
        basedOn: 'Normal',
        run: pageNumberRun(layout),
        paragraph: { spacing: { line: ptToTwips(layout.pageNumber.size), lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
    ],
  };
}

/** Page-number runs hold digits and dashes only: the one font goes in every slot. */
export function pageNumberRun(layout: Layout) {
  const f = layout.pageNumber.font;
  return {
    font: { ascii: f, cs: f, eastAsia: f, hAnsi: f, hint: 'eastAsia' },
    size: ptToHalfPoints(layout.pageNumber.size),
    sizeComplexScript: ptToHalfPoints(layout.pageNumber.size),
    characterSpacing: 0,
  };
}


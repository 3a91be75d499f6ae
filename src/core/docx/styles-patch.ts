/**
 * Two paragraph properties the `docx` package cannot write on a style, added to styles.xml after
 * packing:
 * - `w:snapToGrid w:val="0"` on styles whose lines are not one grid pitch (title, table cells,
 *   page number): LibreOffice snaps every line of a paragraph to the line grid, so a 22pt title
 *   line would take two grid lines and a 12pt table line a whole 28.95pt one.
 * - `w:widowControl w:val="0"` on every writer style: GB/T 9704 pages hold 22 lines; widow and
 *   orphan control would leave pages a line short.
 *
 * The element goes where the schema puts it — CT_PPrBase is a sequence — inside the style's own
 * `w:pPr` only, whatever the style holds, so the file stays valid and Word has nothing to repair.
 */
import { STYLE } from './styles.js';

const OFF_GRID: readonly string[] = [STYLE.title, STYLE.attachmentTitle, STYLE.tableText, STYLE.tableHeader, STYLE.pageNumber, STYLE.mastheadIssuer];

/** CT_PPr's children in schema order (CT_PPrBase, then rPr, sectPr, pPrChange). */
export const PPR_ORDER: readonly string[] = [
  'pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers', 'pBdr', 'shd', 'tabs',
  'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd', 'snapToGrid',
  'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment', 'textboxTightWrap',
  'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange',
];

/**
 * `element` (one empty element, `<w:NAME …/>`) inserted into the children of a `w:pPr` at its
 * place in the schema's sequence; an element of the same name already there is left as it is.
 * `pPrInner` is the text between `<w:pPr>` and `</w:pPr>`, whose children are empty elements or
 * elements with nested content of their own (rPr, pBdr, tabs…).
 */
export function insertInPPr(pPrInner: string, element: string): string {
  const name = /^<w:([A-Za-z]+)/.exec(element)?.[1];
  const rank = name === undefined ? -1 : PPR_ORDER.indexOf(name);
  if (rank < 0) throw new Error(`internal: ${element} is not a paragraph property`);
  // the top-level children, with where each starts
  const children: { name: string; at: number }[] = [];
  let depth = 0;
  for (const m of pPrInner.matchAll(/<(\/?)w:([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (m[1] === '/') depth--;
    else {
      if (depth === 0) children.push({ name: m[2]!, at: m.index });
      if (m[3] !== '/') depth++;
    }
  }
  if (children.some((c) => c.name === name)) return pPrInner;
  const after = children.find((c) => PPR_ORDER.indexOf(c.name) > rank);
  const at = after ? after.at : pPrInner.length;
  return pPrInner.slice(0, at) + element + pPrInner.slice(at);
}

export function patchStylesXml(xml: string): string {
  return xml.replace(/<w:style\b[^>]*w:styleId="(Gw[A-Za-z0-9]+)"[^>]*>[\s\S]*?<\/w:style>/g, (style, id: string) => {
    const add = ['<w:widowControl w:val="0"/>', ...(OFF_GRID.includes(id) ? ['<w:snapToGrid w:val="0"/>'] : [])];
    const withAll = (inner: string) => add.reduce(insertInPPr, inner);
    if (style.includes('<w:pPr/>')) return style.replace('<w:pPr/>', `<w:pPr>${withAll('')}</w:pPr>`);
    const patched = style.replace(/(<w:pPr>)([\s\S]*?)(<\/w:pPr>)/, (_, open: string, inner: string, close: string) => open + withAll(inner) + close);
    if (patched !== style) return patched;
    // a style without paragraph properties gets them, before its run properties (CT_Style's order)
    return style.replace(/<w:rPr>|<w:tblPr>|<w:trPr>|<w:tcPr>|<w:tblStylePr\b|<\/w:style>/, (next) => `<w:pPr>${withAll('')}</w:pPr>${next}`);
  });
}

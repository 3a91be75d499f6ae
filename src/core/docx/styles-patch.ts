/**
 * Two paragraph properties the `docx` package cannot write on a style, added to styles.xml after
 * packing:
 * - `w:snapToGrid w:val="0"` on styles whose lines are not one grid pitch (title, table cells,
 *   page number): LibreOffice snaps every line of a paragraph to the line grid, so a 22pt title
 *   line would take two grid lines and a 12pt table line a whole 28.95pt one.
 * - `w:widowControl w:val="0"` on every writer style: GB/T 9704 pages hold 22 lines; widow and
 *   orphan control would leave pages a line short.
 * Both go immediately before `w:spacing`, their place in CT_PPrBase's sequence for the elements the
 * writer's styles hold (keepNext, then these, then spacing, ind, jc, outlineLvl).
 */
import { STYLE } from './styles.js';

const OFF_GRID: readonly string[] = [STYLE.title, STYLE.attachmentTitle, STYLE.tableText, STYLE.tableHeader, STYLE.pageNumber];

export function patchStylesXml(xml: string): string {
  return xml.replace(/<w:style\b[^>]*w:styleId="(Gw[A-Za-z0-9]+)"[^>]*>[\s\S]*?<\/w:style>/g, (style, id: string) => {
    const add = '<w:widowControl w:val="0"/>' + (OFF_GRID.includes(id) ? '<w:snapToGrid w:val="0"/>' : '');
    const patched = style.replace(/(<w:pPr>[\s\S]*?)(<w:spacing\b)/, `$1${add}$2`);
    if (patched === style) throw new Error(`internal: style ${id} has no w:spacing to anchor on`);
    return patched;
  });
}

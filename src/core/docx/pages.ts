/**
 * Where the body's text ends as LibreOffice and Word set it: the page and how much of it is used.
 * The 版记 (7.4) goes at the foot of the last page, which must be an even page: when the text ends
 * on an even page with room for it, on that page; otherwise on the next even page (a blank page
 * before it when the text ends on an even page that is full). The .docx has no "if this page is
 * even" of its own, so the writer works out the page here, from the same line breaking
 * (line-break.ts) and the same keep rules the word processors apply to this document's paragraphs:
 * every line one line pitch (exact spacing), no widow or orphan control (the styles turn it off),
 * a paragraph kept with the next on the page of the next one's first line, a paragraph kept
 * together moved whole. Pure: heights in, a page and a fill out.
 */

/** One paragraph of the body as the pagination sees it. */
export interface FlowItem {
  /** Height in lines of the line pitch (a line set larger may take a fraction more). */
  lines: number;
  keepNext?: boolean;
  keepLines?: boolean;
}

export interface TextEnd {
  /** 1-based page the text ends on. */
  page: number;
  /** Lines used on that page. */
  used: number;
}

const EPS = 1e-6;

/** Paginate `items` on pages of `capacity` lines. */
export function textEnd(items: readonly FlowItem[], capacity: number): TextEnd {
  let page = 1;
  let used = 0;
  const newPage = () => {
    page += 1;
    used = 0;
  };
  const place = (item: FlowItem) => {
    let h = item.lines;
    if (item.keepLines && used > 0 && used + h > capacity + EPS && h <= capacity) newPage();
    while (used + h > capacity + EPS) {
      // the lines that fit go on this page, the rest on the next
      const fit = Math.max(0, Math.floor(capacity - used + EPS));
      if (fit === 0 && used === 0) break;
      h -= fit;
      newPage();
    }
    used += h;
  };
  for (let i = 0; i < items.length; ) {
    // a chain: paragraphs kept with the next, and the one they are kept with
    let j = i;
    while (j < items.length - 1 && items[j]!.keepNext) j++;
    const last = items[j]!;
    const need = items.slice(i, j).reduce((n, it) => n + it.lines, 0) + (last.keepLines ? last.lines : Math.min(1, last.lines));
    if (used > 0 && used + need > capacity + EPS && need <= capacity) newPage();
    for (let k = i; k <= j; k++) place(items[k]!);
    i = j + 1;
  }
  return { page, used };
}

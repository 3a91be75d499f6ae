/**
 * The printed rules: the page as LibreOffice prints it, measured on `pdftotext -bbox-layout`
 * output (XHTML: page → flow → block → line → word, coordinates in points from the top left).
 * Pure: the XHTML text in, one result per rule out.
 *
 * GB/T 9704-2012: A4 pages; 22 lines a page and 28 characters a line of 3号 text [5.2.2–5.2.3];
 * a page number "— N —" on every page, odd pages on the right, even pages on the left [7.5].
 */
import { attr, parseXml, textContent, walk, type XmlElement } from './xml.js';
import { fail, placeIn } from '../../model/problem.js';
import { CheckInputError, type PrintedRuleId, type RuleParams, type RuleResult } from './types.js';

/** A4 in points, and how far a printed page may be from it */
const A4_PT = { w: 595.3, h: 841.9, tolerance: 3 };
const PITCH_MIN = 27.5;
const PITCH_MAX = 30;
/** gaps between baselines counted as line pitch: a wider gap is a blank line or a page break */
const GAP_MIN = 20;
const GAP_MAX = 40;
const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;
/** a full line ends within this of the rightmost text on its page and starts left of FULL_LINE_START */
const FULL_LINE_END = 8;
const FULL_LINE_START = 150;
const PAGE_NUMBER = /^[—–\-－]\s*(\d+)\s*[—–\-－]$/;

interface Line {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

interface Page {
  width: number;
  height: number;
  lines: Line[];
}

function byLocal(root: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  walk(root, (e) => {
    if (e.local === local) out.push(e);
  });
  return out;
}

const num = (e: XmlElement, name: string) => Number(attr(e, '', name) ?? 'NaN');

function readPages(root: XmlElement): Page[] {
  return byLocal(root, 'page').map((pg) => ({
    width: num(pg, 'width'),
    height: num(pg, 'height'),
    lines: byLocal(pg, 'line').map((ln) => ({
      x0: num(ln, 'xMin'),
      y0: num(ln, 'yMin'),
      x1: num(ln, 'xMax'),
      y1: num(ln, 'yMax'),
      text: byLocal(ln, 'word').map(textContent).join(''),
    })),
  }));
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

function result(rule: PrintedRuleId, ok: boolean, params: RuleParams): RuleResult {
  return { rule, status: ok ? 'pass' : 'fail', params };
}

/** Measure the printed pages of a parsed bbox XHTML document. */
export function measurePages(root: XmlElement): RuleResult[] {
  const pages = readPages(root);
  const numbers: { page: number; number: number; x0: number; x1: number; width: number }[] = [];
  const pitches: number[] = [];
  const portraitLines: number[] = [];
  const fullCounts: number[] = [];
  for (const [i, pg] of pages.entries()) {
    if (pg.lines.length === 0) continue;
    // the page number: the lowest line, "— N —" (the dashes may come out as other dash glyphs)
    const low = pg.lines.reduce((a, b) => (b.y1 > a.y1 ? b : a));
    const m = PAGE_NUMBER.exec(low.text.trim());
    const body = m ? pg.lines.filter((l) => l !== low) : pg.lines;
    if (m) numbers.push({ page: i + 1, number: Number(m[1]), x0: low.x0, x1: low.x1, width: pg.width });
    const ys = [...new Set(body.map((l) => round1(l.y1)))].sort((a, b) => a - b);
    const portrait = pg.height > pg.width;
    // a landscape attachment has its own grid
    if (portrait) portraitLines.push(ys.length);
    for (let k = 1; k < ys.length; k++) {
      const d = ys[k]! - ys[k - 1]!;
      if (d > GAP_MIN && d < GAP_MAX) pitches.push(d);
    }
    if (portrait && body.length > 0) {
      const right = Math.max(...body.map((l) => l.x1));
      for (const l of body) if (right - l.x1 < FULL_LINE_END && l.x0 < FULL_LINE_START) fullCounts.push(l.text.replace(/\s/g, '').length);
    }
  }

  const results: RuleResult[] = [];
  // A4: every page, either way round
  const offA4 = pages.findIndex((p) => {
    const near = (a: number, b: number) => Math.abs(a - b) < A4_PT.tolerance;
    return !((near(p.width, A4_PT.w) && near(p.height, A4_PT.h)) || (near(p.width, A4_PT.h) && near(p.height, A4_PT.w)));
  });
  const shownA4 = pages[offA4 >= 0 ? offA4 : 0];
  results.push(
    result('print-a4', pages.length > 0 && offA4 < 0, {
      pages: pages.length,
      page: offA4 + 1,
      widthPt: shownA4 ? round1(shownA4.width) : 0,
      heightPt: shownA4 ? round1(shownA4.height) : 0,
    }),
  );

  const pitch = median(pitches);
  results.push(result('print-line-pitch', pitch >= PITCH_MIN && pitch <= PITCH_MAX, { medianPt: round2(pitch), samples: pitches.length }));

  // a full page holds 22 lines; the last portrait page, and a page cut short by a heading kept with its text, fewer
  const full = portraitLines.length > 1 ? portraitLines.slice(0, -1) : portraitLines;
  const most = full.length > 0 ? Math.max(...full) : 0;
  const linesParams = { maxLines: most, pages: full.length, perPage: full.slice(0, 12).join(',') };
  // one portrait page is the last page, never known to be full: only too many lines show on it
  if (portraitLines.length === 1 && most <= LINES_PER_PAGE) results.push({ rule: 'print-lines-per-page', status: 'absent', params: linesParams });
  else results.push(result('print-lines-per-page', most === LINES_PER_PAGE, linesParams));

  const chars = median(fullCounts);
  results.push(result('print-chars-per-line', chars === CHARS_PER_LINE, { medianChars: chars, lines: fullCounts.length }));

  // a page with nothing on it (the blank page before a 版记 that must fall on an even page) carries no number
  const wrong = pages.findIndex((pg, i) => pg.lines.length > 0 && numbers.find((n) => n.page === i + 1)?.number !== i + 1);
  const wrongFound = numbers.find((n) => n.page === wrong + 1);
  results.push(
    result('print-page-numbers', pages.length > 0 && wrong < 0, {
      pages: pages.length,
      numbered: numbers.length,
      page: wrong + 1,
      found: wrong < 0 ? '' : wrongFound ? String(wrongFound.number) : 'none',
    }),
  );

  if (numbers.length === 0) results.push({ rule: 'print-page-number-sides', status: 'absent', params: {} });
  else {
    const sideOf = (n: (typeof numbers)[number]) => (n.x0 > n.width / 2 ? 'right' : n.x1 < n.width / 2 ? 'left' : 'center');
    const bad = numbers.find((n) => sideOf(n) !== (n.number % 2 ? 'right' : 'left'));
    const shown = bad ?? numbers[0]!;
    results.push(
      result('print-page-number-sides', bad === undefined, { page: shown.page, number: shown.number, side: sideOf(shown), x0Pt: round1(shown.x0), x1Pt: round1(shown.x1) }),
    );
  }
  // 7.4: the 版记 at the foot of the last page, an even page (the back of the last sheet)
  const printedAt = pages.flatMap((pg, i) => pg.lines.filter((l) => /印发$/.test(l.text.replace(/\s/g, ''))).map((l) => ({ page: i + 1, line: l, height: pg.height })));
  const colophon = printedAt[printedAt.length - 1];
  if (!colophon) results.push({ rule: 'print-colophon', status: 'absent', params: {} });
  else {
    const bottomPt = round1(colophon.height - colophon.line.y1);
    const params = { page: colophon.page, pages: pages.length, bottomPt };
    const problem = colophon.page !== pages.length ? 'not-last' : colophon.page % 2 !== 0 ? 'odd-page' : colophon.line.y1 < colophon.height * 0.6 ? 'not-at-foot' : '';
    results.push(result('print-colophon', problem === '', problem ? { ...params, problem } : params));
  }
  return results;
}

/**
 * Check the XHTML of `pdftotext -bbox-layout`; `file` names the document in problems. Characters
 * XML does not allow (a PDF's text may hold control characters) are dropped first; a text that is
 * still not XML is pdftotext failing: a Failure `pdftotext-failed`.
 */
export function checkPrintedLayout(bboxXhtml: string, file = ''): RuleResult[] {
  let root: XmlElement;
  try {
    // eslint-disable-next-line no-control-regex
    root = parseXml(bboxXhtml.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, ''), 'pdftotext -bbox-layout');
  } catch (error) {
    if (error instanceof CheckInputError) fail('pdftotext-failed', placeIn(file), { exit: 0, detail: `${error.params.detail ?? error.problem} (line ${error.params.line ?? 0})` });
    throw error;
  }
  return measurePages(root);
}

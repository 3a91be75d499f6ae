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
import { maxOf, minOf } from '../../model/lists.js';

/** A4 in points, and how far a printed page may be from it */
const A4_PT = { w: 595.3, h: 841.9, tolerance: 3 };
const PITCH_MIN = 27.5;
const PITCH_MAX = 30;
/** gaps between baselines counted as line pitch: a wider gap is a blank line or a page break */
const GAP_MIN = 20;
const GAP_MAX = 40;
const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;
/** a full line ends within half of this of the text block's right edge */
const FULL_LINE_END = 8;
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

/** Marks that may not end a line, and marks that may not start one (the word processors' line-breaking rules). */
const OPENING = '“‘《（〈「『【〔';
const CLOSING = '”’》）〉」』】〕，。、；：！？…—';

/** The characters of a line that stand for one full-width character each: none below U+2000 (digits, Latin, spaces). */
const FULL_WIDTH_ONLY = /^[^\u0000-\u1fff]+$/;

/**
 * Lines on a page, in slots of the line pitch: each line, and each blank line left between two
 * (a gap of n pitches is n − 1 blank lines), so a full page with a blank line under its title
 * counts like one without.
 */
function slotsOf(ys: readonly number[], pitch: number): number {
  if (ys.length === 0) return 0;
  let slots = 1;
  for (let k = 1; k < ys.length; k++) slots += Math.max(1, Math.round((ys[k]! - ys[k - 1]!) / pitch));
  return slots;
}

/** Measure the printed pages of a parsed bbox XHTML document. */
export function measurePages(root: XmlElement): RuleResult[] {
  const pages = readPages(root);
  const numbers: { page: number; number: number; x0: number; x1: number; width: number }[] = [];
  const pitches: number[] = [];
  const bodies: { portrait: boolean; lines: Line[]; ys: number[] }[] = [];
  for (const [i, pg] of pages.entries()) {
    if (pg.lines.length === 0) {
      bodies.push({ portrait: pg.height > pg.width, lines: [], ys: [] });
      continue;
    }
    // the page number: the lowest line, "— N —" (the dashes may come out as other dash glyphs)
    const low = pg.lines.reduce((a, b) => (b.y1 > a.y1 ? b : a));
    const m = PAGE_NUMBER.exec(low.text.trim());
    const body = m ? pg.lines.filter((l) => l !== low) : pg.lines;
    if (m) numbers.push({ page: i + 1, number: Number(m[1]), x0: low.x0, x1: low.x1, width: pg.width });
    const ys = [...new Set(body.map((l) => round1(l.y1)))].sort((a, b) => a - b);
    bodies.push({ portrait: pg.height > pg.width, lines: body, ys });
    for (let k = 1; k < ys.length; k++) {
      const d = ys[k]! - ys[k - 1]!;
      if (d > GAP_MIN && d < GAP_MAX) pitches.push(d);
    }
  }
  const pitch = median(pitches);

  // A portrait page is known to be full when its last paragraph runs on to the next page: the
  // next page is portrait and its first line starts flush left, where only a continued line
  // starts. Any other page may end short for a reason of its own — a heading or a signature kept
  // with what follows, the body's last page before an attachment or the 版记 — and says nothing
  // about how many lines a page holds.
  const leftEdge = (lines: readonly Line[]) => minOf(lines.map((l) => l.x0));
  const firstLine = (lines: readonly Line[]) => lines.reduce((a, b) => (b.y1 < a.y1 ? b : a));
  const fullPages: number[] = [];
  const tooMany: number[] = [];
  for (const [i, b] of bodies.entries()) {
    if (!b.portrait || b.lines.length === 0) continue;
    if (b.ys.length > LINES_PER_PAGE) tooMany.push(i);
    const next = bodies[i + 1];
    if (!next || !next.portrait || next.lines.length === 0) continue;
    if (firstLine(next.lines).x0 - Math.min(leftEdge(next.lines), leftEdge(b.lines)) < 2) fullPages.push(i);
  }
  // a full line starts at the text block's left edge and ends at its right edge, holding
  // full-width characters only (digits and Latin letters are narrower; a mark hanging past the
  // edge makes a line longer than the grid)
  // (the text block is as wide on every portrait page: its edges are measured over all of them)
  const portraitLines = bodies.flatMap((b) => (b.portrait ? b.lines : []));
  const fullCounts: number[] = [];
  if (portraitLines.length > 0) {
    const left = leftEdge(portraitLines);
    // the right edge: where most lines that reach it end (a paragraph's last line ends anywhere before it)
    const ends = portraitLines.filter((l) => l.x0 - left < 2).map((l) => l.x1);
    const right = median(ends.filter((x) => x > maxOf(ends) - 3 * FULL_LINE_END));
    for (const b of bodies) {
      if (!b.portrait) continue;
      const ordered = [...b.lines].sort((x, y) => x.y1 - y.y1);
      for (const [k, l] of ordered.entries()) {
        const text = l.text.replace(/\s/g, '');
        if (!(l.x0 - left < 2 && Math.abs(l.x1 - right) < FULL_LINE_END / 2 && FULL_WIDTH_ONLY.test(text))) continue;
        // a line the line-breaking rules cut short: a character went on to the next line because a
        // closing mark may not start a line (单” of “…清单”), or an opening mark may not end one
        const next = [...(ordered[k + 1]?.text.replace(/\s/g, '') ?? '')];
        if (OPENING.includes(next[0] ?? '') || CLOSING.includes(next[1] ?? '')) continue;
        fullCounts.push(text.length);
      }
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

  results.push(result('print-line-pitch', pitch >= PITCH_MIN && pitch <= PITCH_MAX, { medianPt: round2(pitch), samples: pitches.length }));

  // a full page holds 22 lines (blank lines counted); no page holds more
  const slots = fullPages.map((i) => slotsOf(bodies[i]!.ys, pitch));
  const most = slots.length > 0 ? Math.max(...slots) : 0;
  const linesParams = { maxLines: most, pages: fullPages.length, perPage: slots.slice(0, 12).join(',') };
  if (tooMany.length > 0) {
    results.push(result('print-lines-per-page', false, { ...linesParams, maxLines: Math.max(...tooMany.map((i) => bodies[i]!.ys.length)), page: tooMany[0]! + 1 }));
  } else if (pages.length === 0) results.push(result('print-lines-per-page', false, linesParams));
  else if (fullPages.length === 0) results.push({ rule: 'print-lines-per-page', status: 'absent', params: linesParams });
  else results.push(result('print-lines-per-page', most === LINES_PER_PAGE, linesParams));

  if (fullCounts.length === 0) results.push({ rule: 'print-chars-per-line', status: pages.length === 0 ? 'fail' : 'absent', params: { medianChars: 0, lines: 0 } });
  else {
    const chars = median(fullCounts);
    results.push(result('print-chars-per-line', chars === CHARS_PER_LINE, { medianChars: chars, lines: fullCounts.length }));
  }

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
    const problem =
      colophon.page !== pages.length
        ? 'not-last'
        : colophon.page % 2 !== 0
          ? 'odd-page'
          : colophon.line.y1 < colophon.height * 0.6
            ? 'not-at-foot'
            : wastesSheet(bodies, colophon.page, pitch)
              ? 'own-sheet'
              : '';
    results.push(result('print-colophon', problem === '', problem ? { ...params, problem } : params));
  }
  return results;
}

/**
 * The 版记 alone on the back of a sheet of its own, after a blank page, when the text's last page
 * (an even portrait page, two before it) had room for it at its foot: 7.4 wants it there, with no sheet added.
 */
function wastesSheet(bodies: readonly { portrait: boolean; lines: Line[] }[], page: number, pitch: number): boolean {
  const own = bodies[page - 1]?.lines ?? [];
  const blank = bodies[page - 2];
  const text = bodies[page - 3]?.lines ?? [];
  // a landscape page (an attached table) ends the text: the portrait 版记 cannot share it
  if (page < 4 || !blank || blank.lines.length > 0 || text.length === 0 || own.length === 0 || !bodies[page - 3]!.portrait) return false;
  // the 版记's lines: from its first line (抄送, or the 印发 line) to the foot; nothing else on its page
  const start = own.find((l) => /^抄送[：:]/.test(l.text.replace(/\s/g, ''))) ?? own.find((l) => /印发$/.test(l.text.replace(/\s/g, '')));
  if (!start || own.some((l) => l.y1 < start.y0)) return false;
  const foot = Math.max(...own.map((l) => l.y1));
  const height = foot - start.y0;
  const textEnd = Math.max(...text.map((l) => l.y1));
  return textEnd + height + pitch <= foot;
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

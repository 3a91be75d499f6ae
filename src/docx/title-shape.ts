/**
 * GB/T 9704 7.3.1: a title too long for one line breaks "词意完整，排列对称，长短适宜", the lines
 * forming a trapezoid or a diamond. Word and LibreOffice would wrap it wherever the line fills, so
 * the writer chooses the breaks itself and sets them as explicit line breaks inside the one title
 * paragraph. Pure: text and capacity in, lines out.
 *
 * A break may fall only between words: never inside a word (Intl.Segmenter's Chinese words and the
 * 公文 vocabulary below, which the segmenter splits wrongly: 整|改进|展), never inside a quoted or
 * bracketed span, never inside a number or next to its unit, never before closing or after opening
 * punctuation. Among the allowed breaks it prefers the natural seams of a title: before 关于, after
 * 的, 暨, 和, 及, 与 and enumeration commas.
 */
import type { Layout } from './layout.js';
import { pageTwips, ptToTwips, widthInChars } from './measure.js';

/**
 * Words of report titles the segmenter does not hold together. A break never splits one; longer
 * entries also keep set phrases (营商环境) on one line.
 */
const TITLE_WORDS = [
  '关于', '整改', '进展', '情况', '报告', '落实', '工作', '问题', '反馈', '意见', '巡察', '巡视', '审计',
  '专项', '优化', '营商', '营商环境', '年度', '县级', '市级', '省级', '预算', '执行', '财政', '收支',
  '查出', '党组', '党委', '委员会', '人民政府', '办公室', '司法局', '通知', '方案', '决定', '请示',
  '推进', '加强', '开展', '实施', '部署', '决策', '监督', '检查', '整治', '治理', '建设', '发展',
];

const OPENERS = '“‘《（(〈「『【〔[';
const CLOSERS = '”’》）)〉」』】〕]';
/** Never at the start of a line. */
const NO_LINE_START = `${CLOSERS}，。、；：！？,.;:!?…—·％%`;
/** Breaks right after these (or right before 关于) are the natural seams of a title. */
const SEAM_AFTER = '的暨和及与、，';

const isDigit = (ch: string): boolean => /[0-9０-９]/.test(ch);
const isLatin = (ch: string): boolean => /[A-Za-z0-9]/.test(ch);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Where `text` may break: index i means "between text[i-1] and text[i]"; the value is true for a
 * preferred seam. Indices are of UTF-16 code units of whole code points.
 */
export function titleBreaks(text: string): Map<number, boolean> {
  const chars = [...text];
  const offsets: number[] = [];
  let at = 0;
  for (const ch of chars) {
    offsets.push(at);
    at += ch.length;
  }
  const blocked = new Set<number>();
  const blockInside = (start: number, end: number): void => {
    for (let i = start + 1; i < end; i++) blocked.add(i);
  };
  for (const s of segmenter.segment(text)) blockInside(s.index, s.index + s.segment.length);
  for (const word of TITLE_WORDS) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) blockInside(i, i + word.length);
  }

  const breaks = new Map<number, boolean>();
  let depth = 0;
  let straightQuote = false;
  for (let k = 1; k < chars.length; k++) {
    const prev = chars[k - 1]!;
    const next = chars[k]!;
    if (OPENERS.includes(prev)) depth++;
    else if (CLOSERS.includes(prev)) depth = Math.max(0, depth - 1);
    else if (prev === '"') straightQuote = !straightQuote;
    const i = offsets[k]!;
    if (depth > 0 || straightQuote || blocked.has(i)) continue;
    if (OPENERS.includes(prev) || NO_LINE_START.includes(next)) continue;
    // a number stays whole and with its unit (2022年度, 8项), and Latin words are not split
    if (isDigit(prev) || (isDigit(next) && /[0-9０-９.．]/.test(prev)) || (isLatin(prev) && isLatin(next))) continue;
    breaks.set(i, SEAM_AFTER.includes(prev) || text.startsWith('关于', i));
  }
  return breaks;
}

type Shape = 'single' | 'trapezoid' | 'diamond' | 'other';

/** Trapezoid: no line longer than the one above it. Diamond: rising to a widest middle, then falling. */
export function titleShape(widths: number[]): Shape {
  if (widths.length <= 1) return 'single';
  let k = 0;
  while (k + 1 < widths.length && widths[k + 1]! <= widths[k]!) k++;
  if (k === widths.length - 1) return 'trapezoid';
  // rising part, then a non-increasing part
  let peak = 0;
  while (peak + 1 < widths.length && widths[peak + 1]! >= widths[peak]!) peak++;
  for (let j = peak; j + 1 < widths.length; j++) if (widths[j + 1]! > widths[j]!) return 'other';
  const top = widths[peak]!;
  return widths.length >= 3 && widths[0]! < top && widths[widths.length - 1]! < top ? 'diamond' : 'other';
}

interface Candidate {
  cuts: number[];
  widths: number[];
  seams: number;
}

const SEAM_BONUS = 3;

function candidates(text: string, breaks: Map<number, boolean>, lines: number, capacity: number): Candidate[] {
  const points = [...breaks.keys()].sort((a, b) => a - b);
  const out: Candidate[] = [];
  const pick = (from: number, start: number, cuts: number[]): void => {
    if (cuts.length === lines - 1) {
      const bounds = [0, ...cuts, text.length];
      const widths = bounds.slice(1).map((end, j) => widthInChars(text.slice(bounds[j], end)));
      if (widths.every((w) => w <= capacity)) {
        out.push({ cuts: [...cuts], widths, seams: cuts.filter((c) => breaks.get(c)).length });
      }
      return;
    }
    for (let p = from; p < points.length; p++) {
      const cut = points[p]!;
      // a line already too wide: later cuts only make it wider
      if (widthInChars(text.slice(start, cut)) > capacity) break;
      // what is left must still fit on the lines left
      if (widthInChars(text.slice(cut)) > capacity * (lines - 1 - cuts.length)) continue;
      cuts.push(cut);
      pick(p + 1, cut, cuts);
      cuts.pop();
    }
  };
  pick(0, 0, []);
  return out;
}

/** Lower is better: lines of near-equal length, then seams over plain word breaks. */
const cost = (c: Candidate): number => Math.max(...c.widths) - Math.min(...c.widths) - SEAM_BONUS * c.seams;

function best(cs: Candidate[]): Candidate | undefined {
  let chosen: Candidate | undefined;
  for (const c of cs) if (!chosen || cost(c) < cost(chosen)) chosen = c;
  return chosen;
}

/**
 * Break a title into lines of at most `capacity` characters (full-width; Latin letters and digits
 * count half) forming a trapezoid (upper lines no shorter than lower) or a diamond. Tries the
 * fewest lines that can hold it, then one more; without a shaped solution it keeps the fewest
 * lines that fit, and when no break fits at all it returns the title whole for the word processor
 * to wrap. The lines joined give back the text.
 */
export function titleLines(text: string, capacity: number): string[] {
  const width = widthInChars(text);
  if (width <= capacity || capacity <= 0) return [text];
  const breaks = titleBreaks(text);
  const fewest = Math.ceil(width / capacity);
  const split = (c: Candidate): string[] => [0, ...c.cuts].map((start, j) => text.slice(start, c.cuts[j] ?? text.length));
  // more than a few lines is no longer a title shape; stop the search there
  for (let lines = fewest; lines <= Math.min(fewest + 1, 6); lines++) {
    const shaped = best(candidates(text, breaks, lines, capacity).filter((c) => titleShape(c.widths) !== 'other'));
    if (shaped) return split(shaped);
  }
  for (let lines = fewest; lines <= Math.min(fewest + 2, 8); lines++) {
    const any = best(candidates(text, breaks, lines, capacity));
    if (any) return split(any);
  }
  return [text];
}

/** How many title characters fit on one line of a text block `textWidth` twips wide. */
export function titleCapacity(layout: Layout, textWidth: number = portraitTextWidth(layout)): number {
  const advance = ptToTwips(layout.title.size) + ptToTwips(layout.characterSpacing);
  return Math.floor(textWidth / advance);
}

function portraitTextWidth(layout: Layout): number {
  const pg = pageTwips(layout);
  return pg.width - pg.left - pg.right;
}

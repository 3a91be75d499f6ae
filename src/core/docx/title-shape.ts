/**
 * GB/T 9704 7.3.1: a title too long for one line breaks "词意完整，排列对称，长短适宜", the lines
 * forming a trapezoid or a diamond. Word and LibreOffice would wrap it wherever the line fills, so
 * the writer chooses the breaks itself and sets them as explicit line breaks inside the one title
 * paragraph. Pure: text and capacity in, lines out.
 *
 * A break may fall only between words: never inside a word. Breaks at seams and at the edges of the
 * 公文 vocabulary below are tried first; only when they give no shaped lines are the breaks between
 * Intl.Segmenter's Chinese words tried (still never inside a listed word, which the segmenter
 * splits wrongly: 整|改进|展). Also never inside a quoted or
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

/** Made only for a title the known words cannot break: loading ICU's Chinese dictionary takes ~10 ms. */
let segmenter: Intl.Segmenter | undefined;

const isHan = (ch: string): boolean => /\p{Script=Han}/u.test(ch);

/**
 * Where `text` may break: index i means "between text[i-1] and text[i]"; the value is true for a
 * preferred seam. Indices are of UTF-16 code units of whole code points. These are the breaks of
 * both kinds titleLines may use (see knownWordBreaks and dictionaryBreaks).
 */
export function titleBreaks(text: string): Map<number, boolean> {
  return new Map([...dictionaryBreaks(text), ...knownWordBreaks(text)]);
}

/**
 * Breaks that need no dictionary: between two Chinese characters only at a seam or at the edge of
 * a known word, so no word outside the list can be split.
 */
function knownWordBreaks(text: string): Map<number, boolean> {
  return allowedBreaks(text, (chars, offsets, blocked) => {
    const edges = new Set<number>();
    for (const word of TITLE_WORDS) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) edges.add(i).add(i + word.length);
    }
    for (let k = 1; k < chars.length; k++) {
      const i = offsets[k]!;
      if (isHan(chars[k - 1]!) && isHan(chars[k]!) && !edges.has(i) && !SEAM_AFTER.includes(chars[k - 1]!) && !text.startsWith('关于', i)) blocked.add(i);
    }
  });
}

/** Breaks between the words of ICU's Chinese dictionary, for titles the known words cannot break. */
function dictionaryBreaks(text: string): Map<number, boolean> {
  return allowedBreaks(text, (_chars, _offsets, blocked) => {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const s of segmenter.segment(text)) for (let i = s.index + 1; i < s.index + s.segment.length; i++) blocked.add(i);
  });
}

function allowedBreaks(text: string, block: (chars: string[], offsets: number[], blocked: Set<number>) => void): Map<number, boolean> {
  const chars = [...text];
  const offsets: number[] = [];
  let at = 0;
  for (const ch of chars) {
    offsets.push(at);
    at += ch.length;
  }
  const blocked = new Set<number>();
  block(chars, offsets, blocked);
  for (const word of TITLE_WORDS) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) for (let j = i + 1; j < i + word.length; j++) blocked.add(j);
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

/**
 * How many partial line sets the search may visit for one number of lines. The sets of breaks grow
 * as a binomial in the breaks allowed (a 119-character title of short Latin words and numbers once
 * took 12 s); past the budget the best shape found so far is kept. The search order is fixed, so
 * the same title always gives the same lines.
 */
const SEARCH_BUDGET = 20_000;

function candidates(text: string, breaks: Map<number, boolean>, lines: number, capacity: number): Candidate[] {
  const points = [...breaks.keys()].sort((a, b) => a - b);
  // width of text.slice(0, i) for every index: each line's width is then a subtraction
  const prefix = new Float64Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // a surrogate pair counts once, as the full-width character it is
    prefix[i + 1] = prefix[i]! + (c >= 0xdc00 && c <= 0xdfff ? 0 : c >= 0xd800 && c <= 0xdbff ? 1 : c < 0x2000 ? 0.5 : 1);
  }
  const width = (from: number, to: number): number => prefix[to]! - prefix[from]!;
  const out: Candidate[] = [];
  let visits = 0;
  const pick = (from: number, start: number, cuts: number[]): void => {
    if (++visits > SEARCH_BUDGET) return;
    if (cuts.length === lines - 1) {
      const bounds = [0, ...cuts, text.length];
      const widths = bounds.slice(1).map((end, j) => width(bounds[j]!, end));
      if (widths.every((w) => w <= capacity)) {
        out.push({ cuts: [...cuts], widths, seams: cuts.filter((c) => breaks.get(c)).length });
      }
      return;
    }
    for (let p = from; p < points.length; p++) {
      const cut = points[p]!;
      // a line already too wide: later cuts only make it wider
      if (width(start, cut) > capacity) break;
      // what is left must still fit on the lines left
      if (width(cut, text.length) > capacity * (lines - 1 - cuts.length)) continue;
      cuts.push(cut);
      pick(p + 1, cut, cuts);
      cuts.pop();
      if (visits > SEARCH_BUDGET) return;
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
  const fewest = Math.ceil(width / capacity);
  // more lines than any shape tried below: the word processor wraps it (and no break is computed)
  if (fewest > 8) return [text];
  // the known words first: they never split a word; ICU's dictionary (slow to load) only when
  // they give no shaped lines
  const known = knownWordBreaks(text);
  const shaped = shapedLines(text, known, fewest, capacity);
  if (shaped) return shaped;
  const dictionary = dictionaryBreaks(text);
  return shapedLines(text, dictionary, fewest, capacity) ?? anyLines(text, known, fewest, capacity) ?? anyLines(text, dictionary, fewest, capacity) ?? [text];
}

const split = (text: string, c: Candidate): string[] => [0, ...c.cuts].map((start, j) => text.slice(start, c.cuts[j] ?? text.length));

function shapedLines(text: string, breaks: Map<number, boolean>, fewest: number, capacity: number): string[] | undefined {
  // more than a few lines is no longer a title shape; stop the search there
  for (let lines = fewest; lines <= Math.min(fewest + 1, 6); lines++) {
    const shaped = best(candidates(text, breaks, lines, capacity).filter((c) => titleShape(c.widths) !== 'other'));
    if (shaped) return split(text, shaped);
  }
  return undefined;
}

function anyLines(text: string, breaks: Map<number, boolean>, fewest: number, capacity: number): string[] | undefined {
  for (let lines = fewest; lines <= Math.min(fewest + 2, 8); lines++) {
    const any = best(candidates(text, breaks, lines, capacity));
    if (any) return split(text, any);
  }
  return undefined;
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

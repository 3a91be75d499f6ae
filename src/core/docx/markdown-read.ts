/**
 * Read the report Markdown (docs/report-markdown.md) into the report model. `marked` lexes it; two
 * things are added around it: fenced blocks `::: name` … `:::` are split off line by line before
 * lexing (they do not nest, so no block grammar is needed), and `**…**` is recognised with
 * CJK-aware flanking. Anything the writer cannot place is an `unmapped-markdown` error naming the
 * Markdown line, never a silent drop.
 */
import { Lexer, Marked, type Token, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import { placeIn, problem, type Params, type Problem } from '../../model/problem.js';
import { joinLines, replaceEachMatch, UnitWriter } from '../../model/text.js';
import { plainText, type Block, type ContentBlock, type Paragraph, type Run, type TableBlock } from './report-model.js';
import { pushAll } from '../../model/lists.js';

const FENCE_NAMES = ['masthead', 'subtitle', 'speaker', 'to', 'attachment-note', 'signature', 'sealed-signature', 'attachment', 'colophon'] as const;

/**
 * CommonMark's flanking rules leave `**整改措施：**立行立改` unbolded: a closing `**` after
 * punctuation and before a letter is not right-flanking. Chinese text has no spaces to flank with,
 * so here `**` opens when followed by a non-space and closes at the next unescaped `**` that
 * follows a non-space, whatever surrounds it.
 */
const STRONG = /^\*\*(?![\s*])((?:\\[\s\S]|[^\\*]|\*(?!\*))+?)\*\*/;

/**
 * Where a text token may end at the latest. marked's text rule stops before every `*` anyway (where
 * this tokenizer is asked), but it also looks ahead from each token's start over a whole run of
 * address characters for an e-mail `@`; offering a start at most START_WINDOW characters on bounds
 * that look (marked joins the text on both sides of a false start back into one token). The start
 * is asked once per text token, so it looks no further than the window either: a paragraph of many
 * short tokens (`!!!!…`) costs a window per token, not the rest of the paragraph per token.
 */
const START_WINDOW = 256;

function nextStart(src: string): number {
  const window = src.length > START_WINDOW + 1 ? src.slice(0, START_WINDOW + 1) : src;
  for (let i = window.indexOf('**'); i >= 0; i = window.indexOf('**', i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && src[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) return i;
  }
  return Math.min(src.length, START_WINDOW);
}

const cjkStrong: TokenizerAndRendererExtension = {
  name: 'cjkStrong',
  level: 'inline',
  start: nextStart,
  tokenizer(src: string) {
    if (src.charCodeAt(0) !== 0x2a || src.charCodeAt(1) !== 0x2a) return undefined;
    const m = STRONG.exec(src);
    if (!m || /\s$/.test(m[1]!)) return undefined;
    return { type: 'strong', raw: m[0], text: m[1]!, tokens: this.lexer.inlineTokens(m[1]!) };
  },
};

/** A line of only `=` or only `-` (after at most three spaces), trailing spaces allowed. */
function isUnderline(line: string): boolean {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 0x20) i++;
  const mark = line[i];
  if (mark !== '=' && mark !== '-') return false;
  while (line[i] === mark) i++;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i === line.length;
}

/**
 * marked tries a setext heading (a line underlined with === or ---) at every paragraph, with one
 * regular expression that re-tests the paragraph's continuation rules at each character: the
 * costliest step of lexing a report, whose paragraphs are long and never underlined. A plain look
 * for an underline before the paragraph's first blank line decides whether to ask it at all;
 * `false` hands the paragraph to marked's own rule, so what is a heading does not change.
 */
function mayBeSetextHeading(src: string): boolean {
  const blank = src.indexOf('\n\n');
  const end = blank < 0 ? src.length : blank;
  for (let nl = src.indexOf('\n'); nl >= 0 && nl < end; nl = src.indexOf('\n', nl + 1)) {
    const next = src.indexOf('\n', nl + 1);
    if (isUnderline(src.slice(nl + 1, next < 0 || next > end ? end : next))) return true;
  }
  return false;
}

const marked = new Marked({
  gfm: true,
  extensions: [cjkStrong],
  tokenizer: {
    lheading: (src: string) => (mayBeSetextHeading(src) ? false : undefined),
    // GFM's bare-URL links: ledger text escapes them, the writer places no links, and the rule
    // scanned the whole rest of a paragraph from every token for an e-mail address's `@`
    url: () => undefined,
  },
});

/**
 * Two inputs make marked slow whatever the rules: every `[` in a paragraph sends it through its
 * reference-link search (up to a thousand steps each), and a run of spaces is scanned from each of
 * its spaces for a hard line break. Ledger text brings both (`\[` is how an escaped bracket reads;
 * spaces are kept as typed), so before lexing an escaped `[` becomes SHIELD_BRACKET and every
 * space after the first of a run inside a line SHIELD_SPACE; text runs turn them back. Control
 * characters no report holds (validation refuses them in ledger text); a Markdown that has them
 * anyway is lexed as it is.
 */
const SHIELD_BRACKET = '\u0001';
const SHIELD_SPACE = '\u0002';

function shield(text: string): string {
  if (text.includes(SHIELD_BRACKET) || text.includes(SHIELD_SPACE)) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      if (text.charCodeAt(i + 1) === 0x5b) {
        out += text.slice(at, i) + SHIELD_BRACKET;
        at = i + 2;
      }
      i++;
    } else if (c === 0x20 && i > 0 && text.charCodeAt(i - 1) !== 0x0a) {
      let end = i + 1;
      while (text.charCodeAt(end) === 0x20) end++;
      const after = text.charCodeAt(end);
      // a run before a line end or a cell border keeps its meaning (a hard break, trimmed cell)
      if (end - i > 1 && end < text.length && after !== 0x0a && after !== 0x7c) {
        out += text.slice(at, i + 1) + SHIELD_SPACE.repeat(end - i - 1);
        at = end;
      }
      i = end - 1;
    }
  }
  return at === 0 ? text : out + text.slice(at);
}

function unshield(text: string): string {
  if (!text.includes(SHIELD_BRACKET) && !text.includes(SHIELD_SPACE)) return text;
  return text.replaceAll(SHIELD_BRACKET, '[').replaceAll(SHIELD_SPACE, ' ');
}

interface Segment {
  /** the block name as written; unknown names are reported while splitting */
  fence?: string;
  /** line of the `::: name` opener, or of the segment's first line */
  openLine: number;
  /** 1-based line of the segment's first text line */
  firstLine: number;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** A character reference's body, between `&` and `;`: the one grammar decodeEntities, fastInline and decodeRun read. */
const REFERENCE = '#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+';
const REFERENCES = new RegExp(`&(${REFERENCE});`, 'g');
const ONE_REFERENCE = new RegExp(`^&(${REFERENCE});$`);

/** Undo the entity references CommonMark gives meaning to; unknown names stay as written. */
function decodeEntities(s: string): string {
  return s.replace(REFERENCES, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

export interface ReadResult {
  blocks: Block[];
  problems: Problem[];
}

type Report = (line: number, code: string, params?: Params) => void;
/** A construct the writer cannot place: its kind (a marked token type, or one of ours) and how it reads. */
type Unmapped = (line: number, construct: string, sample?: string, fence?: string) => void;

export function readReportMarkdown(markdown: string, file: string): ReadResult {
  const problems: Problem[] = [];
  const error: Report = (line, code, params = {}) => {
    problems.push(problem(code, placeIn(file, line, 1), params));
  };
  const unmapped: Unmapped = (line, construct, sample = '', fence = '') => error(line, 'unmapped-markdown', { construct, sample, fence });

  const segments = splitFences(markdown.replace(/\r\n?/g, '\n'), error);
  const blocks: Block[] = [];
  let titles = 0;

  for (const seg of segments) {
    const content = lexSegment(seg, unmapped);
    const where = seg.openLine;
    const paragraphsOnly = (): Paragraph[] => {
      const out: Paragraph[] = [];
      for (const b of content) {
        if (b.kind === 'body') out.push(b.runs);
        else unmapped(b.line, b.kind, '', seg.fence);
      }
      return out;
    };
    switch (seg.fence) {
      case undefined:
        for (const b of content) {
          if (b.kind === 'table') unmapped(b.line, 'table-outside-attachment');
          else if (b.kind === 'title' && ++titles > 1)
            error(b.line, 'duplicate-title');
          else blocks.push(b);
        }
        break;
      case 'subtitle':
      case 'speaker': {
        const ps = paragraphsOnly();
        if (ps.length !== 1) error(where, 'bad-fenced-block', { rule: seg.fence, found: ps.length });
        else blocks.push({ kind: 'subtitle', line: where, role: seg.fence, runs: ps[0]! });
        break;
      }
      case 'to': {
        const ps = paragraphsOnly();
        if (ps.length !== 1) error(where, 'bad-fenced-block', { rule: 'to', found: ps.length });
        else blocks.push({ kind: 'addressee', line: where, runs: ps[0]! });
        break;
      }
      case 'attachment-note': {
        const ps = paragraphsOnly();
        if (ps.length === 0) error(where, 'bad-fenced-block', { rule: 'attachment-note' });
        else blocks.push({ kind: 'attachment-note', line: where, paragraphs: ps });
        break;
      }
      case 'signature':
      case 'sealed-signature': {
        const ps = paragraphsOnly();
        if (ps.length < 2)
          error(where, 'bad-fenced-block', { rule: 'signature', found: ps.length });
        else blocks.push({ kind: 'signature', line: where, units: ps.slice(0, -1), date: ps[ps.length - 1]!, sealed: seg.fence === 'sealed-signature' });
        break;
      }
      case 'masthead': {
        // the issuing authority's mark, then the document number, and 签发人：NAME when filed upward
        const ps = paragraphsOnly();
        const signerAt = ps.findIndex((p, i) => i > 0 && /^签发人[：:]/.test(plainText(p)));
        const rest = ps.slice(1).filter((_, i) => i + 1 !== signerAt);
        if (ps.length === 0 || rest.length > 1) {
          error(where, 'bad-fenced-block', { rule: 'masthead', found: ps.length });
          break;
        }
        const signer = signerAt > 0 ? stripLabel(ps[signerAt]!, /^签发人[：:]\s*/) : undefined;
        blocks.push({ kind: 'masthead', line: where, issuer: ps[0]!, ...(rest[0] ? { number: rest[0] } : {}), ...(signer ? { signer } : {}) });
        break;
      }
      case 'colophon': {
        // 抄送：…。 (optional), the printing office, the date line ending in 印发
        const ps = paragraphsOnly();
        const cc = ps.length > 0 && /^抄送[：:]/.test(plainText(ps[0]!)) ? ps[0] : undefined;
        const rest = cc ? ps.slice(1) : ps;
        if (rest.length !== 2 || !/印发$/.test(plainText(rest[1]!))) {
          error(where, 'bad-fenced-block', { rule: 'colophon', found: ps.length });
          break;
        }
        blocks.push({ kind: 'colophon', line: where, ...(cc ? { cc } : {}), printer: rest[0]!, printed: rest[1]! });
        break;
      }
      case 'attachment': {
        const [first, ...rest] = content;
        if (!first || first.kind !== 'body') {
          error(where, 'bad-fenced-block', { rule: 'attachment-label' });
          break;
        }
        blocks.push({ kind: 'attachment', line: where, label: first.runs, content: rest });
        break;
      }
      default:
        // an unknown block name was reported while splitting
        break;
    }
  }
  return { blocks, problems };
}

/**
 * `::: name` → `name`; a closing `:::` → ''; any other line → undefined. Read by hand, one pass:
 * the pattern it replaces backtracked over a long name followed by anything else.
 */
function fenceLine(line: string): string | undefined {
  if (!line.startsWith(':::')) return undefined;
  let i = 3;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const start = i;
  if (i < line.length && /[A-Za-z]/.test(line[i]!)) {
    i++;
    while (i < line.length && /[\w-]/.test(line[i]!)) i++;
  }
  const name = line.slice(start, i);
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i === line.length ? name : undefined;
}

/** A paragraph without the label it starts with (签发人：). */
function stripLabel(p: Paragraph, label: RegExp): Paragraph {
  const [first, ...rest] = p;
  if (!first) return p;
  const text = first.text.replace(label, '');
  return text === '' ? rest : [{ ...first, text }, ...rest];
}

function splitFences(md: string, error: Report): Segment[] {
  const lines = md.split('\n');
  const segments: Segment[] = [];
  let current: Segment = { openLine: 1, firstLine: 1, text: '' };
  const buf: string[] = [];
  const flush = (): void => {
    current.text = buf.join('\n');
    if (current.fence || current.text.trim()) segments.push(current);
    buf.length = 0;
  };
  lines.forEach((line, i) => {
    const n = i + 1;
    const fence = fenceLine(line);
    const open = fence !== undefined && fence !== '' ? [line, fence] : null;
    const close = fence === '';
    if (open) {
      if (current.fence) {
        error(n, 'bad-fenced-block', { rule: 'nested', fence: String(open[1]), outer: current.fence ?? '', outerLine: current.openLine });
        return;
      }
      const name = open[1]!;
      if (!(FENCE_NAMES as readonly string[]).includes(name)) {
        error(n, 'unmapped-markdown', { construct: 'unknown-fence', fence: name, known: FENCE_NAMES.join(', ') });
      }
      flush();
      current = { fence: name, openLine: n, firstLine: n + 1, text: '' };
      return;
    }
    if (close) {
      if (!current.fence) {
        error(n, 'bad-fenced-block', { rule: 'stray-close' });
        return;
      }
      flush();
      current = { openLine: n + 1, firstLine: n + 1, text: '' };
      return;
    }
    buf.push(line);
  });
  if (current.fence) {
    error(current.openLine, 'bad-fenced-block', { rule: 'unclosed', fence: current.fence ?? '' });
  }
  flush();
  return segments;
}

function lexSegment(seg: Segment, unmapped: Unmapped): ContentBlock[] {
  const out: ContentBlock[] = [];
  let line = seg.firstLine;
  // blocks by marked; their inline text by inlineOf (fast, linear), marked only where it must
  const lexer = new Lexer(marked.defaults);
  const inline = (text: string, at: number): Paragraph => inlineOf(text, at, lexer, unmapped);
  // line ends are LF already: readReportMarkdown normalised them before splitting the segments
  for (const token of lexer.blockTokens(seg.text)) {
    const at = line;
    line += countNewlines(token.raw);
    switch (token.type) {
      case 'space':
        break;
      case 'heading': {
        const t = token as Tokens.Heading;
        const runs = inline(t.text, at);
        if (t.depth === 1) out.push({ kind: 'title', line: at, runs });
        else if (t.depth <= 5) out.push({ kind: 'heading', line: at, level: (t.depth - 1) as 1 | 2 | 3 | 4, runs });
        else unmapped(at, 'heading6');
        break;
      }
      case 'paragraph':
        out.push({ kind: 'body', line: at, runs: inline((token as Tokens.Paragraph).text, at) });
        break;
      case 'table': {
        const t = token as Tokens.Table;
        const table: TableBlock = {
          kind: 'table',
          line: at,
          header: t.header.map((c) => inline(c.text, at)),
          rows: t.rows.map((r, i) => r.map((c) => inline(c.text, at + 2 + i))),
          align: t.align,
        };
        out.push(table);
        break;
      }
      default:
        unmapped(at, token.type, sampleOf(token));
    }
  }
  return out;
}

/** Runs of one inline text: the fast reader when the text holds only what it knows, else marked's tokens. */
function inlineOf(text: string, line: number, lexer: Lexer, unmapped: Unmapped): Paragraph {
  const fast = fastInline(text);
  if (fast) return finishRuns(fast);
  return inlineRuns(lexer.inlineTokens(shield(text)), line, unmapped);
}

// What the fast reader stops at: characters that may open a construct other than `**bold**`.
const SPECIAL = new Uint8Array(128);
for (const c of '\\&*_`[]<~\n') SPECIAL[c.charCodeAt(0)] = 1;

const isAsciiPunctuation = (c: number): boolean => (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);

/** `&…;` at `i` as decodeEntities reads it: the character and the reference's length, or undefined. */
function referenceAt(text: string, i: number): { char: string; length: number } | undefined {
  const semi = text.slice(i + 1, i + 33).indexOf(';');
  if (semi < 0) return undefined;
  const end = i + 1 + semi;
  const whole = text.slice(i, end + 1);
  const m = ONE_REFERENCE.exec(whole);
  if (!m) return undefined;
  const decoded = decodeEntities(whole);
  return decoded === whole ? undefined : { char: decoded, length: whole.length };
}

/**
 * A run's Markdown as the ledger's characters: the backslash escapes of ASCII punctuation and the
 * character references fastInline accepted, decoded in one pass. Escapes alone (ledger text as
 * escapeMarkdown writes it, over megabytes with an escape at every other character) are undone a
 * code unit at a time (see UnitWriter).
 */
const ESCAPE_OR_REFERENCE = new RegExp(`\\\\([!-/:-@[-\`{-~])|&(?:${REFERENCE});`, 'g');
function decodeRun(markdown: string, references: boolean): string {
  if (references) return replaceEachMatch(markdown, ESCAPE_OR_REFERENCE, ([whole, escaped]) => escaped ?? decodeEntities(whole));
  const out = new UnitWriter();
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    const next = markdown.charCodeAt(i + 1);
    if (c === 0x5c && isAsciiPunctuation(next)) {
      out.push(next);
      i++;
    } else {
      out.push(c);
    }
  }
  return out.text();
}

/**
 * The inline grammar the writer places — text, backslash escapes, character references, soft line
 * breaks and `**bold**` (opened before a non-space, closed by the next unescaped `**` after a
 * non-space, as cjkStrong reads it) — in one pass over the text. Anything else (a single `*`, `_`,
 * a backtick, brackets, `<`, `~`, a hard line break, a `**` that does not close) gives undefined,
 * and marked reads the text instead, so what is a construct is never decided here.
 */
function fastInline(text: string, bold = false): Run[] | undefined {
  const runs: Run[] = [];
  const n = text.length;
  // the current run is text.slice(start, i), holding escapes and references when these say so
  let start = 0;
  let escaped = false;
  let references = false;
  // the last two characters of the current run as read (a hard break is two spaces before a line end)
  let last = -1;
  let beforeLast = -1;
  const read = (unit: number): void => {
    beforeLast = last;
    last = unit;
  };
  const take = (end: number, asBold: boolean): void => {
    if (end > start) {
      const markdown = text.slice(start, end);
      runs.push({ text: escaped || references ? decodeRun(markdown, references) : markdown, bold: asBold });
    }
    escaped = references = false;
    last = beforeLast = -1;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || SPECIAL[c] === 0) {
      read(c);
      i++;
      continue;
    }
    if (c === 0x5c) {
      const next = text.charCodeAt(i + 1);
      if (isAsciiPunctuation(next)) {
        escaped = true;
        read(next);
        i += 2;
      } else if (next === 0x0a) {
        return undefined; // a hard line break
      } else {
        read(0x5c);
        i++;
      }
    } else if (c === 0x26) {
      const ref = referenceAt(text, i);
      if (ref) {
        references = true;
        for (let k = 0; k < ref.char.length; k++) read(ref.char.charCodeAt(k));
        i += ref.length;
      } else {
        read(0x26);
        i++;
      }
    } else if (c === 0x0a) {
      // two spaces before a line end: a hard break
      if (last === 0x20 && beforeLast === 0x20) return undefined;
      read(0x0a);
      i++;
    } else if (c === 0x2a && !bold && text.charCodeAt(i + 1) === 0x2a && text.charCodeAt(i + 2) !== 0x2a && text.charCodeAt(i - 1) !== 0x2a) {
      const close = closingStars(text, i + 2);
      if (close < 0) return undefined;
      const inner = fastInline(text.slice(i + 2, close), true);
      if (!inner) return undefined;
      take(i, false);
      pushAll(runs, inner);
      i = close + 2;
      start = i;
    } else {
      return undefined;
    }
  }
  take(n, bold);
  return runs;
}

/**
 * Where the `**` opened just before `from` closes: the next unescaped `**`, when what it encloses
 * starts and ends with a non-space (cjkStrong's rule); -1 when it does not close so.
 */
function closingStars(text: string, from: number): number {
  const first = text.charCodeAt(from);
  if (Number.isNaN(first) || first === 0x2a || /\s/.test(text[from]!)) return -1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      i++;
      continue;
    }
    if (c === 0x2a && text.charCodeAt(i + 1) === 0x2a) return /\s/.test(text[i - 1]!) ? -1 : i;
  }
  return -1;
}

/** Neighbouring runs of the same weight joined, soft breaks joined, empty runs dropped. */
function finishRuns(runs: Run[]): Paragraph {
  const joined: Run[] = [];
  for (const r of runs) {
    const last = joined[joined.length - 1];
    if (last && last.bold === r.bold) last.text += r.text;
    else joined.push({ ...r });
  }
  for (const r of joined) r.text = joinLines(r.text);
  return joined.filter((r) => r.text !== '');
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** How the construct reads in the Markdown, for the message: its first 40 characters. */
function sampleOf(token: Token): string {
  return JSON.stringify(unshield(token.raw).trim().slice(0, 40));
}

/** Inline tokens to runs: text and escapes become the ledger's characters, strong becomes bold. */
function inlineRuns(tokens: Token[] | undefined, line: number, unmapped: Unmapped): Paragraph {
  const runs: Run[] = [];
  const push = (text: string, bold: boolean): void => {
    const last = runs[runs.length - 1];
    if (last && last.bold === bold) last.text += text;
    else if (text) runs.push({ text, bold });
  };
  let at = line;
  const walk = (ts: Token[] | undefined, bold: boolean): void => {
    for (const t of ts ?? []) {
      if (t.type === 'text' && !(t as Tokens.Text).tokens) push(unshield(decodeEntities((t as Tokens.Text).text)), bold);
      else if (t.type === 'escape') push((t as Tokens.Escape).text, bold);
      else if (t.type === 'strong' && !bold) walk((t as Tokens.Strong).tokens, true);
      else unmapped(at, t.type, sampleOf(t));
      at += countNewlines(t.raw);
    }
  };
  walk(tokens, false);
  // a soft line break of the Markdown joins as a line break of ledger text does
  for (const r of runs) r.text = joinLines(r.text);
  return runs.filter((r) => r.text !== '');
}

/**
 * Read the report Markdown (docs/report-markdown.md) into the report model. `marked` lexes it; two
 * things are added around it: fenced blocks `::: name` … `:::` are split off line by line before
 * lexing (they do not nest, so no block grammar is needed), and `**…**` is recognised with
 * CJK-aware flanking. Anything the writer cannot place is an `unmapped-markdown` error naming the
 * Markdown line, never a silent drop.
 */
import { Marked, type Token, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import { placeIn, problem, type Params, type Problem } from '../../model/problem.js';
import type { Block, ContentBlock, Paragraph, Run, TableBlock } from './report-model.js';

const FENCE_NAMES = ['to', 'attachment-note', 'signature', 'attachment'] as const;

/**
 * CommonMark's flanking rules leave `**整改措施：**立行立改` unbolded: a closing `**` after
 * punctuation and before a letter is not right-flanking. Chinese text has no spaces to flank with,
 * so here `**` opens when followed by a non-space and closes at the next unescaped `**` that
 * follows a non-space, whatever surrounds it.
 */
const STRONG = /^\*\*(?![\s*])((?:\\[\s\S]|[^\\*]|\*(?!\*))+?)\*\*/;

// marked asks for the next start once per inline token, each time with the rest of the paragraph;
// scanning all of it every time made a long paragraph full of escapes quadratic (300,000 characters
// took seconds). The scan is bounded: with no `**` in the window, the window's end is offered as a
// possible start. marked allows such a false start — the text on both sides is joined back into
// one text token — so the runs come out the same.
const START_WINDOW = 4096;

function firstUnescapedDoubleStar(src: string): number | undefined {
  const window = src.length > START_WINDOW ? src.slice(0, START_WINDOW + 1) : src;
  for (let i = window.indexOf('**'); i >= 0; i = window.indexOf('**', i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && src[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) return i;
  }
  return src.length > START_WINDOW ? START_WINDOW : undefined;
}

const cjkStrong: TokenizerAndRendererExtension = {
  name: 'cjkStrong',
  level: 'inline',
  start: (src: string) => firstUnescapedDoubleStar(src),
  tokenizer(src: string) {
    const m = STRONG.exec(src);
    if (!m || /\s$/.test(m[1]!)) return undefined;
    return { type: 'strong', raw: m[0], text: m[1]!, tokens: this.lexer.inlineTokens(m[1]!) };
  },
};

/**
 * marked tries a setext heading (a line underlined with === or ---) at every paragraph, with one
 * regular expression that re-tests the paragraph's continuation rules at each character: the
 * costliest step of lexing a report, whose paragraphs are long and never underlined. A plain look
 * for an underline before the paragraph's first blank line decides whether to ask it at all;
 * `false` hands the paragraph to marked's own rule, so what is a heading does not change.
 */
const UNDERLINE = /\n {0,3}(?:=+|-+)[ \t]*(?:\n|$)/;
function mayBeSetextHeading(src: string): boolean {
  const blank = src.indexOf('\n\n');
  return UNDERLINE.test(blank < 0 ? src : src.slice(0, blank + 1));
}

const lexer = new Marked({
  gfm: true,
  extensions: [cjkStrong],
  tokenizer: {
    lheading: (src: string) => (mayBeSetextHeading(src) ? false : undefined),
  },
});

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

/** Undo the entity references CommonMark gives meaning to; unknown names stay as written. */
function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/;

/** A soft line break inside a paragraph: nothing between Chinese characters, a space between Latin words. */
function joinSoftBreaks(s: string): string {
  return s.replace(/[ \t]*\n[ \t]*/g, (_m, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + _m.length] ?? '';
    return CJK.test(before) || CJK.test(after) ? '' : ' ';
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
      case 'signature': {
        const ps = paragraphsOnly();
        if (ps.length < 2)
          error(where, 'bad-fenced-block', { rule: 'signature', found: ps.length });
        else blocks.push({ kind: 'signature', line: where, units: ps.slice(0, -1), date: ps[ps.length - 1]! });
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
    const open = /^:::[ \t]*([A-Za-z][\w-]*)[ \t]*$/.exec(line);
    const close = /^:::[ \t]*$/.test(line);
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
  for (const token of lexer.lexer(seg.text)) {
    const at = line;
    line += countNewlines(token.raw);
    switch (token.type) {
      case 'space':
        break;
      case 'heading': {
        const t = token as Tokens.Heading;
        const runs = inlineRuns(t.tokens, at, unmapped);
        if (t.depth === 1) out.push({ kind: 'title', line: at, runs });
        else if (t.depth <= 5) out.push({ kind: 'heading', line: at, level: (t.depth - 1) as 1 | 2 | 3 | 4, runs });
        else unmapped(at, 'heading6');
        break;
      }
      case 'paragraph':
        out.push({ kind: 'body', line: at, runs: inlineRuns((token as Tokens.Paragraph).tokens, at, unmapped) });
        break;
      case 'table': {
        const t = token as Tokens.Table;
        const table: TableBlock = {
          kind: 'table',
          line: at,
          header: t.header.map((c) => inlineRuns(c.tokens, at, unmapped)),
          rows: t.rows.map((r, i) => r.map((c) => inlineRuns(c.tokens, at + 2 + i, unmapped))),
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

function countNewlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
}

/** How the construct reads in the Markdown, for the message: its first 40 characters. */
function sampleOf(token: Token): string {
  return JSON.stringify(token.raw.trim().slice(0, 40));
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
      if (t.type === 'text' && !(t as Tokens.Text).tokens) push(decodeEntities((t as Tokens.Text).text), bold);
      else if (t.type === 'escape') push((t as Tokens.Escape).text, bold);
      else if (t.type === 'strong' && !bold) walk((t as Tokens.Strong).tokens, true);
      else unmapped(at, t.type, sampleOf(t));
      at += countNewlines(t.raw);
    }
  };
  walk(tokens, false);
  for (const r of runs) r.text = joinSoftBreaks(r.text);
  return runs.filter((r) => r.text !== '');
}

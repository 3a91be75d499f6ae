/**
 * Read the report Markdown (docs/report-markdown.md) into the report model. `marked` lexes it; two
 * things are added around it: fenced blocks `::: name` … `:::` are split off line by line before
 * lexing (they do not nest, so no block grammar is needed), and `**…**` is recognised with
 * CJK-aware flanking. Anything the writer cannot place is an `unmapped-markdown` error naming the
 * Markdown line, never a silent drop.
 */
import { Marked, type Token, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import type { Diagnostic, Lang } from '../../model/diagnostic.js';
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

function say(lang: Lang, en: string, zh: string): string {
  return lang === 'zh' ? zh : en;
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
  diagnostics: Diagnostic[];
}

export function readReportMarkdown(markdown: string, file: string, lang: Lang = 'en'): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, code: string, message: string, hint: string): void => {
    diagnostics.push({ severity: 'error', code, message, file, line, column: 1, path: '', hint });
  };
  const unmapped = (line: number, what: string): void =>
    error(line, 'unmapped-markdown',
      say(lang, `the .docx writer cannot place ${what}`, `.docx 生成器无法排版此处的 ${what}`),
      say(lang, 'use only the constructs of docs/report-markdown.md (headings #–#####, paragraphs, **bold**, ::: blocks, a pipe table inside ::: attachment); escape literal characters with \\',
        '只使用 docs/report-markdown.md 所列写法（# 至 ##### 标题、段落、**加粗**、::: 块、附件中的表格）；字面字符用 \\ 转义'));

  const segments = splitFences(markdown.replace(/\r\n?/g, '\n'), error, lang);
  const blocks: Block[] = [];
  let titles = 0;

  for (const seg of segments) {
    const content = lexSegment(seg, unmapped);
    const where = seg.openLine;
    const paragraphsOnly = (): Paragraph[] => {
      const out: Paragraph[] = [];
      for (const b of content) {
        if (b.kind === 'body') out.push(b.runs);
        else unmapped(b.line, say(lang, `a ${b.kind} inside ::: ${seg.fence}`, `::: ${seg.fence} 中的 ${b.kind}`));
      }
      return out;
    };
    switch (seg.fence) {
      case undefined:
        for (const b of content) {
          if (b.kind === 'table') unmapped(b.line, say(lang, 'a table outside ::: attachment', '::: attachment 之外的表格'));
          else if (b.kind === 'title' && ++titles > 1)
            error(b.line, 'duplicate-title', say(lang, 'a second # title in the document body', '正文中出现第二个 # 标题'), say(lang, 'the body has one title; an attachment takes its own inside ::: attachment', '正文只有一个标题；附件标题写在 ::: attachment 内'));
          else blocks.push(b);
        }
        break;
      case 'to': {
        const ps = paragraphsOnly();
        if (ps.length !== 1) error(where, 'bad-fenced-block', say(lang, `::: to holds one paragraph, found ${ps.length}`, `::: to 应只含一段，实际 ${ps.length} 段`), '');
        else blocks.push({ kind: 'addressee', line: where, runs: ps[0]! });
        break;
      }
      case 'attachment-note': {
        const ps = paragraphsOnly();
        if (ps.length === 0) error(where, 'bad-fenced-block', say(lang, '::: attachment-note is empty', '::: attachment-note 为空'), '');
        else blocks.push({ kind: 'attachment-note', line: where, paragraphs: ps });
        break;
      }
      case 'signature': {
        const ps = paragraphsOnly();
        if (ps.length < 2)
          error(where, 'bad-fenced-block', say(lang, `::: signature holds the issuing unit then the date, found ${ps.length} paragraph(s)`, `::: signature 应含发文机关与成文日期两段，实际 ${ps.length} 段`), '');
        else blocks.push({ kind: 'signature', line: where, units: ps.slice(0, -1), date: ps[ps.length - 1]! });
        break;
      }
      case 'attachment': {
        const [first, ...rest] = content;
        if (!first || first.kind !== 'body') {
          error(where, 'bad-fenced-block', say(lang, '::: attachment must start with its label paragraph (附件 or 附件1)', '::: attachment 须以附件标识段（附件 或 附件1）开头'), '');
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
  return { blocks, diagnostics };
}

function splitFences(md: string, error: (line: number, code: string, message: string, hint: string) => void, lang: Lang): Segment[] {
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
        error(n, 'bad-fenced-block', say(lang, `::: ${open[1]} opened inside ::: ${current.fence} (line ${current.openLine}); fenced blocks do not nest`, `::: ${open[1]} 写在 ::: ${current.fence}（第 ${current.openLine} 行）之内；::: 块不能嵌套`), say(lang, 'close the first block with a line ":::"', '先用单独一行 ":::" 结束前一个块'));
        return;
      }
      const name = open[1]!;
      if (!(FENCE_NAMES as readonly string[]).includes(name)) {
        error(n, 'unmapped-markdown', say(lang, `unknown fenced block ::: ${name}`, `未知的 ::: ${name} 块`), say(lang, `known blocks: ${FENCE_NAMES.join(', ')}`, `可用的块：${FENCE_NAMES.join('、')}`));
      }
      flush();
      current = { fence: name, openLine: n, firstLine: n + 1, text: '' };
      return;
    }
    if (close) {
      if (!current.fence) {
        error(n, 'bad-fenced-block', say(lang, '":::" closes no open block', '":::" 前没有打开的块'), '');
        return;
      }
      flush();
      current = { openLine: n + 1, firstLine: n + 1, text: '' };
      return;
    }
    buf.push(line);
  });
  if (current.fence) {
    error(current.openLine, 'bad-fenced-block', say(lang, `::: ${current.fence} is never closed`, `::: ${current.fence} 没有结束行`), say(lang, 'end it with a line ":::"', '用单独一行 ":::" 结束'));
  }
  flush();
  return segments;
}

function lexSegment(seg: Segment, unmapped: (line: number, what: string) => void): ContentBlock[] {
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
        else unmapped(at, 'a level-6 heading (######)');
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
        unmapped(at, describeToken(token));
    }
  }
  return out;
}

function countNewlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
}

function describeToken(token: Token): string {
  const names: Record<string, string> = {
    code: 'a code block', blockquote: 'a block quote (>)', list: 'a list', hr: 'a thematic break (---)',
    html: 'raw HTML', def: 'a link reference definition', em: 'emphasis (*…* or _…_)', codespan: 'inline code (`…`)',
    br: 'a hard line break', del: 'strikethrough (~~…~~)', link: 'a link', image: 'an image',
  };
  return `${names[token.type] ?? `a ${token.type} token`}: ${JSON.stringify(token.raw.trim().slice(0, 40))}`;
}

/** Inline tokens to runs: text and escapes become the ledger's characters, strong becomes bold. */
function inlineRuns(tokens: Token[] | undefined, line: number, unmapped: (line: number, what: string) => void): Paragraph {
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
      else unmapped(at, describeToken(t));
      at += countNewlines(t.raw);
    }
  };
  walk(tokens, false);
  for (const r of runs) r.text = joinSoftBreaks(r.text);
  return runs.filter((r) => r.text !== '');
}

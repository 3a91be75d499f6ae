/**
 * Ledger text reaches the report verbatim, so every ledger string is escaped before it enters the
 * Markdown: it can never open a heading, list, table cell, fence, emphasis, link or HTML. The docx
 * writer un-escapes with CommonMark's backslash rule, giving back the ledger's characters.
 *
 * Line breaks: a paragraph has no hard breaks (docs/report-markdown.md), so a line break inside
 * ledger text (YAML block scalars, pasted text) is joined: removed between two CJK characters or
 * full-width punctuation — Chinese has no spaces between words — and turned into one space
 * otherwise. Trailing line breaks of a block scalar are dropped. The same rule holds in table cells,
 * where a line break would end the row.
 */

import { joinLines, replaceEachMatch, UnitWriter } from '../../model/text.js';

export { joinLines };

// Always active in CommonMark/GFM wherever they stand: one list, as a pattern for short texts and
// a table for the code-unit pass over long ones.
const INLINE_ACTIVE_CHARS = '\\`*_[]<>|~&';
const INLINE_ACTIVE = new RegExp(`[${INLINE_ACTIVE_CHARS.replace(/[\\\]]/g, '\\$&')}]`, 'g');
// Active only where a line starts: headings, quotes, lists, setext underlines, our `:::` fences. A
// number starts an ordered list only when a space follows it (`1. 项`), never `1.关于…`, which
// headings and run-in paragraphs begin with; a leading `.` or `)` (then a space) could finish the
// ordered-list marker of digits written just before it.
const LINE_START_ACTIVE = /^(#|[-+=:]|\d*[.)](?=[ \t]|$))/;
// GFM turns bare URLs and e-mail addresses into links with no marker at all; escaping the one
// character each pattern needs (the `:` of `http://`, the `.` of `www.`, an address's `@`) keeps
// them text, and the docx writer, which lays out no links, never meets one.
const AUTOLINK = /(https?|ftp)(:\/\/)|(www)(\.)|([\w.+-])(@)/gi;

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

const IS_INLINE_ACTIVE = new Uint8Array(128);
for (const c of INLINE_ACTIVE_CHARS) IS_INLINE_ACTIVE[c.charCodeAt(0)] = 1;

/**
 * A backslash before every INLINE_ACTIVE character; a long text (a pasted page, or megabytes of
 * `*_[`) a code unit at a time (see UnitWriter), faster than a replace with a match at every
 * character.
 */
function escapeInlineActive(text: string): string {
  if (text.length < 4096) return text.replace(INLINE_ACTIVE, '\\$&');
  const out = new UnitWriter();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && IS_INLINE_ACTIVE[c] === 1) out.push(0x5c);
    out.push(c);
  }
  return out.text();
}

/**
 * Whitespace a Markdown reader trims at the ends of a paragraph, heading or table cell but that is
 * text all the same: no-break, ideographic, the other Unicode spaces, the BOM. Written as character
 * references where it stands at either end of a ledger string, it reaches the .docx as typed.
 */
function isTrimmedSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const reference = (c: number): string => `&#x${c.toString(16).toUpperCase()};`;

/**
 * Escape one ledger string for use anywhere in the report Markdown (paragraph, heading, cell), so
 * it creates no structure wherever the template puts it:
 * - line breaks joined (see joinLines);
 * - spaces and tabs at either end dropped (the report's rule for every text; at a line start they
 *   would indent a code block or, before `##`, still make a heading);
 * - every character active anywhere escaped, and a line-start marker at the start;
 * - other spaces at either end written as character references (kept, not trimmed away).
 * Each step is one pass over the text.
 */
export function escapeMarkdown(text: string): string {
  const joined = joinLines(text);
  let start = 0;
  let end = joined.length;
  while (start < end && isBlank(joined.charCodeAt(start))) start++;
  while (end > start && isBlank(joined.charCodeAt(end - 1))) end--;
  const trimmed = start === 0 && end === joined.length ? joined : joined.slice(start, end);
  let body = replaceEachMatch(escapeInlineActive(trimmed), AUTOLINK, ([, scheme, slashes, www, dot, before]) =>
    scheme !== undefined ? `${scheme}\\${slashes}` : www !== undefined ? `${www}\\${dot}` : `${before}\\@`,
  );
  // leading and trailing Unicode spaces as references
  let lead = '';
  let i = 0;
  while (i < body.length && isTrimmedSpace(body.charCodeAt(i))) lead += reference(body.charCodeAt(i++));
  let trail = '';
  let j = body.length;
  while (j > i && isTrimmedSpace(body.charCodeAt(j - 1))) trail = reference(body.charCodeAt(--j)) + trail;
  body = body.slice(i, j);
  const marker = lead === '' ? LINE_START_ACTIVE.exec(body)?.[0] : undefined;
  // `12.` → `12\.`, `#` → `\#`: escaping the last character of the marker is enough
  if (marker !== undefined) body = `${marker.slice(0, -1)}\\${marker.slice(-1)}${body.slice(marker.length)}`;
  return lead + body + trail;
}

/** Undo escapeMarkdown's backslashes (not its line joining): used by tests and by masking checks. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

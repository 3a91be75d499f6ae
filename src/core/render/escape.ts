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

import { joinLines } from '../../model/text.js';

export { joinLines };

// Always active in CommonMark/GFM wherever they stand.
const INLINE_ACTIVE = /[\\`*_[\]<>|~&]/g;
// Active only where a line starts: headings, quotes, lists, setext underlines, our `:::` fences. A
// number starts an ordered list only when a space follows it (`1. 项`), never `1.关于…`, which
// headings and run-in paragraphs begin with.
const LINE_START_ACTIVE = /^(#|[-+=:]|\d+[.)](?=[ \t]|$))/;
// GFM turns bare URLs and e-mail addresses into links with no marker at all; escaping the one
// character each pattern needs (the `:` of `http://`, the `.` of `www.`, an address's `@`) keeps
// them text, and the docx writer, which lays out no links, never meets one.
const AUTOLINK = /(https?|ftp)(:\/\/)|(www)(\.)|([\w.+-])(@)/gi;
/** Escape one ledger string for use anywhere in the report Markdown (paragraph, heading, cell). */
export function escapeMarkdown(text: string): string {
  const joined = joinLines(text)
    .replace(INLINE_ACTIVE, (c) => `\\${c}`)
    .replace(AUTOLINK, (_, scheme?: string, slashes?: string, www?: string, dot?: string, before?: string) =>
      scheme !== undefined ? `${scheme}\\${slashes}` : www !== undefined ? `${www}\\${dot}` : `${before}\\@`,
    );
  const start = LINE_START_ACTIVE.exec(joined);
  if (!start) return joined;
  // `12.` → `12\.`, `#` → `\#`: escaping the last character of the marker is enough.
  const marker = start[0];
  return `${marker.slice(0, -1)}\\${marker.slice(-1)}${joined.slice(marker.length)}`;
}

/** Undo escapeMarkdown's backslashes (not its line joining): used by tests and by masking checks. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

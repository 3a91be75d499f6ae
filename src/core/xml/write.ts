/**
 * Text put into XML this program writes itself (the .xlsx writer's large sheets): escaped, and
 * without the characters an XML document cannot carry, which Excel refuses to open.
 */

/**
 * `text` escaped for an element or a quoted attribute (`& < > " '`), with what XML 1.0 cannot
 * carry left out: C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF and
 * lone surrogates — and DEL, which exceljs leaves out too, so a cell reads the same whichever of
 * the two wrote it. One pass, no regular expression.
 */
export function xmlEscape(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // the common case first: nothing to do for ordinary letters and CJK
    if (c > 0x3e && c < 0x7f) continue;
    if (c >= 0x80 && c < 0xd800) continue;
    let put: string | undefined;
    if (c === 0x26) put = '&amp;';
    else if (c === 0x3c) put = '&lt;';
    else if (c === 0x3e) put = '&gt;';
    else if (c === 0x22) put = '&quot;';
    else if (c === 0x27) put = '&apos;';
    else if (c < 0x20) put = c === 0x09 || c === 0x0a || c === 0x0d ? undefined : '';
    else if (c === 0x7f || c === 0xfffe || c === 0xffff) put = '';
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1; // a pair: one character, kept
      else put = '';
    } else if (c >= 0xdc00 && c <= 0xdfff) put = '';
    if (put === undefined) continue;
    out += text.slice(from, i) + put;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

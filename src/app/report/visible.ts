/** What visible() escapes: one native test first, as nearly every text has none of it. */
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Text from a ledger or a file name reaches the terminal inside diagnostics: a control character
 * in it (ESC, BEL, CR, C1) could set the window title, clear the screen, move the cursor or hide
 * what comes before; a bidi override could reorder the line. Each is shown escaped instead
 * (`\x1B`, `\u202E`); tabs and the diagnostics' own line breaks stay. One pass.
 */
export function visible(text: string): string {
  if (!HIDDEN.test(text)) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = (c < 0x20 && c !== 0x0a && c !== 0x09) || (c >= 0x7f && c <= 0x9f);
    const reorders = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x061c;
    if (!control && !reorders) continue;
    out += text.slice(at, i) + (control ? `\\x${c.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`);
    at = i + 1;
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * Every string in a value (a diff, the stats of a ledger) made visible, for the human reports that
 * print ledger text to the terminal between their own colours: the text is escaped before it is
 * formatted, so the colours themselves stay codes the terminal acts on.
 */
export function visibleIn<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, i) => {
      const shown = visibleIn(item);
      if (shown !== item) (copy ??= [...value])[i] = shown;
    });
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    // copied only where something is escaped: a diff of two large ledgers is mostly copied text
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(record)) {
      const shown = visibleIn(item);
      if (shown !== item) (copy ??= { ...record })[key] = shown;
    }
    return (copy ?? value) as T;
  }
  return value;
}

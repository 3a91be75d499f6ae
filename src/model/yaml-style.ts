/**
 * How rectify writes a ledger's YAML where style is a choice: lists of ids and short words on one
 * line (`owners: [li, zhao]`), a text plain when it reads back as the same text, else
 * double-quoted. Written once, for the YAML a new ledger gets, the nodes an edit adds and the
 * scalars an edit replaces in place.
 */

/** A list of short single-word texts (ids, names without spaces or punctuation YAML reads specially). */
export function isShortWordList(items: readonly unknown[]): boolean {
  return items.length > 0 && items.every((x) => typeof x === 'string' && /^[\w.-]+$/.test(x));
}

/** YAML 1.2 core schema: what a plain scalar would be read as instead of text. */
const NOT_TEXT = [
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
];
/** The characters a text matching NOT_TEXT starts with: any other text is tested against none of it. */
const NOT_TEXT_START = new Set([...'~nNtTfF-+.0123456789']);
/** Characters a plain scalar may not start with. */
const INDICATOR_START = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

/**
 * Whether `text` can be written as a plain scalar and read back as the same string, by the yaml
 * package and by the plain reader alike. Conservative: anything unusual is quoted instead.
 */
export function plainSafe(text: string): boolean {
  if (text === '' || text.length > 4096) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (INDICATOR_START.has(text[0]!) || first <= 0x20 || last <= 0x20 || /\s/.test(text[0]!) || /\s/.test(text[text.length - 1]!)) return false;
  if (text.length <= 40 && NOT_TEXT_START.has(text[0]!) && NOT_TEXT.some((re) => re.test(text))) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // controls, line breaks of every kind, DEL and C1, BOM, non-characters and surrogates
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe || (c >= 0xd800 && c <= 0xdfff)) return false;
    if (c === 0x3a && (i === text.length - 1 || text.charCodeAt(i + 1) === 0x20)) return false; // ': ' and a final ':'
    if (c === 0x23 && text.charCodeAt(i - 1) === 0x20) return false; // ' #' starts a comment
  }
  return true;
}

/** A double-quoted scalar: every character outside printable Unicode escaped. */
export function doubleQuoted(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0d) out += '\\r';
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      out += text[i]! + text[i + 1]!;
      i++;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe || (c >= 0xd800 && c <= 0xdfff)) {
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else out += text[i]!;
  }
  return `${out}"`;
}

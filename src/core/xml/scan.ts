/**
 * A small XML reader for the parts of an .xlsx and the read-back of a .docx: one pass over the
 * text, no backtracking, no entities beyond XML's five and character references, and no DTD at all
 * (a document type declaration is refused: entity expansion is how XML bombs work, and no
 * SpreadsheetML or WordprocessingML part has one). Events carry qualified names as written
 * (`w:t`, `x:c`); `localName` strips the prefix.
 */

export class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlHandler {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  /** Character data, references decoded; CDATA included. */
  text?(text: string): void;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five entities and character references decoded; anything else is left as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let at = 0;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    // a reference is short: look for its `;` nearby only (from every `&` to the text's end was quadratic)
    const semi = text.slice(i + 1, i + 13).indexOf(';');
    if (semi < 0) continue;
    const end = i + 1 + semi;
    const body = text.slice(i + 1, end);
    let char: string | undefined;
    if (body.charCodeAt(0) === 0x23) {
      const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
      const digits = hex ? body.slice(2) : body.slice(1);
      const code = digits !== '' && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) char = String.fromCodePoint(code);
    } else {
      char = PREDEFINED[body];
    }
    if (char === undefined) continue;
    out += text.slice(at, i) + char;
    at = end + 1;
    i = end;
  }
  return out + text.slice(at);
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Where the tag opened at `lt` ends (its `>`), quotes respected; -1 when it never does. */
export function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

/**
 * A tag's name and its attributes as written (values not decoded, in order, a nameless `="x"`
 * kept), read in one pass: XML here, and the HTML of a report's Markdown (src/core/public).
 */
export function readTag(tag: string): { name: string; attributes: { name: string; value: string }[] } {
  const n = tag.length;
  let i = 0;
  while (i < n && !isSpace(tag.charCodeAt(i)) && tag.charCodeAt(i) !== 0x2f) i++;
  const name = tag.slice(0, i);
  const attributes: { name: string; value: string }[] = [];
  while (i < n) {
    while (i < n && (isSpace(tag.charCodeAt(i)) || tag.charCodeAt(i) === 0x2f)) i++;
    const start = i;
    while (i < n && !isSpace(tag.charCodeAt(i)) && tag.charCodeAt(i) !== 0x3d && tag.charCodeAt(i) !== 0x2f && tag.charCodeAt(i) !== 0x3e) i++;
    const attr = tag.slice(start, i);
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 0x3d) {
      if (attr === '' && i < n) i++;
      continue;
    }
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const q = tag.charCodeAt(i);
    let value: string;
    if (q === 0x22 || q === 0x27) {
      const end = tag.indexOf(q === 0x22 ? '"' : "'", i + 1);
      value = tag.slice(i + 1, end < 0 ? n : end);
      i = end < 0 ? n : end + 1;
    } else {
      const s = i;
      while (i < n && !isSpace(tag.charCodeAt(i))) i++;
      value = tag.slice(s, i);
    }
    attributes.push({ name: attr, value });
  }
  return { name, attributes };
}

/** A start tag's name and attributes (values decoded). */
export function parseStartTag(tag: string): { name: string; attributes: Record<string, string> } {
  const { name, attributes: list } = readTag(tag);
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const a of list) if (a.name !== '') attributes[a.name] = decodeXmlText(a.value);
  return { name, attributes };
}

/** Read `xml` start to end, calling `handler` for each tag and each run of text. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && handler.text) handler.text(decodeXmlText(xml.slice(i, textEnd)));
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (handler.text) handler.text(xml.slice(lt + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (xml.startsWith('<!', lt)) throw new XmlError('a document type declaration (<!DOCTYPE …>) is not allowed', lt);
    const gt = tagEnd(xml, lt);
    if (gt < 0) throw new XmlError('a tag is never closed', lt);
    i = gt + 1;
    if (xml.charCodeAt(lt + 1) === 0x2f) {
      handler.close?.(xml.slice(lt + 2, gt).trim());
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    const { name, attributes } = parseStartTag(xml.slice(lt + 1, selfClosing ? gt - 1 : gt));
    handler.open?.(name, attributes, selfClosing);
    if (selfClosing) handler.close?.(name);
  }
}

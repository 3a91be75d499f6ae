/**
 * A small element tree over the `saxes` parser, for the XML parts of a .docx and the XHTML that
 * `pdftotext -bbox-layout` prints. Pure: text in, tree out. Elements carry their namespace URI and
 * local name, so a part is read the same whatever prefixes its writer chose; ISO/IEC 29500 Strict
 * namespaces are mapped to their Transitional twins, so the rules read one vocabulary.
 *
 * A document type declaration is allowed (XHTML has one) but never expanded: an entity it defines
 * is an error, so no part can grow when read.
 */
import { SaxesParser } from 'saxes';
import { CheckInputError } from './types.js';

export interface XmlAttribute {
  readonly uri: string;
  readonly local: string;
  readonly value: string;
}

export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  readonly attrs: readonly XmlAttribute[];
  readonly children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Strict → Transitional, for the vocabularies the checks read. */
const NAMESPACE_ALIASES: Record<string, string> = {
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/drawingml/main': 'http://schemas.openxmlformats.org/drawingml/2006/main',
};

const XMLNS = 'http://www.w3.org/2000/xmlns/';

const alias = (uri: string): string => NAMESPACE_ALIASES[uri] ?? uri;

/** Real parts nest a few dozen levels; the tree is walked recursively, so deeper is refused. */
const MAX_DEPTH = 500;

/**
 * Parse `text` into its root element. A part that is not well-formed throws CheckInputError
 * `bad-xml` with the part name and the position; a prefix its writer forgot to declare is
 * tolerated (the element keeps the prefix as its namespace), as Word and LibreOffice tolerate it.
 */
export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: { line: number; column: number; detail: string } | undefined;

  parser.on('error', (error: Error) => {
    const detail = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    if (/^unbound namespace prefix/.test(detail)) return;
    failure ??= { line: parser.line, column: parser.column, detail };
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_DEPTH) {
      failure ??= { line: parser.line, column: parser.column, detail: `elements nested deeper than ${MAX_DEPTH}` };
      return;
    }
    const attrs: XmlAttribute[] = [];
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === XMLNS || (a.prefix === '' && a.local === 'xmlns')) continue;
      attrs.push({ uri: alias(a.uri), local: a.local, value: a.value });
    }
    const el: XmlElement = { uri: alias(tag.uri), local: tag.local, attrs, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    if (!failure) stack.pop();
  });
  parser.on('text', (t) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(t);
  });
  parser.on('cdata', (t) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(t);
  });

  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (error) {
    // saxes throws when it has no error handler; with one it should not, but a thrown error is still a bad part
    failure ??= { line: parser.line, column: parser.column, detail: error instanceof Error ? error.message : String(error) };
  }
  if (failure || !root) {
    const f = failure ?? { line: 1, column: 0, detail: 'no root element' };
    throw new CheckInputError('bad-xml', { part, line: f.line, column: f.column, detail: f.detail });
  }
  return root;
}

/** The element children of `el`. */
export function elements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string') out.push(c);
  return out;
}

/** The children of `el` named `local` in `uri`. */
export function kids(el: XmlElement | undefined, uri: string, local: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.local === local && c.uri === uri) out.push(c);
  return out;
}

/** The first child of `el` named `local` in `uri`. */
export function kid(el: XmlElement | undefined, uri: string, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.local === local && c.uri === uri) return c;
  return undefined;
}

/** An attribute's value; `uri` '' for an attribute without a prefix. */
export function attr(el: XmlElement | undefined, uri: string, local: string): string | undefined {
  if (!el) return undefined;
  for (const a of el.attrs) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/**
 * Every descendant element of `el` in document order, depth first; `enter(e)` false skips e's
 * subtree (e itself is still visited when `visit` is called before the test).
 */
export function walk(el: XmlElement, visit: (e: XmlElement) => void, enter: (e: XmlElement) => boolean = () => true): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    visit(c);
    if (enter(c)) walk(c, visit, enter);
  }
}

/** The descendants of `el` named `local` in `uri`, skipping subtrees `enter` refuses. */
export function descendants(el: XmlElement, uri: string, local: string, enter?: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  walk(el, (e) => {
    if (e.local === local && e.uri === uri) out.push(e);
  }, enter);
  return out;
}

/** All character data under `el`. */
export function textContent(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textContent(c);
  return s;
}

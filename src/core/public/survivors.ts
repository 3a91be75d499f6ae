/**
 * The public version's last gate: every output file is read back as a reader would see it and
 * searched for every masked string, in the matching form of normalise.ts. Masking happens once, on
 * the Markdown (redact.ts); this check catches what masking cannot see and anything the writers add
 * on their own:
 * - the Markdown as source (escapes undone, character references read) and as rendered (emphasis
 *   markers, HTML comments, tags and empty links gone; link addresses, titles and image text
 *   included), so `**青**禾`, `林<!-- -->向东`, `林[](x)向东` and `林&#21521;东` are all found;
 * - the .docx, every XML part: the text of each paragraph (runs joined, across the title's line
 *   breaks), every attribute value (a font name is read by whoever opens the style list), and the
 *   document properties, with character references decoded.
 * A survivor fails the whole ledger before any file is written. A character reference the check
 * cannot read (`&eacute;`) fails it too: what cannot be read cannot be cleared.
 */
import { placeIn, problem, type Problem } from '../../model/problem.js';
import { characterReferenceAt, foldForMatching } from './normalise.js';
import { forbiddenKeys, type Mask } from './redact.js';
import { joinLines } from '../../model/text.js';
import { readTag, tagEnd } from '../xml/scan.js';
import { pushAll } from '../../model/lists.js';

/** A block boundary in read-back text: folded as a line break, so no name is matched across it. */
const BLOCK = '\u2029';

export interface Survivor {
  /** The masked string as the ledger wrote it, or the reference that cannot be read. */
  text: string;
  /** The .docx part it was found in ('' for the Markdown). */
  part: string;
  /** Where in the part: 'text', 'attribute NAME', 'rendered', 'link', 'source'. */
  where: string;
  /** Set when the check could not read something, rather than found a name. */
  unreadable?: boolean;
}

interface Markup {
  /** Text nodes, blocks separated by BLOCK. */
  text: string;
  attributes: { name: string; value: string }[];
  /** Character references that could not be decoded. */
  unknownReferences: string[];
}

/** Character references decoded; unknown named ones are kept as written and listed. */
function decodeReferences(text: string, unknown: string[]): string {
  if (!text.includes('&')) return text;
  let out = '';
  let at = 0;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    const ref = characterReferenceAt(text, i);
    if (ref) {
      out += text.slice(at, i) + ref.char;
      at = i + ref.length;
      i = at - 1;
      continue;
    }
    const semi = text.slice(i, i + 34).indexOf(';');
    const end = semi < 0 ? -1 : i + semi;
    if (end > i + 1 && end - i <= 33 && /^&[A-Za-z][A-Za-z0-9]*;$/.test(text.slice(i, end + 1))) unknown.push(text.slice(i, end + 1));
  }
  return out + text.slice(at);
}

/**
 * The text and attribute values of XML or HTML, as a reader meets them. `blockEnd` says which end
 * tags close a block of text; `inline` gives the text an empty element stands for (a tab).
 */
function readMarkup(
  markup: string,
  blockEnd: (name: string, insideParagraph: boolean) => boolean,
  inline: (name: string) => string,
  paragraph: string,
  joinsPrevious?: (name: string, attributes: readonly { name: string; value: string }[]) => boolean,
): Markup {
  const parts: string[] = [];
  const attributes: { name: string; value: string }[] = [];
  const unknownReferences: string[] = [];
  let depth = 0;
  let i = 0;
  const n = markup.length;
  const addText = (raw: string): void => {
    if (raw.trim() === '') return;
    parts.push(decodeReferences(raw, unknownReferences));
  };
  while (i < n) {
    const lt = markup.indexOf('<', i);
    if (lt < 0) {
      addText(markup.slice(i));
      break;
    }
    if (lt > i) addText(markup.slice(i, lt));
    if (markup.startsWith('<!--', lt)) {
      const end = markup.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (markup.startsWith('<![CDATA[', lt)) {
      const end = markup.indexOf(']]>', lt + 9);
      parts.push(markup.slice(lt + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (markup.startsWith('<?', lt)) {
      const end = markup.indexOf('?>', lt + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    const gt = tagEnd(markup, lt);
    if (gt < 0) {
      addText(markup.slice(lt));
      break;
    }
    const tag = markup.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('!')) continue;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (blockEnd(name, depth > 0)) parts.push(BLOCK);
      if (name === paragraph && depth > 0) depth--;
      continue;
    }
    const { name, attributes: attrs } = readTag(tag);
    if (joinsPrevious?.(name, attrs)) {
      // this paragraph reads on from the one before (the last lines kept with a signature)
      let k = parts.length - 1;
      while (k >= 0 && parts[k] !== BLOCK) k--;
      if (k >= 0) parts.splice(k, 1);
    }
    for (const a of attrs) attributes.push({ name: a.name, value: decodeReferences(a.value, unknownReferences) });
    const selfClosing = tag.endsWith('/');
    if (name === paragraph && !selfClosing) depth++;
    const stands = inline(name);
    if (stands) parts.push(stands);
    else if (selfClosing && blockEnd(name, depth > 0)) parts.push(BLOCK);
  }
  return { text: parts.join(''), attributes, unknownReferences };
}

// ---------- the .docx ----------

/** The readable text of one XML part of a .docx: paragraphs (runs joined) and attribute values. */
export function docxPartReading(xml: string): Markup {
  return readMarkup(
    xml,
    // inside a paragraph only its own end closes a block; elsewhere (properties, tables) every element does
    (name, inside) => name === 'w:p' || !inside,
    (name) => (name === 'w:tab' ? '\t' : ''),
    'w:p',
    // the last lines of a paragraph set apart to stay with the signature are read with it
    (name, attributes) => name === 'w:pStyle' && attributes.some((a) => a.name === 'w:val' && a.value === 'GwBodyContinued'),
  );
}

/**
 * The text of a .docx, one string per paragraph (runs joined, so a name split across runs or
 * across the title's line breaks is found), for every XML part in the package: body, footers,
 * headers, notes and the document properties (the title is copied into docProps/core.xml).
 */
export function docxParagraphTexts(parts: readonly { name: string; data: Uint8Array }[]): { part: string; text: string }[] {
  const texts: { part: string; text: string }[] = [];
  for (const { name, data } of [...parts].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!name.endsWith('.xml')) continue;
    const reading = docxPartReading(new TextDecoder().decode(data));
    for (const text of reading.text.split(BLOCK)) if (text !== '') texts.push({ part: name, text });
  }
  return texts;
}

// ---------- the Markdown ----------

/** A soft line break inside a paragraph, joined as the .docx writer joins it (model/text.ts). */
export const joinSoftBreaks = joinLines;

/**
 * The Markdown source with what does not show once rendered taken out: unescaped emphasis and
 * strikethrough markers (a template's `**青**禾` reads 青禾) and the `::: name` fence lines.
 */
export function withoutMarkers(markdown: string): string {
  let out = '';
  let at = 0;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 0x5c) {
      i++;
      continue;
    }
    if (c === 0x2a || c === 0x5f || c === 0x7e) {
      out += markdown.slice(at, i);
      at = i + 1;
    } else if (c === 0x3a && (i === 0 || markdown.charCodeAt(i - 1) === 0x0a) && markdown.startsWith(':::', i)) {
      const end = markdown.indexOf('\n', i);
      out += markdown.slice(at, i);
      at = end < 0 ? markdown.length : end;
      i = at - 1;
    }
  }
  return out + markdown.slice(at);
}

/** Markdown as it reads once rendered, markers dropped and escapes undone (for tests and messages). */
export function markdownReadingText(markdown: string): string {
  return foldFree(withoutMarkers(markdown));
}

/** Undo backslash escapes of ASCII punctuation. */
function foldFree(markdown: string): string {
  let out = '';
  let at = 0;
  for (let i = markdown.indexOf('\\'); i >= 0 && i < markdown.length - 1; i = markdown.indexOf('\\', i + 1)) {
    const next = markdown.charCodeAt(i + 1);
    if ((next >= 0x21 && next <= 0x2f) || (next >= 0x3a && next <= 0x40) || (next >= 0x5b && next <= 0x60) || (next >= 0x7b && next <= 0x7e)) {
      out += markdown.slice(at, i);
      at = i + 1;
      i++;
    }
  }
  return out + markdown.slice(at);
}

const HTML_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'pre', 'blockquote', 'div', 'table', 'thead', 'tbody', 'ul', 'ol', 'dl', 'dt', 'dd', 'hr']);

/** The Markdown rendered (marked, as GitHub and most viewers render it) and read back. */
async function renderedMarkdown(markdown: string): Promise<Markup> {
  const { marked } = await import('marked');
  const html = marked.parse(withoutMarkers(markdown), { gfm: true, async: false }) as string;
  const reading = readMarkup(html, (name) => HTML_BLOCKS.has(name.toLowerCase()), () => '', 'p');
  return { ...reading, text: reading.text.split(BLOCK).map(joinSoftBreaks).join(BLOCK) };
}

// ---------- the search ----------

interface Readable {
  part: string;
  where: string;
  text: string;
  markdown?: boolean;
}

function readablesOfMarkup(part: string, reading: Markup, textWhere: string): Readable[] {
  const out: Readable[] = [{ part, where: textWhere, text: reading.text }];
  if (reading.attributes.length > 0) out.push({ part, where: 'attributes', text: reading.attributes.map((a) => a.value).join(BLOCK) });
  return out;
}

/** What an output holds for a reader: the Markdown text, or the .docx's parts. */
export type ReadableOutput = { markdown: string } | { docx: readonly { name: string; data: Uint8Array }[] } | { texts: readonly string[] };

/** Masked strings that survive in one output, and character references it holds that cannot be read. */
export async function survivingMaskedStrings(output: ReadableOutput, masks: readonly Mask[]): Promise<Survivor[]> {
  const keys = forbiddenKeys(masks);
  if (keys.length === 0) return [];
  const readables: Readable[] = [];
  const attributesOf = new Map<string, { name: string; value: string }[]>();
  const unreadable: Survivor[] = [];
  if ('markdown' in output) {
    const markdown = output.markdown;
    readables.push({ part: '', where: 'source', text: markdown, markdown: true });
    const rendered = await renderedMarkdown(markdown);
    pushAll(readables, readablesOfMarkup('', rendered, 'rendered'));
    attributesOf.set('', rendered.attributes);
    for (const ref of new Set(rendered.unknownReferences)) unreadable.push({ text: ref, part: '', where: 'rendered', unreadable: true });
  } else if ('texts' in output) {
    // a workbook's cells: shown as typed, each on its own
    for (const text of output.texts) readables.push({ part: '', where: 'text', text });
  } else {
    for (const { name, data } of [...output.docx].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      const reading = docxPartReading(new TextDecoder().decode(data));
      pushAll(readables, readablesOfMarkup(name, reading, 'text'));
      attributesOf.set(name, reading.attributes);
      for (const ref of new Set(reading.unknownReferences)) unreadable.push({ text: ref, part: name, where: 'text', unreadable: true });
    }
  }
  const found: Survivor[] = [];
  for (const readable of readables) {
    const folded = foldForMatching(readable.text, { markdown: readable.markdown === true }).text;
    for (const mask of keys) {
      if (!folded.includes(mask.key) || found.some((f) => f.text === mask.text)) continue;
      let where = readable.where;
      if (where === 'attributes') {
        const attribute = attributesOf.get(readable.part)?.find((a) => foldForMatching(a.value).text.includes(mask.key));
        where = attribute ? `attribute ${attribute.name}` : where;
      }
      found.push({ text: mask.text, part: readable.part, where });
    }
  }
  return [...found, ...unreadable];
}

/**
 * Masked text found in an output about to be written: the build stops and writes nothing. `found`
 * lists each text with the part and the place in it (`text`, `rendered`, `source`, `attribute
 * w:eastAsia`), one per line, tabs between; `unreadable` the character references the check
 * could not read (the catalogue lays them out).
 */
export function publicLeakProblem(file: string, target: string, survivors: readonly Survivor[]): Problem {
  const found = survivors.filter((s) => !s.unreadable).map((s) => `${s.text}\t${s.part}\t${s.where}`);
  const unreadable = survivors.filter((s) => s.unreadable).map((s) => s.text);
  return problem('redaction-failed', placeIn(file, 0, 0, 'redact'), { target, found: found.join('\n'), unreadable: unreadable.join(' ') });
}

/**
 * The public version's last gate: every output file is read back as a reader would see it and
 * searched for every masked string. Masking happens once, on the Markdown (render/redact.ts); this
 * check catches what the Markdown search cannot see — a name split by emphasis markers
 * (`**青**禾`), which the .docx joins back into one run of text, or anything the docx writer adds
 * on its own (document properties). A survivor fails the whole ledger before any file is written.
 */
import { placeIn, problem, type Problem } from '../../model/problem.js';
import type { Mask } from './redact.js';
import { unescapeMarkdown } from '../render/escape.js';

/** The masked strings that must not appear: a mask that contains its own text is not a leak. */
function forbidden(masks: readonly Mask[]): string[] {
  return masks.filter((m) => !m.mask.includes(m.text)).map((m) => m.text);
}

/**
 * Markdown as it reads once rendered: unescaped emphasis markers (`**`, `*`, `__`, `_`, `~~`) do
 * not show, so they are dropped before the backslash escapes are undone.
 */
export function markdownReadingText(markdown: string): string {
  return unescapeMarkdown(markdown.replace(/(?<!\\)(?:\*+|_+|~~)/g, ''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? '';
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
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
    const xml = new TextDecoder().decode(data);
    for (const paragraph of xml.split(/<\/w:p>/)) {
      const text = decodeXmlText(paragraph.replace(/<[^>]*>/g, ''));
      if (text === '') continue;
      // the last lines of a paragraph set apart to stay with the signature are read with it
      const previous = texts[texts.length - 1];
      if (paragraph.includes('<w:pStyle w:val="GwBodyContinued"/>') && previous?.part === name) previous.text += text;
      else texts.push({ part: name, text });
    }
  }
  return texts;
}

/** What an output holds for a reader: the Markdown text, the .docx's parts, or plain texts (a workbook's cells). */
export type ReadableOutput = { markdown: string } | { docx: readonly { name: string; data: Uint8Array }[] } | { texts: readonly string[] };

/** Masked strings that survive in one output. */
export function survivingMaskedStrings(output: ReadableOutput, masks: readonly Mask[]): { text: string; part: string }[] {
  const texts = forbidden(masks);
  if (texts.length === 0) return [];
  const readable =
    'markdown' in output
      ? [{ part: '', text: markdownReadingText(output.markdown) }]
      : 'docx' in output
        ? docxParagraphTexts(output.docx)
        : output.texts.map((text) => ({ part: '', text }));
  const found: { text: string; part: string }[] = [];
  for (const text of texts) {
    const hit = readable.find((r) => r.text.includes(text));
    if (hit) found.push({ text, part: hit.part });
  }
  return found;
}

/**
 * Masked text found in an output about to be written: the build stops and writes nothing. `found`
 * lists each text with the part it was found in, one per line, tab between (the catalogue lays
 * them out).
 */
export function publicLeakProblem(file: string, target: string, found: readonly { text: string; part: string }[]): Problem {
  return problem('redaction-failed', placeIn(file, 0, 0, 'redact'), { target, found: found.map((f) => `${f.text}\t${f.part}`).join('\n') });
}

/**
 * The public version's last gate: every output file is read back as a reader would see it and
 * searched for every masked string. Masking happens once, on the Markdown (render/redact.ts); this
 * check catches what the Markdown search cannot see — a name split by emphasis markers
 * (`**青**禾`), which the .docx joins back into one run of text, or anything the docx writer adds
 * on its own (document properties). A survivor fails the whole ledger before any file is written.
 */
import type { Diagnostic, Lang } from '../../model/diagnostic.js';
import { readZip } from '../../host/zip.js';
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
export function docxParagraphTexts(docx: Uint8Array): { part: string; text: string }[] {
  const parts = readZip(docx, (name) => name.endsWith('.xml'));
  const texts: { part: string; text: string }[] = [];
  for (const name of Object.keys(parts).sort()) {
    const xml = new TextDecoder().decode(parts[name]!);
    for (const paragraph of xml.split(/<\/w:p>/)) {
      const text = decodeXmlText(paragraph.replace(/<[^>]*>/g, ''));
      if (text !== '') texts.push({ part: name, text });
    }
  }
  return texts;
}

/** Masked strings that survive in one output, by format; formats with no readable text give []. */
export function survivingMaskedStrings(format: string, bytes: Uint8Array, masks: readonly Mask[]): { text: string; part: string }[] {
  const texts = forbidden(masks);
  if (texts.length === 0) return [];
  let readable: { part: string; text: string }[];
  if (format === 'md') readable = [{ part: '', text: markdownReadingText(new TextDecoder().decode(bytes)) }];
  else if (format === 'docx') readable = docxParagraphTexts(bytes);
  // pdf is LibreOffice's print of the .docx checked above; it carries no text of its own
  else return [];
  const found: { text: string; part: string }[] = [];
  for (const text of texts) {
    const hit = readable.find((r) => r.text.includes(text));
    if (hit) found.push({ text, part: hit.part });
  }
  return found;
}

/** The diagnostic for masked text found in an output file about to be written. */
export function publicLeakDiagnostic(file: string, target: string, found: readonly { text: string; part: string }[], lang: Lang): Diagnostic {
  const list = found.map((f) => (f.part ? `${f.text}（${f.part}）` : f.text)).join('、');
  const listEn = found.map((f) => (f.part ? `${f.text} (${f.part})` : f.text)).join(', ');
  return {
    severity: 'error',
    code: 'redaction-failed',
    message:
      lang === 'en'
        ? `public version: ${target} would still show masked text: ${listEn}; nothing was written`
        : `公开版：${target} 中仍有应遮蔽的文字：${list}；未写入任何文件`,
    file,
    line: 0,
    column: 0,
    path: 'redact',
    hint:
      lang === 'en'
        ? 'a masked string is split by formatting (e.g. **青**禾) or written by the template; write it in one piece so masking finds it, or leave it out of the template'
        : '应遮蔽的文字被格式拆开（如 **青**禾）或由模板直接写出；把它写成连续的文字以便遮蔽，或从模板中去掉',
  };
}

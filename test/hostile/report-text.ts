/**
 * The text a reader sees in each output, for "verbatim" checks: the Markdown as rendered (so an
 * unescaped `#` that became a heading, or a `<b>` that became markup, is caught — the characters
 * vanish from the text), and the .docx body as Word shows it (w:t runs joined per paragraph, XML
 * entities decoded). Independent of src/, so a bug there cannot hide itself here.
 */
import { spawn } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { marked } from 'marked';
import { SaxesParser } from 'saxes';

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return HTML_ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/** The rendered Markdown's text: blocks and cells end in a line break, markup is gone. */
export function markdownText(markdown: string): string {
  // The templates bold CJK labels (`**整改进展情况：**正在整改`) where CommonMark's flanking rule
  // leaves the stars as text; the .docx writer reads them as bold (docs/report-markdown.md). Ledger
  // stars are always escaped, so the unescaped pairs are markup either way.
  // `::: name` fence lines are block markers, not text (escaped ledger text never starts with `:`).
  const source = markdown.replace(/(?<!\\)\*\*/g, '').replace(/^:::.*$/gm, '');
  const html = marked.parse(source, { async: false, gfm: true }) as string;
  return decodeEntities(html.replace(/<\/(p|h[1-6]|li|td|th|tr|pre|blockquote)>/g, '\n').replace(/<[^>]*>/g, ''));
}

/** Every XML part of a .docx, by name. */
export function docxParts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The body text of a .docx: one line per paragraph, runs joined, tabs as \t. */
export function docxText(docx: Uint8Array): string {
  const xml = docxParts(docx)['word/document.xml'];
  if (xml === undefined) throw new Error('no word/document.xml in the .docx');
  const paragraphs: string[] = [];
  for (const p of xml.split(/<\/w:p>/)) {
    let text = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<w:tab\/>/g)) {
      text += m[0].startsWith('<w:tab') ? '\t' : decodeEntities(m[1] ?? '');
    }
    paragraphs.push(text);
  }
  return paragraphs.join('\n');
}

/**
 * Everything a reader of a .docx can come across, part by part: the text of every element (runs
 * joined) and every attribute value (font names, properties), entities decoded by a real parser.
 */
export function docxReadable(docx: Uint8Array): string[] {
  const out: string[] = [];
  for (const [, xml] of Object.entries(docxParts(docx))) {
    const parser = new SaxesParser({ xmlns: false });
    let text = '';
    parser.on('text', (t) => (text += t));
    parser.on('cdata', (t) => (text += t));
    parser.on('opentag', (tag) => {
      for (const value of Object.values(tag.attributes)) out.push(String(value));
    });
    parser.write(xml).close();
    out.push(text);
  }
  return out;
}

/**
 * What no reader can tell apart, folded away (for "absent" checks; independent of src/): NFKC,
 * default-ignorable and format characters, whitespace, Markdown escapes and emphasis markers,
 * numeric character references.
 */
export function foldIndependently(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .normalize('NFKC')
    .replace(/[\p{Default_Ignorable_Code_Point}\p{Cf}\s\\*_~]/gu, '');
}

/** Throws with the part and the parser's message when an XML part is not well-formed. */
export function assertWellFormedXml(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.write(xml).close();
  if (failure) throw new Error(`${name} is not well-formed XML: ${failure.message}`);
}

/** How often `needle` occurs in `haystack` (non-overlapping). */
export function occurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** A Node stack frame or an uncaught error's name: neither may ever reach a user. */
export const STACK_TRACE = /^\s*at .+:\d+:\d+\)?$|\b(?:Type|Range|Syntax|Reference|Internal)Error\b|^Error: |node:internal/m;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Spawn a command; past `timeoutMs` it is killed and reported as a hang. */
export function run(command: string, args: string[], options: { cwd?: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** `file:LINE:COL: error: message [code]` lines of the human diagnostic format. */
export function humanDiagnostics(stderr: string): { line: number; column: number; severity: string; code: string }[] {
  const found: { line: number; column: number; severity: string; code: string }[] = [];
  for (const m of stderr.matchAll(/^.*?(?::(\d+):(\d+))?: (error|warning|错误|警告)?:? ?.*\[([a-z0-9-]+)\]$/gm)) {
    found.push({ line: Number(m[1] ?? 0), column: Number(m[2] ?? 0), severity: m[3] ?? '', code: m[4]! });
  }
  return found;
}

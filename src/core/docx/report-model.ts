/**
 * The report as the docx writer sees it after reading the Markdown: GB/T 9704 parts, not Markdown
 * tokens. Every block keeps its Markdown line so layout problems can point back at the template.
 */

/** A stretch of text with one weight; text is the ledger's characters, Markdown escapes undone. */
export interface Run {
  text: string;
  bold: boolean;
}

export type Paragraph = Run[];

export interface TableBlock {
  kind: 'table';
  line: number;
  header: Paragraph[];
  rows: Paragraph[][];
  align: ('left' | 'center' | 'right' | null)[];
}

export type ContentBlock =
  | { kind: 'title'; line: number; runs: Paragraph }
  | { kind: 'heading'; line: number; level: 1 | 2 | 3 | 4; runs: Paragraph }
  | { kind: 'body'; line: number; runs: Paragraph }
  | TableBlock;

export type Block =
  | ContentBlock
  /** A line under the title: the subtitle (——…在…会议上) or the speaker (office and name). */
  | { kind: 'subtitle'; line: number; role: 'subtitle' | 'speaker'; runs: Paragraph }
  | { kind: 'addressee'; line: number; runs: Paragraph }
  | { kind: 'attachment-note'; line: number; paragraphs: Paragraph[] }
  | { kind: 'signature'; line: number; units: Paragraph[]; date: Paragraph; sealed: boolean }
  /** 版头: 发文机关标志, 发文字号 and 签发人's name (when filed upward) */
  | { kind: 'masthead'; line: number; issuer: Paragraph; number?: Paragraph; signer?: Paragraph }
  /** 版记: 抄送 line (as written, 抄送：…。), 印发机关, 印发日期 line (…印发) */
  | { kind: 'colophon'; line: number; cc?: Paragraph; printer: Paragraph; printed: Paragraph }
  | { kind: 'attachment'; line: number; label: Paragraph; content: ContentBlock[] };

export function plainText(p: Paragraph): string {
  return p.map((r) => r.text).join('');
}

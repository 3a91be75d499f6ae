import { unescapeMarkdown } from '../../src/core/render/escape.js';

/** A block of the report Markdown with its syntax stripped: what a reader sees. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'fence' | 'table-row';
  level: number;
  text: string;
}

/**
 * Split report Markdown into blocks (test helper): headings keep their level, paragraphs lose bold
 * markers and escapes, fences (`::: name`, `:::`) are kept as markers so tests can check structure.
 */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of markdown.split(/\n{2,}/)) {
    const lines = chunk.split('\n').filter((l) => l !== '');
    for (const line of lines) {
      const heading = /^(#{1,6}) (.*)$/.exec(line);
      if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, text: plain(heading[2]!) });
      else if (line.startsWith(':::')) blocks.push({ kind: 'fence', level: 0, text: line.slice(3).trim() });
      else if (line.startsWith('|')) blocks.push({ kind: 'table-row', level: 0, text: line });
      else blocks.push({ kind: 'paragraph', level: 0, text: plain(line) });
    }
  }
  return blocks;
}

function plain(text: string): string {
  return unescapeMarkdown(text.replace(/(?<!\\)\*\*/g, ''));
}

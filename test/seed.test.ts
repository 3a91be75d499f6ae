/**
 * Done when: building the example reproduces the seed. Every line of the seed report is found in
 * the public build, character for character and in order, headings as headings of the right level —
 * except the sentence whose figure the ledger corrects (25 measures, not 26).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../src/app/pipeline/index.js';
import { shippedTemplates } from './support/build.js';
import { markdownBlocks, type Block } from './build/markdown-blocks.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// the real report (names masked as XX) the example ledger is written from
const seedPath = fileURLToPath(new URL('./fixtures/seed/report.txt', import.meta.url));
const ledgerPath = 'examples/justice-bureau/ledger.yaml';

function build(publicVersion: boolean): string {
  const built = buildMarkdown(readFileSync(`${root}/${ledgerPath}`), ledgerPath, shippedTemplates().compiled, { public: publicVersion, strict: false });
  expect(built.problems.filter((d) => d.severity === 'error')).toEqual([]);
  return built.markdown!;
}

/** The heading level a seed line must have: title, 一、, （一）, 1. */
function expectedLevel(line: string, index: number): number {
  if (index === 0) return 1;
  if (/^[一二三四五六七八九十]+、/.test(line)) return 2;
  if (/^（[一二三四五六七八九十]+）/.test(line)) return 3;
  if (/^\d+\./.test(line)) return 4;
  return 0;
}

describe('the justice bureau example reproduces the seed report', () => {
  const seedLines = readFileSync(seedPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const markdown = build(true);
  const blocks = markdownBlocks(markdown);

  it('finds every seed line, in order, headings as headings', () => {
    let at = 0;
    const corrected: string[] = [];
    seedLines.forEach((seedLine, index) => {
      let line = seedLine;
      if (line.includes('制定整改措施26条')) {
        line = line.replace('制定整改措施26条', '制定整改措施25条');
        corrected.push(line);
      }
      const level = expectedLevel(line, index);
      const found = blocks.findIndex(
        (b: Block, i) => i >= at && b.text === line && (level > 0 ? b.kind === 'heading' && b.level === level : b.kind === 'paragraph'),
      );
      expect(found, `seed line ${index + 1} not found after block ${at}: ${line.slice(0, 40)}…`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    });
    // The one corrected sentence exists exactly once in the seed.
    expect(corrected).toHaveLength(1);
  });

  it('says 25 measures where the seed says 26', () => {
    expect(markdown).toContain('制定整改措施25条');
    expect(markdown).not.toContain('制定整改措施26条');
  });

  it('masks every fictional name in the public version and keeps them in the internal one', () => {
    const internal = build(false);
    for (const name of ['青禾', '云川', '禾信', '林向东', '第五巡察组', '8月']) {
      expect(markdown).not.toContain(name);
      expect(internal).toContain(name);
    }
  });

  it('gives identical bytes on two builds', () => {
    expect(build(true)).toBe(markdown);
  });
});

/**
 * Megabytes of ledger text are escaped for the Markdown and read back for the .docx without one
 * replace gathering millions of matches (model/text.ts: UnitWriter, replaceEachMatch; render/escape.ts
 * and docx/markdown-read.ts for long texts). The result must be exactly what one replace over the
 * whole text gives: these tests hold them to it on texts longer than the writer's buffer and the
 * escape's short path, built from the pieces that match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceEachMatch, UnitWriter } from '../../src/model/text.js';
import { escapeMarkdown } from '../../src/core/render/escape.js';
import { readReportMarkdown } from '../../src/core/docx/markdown-read.js';

const pieces = fc.constantFrom('*', '_', '[', '\\', '`', '&', '&amp;', 'www.', 'http://', 'a@', '甲', 'a', ' ', '𠀀', '\uD800', '。', '**', '1.');
/** A text of 70,000 to 140,000 characters: more than one slice, slices ending anywhere in a piece. */
const longText = fc.tuple(fc.array(pieces, { minLength: 1, maxLength: 7 }), fc.integer({ min: 70_000, max: 140_000 })).map(([unit, n]) => {
  const joined = unit.join('');
  return joined.repeat(Math.ceil(n / joined.length));
});

const ACTIVE = /[\\`*_[\]<>|~&]/g;
const AUTOLINK = /(https?|ftp)(:\/\/)|(www)(\.)|([\w.+-])(@)/gi;

describe('a long text, a slice at a time', () => {
  it('a UnitWriter gives back the code units written, lone surrogates too', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const out = new UnitWriter();
        for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
        expect(out.text()).toBe(text);
      }),
      { numRuns: 20 },
    );
    expect(new UnitWriter().text()).toBe('');
  });

  it('replaceEachMatch gives what one replace with a function gives', () => {
    const replace = (m: string[]) => `<${m[0]}>`;
    fc.assert(
      fc.property(longText, (text) => {
        expect(replaceEachMatch(text, AUTOLINK, replace)).toBe(text.replace(AUTOLINK, (...m: string[]) => replace(m)));
      }),
      { numRuns: 20 },
    );
  });

  it('escapeMarkdown escapes a long text as it escapes a short one', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const inner = `甲${text}乙`;
        const expected = inner.replace(ACTIVE, '\\$&').replace(AUTOLINK, (_, scheme?: string, slashes?: string, www?: string, dot?: string, before?: string) =>
          scheme !== undefined ? `${scheme}\\${slashes}` : www !== undefined ? `${www}\\${dot}` : `${before}\\@`,
        );
        expect(escapeMarkdown(inner)).toBe(expected);
      }),
      { numRuns: 20 },
    );
  });

  it('the .docx reader gives back the ledger text of a long escaped paragraph, character for character', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const inner = `甲${text.replace(/\*\*/g, '*')}乙`;
        const read = readReportMarkdown(`# 标题\n\n${escapeMarkdown(inner)}\n`, 'r.md');
        expect(read.problems).toEqual([]);
        const body = read.blocks.find((b) => b.kind === 'body');
        expect(body && body.kind === 'body' ? body.runs.map((r) => r.text).join('') : undefined).toBe(inner);
      }),
      { numRuns: 20 },
    );
  });
});

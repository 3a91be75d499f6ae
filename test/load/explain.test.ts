/**
 * No YAML parser message reaches the user: every way the parser can refuse a ledger comes out as
 * one of our codes, worded in the catalogue, Chinese by default and English under --lang en.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, word } from '../../src/app/messages/index.js';
import { SYNTAX_KINDS } from '../../src/core/load/explain.js';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { placeIn, problem } from '../../src/model/problem.js';

const HAN = /\p{Script=Han}/u;
/** What the parser's own messages look like: a run of English words ("Implicit keys need to be …"). */
const ENGLISH_SENTENCE = /\b[A-Za-z]{2,}(?: [a-z]{2,}){3,}/;
const EXAMPLE = readFileSync(new URL('../../examples/justice-bureau/ledger.yaml', import.meta.url), 'utf8');

function expectOurWords(text: string): void {
  const result = validateLedgerText(text, 'ledger.yaml');
  for (const p of result.problems) {
    expect(PROBLEM_CODES, p.code).toContain(p.code);
    const zh = word(p, 'zh');
    expect(zh.message, `${p.code}: ${zh.message}`).toMatch(HAN);
    expect(zh.message, `${p.code}: ${zh.message}`).not.toMatch(ENGLISH_SENTENCE);
    expect(zh.hint, `${p.code}: ${zh.hint}`).not.toMatch(ENGLISH_SENTENCE);
    const en = word(p, 'en');
    expect(en.message).not.toBe(p.code);
    for (const value of Object.values(p.params)) {
      // a parameter is a fact (a key, a character, the corrected line), never the parser's sentence
      expect(String(value), p.code).not.toMatch(/^[A-Z][a-z]+ (?:[a-z]+ ){2,}/);
    }
  }
}

describe('YAML errors in our words', () => {
  it('words every kind of syntax error in both languages', () => {
    const other = word(problem('yaml-syntax', placeIn('ledger.yaml', 1, 1), { kind: 'other' }), 'zh').message;
    for (const kind of SYNTAX_KINDS) {
      const p = problem('yaml-syntax', placeIn('ledger.yaml', 1, 1), { kind });
      if (kind !== 'other') expect(word(p, 'zh').message, kind).not.toBe(other);
      expect(word(p, 'en').message, kind).not.toMatch(HAN);
    }
  });

  it.each([
    ['unclosed double quote', 'rectify: 1\nreport:\n  title: "x\n'],
    ['unclosed flow map', 'rectify: 1\nreport: { title: x\n'],
    ['missing comma in flow', 'rectify: 1\nunits: [{ id: a name: b }]\n'],
    ['extra closing bracket', 'rectify: 1\nunits: [a]]\n'],
    ['block in flow', 'rectify: 1\nunits: [\n  - a\n]\n'],
    ['two anchors', 'rectify: 1\nreport: &a &b x\n'],
    ['empty alias', 'rectify: 1\nreport: * \n'],
    ['tab indentation', 'rectify: 1\nreport:\n\ttitle: x\n'],
    ['sequence item without dash', 'rectify: 1\nplans:\n  items:\n    - a\n   b\n'],
    ['a key over two lines', 'rectify: 1\nreport\n  : x\n'],
    ['directive without document', '%TAG ! tag:x,2000:\nrectify: 1\n'],
    ['bad escape', 'rectify: 1\nreport: { title: "\\q" }\n'],
    ['document marker in the middle', 'rectify: 1\n---\nreport: x\n'],
    ['comment glued to a quote', 'rectify: 1\nreport: "x"# note\n'],
    ['block scalar header with text', 'rectify: 1\nreport: |x\n'],
    ['reserved character', 'rectify: 1\nreport: @x\n'],
    ['properties before a dash', 'rectify: 1\nplans: &a\n  - x\n'],
  ])('%s', (_name, text) => expectOurWords(text));

  it('says what is wrong, in Chinese, whatever one character typed wrong does to a real ledger', () => {
    const inserts = [':', '：', ' ', '\u3000', '\t', '"', "'", '[', ']', '{', '}', '-', '#', '*', '&', '!', '|', '>', '%', '@', '`', ',', '\n', '\\'];
    fc.assert(
      fc.property(fc.nat(EXAMPLE.length - 1), fc.constantFrom(...inserts), fc.boolean(), (at, char, replace) => {
        expectOurWords(EXAMPLE.slice(0, at) + char + EXAMPLE.slice(replace ? at + 1 : at));
      }),
      { numRuns: 200, seed: 20240601 },
    );
  });
});

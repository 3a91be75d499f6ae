/** The XML reader under the checks (src/core/check/xml.ts): namespaces, Strict, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { CheckInputError } from '../../src/core/check/index.js';
import { W } from '../../src/core/check/ooxml.js';
import { attr, kid, parseXml } from '../../src/core/check/xml.js';

function problem(text: string): Record<string, unknown> | undefined {
  try {
    parseXml(text, 'word/document.xml');
  } catch (e) {
    if (e instanceof CheckInputError) return { problem: e.problem, ...e.params };
    throw e;
  }
  return undefined;
}

describe('parseXml', () => {
  it('reads elements by namespace, whatever the prefix', () => {
    const root = parseXml(`<x:document xmlns:x="${W}"><x:body><x:p x:rsidR="1"/></x:body></x:document>`, 'p');
    expect(attr(kid(kid(root, W, 'body'), W, 'p'), W, 'rsidR')).toBe('1');
  });

  it('reads ISO/IEC 29500 Strict as Transitional', () => {
    const root = parseXml('<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body/></w:document>', 'p');
    expect(root.uri).toBe(W);
    expect(kid(root, W, 'body')).toBeDefined();
  });

  it('tolerates a prefix its writer forgot to declare', () => {
    expect(problem(`<w:document xmlns:w="${W}"><w:body><w14:x/></w:body></w:document>`)).toBeUndefined();
  });

  it('refuses text that is not well-formed, with the position', () => {
    expect(problem(`<w:document xmlns:w="${W}"><w:body></w:document>`)).toMatchObject({ problem: 'bad-xml', part: 'word/document.xml', line: 1 });
    expect(problem('')).toMatchObject({ problem: 'bad-xml' });
  });

  it('never expands an entity a document type declaration defines', () => {
    const bomb = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>';
    expect(problem(bomb)).toMatchObject({ problem: 'bad-xml' });
  });

  it('refuses elements nested hundreds deep', () => {
    expect(problem(`${'<a>'.repeat(600)}${'</a>'.repeat(600)}`)).toMatchObject({ problem: 'bad-xml', detail: 'elements nested deeper than 500' });
  });
});

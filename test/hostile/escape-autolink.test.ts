/**
 * GFM's extended autolinks need no marker: a bare URL, `www.` or an e-mail address in ledger text
 * would become a link the .docx writer cannot lay out. Escaped, they stay text.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, unescapeMarkdown } from '../../src/core/render/escape.js';

const SAMPLES = [
  'http://x.y',
  '见https://example.com/a?b=1',
  'FTP://files.example.org',
  'www.example.com',
  '联系WWW.GOV.CN',
  'a@b.com',
  'first.last+tag@mail.example.cn',
  'mailto:a@b.co',
  '[链接](http://x.y)',
];

describe('escapeMarkdown and GFM autolinks', () => {
  it.each(SAMPLES)('%s renders as text, not a link', (text) => {
    const html = marked.parseInline(escapeMarkdown(text), { gfm: true }) as string;
    expect(html).not.toContain('<a ');
    expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
  });

  it('leaves an address-free @ and a plain colon alone', () => {
    expect(escapeMarkdown('@所有人 时间：10:30')).toBe('@所有人 时间：10:30');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, layoutFromText } from '../../src/core/docx/layout.js';
import { worded } from '../support/words.js';

const withLayout = (text: string) => ({ file: 'layout.json', text });
const loadLayout = (source: { file: string; text: string } | undefined, lang: 'zh' | 'en' = 'en') => {
  const r = layoutFromText(source);
  return { layout: r.layout, diagnostics: worded(r.problems, lang) };
};

describe('loadLayout', () => {
  it('gives the standard defaults when the template set has no layout.json', () => {
    const r = loadLayout(undefined);
    expect(r.diagnostics).toEqual([]);
    expect(r.layout).toEqual(DEFAULT_LAYOUT);
  });

  it('the shipped template sets hold exactly the standard values', () => {
    for (const set of ['default', 'audit']) {
      const dir = join(import.meta.dirname, '../../templates', set);
      expect(JSON.parse(readFileSync(join(dir, 'layout.json'), 'utf8'))).toEqual(DEFAULT_LAYOUT);
      expect(loadLayout({ file: 'layout.json', text: readFileSync(join(dir, 'layout.json'), 'utf8') }).layout).toEqual(DEFAULT_LAYOUT);
    }
  });

  it('lays a local rule over the defaults, key by key', () => {
    const r = loadLayout(withLayout('{ "heading1": { "bold": true }, "pageNumber": { "position": "center" } }'));
    expect(r.diagnostics).toEqual([]);
    expect(r.layout?.heading1).toEqual({ ...DEFAULT_LAYOUT.heading1, bold: true });
    expect(r.layout?.pageNumber.position).toBe('center');
    expect(r.layout?.body).toEqual(DEFAULT_LAYOUT.body);
  });

  it('names the key and the bad value', () => {
    const r = loadLayout(withLayout('{\n  "body": {\n    "size": "16pt"\n  }\n}\n'));
    expect(r.layout).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'layout-invalid',
      message: 'body.size: expected a number of points between 8 and 40, got "16pt"',
      file: 'layout.json',
      line: 3,
      path: 'body.size',
    });
  });

  it.each([
    ['{ "margins": {} }', 'layout-unknown-key', 'margins: unknown layout key'],
    ['{ "page": { "margins": { "top": 200 } } }', 'layout-invalid', 'page.margins.top: expected a number of mm between 5 and 80, got 200'],
    ['{ "pageNumber": { "style": "roman" } }', 'layout-invalid', 'pageNumber.style: expected one of dashes, plain, got "roman"'],
    ['{ "title": { "font": "" } }', 'layout-invalid', 'title.font: expected a font name (no space at either end, no control characters, U+FFFE or other characters a document cannot carry, no < > & "), got ""'],
    ['{ "body": { "font": "仿宋\\ufffe" } }', 'layout-invalid', 'body.font: expected a font name'],
    ['{ "body": { "font": "a<b" } }', 'layout-invalid', 'body.font: expected a font name'],
    ['{ "page": { "width": 100, "margins": { "left": 80, "right": 80 } } }', 'layout-invalid', 'page: the portrait text block (the attachment is landscape) is only -60 × 225 mm; it needs at least 40 × 40 mm'],
    ['{ "page": { "height": 120, "margins": { "left": 50, "right": 50 } } }', 'layout-invalid', 'page: the landscape text block'],
    ['{ "__proto__": { "polluted": true } }', 'layout-unknown-key', '__proto__: unknown layout key'],
    ['{ "body": { "constructor": 1 } }', 'layout-unknown-key', 'body.constructor: unknown layout key'],
    ['{ "heading2": { "bold": "yes" } }', 'layout-invalid', 'heading2.bold: expected true or false, got "yes"'],
    ['{ "table": 12 }', 'layout-invalid', 'table: expected an object, got 12'],
  ])('%s', (text, code, message) => {
    const r = loadLayout(withLayout(text));
    expect(r.layout).toBeUndefined();
    // the message as written, or (for the longer ones) how it starts
    expect(r.diagnostics.map((d) => [d.code, d.message.slice(0, message.length)])).toEqual([[code, message]]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reports a file that is not JSON', () => {
    const r = loadLayout(withLayout('{ "body": { size: 16 } }'));
    expect(r.diagnostics[0]?.code).toBe('layout-not-json');
  });

  it('speaks Chinese when asked', () => {
    const r = loadLayout(withLayout('{ "body": { "size": 100 } }'), 'zh');
    expect(r.diagnostics[0]?.message).toBe('body.size：应为 8 到 40 之间的数（磅），实际为 100');
  });
});

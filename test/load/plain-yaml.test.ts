import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { composeValue } from '../../src/core/load/compose.js';
import { composePlainYaml } from '../../src/core/load/plain-yaml.js';
// the benchmark's generator: large, varied ledgers in the plain style
import { batchLedger, generateLedger } from '../../bench/generate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What the full path (yaml's parser and composeValue) gives, or undefined when it finds problems. */
function fullPath(text: string) {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: true, strict: true, prettyErrors: false, keepSourceTokens: false });
  if (doc.errors.length > 0) return undefined;
  const composed = composeValue(doc, text, { maxAliasNodes: 10_000, maxDepth: 64 });
  if (composed.problems.length > 0) return undefined;
  return { value: composed.value, root: composed.positions.root };
}

/** The fast reader either declines or agrees exactly with the full path: value and every position. */
function expectSame(text: string): boolean {
  const fast = composePlainYaml(text, 64);
  if (!fast) return false;
  const full = fullPath(text);
  expect(full, 'the fast reader accepted text the full path refuses').toBeDefined();
  expect(fast.value).toEqual(full!.value);
  expect(fast.positions.root).toEqual(full!.root);
  return true;
}

function yamlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) found.push(path);
  }
  return found;
}

describe('composePlainYaml', () => {
  it('reads the example ledger exactly as the full path does', () => {
    expect(expectSame(readFileSync(join(ROOT, 'examples/justice-bureau/ledger.yaml'), 'utf8'))).toBe(true);
  });

  it('reads generated ledgers exactly as the full path does', () => {
    for (let i = 1; i <= 20; i++) expect(expectSame(batchLedger(i).text)).toBe(true);
    expect(expectSame(generateLedger({ seed: 7, aspects: 3, issuesPerAspect: 40, measuresPerIssue: 5, appendix: true }).text)).toBe(true);
  });

  it('agrees with the full path, or declines, on every YAML file of the repository', () => {
    let accepted = 0;
    const files = [...yamlFiles(join(ROOT, 'test')), ...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'templates'))];
    for (const file of files) if (expectSame(readFileSync(file, 'utf8'))) accepted++;
    // most fixtures are plain ledgers; the rest (errors, anchors, block scalars) must be declined
    expect(accepted).toBeGreaterThan(0);
  });

  it.each([
    ['scalars of every core type', 'a: 1\nc: +3\nd: 1.5\ne: 2e3\nf: 0o17\ng: 0x1F\nh: true\ni: False\nj: null\nk: ~\nl: 2023-12-01\nm: "q: x"\nn: \'it\'\'s\'\no: 1-1\n'],
    ['comments and blank lines everywhere', '# head\n\na: 1 # one\n  # indented comment\nb:   # after key\n  - x # item\n\n  # between\n  - y\n'],
    ['a sequence at its key\'s indentation', 'a:\n- 1\n- b: 2\n  c: 3\nd: 4\n'],
    ['nested flow collections', 'a: { b: [1, 2, { c: d }], e: [] , f: {} }\ng: [ "x", \'y\' ]\n'],
    ['keys that are numbers or booleans', '1: a\ntrue: b\n2.5: c\n'],
    ['hash without a space before it', 'a: C#sharp\nb: x#y\n'],
    ['sequence items on following lines', 'a:\n  -\n    b: 1\n  - [1]\n'],
    ['no final newline', 'a: 1'],
    ['colons and hashes inside plain values', 'a: b:#c\nb: 10:30\nc: x:y # z\nd: http://a.b/c#d\n'],
    ['numbers, and dates and ids that only look like numbers', 'a: 2023-12-01\nb: 1-1-2\nc: 1e3\nd: +.5\ne: 0x1f\nf: 12.\ng: 1.2.3\nh: 0o8\n'],
    ['a document marker inside a line', 'a: x --- y\nb: 1 ... 2\nc: 50%\n'],
    ['trailing spaces, with and without a comment', 'a: 整改 措施   \nb: x  # c  \nc: y #\n'],
  ])('agrees on %s', (_name, text) => {
    expect(expectSame(text)).toBe(true);
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['an escape in double quotes', 'a: "x\\ty"\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['keys equal as numbers', '1: a\n1.0: b\n'],
    ['a negative number (outside the subset)', 'a: -2\n'],
    ['a merge key', '<<: { a: 1 }\n'],
    ['a tab', 'a:\t1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a document marker', '---\na: 1\n'],
    ['a document end marker on a later line', 'a: 1\n...\n'],
    ['a directive on a later line', 'a: 1\n%TAG ! x\n'],
    ['a Unicode line separator', 'a: x\u2028y\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a trailing comma', 'a: [1, 2,]\n'],
    ['a nested compact mapping', 'a: b: c\n'],
    ['a value ending in a colon', 'a: b:\nc: 1\n'],
    ['a value ending in a colon before a comment', 'a: b: # c\n'],
    ['.inf', 'a: .inf\n'],
    ['a number too large for a double', 'a: 1e400\n'],
    ['an integer too large for a double', `a: ${'9'.repeat(400)}\n`],
    ['a too large number as a key', '1e400: a\n'],
    ['a double-quoted flow key', 'a: { "from": 2023-08-02 }\n'],
    ['a single-quoted flow key', "a: { 'from': 2023-08-02 }\n"],
    ['an anchored flow key', 'a: { &k from: 1 }\n'],
    ['a tagged flow key', 'a: { !!str from: 1 }\n'],
    ['an explicit flow key', 'a: { ? from: 1 }\n'],
    ['a quoted key', '"a": 1\n'],
    // the outside review's two disagreements: a quoted flow key kept its quotes, 1e400 read as Infinity
    ['a quoted key in a flow mapping', 'visit: { "from": 2023-10-09, to: 2023-11-20 }\n'],
    ['a single-quoted key in a flow mapping', "a: { 'b': 1 }\n"],
    ['an anchor on a flow key', 'a: { &k b: 1 }\n'],
    ['an explicit flow key', 'a: { ? b: 1 }\n'],
    ['a number past the range of a number', 'a: 1e400\n'],
    ['a flow value past the range of a number', 'a: [1, -1e999]\n'],
    ['bad indentation', 'a: 1\n  b: 2\n'],
    ['a top-level list', '- 1\n- 2\n'],
  ])('declines %s', (_name, text) => {
    expect(composePlainYaml(text, 64)?.value && !Array.isArray(composePlainYaml(text, 64)?.value) ? 'accepted' : 'declined').toBe('declined');
  });

  it('declines nesting deeper than the limit, so the full path reports it', () => {
    expect(composePlainYaml('a:\n  b:\n    c: 1\n', 1)).toBeUndefined();
    expect(composePlainYaml('a:\n  b:\n    c: 1\n', 64)).toBeDefined();
  });
});

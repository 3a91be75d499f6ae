/**
 * The fast plain-YAML reader held against `yaml`: on 100,000 generated texts it must either decline
 * (the full path then reads the text) or give exactly what the full path gives — no problems, the
 * same value (types, key order, -0) and the same position for every key path. A text the full path
 * refuses (1e400 is `not-finite`, a quoted flow key is read unquoted, …) must be declined.
 *
 * The texts are ledger-shaped (block mappings and lists at indentation steps of 1–4) with what trips
 * readers up mixed in: numbers of every form (signs, leading zeros, exponents, `.inf`, `.nan`,
 * `0x`, `0o`, 400 digits), double-quoted escapes, single-quoted quotes, block scalars with every
 * chomping and indentation indicator, flow collections with quoted, anchored, tagged or `?` keys,
 * anchors, tags and aliases, comments everywhere, CRLF and lone CR line ends, tabs, document
 * markers and directives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadYamlText } from '../../src/core/load/load.js';
import { composePlainYaml } from '../../src/core/load/plain-yaml.js';

const RUNS = 100_000;

/** The value written out with everything toEqual would forgive: key order, number vs string, -0. */
function serialize(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? 'n:-0' : `n:${value}`;
    case 'string':
      return `s:${JSON.stringify(value)}`;
    case 'boolean':
      return `b:${value}`;
    case 'object': {
      const keys = Object.keys(value as object);
      // both readers build mappings that inherit nothing
      const proto = Object.getPrototypeOf(value) === null || Object.getPrototypeOf(Object.getPrototypeOf(value)) === null ? '' : '!proto';
      return `{${proto}${keys.map((k) => `${JSON.stringify(k)}:${serialize((value as Record<string, unknown>)[k])}`).join(',')}}`;
    }
    default:
      return `?${typeof value}`;
  }
}

// ---------- scalars ----------

/**
 * Arbitraries are built per "spice": 0 writes only what the fast reader should accept (plain and
 * quoted text, numbers, flow collections, comments), 1 mixes in a little of everything else, 2 a
 * lot. Without the plain texts the reader would decline nearly everything and agree on nothing.
 */
type Spice = 0 | 1 | 2;
type Weighted<T> = [number, fc.Arbitrary<T>];
/** fc.oneof over the entries whose weight is above 0; `exotic` entries weigh nothing at spice 0. */
function oneOf<T>(...entries: Weighted<T>[]): fc.Arbitrary<T> {
  return fc.oneof(...entries.filter(([weight]) => weight > 0).map(([weight, arbitrary]) => ({ weight, arbitrary })));
}
const exoticWeight = (spice: Spice, weight: number): number => (spice === 0 ? 0 : spice === 1 ? weight : weight * 6);

const words = fc.constantFrom('a', 'b', 'k', 'v 1', '整改', '措施', '制定公布事项清单', 'x y', 'Ω', '😀', '𠀀', 'C#', 'x:y', '50%', 'a-b', 'a.b', 'http://x/y#z');
const punctuation = fc.constantFrom(
  ':', ': ', ':x', '#', ' #', ' # c', "it's", 'say "hi"', '-', '- ', '?', '? ', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '\\',
  '~', ' ', '  ', '.', '...', '---', '\u00a0', '\u0085', '\u2028', '\u3000', '：', '，', '\u200b',
);
const textOf = (spice: Spice) =>
  fc.array(oneOf([40, words], [exoticWeight(spice, 1), punctuation]), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

/**
 * Numbers of every form. At spice 0 without those the fast reader always declines (a leading `-`
 * but rarely, no .inf or .nan, nothing that overflows), so that whole texts of numbers get read.
 */
function numberOf(spice: Spice): fc.Arbitrary<string> {
  const rare = (weight: number) => exoticWeight(spice, weight);
  const sign = oneOf<string>([12, fc.constantFrom('', '', '+')], [spice === 0 ? 1 : 4, fc.constant('-')]);
  const digitRun = oneOf<string>(
    [4, fc.constantFrom('0', '00', '007', '1', '12', '0012', '9', '2023')],
    [4, fc.nat({ max: 1_000_000 }).map(String)],
    // 309 digits and more overflow to Infinity
    [rare(1), fc.integer({ min: 300, max: 420 }).map((n) => `1${'0'.repeat(n)}`)],
  );
  const exponent = fc
    .tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), oneOf<string>([6, fc.constantFrom('0', '1', '3', '10', '308', '')], [rare(2), fc.constantFrom('309', '400', '0400', '-')]))
    .map((parts) => parts.join(''));
  const decimal = fc
    .tuple(sign, fc.oneof(digitRun, fc.constant('')), fc.constantFrom('', '', '.', '.5', '.0', '.000', '.25', '.1.2'), fc.oneof({ weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: exponent }))
    .map((parts) => parts.join(''));
  const special = fc.constantFrom('.inf', '.Inf', '.INF', '+.inf', '-.inf', '-.Inf', '.nan', '.NaN', '.NAN', '-.nan', 'inf', 'nan', '.iNf', 'Infinity', '-Infinity', 'NaN');
  const radix = fc
    .tuple(
      oneOf<string>([6, fc.constantFrom('0x', '0X', '0o', '0O', '0b', '+0x', '00x', '0x_')], [rare(1), fc.constant('-0o')]),
      oneOf<string>([8, fc.constantFrom('', '0', '7', '17', '8', '9', 'ff', 'FF', '1F', 'G', '1g')], [rare(1), fc.constantFrom('f'.repeat(260), '7'.repeat(360))]),
    )
    .map(([prefix, digits]) => prefix + digits);
  const numberLike = fc.constantFrom('1_000', '1:30', '1,000', '1.2.3', '2023-12-01', '1-1-2', '12:30:00', '1e', 'e5', '.', '+', '+.', '0.', '00.5e-3', '5.e3', '.e3', '0x1p3', '１２');
  return oneOf<string>([8, decimal], [rare(1), special], [2, radix], [2, numberLike]);
}

const escape = fc.constantFrom(
  '\\\\', '\\"', '\\n', '\\t', '\\ ', '\\/', '\\0', '\\a', '\\b', '\\e', '\\N', '\\_', '\\L', '\\P', '\\r', '\\x41', '\\x4', '\\xZZ',
  '\\u00e9', '\\u4e2d', '\\ud800', '\\U0001F600', '\\U00110000', '\\q', '\\',
);
const doubleQuotedOf = (spice: Spice) =>
  fc.array(oneOf([6, textOf(spice)], [exoticWeight(spice, 2), escape]), { maxLength: 4 }).map((parts) => `"${parts.join('')}"`);
const singleQuotedOf = (spice: Spice) => fc.array(fc.oneof({ weight: 3, arbitrary: textOf(spice) }, { weight: 1, arbitrary: fc.constant("''") }), { maxLength: 4 }).map((parts) => `'${parts.join('')}'`);
const coreWords = fc.constantFrom('true', 'True', 'TRUE', 'false', 'False', 'tRue', 'null', 'Null', 'NULL', '~', 'yes', 'no', 'on', 'off', 'y', 'n', '<<', '=');
/** An anchor, a tag or both before a node, or an alias instead of it. */
const properties = fc.constantFrom('&a ', '&b ', '!t ', '!!str ', '!!int ', '!<tag:x> ', '&a !!str ', '! ');
const alias = fc.constantFrom('*a', '*b', '*a ', '*c');

const scalarOf = (spice: Spice) =>
  oneOf<string>(
    [10, textOf(spice)],
    [6, numberOf(spice)],
    [2, coreWords],
    [3, doubleQuotedOf(spice)],
    [2, singleQuotedOf(spice)],
    [exoticWeight(spice, 1), fc.tuple(properties, fc.oneof(textOf(spice), numberOf(spice))).map(([p, s]) => p + s)],
    [exoticWeight(spice, 1), alias],
  );

// ---------- keys ----------

const keyOf = (spice: Spice) =>
  oneOf<string>(
    [30, fc.constantFrom('a', 'b', 'c', 'id', 'text', '整改', 'k 1', '__proto__', 'constructor')],
    [4, numberOf(spice)],
    [exoticWeight(spice, 1), coreWords],
    [exoticWeight(spice, 1), doubleQuotedOf(spice)],
    [exoticWeight(spice, 1), singleQuotedOf(spice)],
    [
      exoticWeight(spice, 1),
      fc.constantFrom('? k', '?k', '&a k', '!t k', '!!str k', '*a', '*a ', 'a#b', 'a #b', '-k', '- k', 'k:', 'k :', ':k', '[a]', '{a: 1}', '|', '>', '@k', '%k', 'x'.repeat(1030)),
    ],
  );

// ---------- flow collections ----------

function flowOf(spice: Spice): fc.Arbitrary<string> {
  const flowScalar = oneOf<string>([12, scalarOf(spice)], [exoticWeight(spice, 1), fc.constantFrom('', ' ', '#c', 'a # c', 'a:b', 'a: b', 'http://x/y')]);
  const separator = oneOf<string>([6, fc.constantFrom(', ', ',', ' , ', ',  ')], [exoticWeight(spice, 1), fc.constantFrom(',\n  ', ', # c\n  ', ' ,')]);
  const keySeparator = oneOf<string>([6, fc.constant(': ')], [exoticWeight(spice, 1), fc.constantFrom(':', ' : ', ':  ', ':\n  ')]);
  const trailing = oneOf<string>([8, fc.constant('')], [exoticWeight(spice, 1), fc.constantFrom(',', ' ')]);
  // a flow key is any key a flow mapping may hold, and always a quoted one in some texts
  const flowKey = oneOf<string>([10, keyOf(spice)], [exoticWeight(spice, 1), fc.constantFrom('"from"', "'to'", '"a b"')]);
  const { flow } = fc.letrec<{ flow: string; item: string }>((tie) => ({
    item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, flowScalar, tie('flow')),
    flow: fc.oneof(
      fc
        .tuple(fc.array(tie('item'), { maxLength: 4 }), separator, trailing, fc.constantFrom('[', '[ '), fc.constantFrom(']', ' ]'))
        .map(([items, sep, comma, open, close]) => open + items.join(sep) + (items.length > 0 ? comma : '') + close),
      fc
        .tuple(spice === 0 ? fc.uniqueArray(fc.tuple(flowKey, keySeparator, tie('item')), { maxLength: 4, selector: ([k]) => k }) : fc.array(fc.tuple(flowKey, keySeparator, tie('item')), { maxLength: 4 }), separator, trailing, fc.constantFrom('{', '{ '), fc.constantFrom('}', ' }'))
        .map(([entries, sep, comma, open, close]) => open + entries.map(([k, s, v]) => k + s + v).join(sep) + (entries.length > 0 ? comma : '') + close),
    ),
  }));
  return flow;
}

// ---------- block scalars ----------

/** `|` or `>`, a chomping indicator (none, strip, keep) and an indentation indicator in either order. */
const blockHeader = fc
  .tuple(fc.constantFrom('|', '>'), fc.constantFrom('', '-', '+'), fc.constantFrom('', '', '1', '2', '3', '4', '9', '0'), fc.boolean(), fc.constantFrom('', '', ' # c', '  #c', ' x'))
  .map(([style, chomp, indent, chompFirst, after]) => style + (chompFirst ? chomp + indent : indent + chomp) + after);
const blockLine = fc.tuple(fc.constantFrom(0, 0, 0, 1, 2, -1), fc.oneof({ weight: 4, arbitrary: textOf(1) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('# not a comment') }));

// ---------- documents ----------

type Tree =
  | { scalar: string }
  | { block: string; lines: [number, string][]; trailing: number }
  | { map: [string, Tree][] }
  | { seq: Tree[] };

/**
 * A block mapping's entries: keys mostly distinct (a repeated key is a duplicate-key error the fast
 * reader declines; spice puts a few in through the keys of flow mappings and the noise lines).
 */
function entries(key: fc.Arbitrary<string>, value: fc.Arbitrary<Tree>, maxLength: number): fc.Arbitrary<[string, Tree][]> {
  return fc.uniqueArray(fc.tuple(key, value), { minLength: 1, maxLength, selector: ([k]) => k });
}

function treeOf(spice: Spice): fc.Arbitrary<Tree> {
  const key = keyOf(spice);
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: oneOf<Tree>(
      [6, oneOf<string>([8, scalarOf(spice)], [2, flowOf(spice)]).map((s) => ({ scalar: s }))],
      [2, fc.record({ map: entries(key, tie('tree'), 4) })],
      [2, fc.record({ seq: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) })],
      [exoticWeight(spice, 1), fc.record({ block: blockHeader, lines: fc.array(blockLine, { maxLength: 4 }), trailing: fc.nat({ max: 2 }) })],
    ),
  }));
  return tree;
}

/** `step`: how far a block value is indented under its key; `compact`: a list under a key starts at the key's column. */
function write(node: Tree, indent: number, out: string[], lead: string, step: number, compact: boolean): void {
  const pad = ' '.repeat(indent);
  if ('scalar' in node) {
    out.push(`${lead}${node.scalar}`);
  } else if ('block' in node) {
    out.push(`${lead}${node.block}`);
    const inner = indent + step;
    for (const [extra, line] of node.lines) out.push(line === '' ? '' : `${' '.repeat(Math.max(0, inner + extra))}${line}`);
    for (let i = 0; i < node.trailing; i++) out.push('');
  } else if ('map' in node) {
    node.map.forEach(([k, child], i) => {
      const first = i === 0 ? lead : pad;
      if ('scalar' in child) out.push(`${first}${k}: ${child.scalar}`);
      else if ('block' in child) write(child, indent, out, `${first}${k}: `, step, compact);
      else {
        out.push(`${first}${k}:`);
        const inner = compact && 'seq' in child ? indent : indent + step;
        write(child, inner, out, ' '.repeat(inner), step, compact);
      }
    });
  } else {
    node.seq.forEach((child, i) => write(child, indent + 2, out, `${i === 0 ? lead : pad}- `, step, compact));
  }
}

const plainNoise = fc.constantFrom('', '# a comment', '  # indented comment', '   ', '#', 'x: 1 # note');
const exoticNoise = fc.constantFrom('- stray', '---', '...', '%YAML 1.2', '%TAG ! x', '\t', 'a:\tb', '  extra: 1');
const trailingComment = (spice: Spice) => oneOf<string>([6, fc.constantFrom(' # c', '  #', ' #c # d', ' # 整改')], [exoticWeight(spice, 1), fc.constantFrom('#c', '\t# c')]);
/** What is done to the written lines: insertions, trailing comments, tabs, line ends, a start, the final newline. */
const editsOf = (spice: Spice) =>
  fc.record({
    inserts: fc.array(fc.tuple(fc.nat(), oneOf<string>([6, plainNoise], [exoticWeight(spice, 1), exoticNoise])), { maxLength: 2 }),
    comments: fc.array(fc.tuple(fc.nat(), trailingComment(spice)), { maxLength: 2 }),
    tabs: oneOf<[number, number][]>([12, fc.constant([])], [exoticWeight(spice, 1), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 2 })]),
    lineEnd: oneOf<string>([12, fc.constant('\n')], [exoticWeight(spice, 1), fc.constantFrom('\r\n', '\r\n', 'mixed', 'lone-cr')]),
    end: fc.constantFrom('\n', '\n', '', '\n\n'),
    start: oneOf<string>([12, fc.constantFrom('', '# head\n')], [exoticWeight(spice, 1), fc.constantFrom('---\n', '--- # doc\n', '%YAML 1.2\n---\n', '\uFEFF', '\t')]),
  });

function applyEdits(lines: string[], e: { inserts: [number, string][]; comments: [number, string][]; tabs: [number, number][]; lineEnd: string; end: string; start: string }): string {
  const out = [...lines];
  for (const [at, comment] of e.comments) if (out.length > 0) out[at % out.length] += comment;
  for (const [at, insert] of e.inserts) out.splice(at % (out.length + 1), 0, insert);
  // a tab in place of a space (indentation, after a colon, inside a value) or at a line's end
  for (const [at, where] of e.tabs) {
    const i = at % out.length;
    const line = out[i]!;
    const spaces = [...line.matchAll(/ /g)].map((m) => m.index!);
    out[i] = spaces.length > 0 ? `${line.slice(0, spaces[where % spaces.length])}\t${line.slice(spaces[where % spaces.length]! + 1)}` : `${line}\t`;
  }
  let joined: string;
  if (e.lineEnd === 'mixed') joined = out.map((line, i) => line + (i % 2 === 0 ? '\r\n' : '\n')).join('').slice(0, -1);
  else if (e.lineEnd === 'lone-cr') joined = out.map((line, i) => line + (i === out.length >> 1 ? '\r' : '\n')).join('').slice(0, -1);
  else joined = out.join(e.lineEnd);
  return e.start + joined + (e.end === '\n' && e.lineEnd === '\r\n' ? '\r\n' : e.end);
}

const documentOf = (spice: Spice) =>
  fc
    .tuple(fc.record({ map: entries(keyOf(spice), treeOf(spice), 5) }), editsOf(spice), fc.constantFrom(2, 2, 2, 1, 3, 4), fc.boolean())
    .map(([root, e, step, compact]) => {
      const lines: string[] = [];
      write(root, 0, lines, '', step, compact);
      return applyEdits(lines, e);
    });
const documents = fc.oneof({ weight: 6, arbitrary: documentOf(0) }, { weight: 3, arbitrary: documentOf(1) }, { weight: 1, arbitrary: documentOf(2) });

/** What the generated texts must have held, so the property cannot pass by never meeting them. */
const FEATURES: [string, RegExp][] = [
  ['an exponent', /\d[eE][-+]?\d/],
  ['a huge exponent', /[eE]\+?0?4\d\d/],
  ['a signed number', /[ [,][-+]\.?\d/],
  ['.inf or .nan', /\.(?:inf|Inf|INF|nan|NaN|NAN)/],
  ['0x', /0x[0-9a-fA-F]/],
  ['0o', /0o[0-7]/],
  ['a leading zero', /[ [,]0\d/],
  ['an escape', /"[^"\n]*\\[^"\n]*"/],
  ['a block scalar, strip', /[|>][1-9]?-/],
  ['a block scalar, keep', /[|>][1-9]?\+/],
  ['a block scalar, clip', /: [|>](?:[1-9])?$/m],
  ['an indentation indicator', /[|>][-+]?[1-9]/],
  ['a comment', / #/],
  ['CRLF', /\r\n/],
  ['a tab', /\t/],
  ['a quoted flow key', /\{ ?["']/],
  ['an anchor', /&a /],
  ['an alias', /\*a/],
];

describe('the fast plain-YAML reader against yaml', () => {
  it(`declines or agrees exactly on ${RUNS.toLocaleString('en')} generated texts`, () => {
    let accepted = 0;
    const seen = new Map<string, number>(FEATURES.map(([name]) => [name, 0]));
    const acceptedWith = new Map<string, number>(FEATURES.map(([name]) => [name, 0]));
    fc.assert(
      fc.property(documents, (doc) => {
        const found = FEATURES.filter(([, re]) => re.test(doc)).map(([name]) => name);
        for (const name of found) seen.set(name, seen.get(name)! + 1);
        const fast = composePlainYaml(doc, 64);
        // what loadLedger takes from the fast reader: a mapping; anything else goes the full path
        if (!fast || fast.value === null || typeof fast.value !== 'object' || Array.isArray(fast.value)) return;
        accepted++;
        for (const name of found) acceptedWith.set(name, acceptedWith.get(name)! + 1);
        const full = loadYamlText(doc, 'x.yaml');
        // plain comparisons first: an expect() per case would cost more than the readers do
        const agrees =
          full.problems.length === 0 &&
          serialize(fast.value) === serialize(full.source!.value) &&
          JSON.stringify(fast.positions.root) === JSON.stringify(full.source!.positions.root);
        if (agrees) return;
        expect(full.problems, 'the fast reader accepted a text the full path refuses').toEqual([]);
        expect(serialize(fast.value)).toBe(serialize(full.source!.value));
        expect(JSON.stringify(fast.positions.root)).toBe(JSON.stringify(full.source!.positions.root));
      }),
      { numRuns: RUNS, seed: 20261130 },
    );
    // every feature was generated, and the reader accepted a fair share of all texts
    for (const [name, count] of seen) expect(count, `texts with ${name}`).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(RUNS / 5);
    // numbers, comments and quoted scalars are in the subset: accepted texts held them
    for (const name of ['an exponent', 'a signed number', '0x', '0o', 'a leading zero', 'a comment']) expect(acceptedWith.get(name), `accepted texts with ${name}`).toBeGreaterThan(100);
  }, 600_000);
});

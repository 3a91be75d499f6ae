import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLedger, parentPath, type Place } from '../../src/core/load/index.js';

function load(text: string) {
  const result = loadLedger(text, 'x.yaml');
  if (!result.source) throw new Error(JSON.stringify(result.problems));
  return result.source;
}

describe('paths', () => {
  it('walks up to the nearest ancestor', () => {
    expect(parentPath('aspects[2].issues[0].status')).toBe('aspects[2].issues[0]');
    expect(parentPath('aspects[2].issues[0]')).toBe('aspects[2].issues');
    expect(parentPath('aspects')).toBe('');
    expect(parentPath('')).toBeUndefined();
  });
});

describe('SourceMap', () => {
  const text = 'report:\n  title: 报告\nlist:\n  - a\n  - {b: 1}\n';
  const { positions } = load(text);

  it('knows where each value and key is', () => {
    expect(positions.valueAt('report.title')).toMatchObject({ line: 2, column: 10 });
    expect(positions.keyAt('report.title')).toMatchObject({ line: 2, column: 3 });
    expect(positions.valueAt('list[1].b')).toMatchObject({ line: 5, column: 9 });
    expect(positions.keyAt('list[1]')).toMatchObject({ line: 5, column: 5 });
  });

  it('falls back to the nearest existing ancestor for a path that does not exist', () => {
    expect(positions.valueAt('report.unit')).toEqual(positions.valueAt('report'));
    expect(positions.keyAt('list[1].c.d')).toEqual(positions.keyAt('list[1]'));
  });
});

/** Characters that every scalar style can carry literally, mixed with ones that need care. */
const piece = fc.constantFrom('整', '改', 'a', 'Z', '1', ' ', '"', "'", '\\', ':', '#', '，', '。', '{', '}', '𠀀');

describe('positions inside strings', () => {
  it('map any value index back to its source character, for double- and single-quoted scalars', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(piece, { maxLength: 30 }), (left, right) => {
        const value = `${left.join('')}★${right.join('')}`;
        const index = value.indexOf('★');
        const double = `key: ${JSON.stringify(value)}\n`;
        const single = `key: '${value.replace(/'/g, "''")}'\n`;
        for (const yaml of [double, single]) {
          const source = load(yaml);
          expect(source.value).toEqual(Object.assign(Object.create(null), { key: value }));
          expect(yaml[source.positions.stringAt('key', index).offset]).toBe('★');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('maps value indexes through literal and folded block scalars, line by line', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[整改a-z，。{}]{1,12}$/), { minLength: 1, maxLength: 6 }), fc.nat(), (lines, pick) => {
        const target = pick % lines.length;
        const marked = lines.map((l, i) => (i === target ? `${l}★` : l));
        for (const style of ['|', '>']) {
          const yaml = `key: ${style}\n${marked.map((l) => `  ${l}`).join('\n')}\n`;
          const source = load(yaml);
          const value = (source.value as Record<string, string>).key!;
          expect(yaml[source.positions.stringAt('key', value.indexOf('★')).offset]).toBe('★');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts escapes in double-quoted scalars as their source length', () => {
    const yaml = 'key: "a\\tb\\u4e2d\\x41\\U0001F600{{x}}"\n';
    const source = load(yaml);
    const value = (source.value as Record<string, string>).key!;
    expect(value).toBe('a\tb中A😀{{x}}');
    expect(source.positions.stringAt('key', value.indexOf('{{')).column).toBe(yaml.indexOf('{{') + 1);
  });
});

describe('SourceMap lookups', () => {
  /** The lookup as it was written first: the path's segments found by a regular expression. */
  function lookupBySegments(root: Place, path: string): { place: Place; exact: boolean } {
    let place = root;
    for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
      const children = place.children;
      const next = !children ? undefined : place.mapping ? place.child(m[1] ?? m[2] ?? '') : m[2] !== undefined ? children[Number(m[2])] : undefined;
      if (!next) return { place, exact: false };
      place = next;
    }
    return { place, exact: true };
  }

  const text = 'a:\n  b: [x, {c: 1, "d.e": 2, "[3]": 4, "0": z}]\n  "": empty\nlist:\n  - k: v\n  - [p, q]\n';
  const { positions } = load(text);
  const paths = ['', 'a', 'a.b', 'a.b[0]', 'a.b[1].c', 'a.b[1].d.e', 'a.b[1][3]', 'a.b[1].0', 'a.b[1][0]', 'a.b[9]', 'a..b', 'a.b[x]', 'a.b[', 'a.b]', 'a.b[1]]c', '.a', 'a.', 'list[0].k', 'list[1][1]', 'list.0', 'list[01]', 'list[1e0]', 'list[]', 'a["b"]', 'a.b[1].c.d', '[0]', 'zz'];

  it('go where the regular expression took them, for paths of every form', () => {
    for (const path of paths) {
      const expected = lookupBySegments(positions.root, path);
      expect(positions.has(path), path).toBe(expected.exact);
      expect(positions.valueAt(path).offset, path).toBe(expected.place.value);
    }
    fc.assert(
      fc.property(fc.stringMatching(/^[ab.[\]0-9kcl]{0,12}$/), (path) => {
        const expected = lookupBySegments(positions.root, path);
        expect(positions.has(path)).toBe(expected.exact);
        expect(positions.valueAt(path).offset).toBe(expected.place.value);
      }),
    );
  });
});

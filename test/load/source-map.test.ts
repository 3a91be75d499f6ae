import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLedger, parentPath } from '../../src/core/load/index.js';

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

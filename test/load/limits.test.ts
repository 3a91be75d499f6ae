import { describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/core/load/index.js';

describe('hostile input', () => {
  it('refuses 10,000-deep flow nesting without overflowing the stack', () => {
    const text = `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const { problems, source } = loadLedger(text, 'x');
    expect(source).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['too-deep']);
  });

  it('refuses block nesting past 64 levels at the first mapping too deep', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    const { problems } = loadLedger(text, 'x');
    expect(problems[0]).toMatchObject({ code: 'too-deep', line: 66, column: 66 });
  });

  it('stops a billion-laughs document quickly', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const started = Date.now();
    const { problems } = loadLedger(text, 'x');
    expect(problems.map((p) => p.code)).toEqual(['alias-limit']);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ['the plain reader', ''],
    ['the full YAML path', 'anchored: &a 1\nalias: *a\n'],
  ])('turns __proto__, constructor and prototype into ordinary keys (%s)', (_path, more) => {
    const { source } = loadLedger(`__proto__: {polluted: true}\nconstructor: 1\nprototype: 2\n${more}`, 'x');
    const value = source!.value as Record<string, unknown>;
    expect(Object.keys(value).slice(0, 3)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect({ ...(value['__proto__'] as object) }).toEqual({ polluted: true });
    expect(value['constructor']).toBe(1);
    // nothing is inherited, so nothing can be reached or overwritten through a mapping
    expect('toString' in value || 'hasOwnProperty' in value).toBe(false);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(value))).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads YAML 1.2 core scalars, not 1.1 ones', () => {
    const { source } = loadLedger('a: yes\nb: 010\nc: 0o10\nd: 2023-12-01\ne: ~\n', 'x');
    expect({ ...(source!.value as object) }).toEqual({ a: 'yes', b: 10, c: 8, d: '2023-12-01', e: null });
  });
});

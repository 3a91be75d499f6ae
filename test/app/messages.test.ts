/**
 * One message catalogue: every problem the code can raise is worded there, in Chinese and English,
 * and nothing else in src/ words a message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/messages/en.js';
import { PROBLEM_CODES, word } from '../../src/app/messages/index.js';
import { zh } from '../../src/app/messages/zh.js';
import { placeIn, problem } from '../../src/model/problem.js';

const SRC = join(import.meta.dirname, '../../src');
const HAN = /\p{Script=Han}/u;

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [{ file: path.slice(SRC.length + 1), text: readFileSync(path, 'utf8') }] : [];
  });
}

/** The codes problems are made with: problem('x', …), fail('x', …), problemAt(…, 'error', 'x'), report('x', …). */
function codesRaised(text: string): string[] {
  const patterns = [
    /\b(?:problem|fail)\(\s*'([a-z0-9-]+)'/g,
    /\bproblemAt\([^;]*?'(?:error|warning)',\s*(?:[a-z]+ \? )?'([a-z0-9-]+)'/g,
    /\breport\(\s*'([a-z0-9-]+)'/g,
    /\bcode: '([a-z0-9-]+)'/g,
  ];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!));
}

describe('the message catalogue', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('words every problem code src/ raises', () => {
    const raised = new Set(sources(SRC).flatMap((s) => codesRaised(s.text)));
    expect(raised.size).toBeGreaterThan(40);
    const unworded = [...raised].filter((code) => !PROBLEM_CODES.includes(code));
    expect(unworded).toEqual([]);
  });

  it('is Chinese in Chinese and English in English, whatever the facts', () => {
    const params = { kind: 'x', rule: 'x', reason: 'x', what: 'x', item: 'issue', construct: 'x' };
    for (const code of PROBLEM_CODES) {
      const p = problem(code, placeIn('ledger.yaml', 1, 1), params);
      const zhWords = word(p, 'zh');
      const enWords = word(p, 'en');
      expect(zhWords.message, code).toMatch(HAN);
      expect(enWords.message, code).not.toBe(code);
      // English may quote a Chinese word the user meets in a sheet (问题, 整改措施, 台账信息), never a Chinese sentence
      expect(enWords.message.replace(/[\p{Script=Han}【】（）]{1,5}/gu, ''), code).not.toMatch(HAN);
    }
  });

  it('is the only place that words a message: no Chinese in the app or the host outside it', () => {
    // the core has no language to speak in: Chinese there is what a report or a sheet says
    const offenders = sources(SRC)
      .filter((s) => /^(app|host)\//.test(s.file) && !s.file.startsWith('app/messages/'))
      .flatMap((s) =>
        s.text
          .split('\n')
          .map((line, i) => ({ line, at: `${s.file}:${i + 1}` }))
          .filter(({ line }) => HAN.test(line.replace(/\/\/.*$|^\s*\*.*$|\/\*.*?\*\//g, ''))),
      )
      .map((o) => o.at);
    expect(offenders).toEqual([]);
  });
});

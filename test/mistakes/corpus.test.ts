/**
 * The mistakes corpus (test/fixtures/mistakes/): ledgers as office staff actually get them wrong,
 * one mistake each (a case with summary.yaml holds a summary ledger instead). Every case asserts
 * the diagnostics exactly — code, severity, line, column and the Chinese message — and then
 * applies the fix the hint gives, literally, to the ledger's text:
 * the ledger must then validate without errors, and the finding must be gone.
 *
 * expected.json:
 *   about        what the user did
 *   diagnostics  [{ code, severity, line, column, message }] — all of them, in order
 *   fix          how the fix is applied (default "hint": the first diagnostic's hint, read as below)
 *                "hint"  `改为（行首 N 个空格…）：TEXT` or `改为（顶格写…）：TEXT` replaces the line,
 *                        indentation included; `改为：TEXT` replaces what follows its indentation;
 *                        `是否应为 X？` puts X in place of the word (or the {{placeholder}}) at the
 *                        diagnostic's column;
 *                        `把第 A 至 B 行整体右移/左移 N 个空格` shifts those lines;
 *                        `删除这一行` removes the diagnostic's line;
 *                        `在 KEY 下面加一行 TEXT` adds TEXT under the diagnostic's line, aligned with KEY;
 *                        `把“X”改为“Y”` replaces X by Y on the diagnostic's line
 *                { "line": N, "text": T }            the described edit: line N becomes T
 *                { "insert": { "after": N, "text": T } }   a line added after line N
 *                { "delete": N }                      line N removed
 *                "hints"   every diagnostic's hint, each on its line; [edits] several described edits
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateLedgerText, validateSummaryText } from '../../src/core/validate/index.js';
import type { Problem } from '../../src/model/problem.js';
import type { Diagnostic } from '../../src/app/messages/index.js';
import { worded } from '../support/words.js';
import { caseFolders } from '../support/fixtures.js';

type Edit = { line: number; text: string } | { insert: { after: number; text: string } } | { delete: number };
type Fix = 'hint' | 'hints' | Edit | Edit[];

interface Expected {
  about: string;
  diagnostics: { code: string; severity: string; line: number; column: number; message: string }[];
  fix?: Fix;
}

const ROOT = new URL('../fixtures/mistakes/', import.meta.url);
const cases = caseFolders(ROOT);

const HAN = /\p{Script=Han}/u;

/** The line the hint's `改为…：` gives, or undefined when the hint does not give one. */
function lineFromHint(hint: string, original: string): string | undefined {
  const indented = /改为（(?:行首 (\d+) 个空格|(顶格写))[^）]*）：(.*)$/.exec(hint);
  if (indented) return ' '.repeat(indented[2] ? 0 : Number(indented[1])) + indented[3];
  const at = hint.indexOf('改为：');
  if (at < 0) return undefined;
  const indentation = /^ */.exec(original)![0];
  return indentation + hint.slice(at + '改为：'.length);
}

/** The word at `column` (1-based): up to a blank, a comma, a bracket, a colon or a quote; a placeholder `{{…}}` whole. */
function replaceWordAt(line: string, column: number, word: string): string {
  if (line.startsWith('{{', column - 1)) {
    const close = line.indexOf('}}', column - 1);
    if (close >= 0) return line.slice(0, column - 1) + word + line.slice(close + 2);
  }
  let end = column - 1;
  while (end < line.length && !' \t,[]{}:"\''.includes(line[end]!)) end++;
  return line.slice(0, column - 1) + word + line.slice(end);
}

function applyFix(text: string, fix: Fix, diagnostics: readonly Diagnostic[]): string {
  if (fix === 'hints') return diagnostics.reduce((t, d) => applyFix(t, 'hint', [d]), text);
  if (Array.isArray(fix)) return fix.reduce((t, edit) => applyFix(t, edit, diagnostics), text);
  const first = diagnostics[0]!;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  if (fix === 'hint') {
    const moved = /把第 (\d+) 至 (\d+) 行整体(右|左)移 (\d+) 个空格/.exec(first.hint);
    if (moved) {
      const by = Number(moved[4]);
      for (let i = Number(moved[1]) - 1; i < Number(moved[2]); i++) {
        lines[i] = moved[3] === '右' ? ' '.repeat(by) + lines[i]! : lines[i]!.replace(new RegExp(`^ {0,${by}}`), '');
      }
      return lines.join(eol);
    }
    const below = /在 (\S+) 下面加一行 ([^（；]+)/.exec(first.hint);
    if (below) {
      // a key of the same object: indented as the key it goes under
      const key = lines[first.line - 1]!.indexOf(`${below[1]}:`);
      lines.splice(first.line, 0, ' '.repeat(key) + below[2]!.trim());
      return lines.join(eol);
    }
    if (first.hint.startsWith('删除这一行')) {
      lines.splice(first.line - 1, 1);
      return lines.join(eol);
    }
    const original = lines[first.line - 1] ?? '';
    const swap = /把“(.+?)”改为“(.+?)”/.exec(first.hint);
    if (swap && original.includes(swap[1]!)) {
      lines[first.line - 1] = original.replace(swap[1]!, swap[2]!);
      return lines.join(eol);
    }
    const line = lineFromHint(first.hint, original);
    if (line !== undefined) {
      lines[first.line - 1] = line;
      return lines.join(eol);
    }
    const suggestion = /是否应为 ([^？\s（]+)/.exec(first.hint)?.[1];
    if (suggestion === undefined) throw new Error(`the hint gives no fix to apply: ${first.hint}`);
    lines[first.line - 1] = replaceWordAt(original, first.column, suggestion);
    return lines.join(eol);
  }
  if ('delete' in fix) lines.splice(fix.delete - 1, 1);
  else if ('insert' in fix) lines.splice(fix.insert.after, 0, fix.insert.text);
  else lines[fix.line - 1] = fix.text;
  return lines.join(eol);
}

/** A case holds a unit ledger (ledger.yaml) or a summary ledger (summary.yaml): the same mistakes, the same answers. */
function documentOf(name: string): { file: string; validate: (text: string, file: string) => { problems: Problem[] } } {
  return existsSync(join(ROOT.pathname, name, 'summary.yaml')) ? { file: 'summary.yaml', validate: validateSummaryText } : { file: 'ledger.yaml', validate: validateLedgerText };
}

const expectedOf = (name: string) => JSON.parse(readFileSync(join(ROOT.pathname, name, 'expected.json'), 'utf8')) as Expected;

describe('mistakes corpus (test/fixtures/mistakes/*)', () => {
  it('holds at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('is fixed by the hint as written, but where the fix is what only the user knows', () => {
    const described = cases.filter((name) => !['hint', 'hints'].includes(String(expectedOf(name).fix ?? 'hint')));
    expect(described).toEqual([
      'date-no-such-day', // which day was meant
      'missing-keys-all', // the values of the missing keys
      'reference-unknown-name', // the id of a person not yet listed
      'unfilled-marker', // the text for 【待填写】
      'unfilled-words',
    ]);
  });

  it("README's before/after examples are what rectify answers now", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const name of ['fullwidth-colon', 'unquoted-colon-title', 'bad-indent-deep']) {
      const [d] = worded(validateLedgerText(readFileSync(join(ROOT.pathname, name, 'ledger.yaml'), 'utf8'), 'ledger.yaml').problems, 'zh');
      expect(readme, name).toContain(`now     ledger.yaml:${d!.line}:${d!.column}: error: ${d!.message} [${d!.code}]\n            提示: ${d!.hint}\n`);
    }
  });

  it.each(cases)('%s', (name) => {
    const expected = expectedOf(name);
    const { file, validate } = documentOf(name);
    const text = readFileSync(join(ROOT.pathname, name, file), 'utf8');
    const result = validate(text, file);
    const zh = worded(result.problems, 'zh');
    const en = worded(result.problems, 'en');
    expect(
      zh.map((d) => ({ code: d.code, severity: d.severity, line: d.line, column: d.column, message: d.message })),
      expected.about,
    ).toEqual(expected.diagnostics);
    zh.forEach((d, i) => {
      expect(d.message).toMatch(HAN);
      expect(d.hint, d.code).not.toBe('');
      // English under --lang en: no Chinese sentence, only what the user typed
      expect(en[i]!.message).not.toBe(d.message);
      expect(en[i]!.hint).not.toBe('');
    });

    const fixed = applyFix(text, expected.fix ?? 'hint', zh);
    expect(fixed, 'the fix changes the ledger').not.toBe(text);
    const after = validate(fixed, file);
    const left = worded(after.problems, 'zh').filter((d) => d.severity === 'error' || zh.some((b) => b.code === d.code && b.line === d.line));
    expect(left.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`), `after the fix:\n${fixed}`).toEqual([]);
  });
});

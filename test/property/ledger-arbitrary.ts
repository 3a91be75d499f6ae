/**
 * fast-check arbitraries for valid ledgers whose every free-text field is hostile: random Unicode
 * (outside the BMP included) mixed with Markdown-active characters, autolink bait, bidi controls,
 * combining marks and Handlebars braces. What no ledger can carry is left out on purpose:
 * characters XML refuses (validation rejects them), line breaks (joined by design), whitespace at
 * either end (Markdown trims it), a trailing 。；;，,、：: (where the report joins its own punctuation
 * to a text, the text's clause mark gives way: src/core/render/punctuation.ts) and
 * `{{…}}` (a placeholder, filled or refused).
 */
import fc from 'fast-check';

const NASTY = [
  '*', '**', '_', '__', '|', '#', '\\', '`', '```', '[', ']', '(', ')', '<', '>', '&', '&amp;', '~', '~~', '!', '1. ', '2) ', '- ',
  '+ ', '# ', '> ', '::: ', '=', 'http://x.cn', 'www.gov.cn', 'a@b.cn', '{{', '}}', '{', '}', '<script>', '</b>', '"', "'",
  '𠀀', '🧑‍💻', '👍🏽', '\u200b', '\u200d', '\u2060', '\ufeff', '\u202e', '\u200f', 'e\u0301', 'مرحبا', '\u3000', '\u00a0', '\t',
];

const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const PLACEHOLDER = /\{\{\s*[^{}]*?\s*\}\}/;

/** Make a raw string fit for a ledger, as the module comment lists; '' when nothing is left. */
export function ledgerSafe(raw: string): string {
  return raw
    .replace(XML_ILLEGAL, '')
    .replace(/[\r\n\u0085\u2028\u2029]/g, ' ')
    .trim()
    .replace(/[；;。，,、：:\s]+$/u, '')
    .trim();
}

export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }, { weight: 3, arbitrary: fc.constantFrom(...NASTY) }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => ledgerSafe(`${parts.join('')}`))
  .filter((s) => s !== '' && !PLACEHOLDER.test(s));

export interface RandomLedger {
  yaml: string;
  /** Every free-text string of the ledger: each must reach the report verbatim. */
  strings: string[];
}

const q = (s: string) => JSON.stringify(s);

/** A valid ledger: 1–2 aspects of 1–3 issues, every text field hostile. */
export const randomLedger: fc.Arbitrary<RandomLedger> = fc
  .record({
    people: fc.array(hostileText, { minLength: 2, maxLength: 3 }),
    unit: hostileText,
    overview: hostileText,
    plan: hostileText,
    aspects: fc.array(
      fc.record({
        title: hostileText,
        issues: fc.array(fc.record({ title: hostileText, measures: fc.array(hostileText, { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map((r) => {
    let id = 0;
    const owners = r.people.map((_, i) => `p${i + 1}`);
    const aspects = r.aspects
      .map(
        (a) => `  - title: ${q(a.title)}
    issues:
${a.issues
  .map(
    (issue) => `      - id: "${++id}"
        title: ${q(issue.title)}
        status: in-progress
        leader: p1
        units: [u1]
        owners: [${owners.join(', ')}]
        due: 2024-06-30
        measures:
${issue.measures.map((m) => `          - text: ${q(m)}`).join('\n')}`,
  )
  .join('\n')}`,
      )
      .join('\n');
    const yaml = `rectify: 1
report:
  title: 示例单位关于巡察整改进展情况的报告
  unit: 示例单位党组
  date: 2024-03-01
inspection:
  by: 市委第二巡察组
  target: 示例单位党组
  arranged_by: 市委
  visit: { from: 2023-10-09, to: 2023-11-20 }
  feedback: 2023-12-05
people:
${r.people.map((name, i) => `  - { id: p${i + 1}, name: ${q(name)} }`).join('\n')}
units:
  - { id: u1, name: ${q(r.unit)} }
overview:
  - text: ${q(r.overview)}
aspects:
${aspects}
plans:
  items:
    - ${q(r.plan)}
appendix: { ledger: true }
`;
    const strings = [...r.people, r.unit, r.overview, r.plan, ...r.aspects.flatMap((a) => [a.title, ...a.issues.flatMap((i) => [i.title, ...i.measures])])];
    return { yaml, strings };
  });

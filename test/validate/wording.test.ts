/**
 * Validation of the keys that word the report (docs/ledger-format.md, "The report's wording"): the
 * placeholders each place may use, heading patterns, an audit without visit or feedback, a final
 * report with open issues, numbers as typed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { worded } from '../support/words.js';

const base = readFileSync(new URL('../fixtures/validate/valid-base/ledger.yaml', import.meta.url), 'utf8');

/** The base ledger with `report:` keys added (indented under report) and `lines` replaced. */
function ledger(reportKeys: string, replace: [string, string][] = []): string {
  let text = base.replace('  date: 2023-12-01\n', `  date: 2023-12-01\n${reportKeys}`);
  for (const [from, to] of replace) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

function check(text: string) {
  const result = validateLedgerText(text, 'ledger.yaml');
  return { result, diagnostics: worded(result.problems, 'en') };
}

describe('placeholders where each text is', () => {
  it('accepts every count, date and text placeholder in the opening, and the status only in the status line', () => {
    const { diagnostics } = check(
      ledger(
        '  opening: 根据{{arranged-by}}统一部署，{{visit}}，{{by}}对{{target}}开展了{{kind}}。{{feedback:md}}，{{team}}反馈了{{opinion}}，共{{aspects:cn}}个方面{{issues}}个问题，{{open}}个未完成，完成率{{rate}}。\n  status_line: 整改情况：{{status}}。\n',
      ),
    );
    expect(diagnostics).toEqual([]);
  });

  it('refuses {{status}} outside the status line and {{title}} outside a heading, with the closest name', () => {
    const { diagnostics } = check(ledger('  opening: 状态{{status}}，标题{{title}}，{{measure-done}}。\n'));
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['unknown-placeholder', 'report.opening'],
      ['unknown-placeholder', 'report.opening'],
      ['unknown-placeholder', 'report.opening'],
    ]);
    expect(diagnostics[2]!.hint).toContain('{{measures-done}}');
  });

  it('refuses a date placeholder whose date the ledger does not give', () => {
    const audit = ledger('  opening: 审计组于{{visit}}进驻，{{feedback:md}}反馈。\n', [
      ['  arranged_by: 市委\n  visit:\n    from: 2023-05-02\n    to: 2023-05-04\n  feedback: 2023-05-30\n', '  arranged_by: 市委\n  kind: 审计\n'],
    ]);
    const { diagnostics } = check(audit);
    expect(diagnostics.map((d) => [d.code, d.params?.name ?? d.message.match(/\{\{[^}]+\}\}/)?.[0]])).toEqual([
      ['placeholder-without-value', '{{visit}}'],
      ['placeholder-without-value', '{{feedback:md}}'],
    ]);
    expect(diagnostics[0]!.column).toBe(16);
  });

  it('sums metrics by name inside the aspects: {{sum.NAME}} known only for a name declared there', () => {
    const text = ledger('', [
      ['      - id: "2-2"\n        leader: wang\n        title: 普法形式单一\n', '      - id: "2-2"\n        leader: wang\n        title: 普法形式单一\n        metrics: [{ id: m22, name: 问题金额, value: 12.50 }]\n'],
      ['  - text: 巡察组反馈意见中指出存在', '  - text: 涉及金额{{sum.问题金额}}万元，{{sum.问题资金}}。巡察组反馈意见中指出存在'],
    ]);
    const { diagnostics } = check(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-placeholder']);
    expect(diagnostics[0]!.hint).toContain('{{sum.问题金额}}');
  });
});

describe('heading patterns', () => {
  it('accepts the named patterns and a pattern with {{no}} and {{title}}', () => {
    expect(check(ledger('  headings: { aspect: in-aspect, issue: "{{no}}关于“{{title}}”问题的整改", subissue: sentence, run_in: [subissue] }\n')).diagnostics).toEqual([]);
  });

  it('refuses an unknown name with the closest one, and a pattern that would print no title', () => {
    const { diagnostics } = check(ledger('  headings: { aspect: in-aspects, issue: "{{no}}关于问题" }\n'));
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['bad-heading-pattern', 'report.headings.aspect'],
      ['bad-heading-pattern', 'report.headings.issue'],
    ]);
    expect(diagnostics[0]!.hint).toContain('in-aspect');
    expect(diagnostics[1]!.message).toContain('{{title}}');
  });

  it('warns of a part-two heading the aspects-as-parts layout leaves out', () => {
    const { diagnostics } = check(ledger('  parts: { issues: 问题整改情况 }\n  headings: { aspects_as_parts: true }\n'));
    expect(diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([['unused-part-heading', 'warning', 'report.parts.issues']]);
  });

  it('refuses a run-in level that is not a heading level', () => {
    expect(check(ledger('  headings: { run_in: [measure] }\n')).diagnostics.map((d) => d.code)).toEqual(['bad-enum']);
  });
});

describe('an audit needs no visit and no feedback date; every other kind does', () => {
  const without = (kind: string) =>
    ledger('', [['  arranged_by: 市委\n  visit:\n    from: 2023-05-02\n    to: 2023-05-04\n  feedback: 2023-05-30\n', `  arranged_by: 市委\n  kind: ${kind}\n`]]);

  it('审计: valid', () => {
    const { result, diagnostics } = check(without('审计'));
    expect(diagnostics).toEqual([]);
    expect(result.ledger?.inspection.visit).toBeUndefined();
  });

  it.each(['巡察', '巡视', '督查'])('%s: visit and feedback missing, each named', (kind) => {
    const { diagnostics } = check(without(kind));
    expect(diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([
      ['missing-key', 'inspection', 7],
      ['missing-key', 'inspection', 7],
    ]);
    expect(diagnostics.map((d) => d.message).join(' ')).toMatch(/visit[\s\S]*feedback/);
  });

  it('the kind left at its default (巡察) needs them too', () => {
    const text = ledger('', [['  arranged_by: 市委\n  visit:\n    from: 2023-05-02\n    to: 2023-05-04\n', '  arranged_by: 市委\n']]);
    expect(check(text).diagnostics.map((d) => d.code)).toEqual(['missing-key']);
  });
});

describe('a final report with issues not done', () => {
  it('is a warning at report.stage naming them', () => {
    const { result, diagnostics } = check(ledger('  stage: final\n'));
    expect(diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([['final-with-open-issues', 'warning', 'report.stage']]);
    expect(diagnostics[0]!.message).toContain('2-1');
    expect(result.ledger).toBeDefined();
  });
});

describe('numbers as typed', () => {
  it('keeps the trailing zero of 35435.70 for the report, by key path', () => {
    const text = ledger('', [['                value: 19\n', '                value: 35435.70\n']]);
    const { result } = check(text);
    expect(result.ledger?.typed).toEqual({ 'aspects[1].issues[0].measures[0].metrics[0].value': '35435.70' });
  });
  it('needs nothing when every number prints as typed', () => expect(check(base).result.ledger?.typed).toBeUndefined());
});

describe('status words real ledgers use', () => {
  it.each([
    ['已完成整改', 'done'],
    ['完成整改', 'done'],
    ['已整改到位', 'done'],
    ['部分完成', 'partial'],
    ['基本完成', 'partial'],
    ['阶段性完成整改', 'partial'],
    ['未完成', 'not-started'],
    ['持续整改', 'ongoing'],
  ])('%s → %s', (word, status) => {
    const { result } = check(ledger('', [['        status: in-progress\n', `        status: ${word}\n`]]));
    expect(result.ledger?.aspects[1]!.issues[0]!.status).toBe(status);
  });
});

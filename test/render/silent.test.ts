/**
 * Behaviours that used to pass silently (issue 13): each is now right, or a diagnostic.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../src/app/pipeline/index.js';
import { worded } from '../support/words.js';
import { shippedTemplates } from '../support/build.js';

const base = readFileSync(new URL('../fixtures/validate/valid-base/ledger.yaml', import.meta.url), 'utf8');

function build(text: string, set: 'default' | 'audit' = 'default') {
  const built = buildMarkdown(Buffer.from(text), 'ledger.yaml', shippedTemplates(set).compiled, { public: false, strict: false });
  return { markdown: built.markdown ?? '', diagnostics: worded(built.problems, 'en') };
}

function edit(...pairs: [string, string][]): string {
  let text = base;
  for (const [from, to] of pairs) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

describe('silent behaviours, ended', () => {
  it('{{rate}}% prints one %', () => {
    const { markdown } = build(edit(['制定整改措施{{measures}}条。', '制定整改措施{{measures}}条，完成率{{rate}}%。']));
    expect(markdown).toContain('完成率66.67%。');
    expect(markdown).not.toContain('%%');
  });

  it("an aspect's only issue keeps its own title: the problem's text appears in the report", () => {
    const { markdown } = build(edit(['      - id: "1"\n', '      - id: "1"\n        title: 事项清单未按时公布\n']));
    expect(markdown).toContain('### （一）关于“落实上级决策部署不到位”问题\n\n#### 1.针对“事项清单未按时公布”问题\n');
  });

  it('an only issue without a title of its own stays under the aspect heading, as in the seed', () => {
    const { markdown } = build(base);
    expect(markdown).toMatch(/### （一）关于“落实上级决策部署不到位”问题\n\n\*\*整改完成情况：\*\*/);
  });

  it('break: true on the first overview block starts a paragraph after the summary sentence', () => {
    const { markdown } = build(edit(['  - text: 巡察组反馈意见中指出存在', '  - break: true\n    text: 巡察组反馈意见中指出存在']));
    expect(markdown).toMatch(/正在整改1项，整改完成率66\.67%。\n\n巡察组反馈意见中指出存在/);
  });

  it('no referrals key: nothing about clues and petitions; referrals given as none: 未收到…', () => {
    expect(build(base).markdown).not.toContain('线索');
    const { markdown } = build(edit(['plans:\n', 'referrals: { clues: 0, petitions: 0 }\nplans:\n']));
    expect(markdown).toContain('### （三）未收到市委巡察组移交的线索和信访件');
  });

  it('stage: final with open issues: a warning naming them', () => {
    const { diagnostics } = build(edit(['  date: 2023-12-01\n', '  date: 2023-12-01\n  stage: final\n']));
    expect(diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['final-with-open-issues', 'warning']);
  });

  it('--template audit on a 巡察 ledger: a warning at the kind; on an audit ledger none', () => {
    const xuncha = build(base, 'audit').diagnostics;
    expect(xuncha.map((d) => [d.code, d.severity, d.path])).toEqual([['template-kind-mismatch', 'warning', 'inspection']]);
    expect(xuncha[0]!.message).toContain('审计');
    const audit = build(edit(['  arranged_by: 市委\n', '  arranged_by: 市委\n  kind: 审计\n']), 'audit').diagnostics;
    expect(audit.map((d) => d.code)).not.toContain('template-kind-mismatch');
  });

  it('the audit set prints each status in its own word: 正在整改 stays 正在整改', () => {
    const { markdown } = build(edit(['  arranged_by: 市委\n', '  arranged_by: 市委\n  kind: 审计\n']), 'audit');
    expect(markdown).toContain('**整改情况：**正在整改。');
    expect(markdown).not.toContain('部分整改');
  });
});

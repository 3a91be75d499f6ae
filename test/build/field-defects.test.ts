/**
 * Issue 19, small defects seen in the field: doubled or clashing punctuation where the report joins
 * ledger text to its own, `init` suffixing a Party organisation twice, `--format` with no format.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildMarkdown } from '../../src/app/pipeline/index.js';
import { inspectedTarget } from '../../src/core/init/starter-ledger.js';
import { JOIN_MARKS } from '../../src/core/render/punctuation.js';
import { run } from '../support/main.js';
import { shippedTemplates } from '../support/build.js';

const root = mkdtempSync(join(tmpdir(), 'rectify-defects-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A ledger whose every text the report joins to punctuation of its own ends in `mark`. */
function ledgerEndingIn(mark: string): string {
  const t = (text: string) => `${text}${mark}`;
  return stringify({
    rectify: 1,
    report: { title: '关于巡察整改进展情况的报告', unit: '中共XX县XX局党组', date: '2024-03-01', to: t('县委巡察办') },
    inspection: { by: '县委第一巡察组', target: 'XX县XX局党组', arranged_by: '县委', visit: { from: '2023-10-09', to: '2023-11-20' }, feedback: '2023-12-15' },
    overview: [
      { lead: t('局党组高度重视'), points: [{ title: t('加强领导'), text: t('成立整改工作领导小组') }, { title: t('压实责任'), text: t('逐项明确责任') }] },
      { text: t('共制定整改措施{{measures}}条') },
      { lead: t('同时'), points: [{ title: t('强化督导'), text: t('每月调度一次') }], break: true },
      { layout: 'paragraphs', label: '（一）', points: [{ title: t('统一思想'), text: t('召开专题会议') }, { title: t('细化措施'), text: t('建立整改台账') }] },
    ],
    aspects: [
      {
        title: t('落实上级决策部署不到位'),
        issues: [
          { id: 'A1', title: t('学习不深入'), status: 'done', progress: t('已整改到位'), measures: [{ text: t('制定学习计划') }, { text: t('开展专题学习') }] },
          { id: 'A2', title: t('督促不到位'), status: 'in-progress', measures: [{ text: t('建立督办机制') }] },
        ],
      },
    ],
    referrals: { clues: 1, petitions: 0, text: t('已按规定办理') },
    plans: { shortcomings: t('长效机制不健全'), lead: t('巩固整改成果'), items: [t('健全长效机制'), t('加强跟踪问效')] },
    appendix: { ledger: true },
  });
}

/** Two marks side by side, where the report set one of them: ；； ；。 。， and the like. */
function clashes(markdown: string): string[] {
  const marks = `[${JOIN_MARKS}]`;
  return [...markdown.matchAll(new RegExp(`.{0,8}${marks}${marks}.{0,4}`, 'g'))].map((m) => m[0]);
}

describe('joined text never doubles or clashes its punctuation', () => {
  it.each([...JOIN_MARKS])('texts ending in %s', (mark) => {
    for (const set of ['default', 'audit'] as const) {
      const built = buildMarkdown(Buffer.from(ledgerEndingIn(mark)), 'ledger.yaml', shippedTemplates(set).compiled, { public: false, strict: false });
      expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(clashes(built.markdown!), `${set} set`).toEqual([]);
    }
  });

  it('a measure or point ending in ；: no ；； and no ；。 (the last point of a block included)', () => {
    const built = buildMarkdown(Buffer.from(ledgerEndingIn('；')), 'ledger.yaml', shippedTemplates('default').compiled, { public: false, strict: false });
    const md = built.markdown!;
    expect(md).toContain('一是加强领导。成立整改工作领导小组；二是压实责任。逐项明确责任。');
    expect(md).toContain('一是制定学习计划；二是开展专题学习。');
    expect(md).not.toMatch(/；；|；。/);
  });
});

describe('rectify init names the inspected organisation once', () => {
  it.each([
    ['XX县委', 'XX县委'],
    ['XX镇党委', 'XX镇党委'],
    ['XX县司法局党组', 'XX县司法局党组'],
    ['XX街道党工委', 'XX街道党工委'],
    ['XX公司党总支', 'XX公司党总支'],
    ['XX村党支部', 'XX村党支部'],
    ['中共XX县委员会', '中共XX县委员会'],
    ['XX县司法局', 'XX县司法局党组'],
    ['XX县发改委', 'XX县发改委党组'],
  ])('%s → %s', (unit, target) => expect(inspectedTarget(unit, '巡察')).toBe(target));

  it('an audit inspects the unit itself', () => expect(inspectedTarget('XX县农业农村局', '审计')).toBe('XX县农业农村局'));

  it('writes it so: `init --unit XX县委` gives target XX县委', async () => {
    const dir = join(root, 'init');
    const r = await run(['init', dir, '--unit', 'XX县委', '--yes']);
    expect(r.code, r.stderr).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'ledger.yaml'), 'utf8')).toMatch(/^ {2}target: XX县委$/m);
  });
});

describe('rectify build --format with no format in it', () => {
  it.each([[''], [','], [' , ']])('--format %j is a usage error (exit 2) and writes nothing', async (format) => {
    const cwd = mkdtempSync(join(root, 'fmt-'));
    const { writeFileSync, readFileSync } = await import('node:fs');
    writeFileSync(join(cwd, 'l.yaml'), readFileSync(join(import.meta.dirname, '../../examples/justice-bureau/ledger.yaml')));
    const r = await run(['build', 'l.yaml', '--format', format], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown-format');
    expect(readdirSync(cwd)).toEqual(['l.yaml']);
  });
});

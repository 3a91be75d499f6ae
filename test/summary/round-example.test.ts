/**
 * The example round (examples/round/: a summary ledger and six unit ledgers in three groups)
 * summarised, and every figure of the report and of the office's workbook recomputed here from the
 * unit ledgers' YAML on its own: the YAML read by the `yaml` package, statuses counted by the
 * documented rules, money added in cents. Nothing of rectify's counting is used to check it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';
import { removeCopies, roundCopy } from './workspace.js';

type Status = 'done' | 'in-progress' | 'ongoing' | 'partial' | 'not-started';
/** The Chinese words the example uses, as docs/ledger-format.md lists them. */
const WORDS: Record<string, Status> = { 已整改完成: 'done', 正在整改: 'in-progress', 长期坚持: 'ongoing', 基本完成: 'partial', 未启动: 'not-started' };
const statusOf = (word: string): Status => WORDS[word] ?? (word as Status);

interface Measure {
  status?: string;
  metrics?: Metric[];
}
interface Metric {
  id: string;
  value: number;
  unit?: string;
}
interface Issue {
  id: string;
  status?: string;
  due?: string;
  measures?: Measure[];
}
interface UnitYaml {
  inspection: { target: string };
  aspects: { issues: Issue[] }[];
  metrics?: Metric[];
}

/** The documented rule for an issue without a status (docs/ledger-format.md, "Statuses"). */
function issueStatus(issue: Issue): Status {
  if (issue.status !== undefined) return statusOf(issue.status);
  const all = (issue.measures ?? []).map((m) => (m.status === undefined ? 'in-progress' : statusOf(m.status)));
  if (all.length === 0) return 'in-progress';
  if (all.every((s) => s === 'done')) return 'done';
  if (all.every((s) => s === 'not-started')) return 'not-started';
  if (all.every((s) => s === 'done' || s === 'ongoing')) return 'ongoing';
  if (all.some((s) => s === 'in-progress' || s === 'not-started')) return 'in-progress';
  return 'partial';
}

const percent = (done: number, total: number) => {
  const p = ((done / total) * 100).toFixed(2);
  return p.endsWith('.00') ? `${p.slice(0, -3)}%` : `${p}%`;
};

let cwd: string;
let markdown: string;
let book: ExcelJS.Workbook;
let stderr: string;
let summaryYaml: { report: { date: string }; round: { groups: { kind: string; units: string[] }[]; teams: string[] }; metrics: { id: string; unit: string }[] };
const units = new Map<string, { issues: Issue[]; statuses: Status[]; metrics: Metric[] }>();

beforeAll(async () => {
  cwd = roundCopy();
  const run = await runMain(['summary', 'summary.yaml', 'units', '-o', 'out', '--format', 'md,xlsx'], cwd);
  stderr = run.stderr;
  expect(run.code, run.stderr).toBe(0);
  markdown = readFileSync(join(cwd, 'out/summary.md'), 'utf8');
  book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(join(cwd, 'out/summary.xlsx')) as unknown as ArrayBuffer);

  summaryYaml = parse(readFileSync(join(cwd, 'summary.yaml'), 'utf8'));
  for (const name of readdirSync(join(cwd, 'units'))) {
    const unit = parse(readFileSync(join(cwd, 'units', name), 'utf8')) as UnitYaml;
    const issues = unit.aspects.flatMap((a) => a.issues);
    const metrics = [...(unit.metrics ?? []), ...issues.flatMap((i) => (i.measures ?? []).flatMap((m) => m.metrics ?? []))];
    units.set(unit.inspection.target, { issues, statuses: issues.map(issueStatus), metrics });
  }
});
afterAll(removeCopies);

/** The units in the order summary.yaml lists them, each with its group's kind. */
function inRoundOrder() {
  return summaryYaml.round.groups.flatMap((g) => g.units.map((name) => ({ name, kind: g.kind, ...units.get(name)! })));
}

const count = (statuses: Status[], status: Status) => statuses.filter((s) => s === status).length;
const overdueIn = (u: { issues: Issue[]; statuses: Status[] }, asOf: string) => u.issues.filter((issue, i) => issue.due !== undefined && issue.due < asOf && u.statuses[i] !== 'done').length;

describe('the example round, every figure recomputed from the unit ledgers', () => {
  it('has at least five units in groups of different kinds', () => {
    expect(units.size).toBeGreaterThanOrEqual(5);
    expect(new Set(summaryYaml.round.groups.map((g) => g.kind)).size).toBeGreaterThanOrEqual(3);
    expect(stderr).toContain(`已生成 out/summary.md、out/summary.xlsx（${units.size} 个单位`);
  });

  it('the figures paragraph: issues, done, each open status, the overall rate', () => {
    const all = inRoundOrder().flatMap((u) => u.statuses);
    const done = count(all, 'done');
    const paragraph = markdown.split('\n').find((line) => line.startsWith('截至'))!;
    expect(paragraph).toContain(`截至2024年3月20日，十一届区委第三轮巡察反馈的${all.length}个问题中，已完成整改${done}个，`);
    expect(paragraph).toContain(`已基本完成并持续整改${count(all, 'partial') + count(all, 'ongoing')}个`);
    expect(paragraph).toContain(`正在整改${count(all, 'in-progress')}个`);
    expect(paragraph).toContain(`尚未启动${count(all, 'not-started')}个`);
    expect(paragraph).toContain(`总体完成率${percent(done, all.length)}。`);
  });

  it('the results sentence: each metric summed over the units that report it', () => {
    const cents = (id: string) => inRoundOrder().flatMap((u) => u.metrics.filter((m) => m.id === id)).reduce((sum, m) => sum + Math.round(m.value * 100), 0);
    const written = (id: string) => String(cents(id) / 100);
    const paragraph = markdown.split('\n').find((line) => line.startsWith('截至'))!;
    expect(paragraph).toContain(`召开巡察整改专题民主生活会（组织生活会）${written('meetings')}次`);
    expect(paragraph).toContain(`完善和新建制度${written('rules')}项`);
    expect(paragraph).toContain(`清退违规资金${written('refund')}万元`);
    expect(paragraph).toContain(`挽回经济损失${written('recovered')}万元`);
    // refund is reported by three of the six units only: 3.25 + 0.8 + 12.47
    expect(written('refund')).toBe('16.52');
  });

  it('the opening and the feedback: teams, each group with its units, the units in all', () => {
    const [routine, schools, grain] = summaryYaml.round.groups;
    expect(markdown).toContain(`组建${summaryYaml.round.teams.length}个巡察组，对${routine!.units.join('、')}等${routine!.units.length}家单位开展常规巡察；`);
    expect(markdown).toContain(`对区教育体育局所属的${schools!.units.length}所中小学校开展教育领域专项巡察；`);
    expect(markdown).toContain(`对${grain!.units[0]}开展涉粮问题上下联动专项巡察。`);
    expect(markdown).toContain(`向${units.size}家被巡察单位党组织反馈了巡察意见`);
  });

  it('the attachment: one row per unit in the order summary.yaml lists them, then the totals', () => {
    const asOf = summaryYaml.report.date;
    const rows = inRoundOrder().map((u, i) => {
      const done = count(u.statuses, 'done');
      return `| ${i + 1} | ${u.name} | ${u.statuses.length} | ${done} | ${percent(done, u.statuses.length)} | ${overdueIn(u, asOf)} |`;
    });
    const all = inRoundOrder();
    const issues = all.reduce((n, u) => n + u.statuses.length, 0);
    const done = all.reduce((n, u) => n + count(u.statuses, 'done'), 0);
    const overdue = all.reduce((n, u) => n + overdueIn(u, asOf), 0);
    const table = markdown.slice(markdown.indexOf('| 序号'));
    expect(table).toContain(rows.join('\n'));
    expect(table).toContain(`| 合计 | ${all.length}个单位 | ${issues} | ${done} | ${percent(done, issues)} | ${overdue} |`);
    // overdue is judged on the summary's date, not each ledger's own: both overdue issues fall due after their ledger's date
    expect(overdue).toBe(2);
  });

  it('the workbook: a progress row per unit, a sheet per open status, the summed metrics', () => {
    const asOf = summaryYaml.report.date;
    const progress = book.getWorksheet('各单位整改进度')!;
    const ordered = inRoundOrder();
    ordered.forEach((u, i) => {
      const row = progress.getRow(i + 2).values as unknown[];
      expect(row.slice(1, 4)).toEqual([i + 1, u.kind, u.name]);
      expect(row.slice(6, 12)).toEqual([
        u.statuses.length,
        count(u.statuses, 'done'),
        count(u.statuses, 'partial'),
        count(u.statuses, 'ongoing'),
        count(u.statuses, 'in-progress'),
        count(u.statuses, 'not-started'),
      ]);
      expect(row[13]).toBe(overdueIn(u, asOf));
    });
    expect((progress.getRow(ordered.length + 2).values as unknown[])[1]).toBe('合计');

    for (const [sheet, status] of [['正在整改', 'in-progress'], ['基本完成', 'partial'], ['长期坚持', 'ongoing'], ['未启动', 'not-started']] as const) {
      const open = ordered.flatMap((u) => u.issues.filter((_, i) => u.statuses[i] === status).map((issue) => [u.name, issue.id]));
      const ws = book.getWorksheet(sheet)!;
      const listed = Array.from({ length: ws.rowCount - 1 }, (_, r) => (ws.getRow(r + 2).values as unknown[]).slice(2, 4));
      expect(listed, sheet).toEqual(open);
    }
    // days overdue as of 2024-03-20: B2 was due 2024-03-15, W3 2024-03-18
    const daysOf = (sheet: string, id: string) => {
      const ws = book.getWorksheet(sheet)!;
      for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(3).value === id) return ws.getRow(r).getCell(9).value;
      return undefined;
    };
    expect(daysOf('正在整改', 'B2')).toBe(5);
    expect(daysOf('未启动', 'W3')).toBe(2);

    const metrics = book.getWorksheet('汇总数据')!;
    const byId = new Map(Array.from({ length: metrics.rowCount - 1 }, (_, r) => metrics.getRow(r + 2).values as unknown[]).map((row) => [row[1], row]));
    // a metric only one unit reports is summed over that unit
    expect(byId.get('trained')!.slice(3, 6)).toEqual([86, '人次', 1]);
    expect(byId.get('meetings')!.slice(3, 6)).toEqual([ordered.length, '次', ordered.length]);
  });
});

describe('the summary .docx', () => {
  it('passes rectify check (the GB/T 9704 rules read from the XML) like every report', async () => {
    const built = await runMain(['summary', 'summary.yaml', 'units', '-o', 'docx', '--format', 'docx', '--quiet'], cwd);
    expect(built.code, built.stderr).toBe(0);
    const check = await runMain(['check', 'docx/summary.docx', '--print', 'never', '--format', 'json'], cwd);
    expect(check.code, check.out).toBe(0);
    const report = JSON.parse(check.out) as { checks: { rules: { rule: string; status: string }[] }[] };
    const rules = report.checks[0]!.rules;
    expect(rules.filter((r) => r.status === 'fail')).toEqual([]);
    // the attachment: the per-unit table on its own landscape pages with its label and title
    expect(rules.filter((r) => /attachment/.test(r.rule)).map((r) => r.status)).toEqual(['pass', 'pass']);
  });
});

/**
 * What goes wrong in a round, each with a diagnostic naming the file (and the place in it), and
 * nothing written: a unit ledger with an error (left out only with --allow-invalid), two ledgers for
 * one unit, a metric in two units of measure, an empty folder, units the summary ledger does not
 * list or lists without a ledger, a metric no unit reports.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';
import { edit, removeCopies, roundCopy, write } from './workspace.js';

afterAll(removeCopies);

const summarise = (cwd: string, ...extra: string[]) => runMain(['summary', 'summary.yaml', 'units', '-o', 'out', '--format', 'md,xlsx', ...extra], cwd);

describe('a unit ledger with an error', () => {
  it('is named with its own diagnostic, and nothing is written (exit 1)', async () => {
    const cwd = roundCopy();
    edit(cwd, 'units/wenlv.yaml', 'status: 未启动', 'status: 未开工');
    const run = await summarise(cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/units\/wenlv\.yaml:\d+:\d+: error: 取值 “未开工” 无效 \[bad-enum\]/);
    expect(run.stderr).toContain('未生成汇总：以下单位台账有误\n  units/wenlv.yaml\n改正后重试；或加 --allow-invalid 略去这些单位');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('with --allow-invalid: named and left out, the others summarised, exit 0', async () => {
    const cwd = roundCopy();
    edit(cwd, 'units/wenlv.yaml', 'status: 未启动', 'status: 未开工');
    const run = await summarise(cwd, '--allow-invalid', '--lang', 'en');
    expect(run.code).toBe(0);
    // its errors are shown, so it can be fixed; the run counts only the warning that it was left out
    expect(run.stderr).toMatch(/units\/wenlv\.yaml:\d+:\d+: error: .*\[bad-enum\]/);
    expect(run.stderr).toContain('units/wenlv.yaml: warning: this unit ledger has 1 error(s) and is left out of the summary (--allow-invalid) [unit-left-out]');
    expect(run.stderr).toMatch(/summary\.yaml:\d+:\d+: warning: the summary ledger lists inspected unit "青禾区文化和旅游局党组", but no unit ledger is for it \(it may be one of the 1 invalid ledgers left out\) \[unit-missing\]/);
    expect(run.stderr).toContain('(5 units, 18 issues, 13 done, 72.22%; 1 invalid unit ledger(s) left out)');
    const markdown = readFileSync(join(cwd, 'out/summary.md'), 'utf8');
    expect(markdown).not.toContain('| 青禾区文化和旅游局党组 |');
    // the round still lists the unit: it was inspected, only its ledger is not counted
    expect(markdown).toContain('向6家被巡察单位党组织');
  });

  it('a file that cannot be read stops the summary even with --allow-invalid (exit 2)', async () => {
    const cwd = roundCopy();
    const run = await runMain(['summary', 'summary.yaml', 'units', 'units/missing.yaml', '--allow-invalid'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('units/missing.yaml: error: 找不到这个文件 [not-found]');
    expect(existsSync(join(cwd, 'summary.md'))).toBe(false);
  });
});

describe('the round does not add up', () => {
  it('two unit ledgers for one unit: the later file by name is named, with the other (exit 1)', async () => {
    const cwd = roundCopy();
    write(cwd, 'units/minzheng-copy.yaml', readFileSync(join(cwd, 'units/minzheng.yaml'), 'utf8'));
    const run = await summarise(cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/units\/minzheng\.yaml:12:11: error: 被巡察单位“青禾区民政局党组”已由 units\/minzheng-copy\.yaml 填报，同一单位有两份台账 \[duplicate-unit\]/);
    expect(run.stderr).toContain('位置: inspection.target');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('the same name listed twice in the summary ledger', async () => {
    const cwd = roundCopy();
    edit(cwd, 'summary.yaml', 'units: [青禾区粮食储备中心党支部]', 'units: [青禾区粮食储备中心党支部, 青禾区民政局党组]');
    const run = await summarise(cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/summary\.yaml:\d+:\d+: error: 被巡察单位“青禾区民政局党组”在汇总台账中列出了两次（第 22 行已列出） \[duplicate-unit\]/);
  });

  it('a metric in another unit of measure than the summary ledger says: both files named', async () => {
    const cwd = roundCopy();
    edit(cwd, 'units/liangshi.yaml', '{ id: refund, name: 清退违规列支的维修资金, value: 12.47, unit: 万元 }', '{ id: refund, name: 清退违规列支的维修资金, value: 124700, unit: 元 }');
    const run = await summarise(cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/units\/liangshi\.yaml:44:5: error: 数据 refund 的计量单位是“元”，与 summary\.yaml 中的“万元”不一致 \[metric-unit-conflict\]/);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('without a unit in the summary ledger, the first unit in the round decides and the others are named', async () => {
    const cwd = roundCopy();
    edit(cwd, 'summary.yaml', '{ id: rules, name: 完善和新建制度, unit: 项 }', '{ id: rules, name: 完善和新建制度 }');
    edit(cwd, 'units/nongye.yaml', '{ id: rules, name: 完善和新建制度, value: 9, unit: 项 }', '{ id: rules, name: 完善和新建制度, value: 9, unit: 条 }');
    const run = await summarise(cwd, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/units\/nongye\.yaml:\d+:\d+: error: metric rules is counted in "条", but in "项" in units\/minzheng\.yaml \[metric-unit-conflict\]/);
  });

  it('a unit ledger no group lists, and a listed unit without a ledger', async () => {
    const cwd = roundCopy();
    edit(cwd, 'units/nongye.yaml', 'target: 青禾区农业农村局党组', 'target: 青禾区农业农村局');
    const run = await summarise(cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/units\/nongye\.yaml:12:11: error: 被巡察单位“青禾区农业农村局”不在汇总台账 summary\.yaml 的任何一组中 \[unit-not-in-round\]/);
    expect(run.stderr).toContain('汇总台账中有“青禾区农业农村局党组”，是否写法不同？');
    expect(run.stderr).toMatch(/summary\.yaml:22:25: error: 汇总台账列出的被巡察单位“青禾区农业农村局党组”没有对应的单位台账 \[unit-missing\]/);
  });

  it('a metric, or a {{metrics.ID}}, that no unit reports', async () => {
    const cwd = roundCopy();
    edit(cwd, 'summary.yaml', '{ id: recovered, name: 挽回经济损失, unit: 万元 }', '{ id: recovred, name: 挽回经济损失, unit: 万元 }');
    edit(cwd, 'summary.yaml', '{{metrics.refund}}', '{{metrics.refunds}}');
    const run = await summarise(cwd, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/summary\.yaml:41:11: error: no unit ledger has a metric with id recovred \[unknown-metric\]/);
    expect(run.stderr).toContain('did you mean recovered? metric ids in the unit ledgers: meetings, recovered, refund, rules, trained');
    // the placeholder in the folded text.results is found at its own line and column
    expect(run.stderr).toMatch(/summary\.yaml:35:\d+: error: no unit ledger has a metric with id refunds \[unknown-metric\]/);
  });

  it('an invalid summary ledger is named at its key; the unit ledgers are still checked', async () => {
    const cwd = roundCopy();
    edit(cwd, 'summary.yaml', '  feedback: 2023-12-08', '  feedback: 2023-12-08\n  feedbak: 2023-12-09');
    edit(cwd, 'units/wenlv.yaml', 'status: 未启动', 'status: 未开工');
    const run = await summarise(cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/summary\.yaml:19:3: error: 未知的键 feedbak \[unknown-key\]/);
    expect(run.stderr).toContain('是否应为 feedback？');
    expect(run.stderr).toMatch(/units\/wenlv\.yaml:\d+:\d+: error: .*\[bad-enum\]/);
  });
});

describe('a summary ledger where a unit ledger belongs', () => {
  it('among the units, or built as a report: one diagnostic saying what it is', async () => {
    const cwd = roundCopy();
    write(cwd, 'units/old-summary.yaml', readFileSync(join(cwd, 'summary.yaml'), 'utf8'));
    const run = await summarise(cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/units\/old-summary\.yaml:12:1: error: 这是汇总台账（有 round 键），不是单位的整改台账 \[summary-ledger\]/);
    expect(run.stderr).not.toContain('[unknown-key]');
    const build = await runMain(['build', 'summary.yaml', '--format', 'md'], cwd);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('[summary-ledger]');
  });
});

describe('folders', () => {
  it('an empty folder is named (exit 2)', async () => {
    const cwd = roundCopy();
    mkdirSync(join(cwd, 'empty'));
    const run = await runMain(['summary', 'summary.yaml', 'units', 'empty'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('empty: error: 目录中没有台账文件（*.yaml、*.yml） [no-ledgers]');
    expect(existsSync(join(cwd, 'summary.md'))).toBe(false);
  });

  it("a folder holding the summary ledger and the units: the summary ledger is not read as a unit", async () => {
    const cwd = roundCopy();
    for (const name of ['minzheng', 'nongye', 'wenlv', 'diyizhongxue', 'shiyanxiaoxue', 'liangshi']) write(cwd, `${name}.yaml`, readFileSync(join(cwd, 'units', `${name}.yaml`), 'utf8'));
    const run = await runMain(['summary', 'summary.yaml', '.', '--format', 'md'], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'summary.md'), 'utf8')).toContain('反馈的21个问题中');
    // and a folder holding nothing but the summary ledger holds no units
    const alone = roundCopy();
    const none = await runMain(['summary', 'summary.yaml', '.'], join(alone, '.'));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('[no-ledgers]');
  });
});

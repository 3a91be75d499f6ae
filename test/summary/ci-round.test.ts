/**
 * The CI recipe for a round (examples/ci/round-github-actions.yml) is run here, not just read: each
 * shard of the validate matrix, then the summary job, in a copy of the example round with `rectify`
 * on PATH resolving to this repository's built binary.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT } from '../cli/run-cli.js';
import { EXAMPLE_ROUND } from './workspace.js';

interface Job {
  strategy?: { matrix: { shard: number[] } };
  env?: Record<string, string>;
  needs?: string;
  steps: { uses?: string; run?: string }[];
}
const recipe = parse(readFileSync(join(ROOT, 'examples/ci/round-github-actions.yml'), 'utf8')) as { env: Record<string, string>; jobs: Record<string, Job> };
const { validate, summary } = recipe.jobs as { validate: Job; summary: Job };
const runs = (job: Job) => job.steps.flatMap((s) => (s.run !== undefined && !/\bnpm (ci|install)\b/.test(s.run) ? [s.run] : []));

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A repository holding the example round as round/, and a `rectify` on PATH. */
function repository(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rectify-ci-round-'));
  temps.push(dir);
  cpSync(EXAMPLE_ROUND, join(dir, 'round'), { recursive: true });
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'rectify'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'rectify'), 0o755);
  return { dir, path: `${bin}:${process.env.PATH ?? ''}` };
}

function bash(script: string, cwd: string, env: Record<string, string>) {
  const result = spawnSync('bash', ['-eo', 'pipefail', '-c', script], { cwd, env: { HOME: process.env.HOME ?? '', ...env }, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('the CI recipe for a round', () => {
  it('validates the shards in parallel jobs, then builds the summary in a job that needs them all', () => {
    expect(validate.strategy!.matrix.shard).toEqual([0, 1, 2, 3]);
    expect(String(validate.env!.SHARDS)).toBe(String(validate.strategy!.matrix.shard.length));
    expect(summary.needs).toBe('validate');
    expect(summary.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });

  it('run as written: every unit ledger validated by exactly one shard, then the summary and the workbook', () => {
    const { dir, path } = repository();
    const checked: string[] = [];
    for (const shard of validate.strategy!.matrix.shard) {
      const env = { ...recipe.env, ...validate.env, SHARDS: String(validate.env!.SHARDS), SHARD: String(shard), PATH: path };
      for (const script of runs(validate)) {
        const run = bash(script, dir, env);
        expect({ shard, code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
      }
      checked.push(...readFileSync(join(dir, 'shard.txt'), 'utf8').split('\n').filter(Boolean));
    }
    expect(checked.sort()).toEqual(['diyizhongxue', 'liangshi', 'minzheng', 'nongye', 'shiyanxiaoxue', 'wenlv'].map((n) => `round/units/${n}.yaml`));

    for (const script of runs(summary)) {
      const run = bash(script, dir, { ...recipe.env, PATH: path });
      expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
    }
    for (const name of ['summary.md', 'summary.docx', 'summary.xlsx']) expect(existsSync(join(dir, recipe.env.OUT!, name)), name).toBe(true);
  });

  it('an invalid unit ledger fails its shard with an annotation on its line', () => {
    const { dir, path } = repository();
    const file = join(dir, 'round/units/wenlv.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: 未启动', 'status: 未开工'));
    const results = validate.strategy!.matrix.shard.map((shard) => bash(runs(validate).join('\n'), dir, { ...recipe.env, ...validate.env, SHARDS: String(validate.env!.SHARDS), SHARD: String(shard), PATH: path }));
    // the one shard holding it fails (xargs passes rectify's failure on as its own, 123)
    expect(results.filter((r) => r.code !== 0)).toHaveLength(1);
    expect(results.map((r) => r.stdout).join('')).toMatch(/^::error file=round\/units\/wenlv\.yaml,line=\d+,col=\d+/m);
  });
});

import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { outputFormats } from '../../src/app/pipeline/formats.js';
import { BIN, ROOT as REPO } from '../cli/run-cli.js';

/**
 * The CI recipes in examples/ci are run here, not just linted: their shell steps (all but the
 * package install, which a checkout of rectify does not need) run in a temp copy of the example
 * ledger with `rectify` on PATH resolving to this repository's built binary.
 */

interface Step {
  name: string;
  script: string;
}

interface GithubWorkflow {
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: { name?: string; uses?: string; with?: Record<string, unknown>; run?: string }[] }>;
}

interface GitlabJob {
  image: string;
  variables?: Record<string, string>;
  script: string[];
  artifacts: { paths: string[]; reports?: { codequality?: string } };
}

const recipe = (name: string) => readFileSync(join(REPO, 'examples/ci', name), 'utf8');
const github = parse(recipe('github-actions.yml')) as GithubWorkflow;
const gitlab = (parse(recipe('gitlab-ci.yml')) as Record<string, GitlabJob>)['rectify-report']!;
const githubJob = Object.values(github.jobs)[0]!;

const isInstall = (script: string) => /\bnpm (ci|install)\b/.test(script);

const BUILD_FORMAT = /(rectify build[^\n;]*--format\s+)([a-z,]+)/g;

/** Formats the recipe asks `rectify build` for that this checkout cannot build yet. */
function missingFormats(script: string): string[] {
  const available = new Set(outputFormats());
  const wanted = [...script.matchAll(BUILD_FORMAT)].flatMap((m) => m[2]!.split(','));
  return [...new Set(wanted.filter((f) => !available.has(f)))];
}

/**
 * The script as this checkout can run it: each build asks only for the formats that exist, and a
 * build left with none becomes a no-op. With every format in place this is the script unchanged.
 */
function runnable(script: string): string {
  const available = new Set(outputFormats());
  return script.replace(/rectify build[^\n;]*/g, (command) =>
    command.replace(/(--format\s+)([a-z,]+)/, (_all, flag: string, list: string) => {
      const kept = list.split(',').filter((f) => available.has(f));
      return kept.length > 0 ? `${flag}${kept.join(',')}` : `${flag}__none__`;
    }).replace(/^rectify build[^\n;]*--format\s+__none__[^\n;]*/, 'true'),
  );
}

// CI (CI=true) has LibreOffice: there the GitHub recipe must leave a PDF, and fails without one
const WANTS_PDF = process.env.CI === 'true' || spawnSync('sh', ['-c', 'command -v soffice']).status === 0;

/** Formats a script must leave behind: those that exist, pdf only where soffice is (or must be) found. */
function builtFormats(script: string, soffice = WANTS_PDF): string[] {
  const available = new Set(outputFormats());
  const wanted = [...script.matchAll(BUILD_FORMAT)].flatMap((m) => m[2]!.split(','));
  return [...new Set(wanted.filter((f) => (f !== 'pdf' || soffice) && available.has(f)))];
}

const temps: string[] = [];
const track = (dir: string) => (temps.push(dir), dir);
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function workspace(ledgerText?: string, options: { soffice: boolean } = { soffice: true }): { dir: string; path: string } {
  const dir = track(mkdtempSync(join(tmpdir(), 'rectify-ci-')));
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  const shim = join(bin, 'rectify');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  if (ledgerText === undefined) copyFileSync(join(REPO, 'examples/justice-bureau/ledger.yaml'), join(dir, 'ledger.yaml'));
  else writeFileSync(join(dir, 'ledger.yaml'), ledgerText);
  return { dir, path: options.soffice ? `${bin}:${process.env.PATH ?? ''}` : `${bin}:${pathWithout(dir, SOFFICE_NAMES)}` };
}

const SOFFICE_NAMES = new Set(['soffice', 'libreoffice', 'localc', 'lowriter']);

/** This PATH's commands but `names`, each linked into one folder under `dir`: a machine without them. */
function pathWithout(dir: string, names: Set<string>): string {
  const tools = join(dir, '.tools');
  mkdirSync(tools);
  for (const folder of (process.env.PATH ?? '').split(':').filter(Boolean)) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      if (names.has(name) || existsSync(join(tools, name))) continue;
      symlinkSync(join(folder, name), join(tools, name));
    }
  }
  return tools;
}

function bash(script: string, cwd: string, env: Record<string, string>) {
  const result = spawnSync('bash', ['-eo', 'pipefail', '-c', script], { cwd, env: { HOME: process.env.HOME ?? '', ...env }, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const githubSteps: Step[] = githubJob.steps
  .filter((s) => s.run !== undefined && !isInstall(s.run))
  .map((s) => ({ name: s.name ?? s.run!, script: s.run! }));
const githubMissing = [...new Set(githubSteps.flatMap((s) => missingFormats(s.script)))];
const gitlabLines = gitlab.script.filter((line) => !isInstall(line));
const gitlabMissing = missingFormats(gitlabLines.join('\n'));
const pending = (missing: string[]) => (missing.length > 0 ? ` (${missing.join(', ')} left out of the build steps until those formats exist)` : '');

describe('CI recipes: what they contain', () => {
  it('GitHub Actions: Node 20, validate as annotations, build md and docx, guarded pdf, upload', () => {
    const setup = githubJob.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe(20);
    const runs = githubJob.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('rectify validate "$LEDGER" --format github');
    expect(runs).toContain('--format md,docx');
    expect(runs).toMatch(/command -v soffice[\s\S]*--format pdf/);
    const upload = githubJob.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('${{ env.OUT }}/');
    // upload comes after every build step
    const index = (pred: (s: (typeof githubJob.steps)[number]) => boolean) => githubJob.steps.findIndex(pred);
    expect(index((s) => s === upload)).toBeGreaterThan(index((s) => (s.run ?? '').includes('rectify build')));
  });

  it('GitLab CI: node:20, code quality report, build md and docx, guarded pdf, artifacts', () => {
    expect(gitlab.image).toBe('node:20');
    const script = gitlab.script.join('\n');
    expect(script).toContain('rectify validate "$LEDGER" --format json');
    expect(script).toContain('--format md,docx');
    expect(script).toMatch(/command -v soffice[\s\S]*--format pdf/);
    expect(gitlab.artifacts.paths).toEqual(['$OUT/']);
    expect(gitlab.artifacts.reports?.codequality).toBe('gl-code-quality-report.json');
  });
});

describe('CI recipes: their rectify steps run on the example ledger', () => {
  it(`GitHub Actions steps succeed and leave the report${pending(githubMissing)}`, () => {
    const { dir, path } = workspace();
    const summary = join(dir, 'summary.md');
    const env = { ...github.env, ...githubJob.env, PATH: path, GITHUB_STEP_SUMMARY: summary, GITHUB_PATH: join(dir, 'github_path') };
    for (const step of githubSteps) {
      const run = bash(runnable(step.script), dir, env);
      expect({ step: step.name, code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
    }
    const out = join(dir, github.env!.OUT!);
    const built = builtFormats(githubSteps.map((s) => s.script).join('\n'));
    expect(built).toContain('md');
    for (const format of built) {
      expect(existsSync(join(out, `ledger.${format}`)), format).toBe(true);
    }
    expect(readFileSync(summary, 'utf8')).toContain('青禾县司法局');
  });

  it('GitHub Actions: an invalid ledger fails the validate step with annotations', () => {
    const broken = readFileSync(join(REPO, 'examples/justice-bureau/ledger.yaml'), 'utf8').replace('kind: 巡察', 'kind: 检查');
    const { dir, path } = workspace(broken);
    const validate = githubSteps.find((s) => s.script.includes('rectify validate'))!;
    const run = bash(validate.script, dir, { ...github.env, PATH: path });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=ledger\.yaml,line=\d+,col=\d+/m);
  });

  // The two recipes guard their PDF step alike (`command -v soffice`): GitHub's runs where soffice
  // is installed, GitLab's here as on an image without LibreOffice (one LibreOffice start saved).
  it(`GitLab CI script succeeds without LibreOffice and leaves the report and a code quality file${pending(gitlabMissing)}`, () => {
    const { dir, path } = workspace(undefined, { soffice: false });
    const run = bash(runnable(gitlabLines.join('\n')), dir, { ...gitlab.variables, PATH: path });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const quality = JSON.parse(readFileSync(join(dir, 'gl-code-quality-report.json'), 'utf8')) as { severity: string; location: { path: string } }[];
    // The example ledger's declared 26 measures against the 25 listed: a warning, shown as minor.
    expect(quality.length).toBeGreaterThan(0);
    expect(quality.every((q) => q.severity === 'minor' && q.location.path === 'ledger.yaml')).toBe(true);
    expect(run.stdout).toContain('soffice not found: no PDF');
    const out = join(dir, gitlab.variables!.OUT!);
    const built = builtFormats(gitlabLines.join('\n'), false);
    expect(built).toContain('md');
    for (const format of built) {
      expect(existsSync(join(out, `ledger.${format}`)), format).toBe(true);
    }
    expect(existsSync(join(out, 'ledger.pdf'))).toBe(false);
  });

  it('GitLab CI: an invalid ledger fails the job before building, with a code quality finding', () => {
    const broken = readFileSync(join(REPO, 'examples/justice-bureau/ledger.yaml'), 'utf8').replace('kind: 巡察', 'kind: 检查');
    const { dir, path } = workspace(broken);
    const run = bash(runnable(gitlabLines.join('\n')), dir, { ...gitlab.variables, PATH: path });
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, gitlab.variables!.OUT!))).toBe(false);
    const quality = JSON.parse(readFileSync(join(dir, 'gl-code-quality-report.json'), 'utf8')) as { severity: string }[];
    expect(quality.some((q) => q.severity === 'major')).toBe(true);
  });
});

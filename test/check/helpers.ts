/**
 * Shared by the `rectify check` tests: the shipped examples built through `rectify build` in
 * process, the fixture cases of test/fixtures/check/, .docx editing and an in-process CLI.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main, type CliIo } from '../../src/cli/main.js';
import { docxParts } from '../../src/host/docx-file.js';
import { checkDocxParts, type RuleResult } from '../../src/core/check/index.js';

export const REPO = join(import.meta.dirname, '../..');
export const CHECK_FIXTURES = join(REPO, 'test/fixtures/check');

export type Base = 'justice-bureau' | 'justice-bureau-appendix' | 'audit';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** main(argv) in this process with captured streams; env has only what is given (PATH by default). */
export async function runCheckCli(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const stdin = new PassThrough();
  stdin.end();
  const io: CliIo = { stdin, stdout, stderr, env: options.env ?? { PATH: process.env.PATH ?? '' }, cwd: options.cwd ?? REPO };
  const code = await main(argv, io);
  return { code, stdout: out, stderr: err };
}

/**
 * The shipped examples as `rectify build` writes them: the justice bureau with template set
 * default (as shipped, and with its ledger attached), the audit example with `--template audit`.
 */
export async function buildExamples(dir = mkdtempSync(join(tmpdir(), 'rectify-check-'))): Promise<Record<Base, string>> {
  const jb = readFileSync(join(REPO, 'examples/justice-bureau/ledger.yaml'), 'utf8');
  const withAppendix = jb.replace(/^appendix:\s*\{\s*ledger:\s*false\s*\}[ \t]*$/m, 'appendix: { ledger: true }');
  if (withAppendix === jb) throw new Error('examples/justice-bureau/ledger.yaml has no line "appendix: { ledger: false }" to turn on');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'justice-bureau.yaml'), jb);
  writeFileSync(join(dir, 'justice-bureau-appendix.yaml'), withAppendix);
  writeFileSync(join(dir, 'audit.yaml'), readFileSync(join(REPO, 'examples/audit/ledger.yaml')));
  const builds: [string, string[]][] = [
    ['justice-bureau.yaml', []],
    ['justice-bureau-appendix.yaml', []],
    ['audit.yaml', ['--template', 'audit']],
  ];
  for (const [file, extra] of builds) {
    const r = await runCheckCli(['build', file, '--format', 'docx', '--quiet', ...extra], { cwd: dir });
    if (r.code !== 0) throw new Error(`rectify build ${file} failed (${r.code}): ${r.stderr}`);
  }
  return {
    'justice-bureau': join(dir, 'justice-bureau.docx'),
    'justice-bureau-appendix': join(dir, 'justice-bureau-appendix.docx'),
    audit: join(dir, 'audit.docx'),
  };
}

export interface Edit {
  part: string;
  find: string;
  replace: string;
  /** every occurrence; default the first only */
  all?: boolean;
}

/** A .docx with text edits applied to its parts; every `find` must be there. */
export function editDocx(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  const files = unzipSync(bytes);
  for (const e of edits) {
    const entry = files[e.part];
    if (!entry) throw new Error(`no ${e.part} in the .docx`);
    const text = strFromU8(entry);
    if (!text.includes(e.find)) throw new Error(`${JSON.stringify(e.find)} is not in ${e.part}: the writer's output changed, update the fixture`);
    files[e.part] = strToU8(e.all ? text.split(e.find).join(e.replace) : text.replace(e.find, () => e.replace));
  }
  return zipSync(files);
}

/** A folder of package parts (a hand-written WordprocessingML package) zipped into a .docx. */
export function zipFolder(folder: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else files[relative(folder, full).split('\\').join('/')] = readFileSync(full);
    }
  };
  visit(folder);
  return zipSync(files);
}

export function checkBytes(bytes: Uint8Array): RuleResult[] {
  return checkDocxParts(docxParts(bytes));
}

export const failing = (results: RuleResult[]) => results.filter((r) => r.status === 'fail');
export const byRule = (results: RuleResult[], rule: string) => results.find((r) => r.rule === rule);

export interface BrokenCase {
  name: string;
  description: string;
  base: Base;
  edits: Edit[];
  fails: string;
  params: Record<string, string | number>;
}

/** The fixture folders holding a case.json: one broken .docx each, made from a built example. */
export function brokenCases(): BrokenCase[] {
  return readdirSync(CHECK_FIXTURES)
    .filter((name) => {
      try {
        return statSync(join(CHECK_FIXTURES, name, 'case.json')).isFile();
      } catch {
        return false;
      }
    })
    .sort()
    .map((name) => ({ name, ...(JSON.parse(readFileSync(join(CHECK_FIXTURES, name, 'case.json'), 'utf8')) as Omit<BrokenCase, 'name'>) }));
}

/**
 * Shared by the `rectify check` tests: the shipped examples built through `rectify build` in
 * process, the fixture cases of test/fixtures/check/, .docx editing and an in-process CLI.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { docxParts } from '../../src/host/docx-file.js';
import { checkDocxParts, type RuleResult } from '../../src/core/check/index.js';
import { runMain } from '../support/main.js';

export const REPO = join(import.meta.dirname, '../..');
export const CHECK_FIXTURES = join(REPO, 'test/fixtures/check');

export type Base = 'justice-bureau' | 'justice-bureau-appendix' | 'audit' | 'audit-no-appendix' | 'full';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** main(argv) in this process with captured streams (test/support/main.ts); PATH unless `env` gives another. */
export async function runCheckCli(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const r = await runMain(argv, options.cwd ?? REPO, options.env ?? {});
  return { code: r.code, stdout: r.out, stderr: r.stderr };
}

/**
 * The shipped examples as `rectify build` writes them: the justice bureau with template set
 * default (as shipped, and with its ledger attached), the audit example with `--template audit`
 * (as shipped, with its ledger attached, and without it).
 */
export async function buildExamples(dir = mkdtempSync(join(tmpdir(), 'rectify-check-'))): Promise<Record<Base, string>> {
  const jb = readFileSync(join(REPO, 'examples/justice-bureau/ledger.yaml'), 'utf8');
  const withAppendix = switchAppendix(jb, 'false', 'true');
  const audit = readFileSync(join(REPO, 'examples/audit/ledger.yaml'), 'utf8');
  const auditWithout = switchAppendix(audit, 'true', 'false');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'justice-bureau.yaml'), jb);
  writeFileSync(join(dir, 'justice-bureau-appendix.yaml'), withAppendix);
  writeFileSync(join(dir, 'audit.yaml'), audit);
  writeFileSync(join(dir, 'audit-no-appendix.yaml'), auditWithout);
  writeFileSync(join(dir, 'full.yaml'), withPrintReady(withAppendix));
  const builds: [Base, string[]][] = [
    ['justice-bureau', []],
    ['justice-bureau-appendix', []],
    ['audit', ['--template', 'audit']],
    ['audit-no-appendix', ['--template', 'audit']],
    ['full', []],
  ];
  const out = {} as Record<Base, string>;
  for (const [base, extra] of builds) {
    const r = await runCheckCli(['build', `${base}.yaml`, '--format', 'docx', '--quiet', ...extra], { cwd: dir });
    if (r.code !== 0) throw new Error(`rectify build ${base}.yaml failed (${r.code}): ${r.stderr}`);
    out[base] = join(dir, `${base}.docx`);
  }
  return out;
}

/** The 版头, a seal and the 版记 (issue 16) added to a ledger's report. */
export function withPrintReady(ledger: string): string {
  const out = ledger.replace(
    /^(report:\n(?:  .*\n)*?  unit: .*\n)/m,
    '$1  seal: true\n  masthead: { issuer: 中共青禾县司法局党组文件, number: 青司党〔2023〕12号, signer: 林向东 }\n  colophon: { cc: [市委巡察办, 县纪委监委], printer: 中共青禾县司法局党组办公室, printed: 2023-12-01 }\n',
  );
  if (out === ledger) throw new Error('no report.unit line to add the masthead after');
  return out;
}

/** The ledger text with `appendix: { ledger: FROM }` switched to TO; the line must be there. */
function switchAppendix(text: string, from: string, to: string): string {
  const switched = text.replace(new RegExp(`^appendix:\\s*\\{\\s*ledger:\\s*${from}\\s*\\}[ \\t]*$`, 'm'), `appendix: { ledger: ${to} }`);
  if (switched === text) throw new Error(`a shipped example has no line "appendix: { ledger: ${from} }" to switch`);
  return switched;
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

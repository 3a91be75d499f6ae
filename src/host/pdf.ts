/**
 * LibreOffice, for the PDF output and for `rectify check`'s printed rules: it converts the .docx,
 * so the PDF is exactly what a reader who opens the .docx in LibreOffice would print. Each run gets
 * its own temporary folder and LibreOffice profile (two soffice processes sharing a profile block
 * or fail), removed afterwards. Tools are looked up on the PATH of the env passed in, never
 * process.env; with a time limit a tool runs in its own process group, so a timeout ends soffice
 * and every process it started.
 */
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Failure, fail, placeIn, problem } from '../model/problem.js';
import type { Substitution } from './fonts.js';
import { readZip } from './zip.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The first executable `name` on env.PATH, or undefined. */
export function findOnPath(name: string, env: Env): string | undefined {
  const windows = process.platform === 'win32';
  const exts = windows ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = join(dir, `${name}${ext}`);
      try {
        if (!statSync(candidate).isFile()) continue;
        if (!windows) accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not there, or not executable
      }
    }
  }
  return undefined;
}

/** The first `soffice` on PATH, or undefined. */
export function findSoffice(env: Env): string | undefined {
  return findOnPath('soffice', env);
}

export interface RunOptions {
  env: Env;
  /** the tool's time limit; none when undefined */
  timeoutMs?: number;
  /** stop the tool once it has written this much to stdout */
  maxStdout?: number;
  /** the document, for a `print-timeout` problem */
  file: string;
  /** the tool's name, for a `print-timeout` problem */
  tool: string;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a tool; a start that fails is exit -1 with the reason as stderr. Past the time limit: a Failure `print-timeout`. */
export async function runTool(cmd: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  // loaded here: loading child_process pulls in net and the stream modules, which a run without LibreOffice never needs
  const { spawn } = await import('node:child_process');
  const group = options.timeoutMs !== undefined && process.platform !== 'win32';
  const result = await new Promise<RunResult & { timedOut: boolean }>((done) => {
    const child = spawn(cmd, args, { env: { ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: group });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    let timedOut = false;
    const kill = () => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      outBytes += d.length;
      if (options.maxStdout !== undefined && outBytes > options.maxStdout) kill();
      else out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 4096) stderr += d.toString();
    });
    // a tool that cannot start is a run that failed: the caller says so with the reason
    child.on('error', (e) => {
      clearTimeout(timer);
      done({ code: -1, stdout: '', stderr: e.message, timedOut: false });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr, timedOut });
    });
  });
  if (result.timedOut) fail('print-timeout', placeIn(options.file), { tool: options.tool, seconds: Math.round((options.timeoutMs ?? 0) / 1000) });
  return result;
}

export interface ConvertOptions {
  env: Env;
  timeoutMs?: number;
  /** the report or document, in problems */
  file: string;
  /** `rectify check` is printing: its own hint when LibreOffice fails */
  check?: boolean;
}

export interface Printed {
  pdf: Uint8Array;
  /** official faces this machine lacks, printed in a free face of the same style */
  substitutions: Substitution[];
}

/**
 * The PDF of a .docx as LibreOffice prints it: `soffice --headless --convert-to pdf` in a private
 * temporary folder and profile, each official face the machine lacks replaced by a free face of its
 * style (src/host/fonts.ts). Problems name `options.file`: `soffice-missing` when LibreOffice is not
 * on the PATH, `pdf-failed` when it cannot convert, `print-timeout`.
 */
export async function convertToPdf(docx: Uint8Array, options: ConvertOptions): Promise<Printed> {
  const [printed] = await convertAllToPdf([{ docx, file: options.file }], options);
  if (printed instanceof Failure) throw printed;
  return printed!;
}

/**
 * Several documents printed by one LibreOffice run: starting soffice with a fresh profile costs
 * more than printing a report, so `rectify check` of a folder starts it once. The free faces are
 * chosen for all the documents together (a face holding every character of all of them holds each
 * one's); the time limit is `timeoutMs` for each document. A document LibreOffice could not print
 * gets its own `pdf-failed`; LibreOffice missing or out of time fails them all.
 */
export async function convertAllToPdf(docs: readonly { docx: Uint8Array; file: string }[], options: Omit<ConvertOptions, 'file'>): Promise<(Printed | Failure)[]> {
  const first = docs[0]?.file ?? '';
  const soffice = findSoffice(options.env);
  if (!soffice) fail('soffice-missing', placeIn(first));
  if (docs.length === 0) return [];
  const work = mkdtempSync(join(tmpdir(), 'rectify-pdf-'));
  try {
    // fixed, harmless names: the user's file names never reach the command line
    const sources = docs.map((_, i) => join(work, `report-${i + 1}.docx`));
    docs.forEach((d, i) => writeFileSync(sources[i]!, d.docx));
    // loaded here: fontconfig is asked only when printing
    const fonts = await import('./fonts.js');
    const xml = docs.flatMap((d) =>
      Object.entries(readZip(d.docx))
        .filter(([name]) => /^word\/.*\.xml$/.test(name))
        .map(([, data]) => new TextDecoder().decode(data)),
    );
    const substitutions = fonts.chooseSubstitutes(fonts.facesNamed(xml), fonts.hanOf(xml), options.env);
    const env = substitutions.length > 0 ? { ...options.env, FONTCONFIG_FILE: fonts.writeFontsConf(work, substitutions, options.env) } : options.env;
    const profile = pathToFileURL(join(work, 'profile')).href;
    const outDir = join(work, 'out');
    // the blank page before an even-page section (the 版记's) is printed too: page numbers run on
    const filter = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';
    const { code, stderr } = await runTool(soffice, ['--headless', '--norestore', '--nologo', `-env:UserInstallation=${profile}`, '--convert-to', filter, '--outdir', outDir, ...sources], {
      env,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs * docs.length } : {}),
      file: first,
      tool: 'soffice',
    });
    return docs.map((d, i) => {
      const produced = join(outDir, `report-${i + 1}.pdf`);
      // with several documents the exit code speaks for all of them: each is judged by its own PDF
      if (!existsSync(produced) || (code !== 0 && docs.length === 1)) {
        return new Failure([problem('pdf-failed', placeIn(d.file), { exit: code, detail: stderr.trim().slice(-300), ...(options.check ? { check: 1 } : {}) })]);
      }
      return { pdf: new Uint8Array(readFileSync(produced)), substitutions };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The PDF output of `rectify build --format pdf`; `file` names the report in problems. */
export function docxToPdf(docx: Uint8Array, file: string, env: Env): Promise<Printed> {
  return convertToPdf(docx, { env, file });
}

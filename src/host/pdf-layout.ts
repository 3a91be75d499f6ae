/**
 * The printed page, for the printed rules of `rectify check`: LibreOffice (`soffice`) converts the
 * .docx to PDF and poppler's `pdftotext -bbox-layout` gives every line's box, as XHTML text that
 * src/core/check/printed.ts measures.
 *
 * The tools are looked up on the PATH of the env object passed in (never process.env). Each run
 * has its own temporary folder and LibreOffice profile (two soffice processes sharing a profile
 * block or fail), removed afterwards; each tool runs under a timeout, in its own process group so
 * a timeout ends soffice and the processes it started.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_PRINT_TIMEOUT_MS = 180_000;
/** pdftotext's XHTML of a long report is a few megabytes; far more is not a report */
const MAX_XHTML_BYTES = 256 * 1024 * 1024;

export type PrintProblem = 'tools-missing' | 'convert-failed' | 'pdftotext-failed' | 'timeout';

export class PrintError extends Error {
  constructor(
    readonly problem: PrintProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(problem);
    this.name = 'PrintError';
  }
}

export interface PrintTools {
  soffice?: string;
  pdftotext?: string;
}

/** The first executable `name` on env.PATH. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
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

export function findPrintTools(env: NodeJS.ProcessEnv): PrintTools {
  const soffice = findOnPath('soffice', env);
  const pdftotext = findOnPath('pdftotext', env);
  return { ...(soffice ? { soffice } : {}), ...(pdftotext ? { pdftotext } : {}) };
}

/** The tools missing from `tools`, by name, for the message that says what to install. */
export function missingPrintTools(tools: PrintTools): string[] {
  return [...(tools.soffice ? [] : ['soffice']), ...(tools.pdftotext ? [] : ['pdftotext'])];
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, tool: string): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    let timedOut = false;
    const kill = () => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      outBytes += d.length;
      if (outBytes > MAX_XHTML_BYTES) kill();
      else out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 4096) stderr += d.toString();
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(new PrintError(tool === 'soffice' ? 'convert-failed' : 'pdftotext-failed', { tool, detail: e.message }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) fail(new PrintError('timeout', { tool, seconds: Math.round(timeoutMs / 1000) }));
      else done({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
}

export interface PrintOptions {
  /** where the tools are looked up (PATH) and the environment they run in */
  env: NodeJS.ProcessEnv;
  /** each tool's time limit, milliseconds; default 180 s */
  timeoutMs?: number;
  /** the parent of the temporary folder; default the system's */
  tmpDir?: string;
  /** resolves a .docx path given as a string; default the process's working folder */
  cwd?: string;
}

/**
 * Print `docx` (a path or the file's bytes) with LibreOffice and return `pdftotext -bbox-layout`'s
 * XHTML. Throws PrintError: tools-missing (params.missing names them), convert-failed,
 * pdftotext-failed, timeout.
 */
export async function printedLayoutXhtml(docx: string | Uint8Array, options: PrintOptions): Promise<string> {
  const tools = findPrintTools(options.env);
  const missing = missingPrintTools(tools);
  if (missing.length > 0) throw new PrintError('tools-missing', { missing: missing.join(', ') });
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const work = mkdtempSync(join(options.tmpDir ?? tmpdir(), 'rectify-check-'));
  try {
    // a fixed, harmless name: the user's file name never reaches the command line
    const input = join(work, 'document.docx');
    if (typeof docx === 'string') copyFileSync(resolve(options.cwd ?? '.', docx), input);
    else writeFileSync(input, docx);
    const outDir = join(work, 'out');
    const profile = pathToFileURL(join(work, 'profile')).href;
    const converted = await run(
      tools.soffice!,
      ['--headless', '--norestore', '--nologo', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', outDir, input],
      options.env,
      timeoutMs,
      'soffice',
    );
    const pdf = join(outDir, 'document.pdf');
    if (converted.code !== 0 || !existsSync(pdf)) {
      throw new PrintError('convert-failed', { tool: 'soffice', code: converted.code, detail: converted.stderr.trim().slice(-300) });
    }
    const text = await run(tools.pdftotext!, ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], options.env, timeoutMs, 'pdftotext');
    if (text.code !== 0 || text.stdout === '') {
      throw new PrintError('pdftotext-failed', { tool: 'pdftotext', code: text.code, detail: text.stderr.trim().slice(-300) });
    }
    return text.stdout;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The PDF output: LibreOffice converts the written .docx, so the PDF is exactly what a reader who
 * opens the .docx in LibreOffice would print. Each run gets its own LibreOffice profile folder,
 * because two soffice processes sharing one profile block or fail.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, placeIn } from '../model/problem.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The first `soffice` on PATH, or undefined. */
export function findSoffice(env: Env): string | undefined {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = join(dir, `soffice${ext}`);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The PDF of a .docx as LibreOffice prints it: `soffice --headless --convert-to pdf` in a private
 * temporary folder and profile. `file` names the report in problems: `soffice-missing` when
 * LibreOffice is not on the PATH, `pdf-failed` when it cannot convert.
 */
export async function docxToPdf(docx: Uint8Array, file: string, env: Env): Promise<Uint8Array> {
  const soffice = findSoffice(env);
  if (!soffice) fail('soffice-missing', placeIn(file));
  const work = mkdtempSync(join(tmpdir(), 'rectify-pdf-'));
  try {
    const source = join(work, 'report.docx');
    writeFileSync(source, docx);
    const profile = pathToFileURL(join(work, 'profile')).href;
    const outDir = join(work, 'out');
    const { code, stderr } = await run(soffice, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', outDir, source], env);
    const produced = join(outDir, 'report.pdf');
    if (code !== 0 || !existsSync(produced)) fail('pdf-failed', placeIn(file), { exit: code, detail: stderr.trim().slice(-300) });
    return new Uint8Array(readFileSync(produced));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function run(cmd: string, args: string[], env: Env): Promise<{ code: number; stderr: string }> {
  // loaded here: loading child_process pulls in net and the stream modules, which a run without a PDF never needs
  const { spawn } = await import('node:child_process');
  return new Promise((done) => {
    const child = spawn(cmd, args, { env: { ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // a soffice that cannot start is a conversion that failed: the caller says so with the reason
    child.on('error', (e) => done({ code: -1, stderr: e.message }));
    child.on('close', (code) => done({ code: code ?? 1, stderr }));
  });
}

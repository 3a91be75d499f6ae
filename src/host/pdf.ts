/**
 * The PDF output: LibreOffice converts the written .docx, so the PDF is exactly what a reader who
 * opens the .docx in LibreOffice would print. Each run gets its own LibreOffice profile folder,
 * because two soffice processes sharing one profile block or fail.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileError } from '../model/diagnostic.js';

/** The first `soffice` on PATH, or undefined. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
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

export interface PdfResult {
  /** the written PDF, `outDir/<docx name>.pdf` */
  pdfPath: string;
}

/**
 * Convert `docxPath` to `outDir/<name>.pdf` with `soffice --headless --convert-to pdf`.
 * Throws RectifyError (exit 2) when soffice is not on PATH or the conversion fails. The PDF is
 * written to a temporary folder first and renamed into place, so a failed run leaves no half file.
 */
export async function docxToPdf(docxPath: string, outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<PdfResult> {
  const soffice = findSoffice(env);
  if (!soffice) {
    throw fileError(docxPath, 'soffice-missing',
      'cannot write the PDF: LibreOffice (soffice) is not on the PATH',
      'install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or leave pdf out of --format');
  }
  const source = isAbsolute(docxPath) ? docxPath : resolve(docxPath);
  const work = mkdtempSync(join(tmpdir(), 'rectify-pdf-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    const outTmp = join(work, 'out');
    const { code, stderr } = await run(soffice, [
      '--headless', '--norestore', `-env:UserInstallation=${profile}`,
      '--convert-to', 'pdf', '--outdir', outTmp, source,
    ], env);
    const produced = join(outTmp, `${basename(source, extname(source))}.pdf`);
    if (code !== 0 || !existsSync(produced)) {
      throw fileError(docxPath, 'pdf-failed', `LibreOffice could not convert ${docxPath} to PDF (exit ${code}): ${stderr.trim().slice(-300)}`, 'open the .docx in LibreOffice to see what it refuses');
    }
    const pdfPath = join(outDir, basename(produced));
    renameOrCopy(produced, pdfPath);
    return { pdfPath };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function renameOrCopy(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // another file system: write beside the target, then rename, so the target is whole or absent
    const side = `${to}.tmp-${process.pid}`;
    copyFileSync(from, side);
    renameSync(side, to);
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => fail(fileError(cmd, 'soffice-failed', `cannot start ${cmd}: ${e.message}`, '')));
    child.on('close', (code) => done({ code: code ?? 1, stderr }));
  });
}

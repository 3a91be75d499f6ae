/**
 * The printed page, for the printed rules of `rectify check`: LibreOffice converts the .docx to
 * PDF (src/host/pdf.ts) and poppler's `pdftotext -bbox-layout` gives every line's box, as XHTML
 * text that src/core/check/printed.ts measures. Each tool runs under a time limit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, placeIn } from '../model/problem.js';
import { convertToPdf, findOnPath, runTool } from './pdf.js';

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_PRINT_TIMEOUT_MS = 180_000;
/** pdftotext's XHTML of a long report is a few megabytes; far more is not a report */
const MAX_XHTML_BYTES = 256 * 1024 * 1024;

/** The tools the printed rules need that are not on env.PATH, by name: soffice, pdftotext. */
export function missingPrintTools(env: Env): string[] {
  return ['soffice', 'pdftotext'].filter((tool) => findOnPath(tool, env) === undefined);
}

export interface PrintOptions {
  /** where the tools are looked up (PATH) and the environment they run in */
  env: Env;
  /** each tool's time limit, milliseconds; default 180 s */
  timeoutMs?: number;
  /** the document, in problems */
  file?: string;
}

/**
 * Print a .docx with LibreOffice and return `pdftotext -bbox-layout`'s XHTML. Failures name
 * `options.file`: print-tools-missing (params.missing names them), pdf-failed, pdftotext-failed,
 * print-timeout.
 */
export async function printedLayoutXhtml(docx: Uint8Array, options: PrintOptions): Promise<string> {
  const file = options.file ?? '';
  const missing = missingPrintTools(options.env);
  if (missing.length > 0) fail('print-tools-missing', placeIn(file), { missing: missing.join(', ') });
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const { pdf } = await convertToPdf(docx, { env: options.env, timeoutMs, file, check: true });
  const work = mkdtempSync(join(tmpdir(), 'rectify-check-'));
  try {
    const path = join(work, 'document.pdf');
    writeFileSync(path, pdf);
    const text = await runTool(findOnPath('pdftotext', options.env)!, ['-bbox-layout', '-enc', 'UTF-8', path, '-'], {
      env: options.env,
      timeoutMs,
      maxStdout: MAX_XHTML_BYTES,
      file,
      tool: 'pdftotext',
    });
    if (text.code !== 0 || text.stdout === '') fail('pdftotext-failed', placeIn(file), { exit: text.code, detail: text.stderr.trim().slice(-300) });
    return text.stdout;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

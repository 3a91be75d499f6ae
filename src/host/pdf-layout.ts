/**
 * The printed page, for the printed rules of `rectify check`: LibreOffice converts the .docx to
 * PDF (src/host/pdf.ts) and poppler's `pdftotext -bbox-layout` gives every line's box, as XHTML
 * text that src/core/check/printed.ts measures. Each tool runs under a time limit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Failure, fail, placeIn, problem } from '../model/problem.js';
import { convertAllToPdf, findOnPath, runTool } from './pdf.js';

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
  const [layout] = await printedLayoutsXhtml([{ docx, file: options.file ?? '' }], options);
  if (layout instanceof Failure) throw layout;
  return layout!;
}

/**
 * The same for several documents, printed by one LibreOffice run (src/host/pdf.ts): each gets its
 * XHTML or the Failure that names it. Tools missing or out of time fail them all (thrown).
 */
export async function printedLayoutsXhtml(docs: readonly { docx: Uint8Array; file: string }[], options: Omit<PrintOptions, 'file'>): Promise<(string | Failure)[]> {
  const missing = missingPrintTools(options.env);
  if (missing.length > 0) fail('print-tools-missing', placeIn(docs[0]?.file ?? ''), { missing: missing.join(', ') });
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const printed = await convertAllToPdf(docs, { env: options.env, timeoutMs, check: true });
  const work = mkdtempSync(join(tmpdir(), 'rectify-check-'));
  try {
    const out: (string | Failure)[] = [];
    for (const [i, result] of printed.entries()) {
      const file = docs[i]!.file;
      if (result instanceof Failure) {
        out.push(result);
        continue;
      }
      const path = join(work, `document-${i + 1}.pdf`);
      writeFileSync(path, result.pdf);
      const text = await runTool(findOnPath('pdftotext', options.env)!, ['-bbox-layout', '-enc', 'UTF-8', path, '-'], {
        env: options.env,
        timeoutMs,
        maxStdout: MAX_XHTML_BYTES,
        file,
        tool: 'pdftotext',
      });
      out.push(text.code !== 0 || text.stdout === '' ? new Failure([problem('pdftotext-failed', placeIn(file), { exit: text.code, detail: text.stderr.trim().slice(-300) })]) : text.stdout);
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

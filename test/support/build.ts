/** One ledger through the build pipeline, as `rectify build` runs it, with the result worded for assertions. */
import { exitCodeFor } from '../../src/app/exit.js';
import type { Lang } from '../../src/app/messages/index.js';
import { buildLedgerFile, prepareTemplates, type BuildSettings } from '../../src/app/pipeline/index.js';
import { nodeHost } from '../../src/host/index.js';
import { worded } from './words.js';

export interface BuildOneOptions {
  cwd: string;
  outDir?: string;
  formats?: string[];
  public?: boolean;
  strict?: boolean;
  template?: string;
  templatesDir?: string;
  env?: Record<string, string | undefined>;
  lang?: Lang;
  stdin?: NodeJS.ReadableStream;
  maxBytes?: number;
}

export async function buildOne(path: string, options: BuildOneOptions) {
  const env = options.env ?? { PATH: process.env.PATH ?? '' };
  const host = nodeHost({ cwd: options.cwd, env, stdin: options.stdin ?? (undefined as unknown as NodeJS.ReadableStream) });
  const settings: BuildSettings = {
    choice: { ...(options.templatesDir !== undefined ? { templatesDir: options.templatesDir } : {}), template: options.template ?? 'default' },
    formats: options.formats ?? ['md'],
    ...(options.outDir !== undefined ? { outDir: options.outDir } : {}),
    public: options.public ?? false,
    strict: options.strict ?? false,
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    cwd: options.cwd,
    env,
  };
  const prepared = prepareTemplates(settings.choice, host);
  const result = prepared.templates ? await buildLedgerFile(path, settings, prepared.templates, host) : { outputs: [], problems: prepared.problems };
  return { ...result, diagnostics: worded(result.problems, options.lang ?? 'en'), exitCode: exitCodeFor(result.problems) };
}

/** A shipped template set, compiled, with its layout: what buildMarkdown and the writers take. */
export function shippedTemplates(name = 'default') {
  const host = nodeHost({ cwd: process.cwd(), env: {}, stdin: undefined as unknown as NodeJS.ReadableStream });
  const prepared = prepareTemplates({ template: name }, host);
  if (!prepared.templates) throw new Error(JSON.stringify(prepared.problems));
  return prepared.templates;
}

/** The .docx of a report Markdown, laid out as `rectify build` does (the document dated `date`: a report date or a moment). */
export async function docxOfMarkdown(markdown: string, date: string | Date = '2023-12-01', templates = shippedTemplates('default')): Promise<Uint8Array> {
  const { markdownToDocx } = await import('../../src/core/docx/index.js');
  const { readZip, writeZip } = await import('../../src/host/zip.js');
  const { parts, problems } = await markdownToDocx(markdown, {
    layout: templates.layout,
    creationDate: typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date,
    markdownFile: 'report.md',
    unzip: (bytes) => readZip(bytes),
  });
  if (!parts) throw new Error(JSON.stringify(problems));
  return new Uint8Array(writeZip(parts));
}

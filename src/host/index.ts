/**
 * The host: everything the commands need from the machine, behind one object — reading the
 * ledger and templates, writing outputs whole, zip, LibreOffice, the clock, the package's own
 * files. The core never touches any of it; the app is given a host by main() (tests may give
 * another), so every side effect of a run goes through here.
 */
import type { IsoDate } from '../model/ledger.js';
import { placeIn, problem, type Failure, type Problem } from '../model/problem.js';
import type { TemplateKind, TemplateSet } from '../core/render/template-set.js';
import { documentDate, today } from './clock.js';
import { ensureDir, isDirectory, isSameFile, readTextFile, writeFiles, yamlFilesIn, type PlannedFile } from './files.js';
import { packagePath, packageVersion, readSchemaText, SCHEMA_FILE } from './package-paths.js';
import { docxToPdf, findSoffice } from './pdf.js';
import { missingPrintTools, printedLayoutsXhtml } from './pdf-layout.js';
import { displayName, readInput } from './read.js';
import { copyShippedSet, listShippedTemplateSets, loadTemplateSet, readLayoutText, shippedTemplateSetDir } from './template-set.js';
import { readZip, repackZip, writeZip, type ZipEntries } from './zip.js';
import { resolve } from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;
export type { PlannedFile } from './files.js';
export { displayName };

export interface Host {
  /** The working folder relative paths are read from. */
  readonly cwd: string;
  /** SOURCE_DATE_EPOCH, PATH (soffice), NO_COLOR… */
  readonly env: Env;
  /** An absolute path for what the user typed. */
  path(relative: string): string;

  /** A ledger or spreadsheet: a file, or standard input for `-`; read no further than `maxBytes` + 1. */
  readInput(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** A small text file the user names (a --map file). */
  readText(path: string): string;
  isDirectory(path: string): boolean;
  /** `*.yaml` / `*.yml` files directly in a folder, by name. */
  yamlFilesIn(dir: string): string[];

  /** Write files whole, all or none; `exclusive`: refuse if any exists. */
  write(files: readonly PlannedFile[], options?: { exclusive?: boolean }): void;
  ensureDir(path: string, shown?: string): void;
  isSameFile(a: string, b: string): boolean;

  templates: {
    /** The shipped sets of one kind, or all of them. */
    shipped(kind?: TemplateKind): string[];
    /** A shipped set's folder; with `kind`, a set of another kind is unknown. */
    shippedDir(name: string, kind?: TemplateKind): string;
    /** A set's sources (and a shipped set's precompiled specs); `kind` picks the main template. */
    load(dir: string, kind?: TemplateKind): TemplateSet;
    layout(set: TemplateSet): { file: string; text: string } | undefined;
    /** Copy a shipped set into a new or empty folder. */
    copyShipped(name: string, dir: string): void;
  };
  /** A JSON Schema shipped with this version, byte for byte: the unit ledger's (default) or the summary ledger's. */
  schemaText(which?: 'ledger' | 'summary'): string;
  schemaPath: string;
  version(): string;

  zip(parts: readonly { name: string; data: Uint8Array }[]): Uint8Array;
  unzip(bytes: Uint8Array): ZipEntries;
  /** Another writer's zip, repacked so the same content gives the same bytes. */
  repackZip(bytes: Uint8Array): Uint8Array;

  hasSoffice(): boolean;
  /**
   * A .docx printed to PDF by LibreOffice; `file` names the report in problems. `warnings`: the
   * official faces this machine lacks and the free faces printed instead (`font-substituted`).
   */
  pdf(docx: Uint8Array, file: string): Promise<{ bytes: Uint8Array; warnings: Problem[] }>;

  /** `rectify check`'s reading of a .docx someone hands us, bounded (src/host/docx-file.ts). */
  docx: {
    /** A regular file of at most `maxBytes`; a Failure otherwise (not-found, not-regular, docx-too-large…). */
    read(path: string, maxBytes: number): Promise<Uint8Array>;
    /** Its XML parts by package path, no entry over 100 MiB; a Failure for what is no Word package (not-zip, corrupt-zip…). */
    parts(bytes: Uint8Array, file: string): Promise<Record<string, string>>;
  };
  /** What the printed rules need and the PATH lacks: `soffice`, `pdftotext`. */
  missingPrintTools(): string[];
  /**
   * Each .docx as LibreOffice prints it, as `pdftotext -bbox-layout` XHTML, or the Failure naming it;
   * all printed by one LibreOffice run, `timeoutMs` for each document. Tools missing: thrown.
   */
  printedLayouts(docs: readonly { docx: Uint8Array; file: string }[], timeoutMs: number): Promise<(string | Failure)[]>;

  /** The date stamped into outputs: SOURCE_DATE_EPOCH, else the report date. */
  documentDate(reportDate: IsoDate): Date;
  /** Today, for a ledger being started: SOURCE_DATE_EPOCH's day, else the local day. */
  today(): IsoDate;
  /** The wall clock, for what a person watches (the time of a rebuild), never for an output. */
  now(): Date;
}

export interface HostIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Env;
  readonly cwd: string;
}

/** The host of a real run, on this machine. `io.stdin` is read only when a ledger is `-`. */
export function nodeHost(io: HostIo): Host {
  return {
    cwd: io.cwd,
    env: io.env,
    path: (relative) => resolve(io.cwd, relative),
    readInput: (path, maxBytes) =>
      readInput(path, {
        get stdin() {
          return io.stdin;
        },
        cwd: io.cwd,
      }, maxBytes),
    readText: (path) => readTextFile(resolve(io.cwd, path), path),
    isDirectory: (path) => isDirectory(resolve(io.cwd, path)),
    yamlFilesIn: (dir) => yamlFilesIn(resolve(io.cwd, dir)),
    write: (files, options) => writeFiles(files, options),
    ensureDir: (path, shown) => ensureDir(resolve(io.cwd, path), shown ?? path),
    isSameFile,
    templates: {
      shipped: listShippedTemplateSets,
      shippedDir: shippedTemplateSetDir,
      load: (dir, kind) => loadTemplateSet(dir, io.cwd, kind),
      layout: readLayoutText,
      copyShipped: (name, dir) => copyShippedSet(name, resolve(io.cwd, dir), dir),
    },
    schemaText: readSchemaText,
    schemaPath: SCHEMA_FILE,
    version: packageVersion,
    zip: (parts) => writeZip(parts),
    unzip: (bytes) => readZip(bytes),
    repackZip,
    hasSoffice: () => findSoffice(io.env) !== undefined,
    pdf: async (docx, file) => {
      const { pdf, substitutions } = await docxToPdf(docx, file, io.env);
      const said = substitutions.map((s) => `${s.font}\t${s.substitute}${s.bold ? ' Bold' : ''}`).join('\n');
      return { bytes: pdf, warnings: substitutions.length > 0 ? [problem('font-substituted', placeIn(file), { substitutions: said }, 'warning')] : [] };
    },
    // loaded when asked for: zlib and fs/promises are not for every run
    docx: {
      read: async (path, maxBytes) => (await import('./docx-file.js')).readBoundedFile(path, io.cwd, maxBytes, displayName(path)),
      parts: async (bytes, file) => (await import('./docx-file.js')).docxParts(bytes, file),
    },
    missingPrintTools: () => missingPrintTools(io.env),
    printedLayouts: (docs, timeoutMs) => printedLayoutsXhtml(docs, { env: io.env, timeoutMs }),
    documentDate: (reportDate) => documentDate(io.env, reportDate),
    today: () => today(io.env),
    now: () => new Date(),
  };
}

export { packagePath };

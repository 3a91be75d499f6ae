/**
 * The host: everything the commands need from the machine, behind one object — reading the
 * ledger and templates, writing outputs whole, zip, LibreOffice, the clock, the package's own
 * files. The core never touches any of it; the app is given a host by main() (tests may give
 * another), so every side effect of a run goes through here.
 */
import type { IsoDate } from '../model/ledger.js';
import type { TemplateSet } from '../core/render/template-set.js';
import { documentDate, today } from './clock.js';
import { ensureDir, isDirectory, isSameFile, readTextFile, writeFiles, yamlFilesIn, type PlannedFile } from './files.js';
import { packagePath, packageVersion, readSchemaText, SCHEMA_FILE } from './package-paths.js';
import { docxToPdf, findSoffice } from './pdf.js';
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
    shipped(): string[];
    shippedDir(name: string): string;
    /** A set's sources (and a shipped set's precompiled specs). */
    load(dir: string): TemplateSet;
    layout(set: TemplateSet): { file: string; text: string } | undefined;
    /** Copy a shipped set into a new or empty folder. */
    copyShipped(name: string, dir: string): void;
  };
  /** The JSON Schema shipped with this version, byte for byte. */
  schemaText(): string;
  schemaPath: string;
  version(): string;

  zip(parts: readonly { name: string; data: Uint8Array }[]): Uint8Array;
  unzip(bytes: Uint8Array): ZipEntries;
  /** Another writer's zip, repacked so the same content gives the same bytes. */
  repackZip(bytes: Uint8Array): Uint8Array;

  hasSoffice(): boolean;
  /** A .docx printed to PDF by LibreOffice; `file` names the report in problems. */
  pdf(docx: Uint8Array, file: string): Promise<Uint8Array>;

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
      load: (dir) => loadTemplateSet(dir, io.cwd),
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
    pdf: (docx, file) => docxToPdf(docx, file, io.env),
    documentDate: (reportDate) => documentDate(io.env, reportDate),
    today: () => today(io.env),
    now: () => new Date(),
  };
}

export { packagePath };

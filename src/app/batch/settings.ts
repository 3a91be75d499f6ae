import type { Lang } from '../../model/diagnostic.js';
import type { BuildOptions, TemplateChoice } from '../pipeline/index.js';
import type { CompiledTemplateSet } from '../../core/render/engine.js';

/**
 * What every ledger of one `rectify build` shares. Plain data only: it is copied into each worker
 * thread, which compiles its own template set from `choice` (compiled templates are functions and
 * cannot cross a thread boundary).
 */
export interface BatchSettings {
  choice: TemplateChoice;
  formats: string[];
  outDir?: string;
  public: boolean;
  strict: boolean;
  /** Input limits (--max-bytes, --max-aliases); absent: the defaults. */
  maxBytes?: number;
  maxAliases?: number;
  lang: Lang;
  cwd: string;
  /** SOURCE_DATE_EPOCH and PATH: the same in every thread, so outputs match one-by-one builds. */
  env: Record<string, string | undefined>;
}

/** main thread → worker: build the ledger at `file`, answer with the same `index`. */
export interface JobMessage {
  index: number;
  file: string;
}

/** The options of one ledger's build: the same in the main thread, a worker and a watch loop. */
export function buildOptionsFor(settings: BatchSettings, templates: CompiledTemplateSet, stdin?: NodeJS.ReadableStream): BuildOptions {
  return {
    templates,
    formats: settings.formats,
    ...(settings.outDir !== undefined ? { outDir: settings.outDir } : {}),
    public: settings.public,
    strict: settings.strict,
    maxBytes: settings.maxBytes,
    maxAliases: settings.maxAliases,
    lang: settings.lang,
    cwd: settings.cwd,
    env: settings.env,
    ...(stdin ? { stdin } : {}),
  };
}

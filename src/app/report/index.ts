import type { Diagnostic, Lang } from '../messages/index.js';
import { chalkFor } from '../color.js';
import type { CliIo } from '../io.js';
import { writeText } from '../io.js';
import { formatGithub } from './github.js';
import { formatHuman, type Omitted } from './human.js';

export { firstOfEachCode, type Omitted } from './human.js';
import { formatJson } from './json.js';

export const FORMATS = ['human', 'json', 'github'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/**
 * Print diagnostics in the chosen format: human text to stderr (it is commentary for a person),
 * json and github to stdout (they are the command's output for a machine).
 */
export async function printDiagnostics(
  io: CliIo,
  diagnostics: readonly Diagnostic[],
  format: OutputFormat,
  lang: Lang,
  files: readonly string[],
  options: { summary?: boolean; jsonExtra?: Readonly<Record<string, unknown>>; omitted?: readonly Omitted[] } = {},
): Promise<void> {
  switch (format) {
    case 'json':
      await writeText(io.stdout, formatJson(files, diagnostics, options.jsonExtra));
      return;
    case 'github':
      await writeText(io.stdout, formatGithub(diagnostics));
      return;
    case 'human':
      // nothing to say, stderr untouched: creating it loads Node's stream modules
      if (diagnostics.length === 0) return;
      await writeText(io.stderr, formatHuman(diagnostics, lang, chalkFor(io.stderr, io.env), options.summary ?? true, options.omitted ?? []));
      return;
  }
}

export { formatGithub, formatHuman, formatJson };

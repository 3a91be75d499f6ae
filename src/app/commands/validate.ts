import { InvalidArgumentError, Option, type Command } from 'commander';
import { RectifyError, type Diagnostic } from '../../model/diagnostic.js';
import { DEFAULT_MAX_ALIASES, DEFAULT_MAX_BYTES, displayName, readLedgerInput } from '../../core/load/index.js';
import { validateLedgerText } from '../../core/validate/index.js';
import type { CliContext, CommandModule } from '../context.js';
import { FORMATS, reportDiagnostics, type OutputFormat } from '../report/index.js';

interface ValidateOptions {
  format: OutputFormat;
  strict?: boolean;
  quiet?: boolean;
  maxBytes: number;
  maxAliases: number;
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError(`not a positive integer: ${value}`);
  return n;
}

/**
 * Under --strict a warning fails the run, so it is shown as what it has become: an error.
 * --quiet then hides what remains a warning, never an error.
 */
export function applyStrictAndQuiet(diagnostics: readonly Diagnostic[], strict: boolean, quiet: boolean): Diagnostic[] {
  const promoted = strict
    ? diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d))
    : [...diagnostics];
  return quiet ? promoted.filter((d) => d.severity === 'error') : promoted;
}

async function runValidate(files: string[], options: ValidateOptions, ctx: CliContext): Promise<void> {
  const { lang } = ctx.globals();
  const inputs = files.length > 0 ? files : ['ledger.yaml'];
  const all: Diagnostic[] = [];
  for (const file of inputs) {
    const name = displayName(file);
    let bytes: Uint8Array;
    try {
      bytes = await readLedgerInput(file, ctx.io, lang, options.maxBytes);
    } catch (error) {
      if (!(error instanceof RectifyError)) throw error;
      all.push(error.diagnostic);
      ctx.fail(2);
      continue;
    }
    const result = validateLedgerText(bytes, name, { lang, maxBytes: options.maxBytes, maxAliases: options.maxAliases });
    const shown = applyStrictAndQuiet(result.diagnostics, options.strict === true, false);
    if (shown.some((d) => d.severity === 'error')) ctx.fail(1);
    all.push(...shown);
  }
  const shown = applyStrictAndQuiet(all, false, options.quiet === true);
  await reportDiagnostics(ctx.io, shown, { format: options.format, lang, files: inputs.map(displayName) });
}

const HELP_EXAMPLES = `
Examples:
  rectify validate                                   checks ./ledger.yaml
  rectify validate ledgers/*.yaml --strict           warnings fail too (exit 1)
  rectify validate ledger.yaml --format github       annotations on the pull request's lines
  rectify validate ledger.yaml --format json | jq '.diagnostics[] | select(.severity == "error")'
  cat ledger.yaml | rectify validate -               standard input, reported as <stdin>

Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error or a file that cannot be read.
`;

export const validateCommand: CommandModule = {
  name: 'validate',
  register(command: Command, ctx: CliContext): void {
    command
      .description('check ledgers against the format and its rules (校验整改台账)')
      .addHelpText('after', HELP_EXAMPLES)
      .argument('[LEDGER...]', 'ledger files; - reads standard input', [])
      .addOption(new Option('--format <format>', 'diagnostic output').choices(FORMATS).default('human'))
      .option('--strict', 'warnings fail the run (exit 1)')
      .option('--quiet', 'show errors only')
      .addOption(
        new Option('--max-bytes <n>', 'refuse ledgers larger than n bytes').argParser(positiveInteger).default(DEFAULT_MAX_BYTES),
      )
      .addOption(
        new Option('--max-aliases <n>', 'refuse YAML alias expansion beyond n nodes')
          .argParser(positiveInteger)
          .default(DEFAULT_MAX_ALIASES),
      )
      .action(async (files: string[], options: ValidateOptions) => runValidate(files, options, ctx));
  },
};

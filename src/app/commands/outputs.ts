/**
 * Where export and import write: a file the user names with -o (`-` is standard output), else the
 * input's name with the new extension beside it. Whole files only, never over the input, and never
 * over an existing file unless --force: both outputs are files people edit.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Host } from '../../host/index.js';
import { fail, placeIn } from '../../model/problem.js';
import { writeText, type CliIo } from '../io.js';

/** `台账.xlsx` → `台账.yaml` beside it; standard input → `ledger.<ext>` in the working folder. */
export function defaultOutput(input: string, ext: string): string {
  if (input === '-') return `ledger.${ext}`;
  return join(dirname(input), `${basename(input, extname(input))}.${ext}`);
}

/** Write `data` to `output` (as the user named it) or to standard output for `-`. */
export async function writeOutput(output: string, input: string, data: string | Uint8Array, options: { force: boolean }, host: Host, io: CliIo): Promise<'stdout' | 'file'> {
  if (output === '-') {
    await writeText(io.stdout, data);
    return 'stdout';
  }
  const target = host.path(output);
  if (input !== '-' && host.isSameFile(target, host.path(input))) fail('output-is-input', placeIn(output), { target: output });
  host.write([{ target, shown: output, data }], { exclusive: !options.force });
  return 'file';
}

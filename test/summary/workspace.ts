/** The example round (examples/round/) copied into a temporary folder, to change and summarise there. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../cli/run-cli.js';

export const EXAMPLE_ROUND = join(ROOT, 'examples/round');

const made: string[] = [];

/** A fresh copy of the example round: `summary.yaml` and `units/*.yaml`. */
export function roundCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rectify-round-'));
  made.push(dir);
  cpSync(EXAMPLE_ROUND, dir, { recursive: true });
  return dir;
}

/** Replace `from` by `to` in a file of the copy; the text must be there. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not hold ${from}`);
  writeFileSync(path, text.replace(from, to));
}

export function write(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

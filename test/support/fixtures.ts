import { readdirSync } from 'node:fs';

/** The cases of a fixture corpus: the names of the folders in `corpus`, one per case, in order. */
export function caseFolders(corpus: URL): string[] {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

import { basename, dirname, join } from 'node:path';
import { starterLedgerText } from '../../core/init/starter-ledger.js';
import type { Host } from '../../host/index.js';
import type { InspectionKind, IsoDate } from '../../model/ledger.js';
import { fail, placeIn } from '../../model/problem.js';

export const LEDGER_FILE = 'ledger.yaml';
/**
 * The schema is copied next to the ledger and the modeline points at `./ledger.schema.json`: a
 * relative path into an installed package would differ on every machine and break once the
 * ledger is committed, while a copy works offline, for every colleague and in CI. Refresh it
 * after upgrading with `rectify schema > ledger.schema.json`.
 */
export const SCHEMA_FILE = 'ledger.schema.json';

export interface InitOptions {
  /** The folder as the user named it; created when missing. */
  dir: string;
  unit: string;
  kind: InspectionKind;
  by?: string;
  today: IsoDate;
  force: boolean;
}

export interface InitResult {
  /** As the user would name them: the folder they gave joined with the file name. */
  written: string[];
  ledger: string;
}

/**
 * Write the starter ledger and the schema copy, both or neither; without `force` an existing
 * file is `would-overwrite` (a Failure) and nothing is written. An identical schema copy already
 * there (several ledgers in one folder) is left as it is.
 */
export function initLedger(options: InitOptions, host: Host): InitResult {
  const shown = (name: string) => (options.dir === '.' ? name : join(options.dir, name));
  // `rectify init ledger.yaml`, or a file that is there: init makes a folder's ledger.yaml
  const named = options.dir.toLowerCase();
  if (named.endsWith('.yaml') || named.endsWith('.yml') || named.endsWith('.json')) {
    fail('init-not-a-folder', placeIn(options.dir), { dir: options.dir, parent: dirname(options.dir), folder: basename(options.dir).replace(/\.[^.]*$/, '') || 'ledger' });
  }
  host.ensureDir(options.dir);
  const ledger = { target: host.path(join(options.dir, LEDGER_FILE)), shown: shown(LEDGER_FILE), data: starterLedgerText({ ...options, schemaRef: `./${SCHEMA_FILE}` }) };
  const schemaText = host.schemaText();
  const schemaTarget = host.path(join(options.dir, SCHEMA_FILE));
  let current = false;
  try {
    current = host.readText(schemaTarget) === schemaText;
  } catch {
    current = false;
  }
  const files = current ? [ledger] : [ledger, { target: schemaTarget, shown: shown(SCHEMA_FILE), data: schemaText }];
  host.write(files, { exclusive: !options.force });
  return { written: files.map((f) => f.shown), ledger: ledger.shown };
}

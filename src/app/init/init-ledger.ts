import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InspectionKind, IsoDate } from '../../model/ledger.js';
import { readPackageSchema } from './package-schema.js';
import { starterLedgerText } from '../../core/init/starter-ledger.js';
import { writeNewFiles, type NewFile } from './write-new-files.js';

export const LEDGER_FILE = 'ledger.yaml';
/**
 * The schema is copied next to the ledger and the modeline points at `./ledger.schema.json`: a
 * relative path into an installed package would differ on every machine and break once the
 * ledger is committed, while a copy works offline, for every colleague and in CI. Refresh it
 * after upgrading with `rectify schema > ledger.schema.json`.
 */
export const SCHEMA_FILE = 'ledger.schema.json';

export interface InitOptions {
  /** Absolute folder to write into; created when missing. */
  dir: string;
  unit: string;
  kind: InspectionKind;
  by?: string;
  today: IsoDate;
  force: boolean;
}

export interface InitResult {
  ledgerPath: string;
  schemaPath: string;
  /** False when an identical schema copy was already there. */
  schemaWritten: boolean;
}

/** Write the starter ledger and the schema copy; throws WouldOverwriteError unless `force`. */
export function initLedger(options: InitOptions): InitResult {
  mkdirSync(options.dir, { recursive: true });
  const ledgerPath = join(options.dir, LEDGER_FILE);
  const schemaPath = join(options.dir, SCHEMA_FILE);
  const ledger: NewFile = {
    path: ledgerPath,
    text: starterLedgerText({ ...options, schemaRef: `./${SCHEMA_FILE}` }),
  };
  const schemaText = readPackageSchema();
  // An identical copy (several ledgers in one folder) is no reason to stop.
  const schemaCurrent = existsSync(schemaPath) && readFileSync(schemaPath, 'utf8') === schemaText;
  const files = schemaCurrent ? [ledger] : [ledger, { path: schemaPath, text: schemaText }];
  writeNewFiles(files, options.force);
  return { ledgerPath, schemaPath, schemaWritten: !schemaCurrent };
}

/**
 * Today as `YYYY-MM-DD`: from SOURCE_DATE_EPOCH when set (reproducible runs and tests, in UTC),
 * else the local calendar date, which is the one an office writes on its report.
 */
export function todayIso(env: NodeJS.ProcessEnv, now: Date = new Date()): IsoDate {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

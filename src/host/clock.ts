/**
 * Time, in one place. Outputs are reproducible: a document's date is SOURCE_DATE_EPOCH when the
 * environment sets it (https://reproducible-builds.org/specs/source-date-epoch/), else the
 * ledger's report date — never the clock. Only `init` and `import`, which start a ledger, ask for
 * today, and SOURCE_DATE_EPOCH fixes that too.
 */
import { fail, placeIn } from '../model/problem.js';
import type { IsoDate } from '../model/ledger.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Latest date a zip entry, an .xlsx or a .docx property can say: 9999-12-31T23:59:59Z. */
const LATEST_SECONDS = 253_402_300_799;

/**
 * SOURCE_DATE_EPOCH as a date: whole seconds since 1970 (surrounding space allowed), or undefined
 * when unset or empty. Anything else is a mistake worth stopping for, not a clock to fall back to.
 */
export function sourceDateEpoch(env: Env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,12}$/.test(raw) || Number(raw) > LATEST_SECONDS) fail('bad-source-date-epoch', placeIn(''), { value: raw });
  return new Date(Number(raw) * 1000);
}

/** The date stamped into an output: SOURCE_DATE_EPOCH, else the report date at 00:00 UTC. */
export function documentDate(env: Env, reportDate: IsoDate): Date {
  return sourceDateEpoch(env) ?? new Date(`${reportDate}T00:00:00Z`);
}

/** Today as the office writes it on a report: SOURCE_DATE_EPOCH's day (UTC), else the local day. */
export function today(env: Env, now: Date = new Date()): IsoDate {
  const epoch = sourceDateEpoch(env);
  if (epoch) return epoch.toISOString().slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

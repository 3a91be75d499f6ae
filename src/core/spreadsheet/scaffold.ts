/**
 * What a hand-made spreadsheet cannot say (report, inspection) filled with values that are plainly
 * placeholders, so the produced ledger validates and the user knows exactly what to edit.
 */
import type { Aspect, IsoDate, Ledger, Person, Unit } from '../../model/ledger.js';
import { FILL_IN } from '../../model/placeholders.js';

export const PLACEHOLDER = FILL_IN;

export interface Scaffold {
  ledger: Ledger;
  /** Key paths holding placeholders or assumed dates, for the warning and the YAML header comment. */
  toFill: string[];
}

function latestDate(aspects: readonly Aspect[]): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const a of aspects)
    for (const i of a.issues)
      for (const d of [i.done, ...i.measures.map((m) => m.done)]) if (d !== undefined && (latest === undefined || d > latest)) latest = d;
  return latest;
}

/**
 * The report date is today, or the latest completion date in the sheet when that is later, since
 * nothing may be done after the report date. The inspection dates take the same day: wrong, but
 * valid and flagged, and no real date is invented.
 */
export function scaffoldLedger(body: { aspects: Aspect[]; people: Person[]; units: Unit[] }, today: IsoDate): Scaffold {
  const latest = latestDate(body.aspects);
  const date = latest !== undefined && latest > today ? latest : today;
  const ledger: Ledger = {
    rectify: 1,
    report: { title: `${PLACEHOLDER}报告标题`, unit: `${PLACEHOLDER}发文机关`, date, stage: 'progress' },
    inspection: {
      by: `${PLACEHOLDER}巡察组`,
      target: `${PLACEHOLDER}被巡察党组织`,
      arranged_by: `${PLACEHOLDER}安排巡察的党组织`,
      kind: '巡察',
      visit: { from: date, to: date },
      feedback: date,
    },
    people: body.people,
    units: body.units,
    overview: [],
    aspects: body.aspects,
    metrics: [],
    appendix: { ledger: false },
    redact: [],
  };
  return {
    ledger,
    toFill: [
      'report.title',
      'report.unit',
      'report.date',
      'inspection.by',
      'inspection.target',
      'inspection.arranged_by',
      'inspection.kind',
      'inspection.visit',
      'inspection.feedback',
      'overview',
      'plans',
    ],
  };
}

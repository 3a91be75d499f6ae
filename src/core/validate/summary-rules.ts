/**
 * The rules of a summary ledger (summary.yaml) beyond its schema: real dates in their order, unique
 * ids, each unit listed once, only known placeholders, and no fill-in text (【待填写】) left. Whether each listed unit has a ledger,
 * and whether `{{metrics.ID}}` names a summed metric, can only be told once the unit ledgers are
 * read: core/summary checks those.
 */
import { GROUP_PLACEHOLDER_FIGURES, findPlaceholders, isKnownSummaryPlaceholder, SUMMARY_PLACEHOLDER_NAMES } from '../../model/placeholders.js';
import { SUMMARY } from '../../model/summary-shape.js';
import type { SummaryLedger } from '../../model/summary.js';
import type { SourceMap } from '../load/index.js';
import { closest, listForHint } from './closest.js';
import { checkDates, checkIds, checkUnfilled, checkVisitOrder, reporter, type Report, type RuleFinding } from './rules.js';
import type { StringScan } from './strings.js';

export function checkSummarySemantics(summary: SummaryLedger, strings: StringScan, positions: SourceMap): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const report = reporter(findings, positions);
  const datesOk = checkDates(SUMMARY, summary, report);
  checkIds(SUMMARY, summary, positions, report);
  if (datesOk) checkVisitOrder('round', { ...summary.round, report: summary.report.date }, report);
  checkListedOnce(summary, positions, report);
  checkSummaryPlaceholders(summary, strings, positions, report);
  checkUnfilled(strings, positions, report);
  return findings;
}

/** A unit belongs to one group, once: the figures of a unit listed twice would count twice. */
function checkListedOnce(summary: SummaryLedger, positions: SourceMap, report: Report): void {
  const first = new Map<string, number>();
  summary.round.groups.forEach((group, g) => {
    group.units.forEach((name, u) => {
      const path = `round.groups[${g}].units[${u}]`;
      const line = first.get(name);
      if (line === undefined) first.set(name, positions.valueAt(path).line);
      else report('duplicate-unit', path, { name, where: 'summary', firstLine: line });
    });
  });
}

function checkSummaryPlaceholders(summary: SummaryLedger, strings: StringScan, positions: SourceMap, report: Report): void {
  if (strings.placeholders.length === 0) return;
  const groupIds = new Set(summary.round.groups.flatMap((g) => (g.id !== undefined ? [g.id] : [])));
  const names = [...SUMMARY_PLACEHOLDER_NAMES, ...[...groupIds].flatMap((id) => GROUP_PLACEHOLDER_FIGURES.map((f) => `groups.${id}.${f}`)), 'metrics.ID'];
  for (const { text, path } of strings.placeholders) {
    if (path.startsWith('redact')) continue;
    for (const use of findPlaceholders(text)) {
      if (isKnownSummaryPlaceholder(use.name, groupIds)) continue;
      report('unknown-placeholder', path, { name: use.name, closest: closest(use.name, names) ?? '', known: listForHint(names, 24) }, 'error', positions.stringAt(path, use.offset));
    }
  }
}

import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Aspect, Issue, Ledger, Measure, Status } from '../../src/model/ledger.js';
import { ledgerToSpreadsheet } from '../../src/core/spreadsheet/export.js';
import { importSheet as importSpreadsheetToYaml } from '../support/import.js';
import { ledgerToYaml } from '../../src/core/spreadsheet/yaml-write.js';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { sampleLedger } from './sample-ledger.js';

const EXAMPLE = new URL('../../examples/justice-bureau/ledger.yaml', import.meta.url);

/** The ledger as validation normalises it: the equality the round trip promises. */
function validated(ledger: Ledger): Ledger {
  const result = validateLedgerText(ledgerToYaml(ledger), 'generated.yaml');
  expect(result.problems.filter((d) => d.severity === 'error')).toEqual([]);
  return result.ledger!;
}

async function roundTrip(ledger: Ledger, format: 'xlsx' | 'csv'): Promise<Awaited<ReturnType<typeof importSpreadsheetToYaml>>> {
  const bytes = await ledgerToSpreadsheet(ledger, format, { date: new Date(`${ledger.report.date}T00:00:00Z`) });
  return importSpreadsheetToYaml(bytes, { file: `book.${format}`, output: 'back.yaml', lang: 'en', today: ledger.report.date });
}

describe('round trip export → import', () => {
  it('gives back the sample ledger', async () => {
    const ledger = validated(sampleLedger());
    const back = await roundTrip(ledger, 'xlsx');
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.ledger).toEqual(ledger);
  });

  it.runIf(existsSync(EXAMPLE))('gives back the example ledger', async () => {
    const result = validateLedgerText(readFileSync(EXAMPLE), 'ledger.yaml');
    expect(result.ledger).toBeDefined();
    const back = await roundTrip(result.ledger!, 'xlsx');
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.ledger).toEqual(result.ledger);
  });

  it('keeps the table content through csv (which has no room for the rest)', async () => {
    const ledger = validated(sampleLedger());
    const back = await roundTrip(ledger, 'csv');
    expect(back.diagnostics.map((d) => d.code)).toContain('fill-in');
    const texts = (l: Ledger) => l.aspects.map((a) => [a.title, a.issues.map((i) => [i.title ?? a.title, i.measures.map((m) => m.text)])]);
    expect(texts(back.ledger!)).toEqual(texts(ledger));
    const measures = back.ledger!.aspects.flatMap((a) => a.issues.flatMap((i) => i.measures));
    expect(measures.map((m) => m.status)).toEqual(['done', 'done', 'in-progress', 'ongoing', undefined]);
  });

  it.runIf(existsSync(EXAMPLE))('reads the example back from csv: same aspects, issues, measures, people and statuses', async () => {
    const ledger = validateLedgerText(readFileSync(EXAMPLE), 'ledger.yaml').ledger!;
    const back = await roundTrip(ledger, 'csv');
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const shape = (l: Ledger, name: (id: string) => string | undefined) =>
      l.aspects.map((a) => ({
        title: a.title,
        issues: a.issues.map((i) => ({
          title: i.title,
          leader: i.leader && name(i.leader),
          measures: i.measures.map((m) => [m.text, m.status ?? i.status, m.due ?? i.due, m.done ?? i.done, m.evidence]),
        })),
      }));
    const names = (l: Ledger) => (id: string) => l.people.find((p) => p.id === id)?.name;
    expect(shape(back.ledger!, names(back.ledger!))).toEqual(shape(ledger, names(ledger)));
  });

  it('gives back random ledgers', async () => {
    await fc.assert(fc.asyncProperty(arbitraryLedger(), async (raw) => {
      const ledger = validated(raw);
      const back = await roundTrip(ledger, 'xlsx');
      expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(back.ledger).toEqual(ledger);
    }), { numRuns: 30 });
  });
});

// ---- random ledgers -------------------------------------------------------------------------

const CHARS = ['整', '改', '问', '题', '法', '治', '“', '”', '"', ',', '，', '。', '(', ')', ' ', 'A', '1', '=', '-', '#', ':', '\'', '&', '<'];
/** Text as cells hold it: no leading or trailing space, no line breaks. */
const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join('').trim())
  .filter((s) => s !== '');
const name = fc.array(fc.constantFrom('张', '王', '李', '赵', '某', '科', '室', '局', 'X'), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
const status = fc.option(fc.constantFrom<Status>('done', 'in-progress', 'ongoing', 'partial', 'not-started'), { nil: undefined });
const date = fc.option(
  fc.tuple(fc.integer({ min: 2023, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  { nil: undefined },
);
const doneDate = date.map((d) => (d !== undefined && d > '2023-12-01' ? '2023-11-30' : d));

function arbitraryLedger(): fc.Arbitrary<Ledger> {
  return fc
    .record({
      people: fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
      units: fc.uniqueArray(name, { minLength: 0, maxLength: 3 }),
      aspects: fc.uniqueArray(
        fc.record({
          title: text,
          issues: fc.array(
            fc.record({
              title: fc.option(text, { nil: undefined }),
              status: fc.constantFrom<Status | undefined>(undefined, 'in-progress', 'ongoing'),
              leader: fc.option(fc.nat(4), { nil: undefined }),
              units: fc.uniqueArray(fc.nat(2), { maxLength: 2 }),
              owners: fc.uniqueArray(fc.nat(4), { maxLength: 2 }),
              due: date,
              done: doneDate,
              progress: fc.option(text, { nil: undefined }),
              measures: fc.array(
                fc.record({
                  id: fc.option(fc.constant('m'), { nil: undefined }),
                  text,
                  status,
                  due: date,
                  done: doneDate,
                  owners: fc.uniqueArray(fc.nat(4), { maxLength: 2 }),
                  evidence: fc.array(fc.tuple(text, fc.option(text, { nil: undefined })).map(([a, b]) => (b === undefined ? a : `${a}\n${b}`)), { maxLength: 2 }),
                  metric: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
                }),
                { minLength: 0, maxLength: 3 },
              ),
            }),
            { minLength: 1, maxLength: 3 },
          ),
        }),
        { minLength: 1, maxLength: 3, selector: (a) => a.title },
      ),
    })
    .map(({ people, units, aspects }) => {
      const personId = (k: number) => `p${(k % people.length) + 1}`;
      const unitIds = (ks: number[]) => (units.length === 0 ? [] : [...new Set(ks.map((k) => `u${(k % units.length) + 1}`))]);
      let measureNo = 0;
      let issueNo = 0;
      const built: Aspect[] = aspects.map((a, ai) => ({
        ...(ai % 2 === 0 ? { id: `a${ai}` } : {}),
        title: a.title,
        issues: a.issues.map((i): Issue => {
          issueNo += 1;
          const measures = i.measures.map((m): Measure => {
            measureNo += 1;
            return {
              ...(m.id !== undefined ? { id: `m${measureNo}` } : {}),
              text: m.text,
              ...(m.status !== undefined ? { status: m.status } : {}),
              ...(m.due !== undefined ? { due: m.due } : {}),
              ...(m.done !== undefined ? { done: m.done } : {}),
              owners: [...new Set(m.owners.map(personId))],
              evidence: m.evidence,
              metrics: m.metric !== undefined ? [{ id: `x${measureNo}`, name: '数量', value: m.metric, unit: '件' }] : [],
            };
          });
          return {
            id: `q${issueNo}`,
            // Several issues under one aspect need titles; a single one may go without.
            ...(i.title !== undefined || a.issues.length > 1 ? { title: i.title ?? a.title } : {}),
            ...(i.status !== undefined ? { status: i.status } : {}),
            ...(i.leader !== undefined ? { leader: personId(i.leader) } : {}),
            units: unitIds(i.units),
            owners: [...new Set(i.owners.map(personId))],
            ...(i.due !== undefined ? { due: i.due } : {}),
            ...(i.done !== undefined ? { done: i.done } : {}),
            ...(i.progress !== undefined ? { progress: i.progress } : {}),
            measures,
          };
        }),
      }));
      const ledger: Ledger = {
        ...sampleLedger(),
        people: people.map((n, k) => ({ id: `p${k + 1}`, name: n })),
        units: units.map((n, k) => ({ id: `u${k + 1}`, name: n })),
        aspects: built,
      };
      return ledger;
    });
}

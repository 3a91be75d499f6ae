import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/core/spreadsheet/columns.js';
import { gridFromStrings } from '../../src/core/spreadsheet/grid.js';
import { gridsToLedger } from '../../src/core/spreadsheet/import.js';
import type { Place } from '../../src/core/spreadsheet/place.js';
import { placeOfPath } from '../../src/core/spreadsheet/places.js';

/** The cells of a table as import once listed them: one entry per key of each aspect, issue and measure. */
function listed(file: string, sheet: string, columns: ReadonlyMap<Field, number>, aspects: { row: number; issues: { row: number; measures: number[] }[] }[]): Map<string, Place> {
  const places = new Map<string, Place>();
  const at = (row: number, field: Field): Place => ({ file, sheet, row, column: (columns.get(field) ?? -1) + 1 });
  const has = (field: Field) => columns.has(field);
  aspects.forEach((aspect, a) => {
    places.set(`aspects[${a}]`, at(aspect.row, 'aspect'));
    places.set(`aspects[${a}].title`, at(aspect.row, 'aspect'));
    aspect.issues.forEach((issue, i) => {
      const iPath = `aspects[${a}].issues[${i}]`;
      const issueKeys = [['', 'issue'], ['.title', 'issue'], ['.id', 'issue'], ['.status', has('issueStatus') ? 'issueStatus' : 'status'], ['.leader', 'leader'], ['.units', 'units'], ['.owners', 'owners'], ['.due', 'due'], ['.done', 'done'], ['.progress', 'progress'], ['.measures', 'measure']] as const;
      for (const [key, field] of issueKeys) if (has(field)) places.set(`${iPath}${key}`, at(issue.row, field));
      issue.measures.forEach((row, k) => {
        const measureKeys = [['', 'measure'], ['.text', 'measure'], ['.id', 'measure'], ['.metrics', 'measure'], ['.status', 'status'], ['.due', 'due'], ['.done', 'done'], ['.owners', 'owners'], ['.evidence', 'evidence']] as const;
        for (const [key, field] of measureKeys) if (has(field)) places.set(`aspects[${a}].issues[${i}].measures[${k}]${key}`, at(row, field));
      });
    });
  });
  return places;
}

const SHEETS: { name: string; header: string[]; rows: string[][]; columns: [Field, number][]; aspects: { row: number; issues: { row: number; measures: number[] }[] }[] }[] = [
  {
    name: 'with aspects, an issue status and an empty measure row',
    header: ['方面', '问题', '问题状态', '整改措施', '责任单位', '责任人', '完成时限', '整改状态', '完成日期', '佐证材料'],
    rows: [
      ['方面一', '问题1', '正在整改', '措施1', '办公室', '张三', '2024-06-30', '正在整改', '', '材料'],
      ['方面一', '问题1', '正在整改', '措施2', '办公室', '', '2024-06-30', '已完成', '2024-01-02', ''],
      ['方面一', '问题2', '', '', '财务科', '', '', '正在整改', '', ''],
      ['方面二', '问题3', '正在整改', '措施3', '', '', '2024-07-31', '正在整改', '', ''],
    ],
    columns: [['aspect', 0], ['issue', 1], ['issueStatus', 2], ['measure', 3], ['units', 4], ['owners', 5], ['due', 6], ['status', 7], ['done', 8], ['evidence', 9]],
    aspects: [{ row: 2, issues: [{ row: 2, measures: [2, 3] }, { row: 4, measures: [] }] }, { row: 5, issues: [{ row: 5, measures: [5] }] }],
  },
  {
    name: 'without an aspect or an issue status column',
    header: ['问题', '整改措施', '完成时限', '整改状态'],
    rows: [
      ['问题1', '措施1', '2024-06-30', '正在整改'],
      ['问题2', '措施2', '2024-06-30', '正在整改'],
      ['', '措施3', '2024-06-30', '正在整改'],
    ],
    columns: [['issue', 0], ['measure', 1], ['due', 2], ['status', 3]],
    aspects: [{ row: 2, issues: [{ row: 2, measures: [2] }, { row: 3, measures: [3, 4] }] }],
  },
];

describe('the cells of a ledger made from a sheet', () => {
  for (const sheet of SHEETS) {
    it(`are those once listed key by key, ${sheet.name}`, () => {
      const result = gridsToLedger([gridFromStrings('台账', [sheet.header, ...sheet.rows])], { file: 't.xlsx', today: '2024-01-01' });
      expect(result.ledger).toBeDefined();
      const expected = listed('t.xlsx', '台账', new Map(sheet.columns), sheet.aspects);
      for (const [path, place] of expected) expect(result.places.get(path), path).toEqual(place);
      // no cell for what the table has not, nor for a path written otherwise than key paths are
      const absent = ['aspects', 'aspects[9]', 'aspects[0].issues[9]', 'aspects[0].issues[0].measures[9]', 'aspects[0].issues[0].measures[0].text.x', 'aspects[01]', 'aspects[0].issues[0].subissues', 'aspects[0].metrics', 'aspects[0].issues[0].measures[0].metrics[0]', 'report.date', 'aspects[0].constructor', 'aspects[0].issues[0].__proto__'];
      for (const path of absent) if (!expected.has(path)) expect(result.places.get(path), path).toBeUndefined();
      // a key below one with a cell is told at that cell
      expect(placeOfPath(result.places, 'aspects[0].issues[0].measures[0].owners[0]')).toEqual(expected.get('aspects[0].issues[0].measures[0].owners') ?? expected.get('aspects[0].issues[0].measures[0]'));
    });
  }

  it('are those set one by one where a key was set', () => {
    const result = gridsToLedger([gridFromStrings('台账', [SHEETS[1]!.header, ...SHEETS[1]!.rows])], { file: 't.xlsx', today: '2024-01-01' });
    const cell = { file: 't.xlsx', sheet: '报告信息', row: 3, column: 2 };
    result.places.set('aspects[0].issues[0].due', cell);
    expect(result.places.get('aspects[0].issues[0].due')).toEqual(cell);
    expect(result.places.get('aspects[0].issues[1].due')).toEqual({ file: 't.xlsx', sheet: '台账', row: 3, column: 3 });
  });
});

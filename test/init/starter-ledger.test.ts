import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { INSPECTION_KINDS, addDays, starterLedgerText } from '../../src/core/init/starter-ledger.js';
import { today as todayIso } from '../../src/host/clock.js';
import { validateLedgerText } from '../../src/core/validate/index.js';

const base = { unit: 'XX县司法局', kind: '巡察' as const, today: '2024-03-01', schemaRef: './ledger.schema.json' };

describe('starterLedgerText', () => {
  it('is a valid ledger with neither errors nor warnings', () => {
    const result = validateLedgerText(starterLedgerText(base), 'ledger.yaml');
    expect(result.problems).toEqual([]);
    expect(result.ledger?.report.unit).toBe('XX县司法局');
  });

  it.each(INSPECTION_KINDS)('stays valid for the kind %s', (kind) => {
    const result = validateLedgerText(starterLedgerText({ ...base, kind }), 'ledger.yaml');
    expect(result.problems).toEqual([]);
    expect(result.ledger?.inspection.kind).toBe(kind);
  });

  it('quotes a unit name that YAML would otherwise misread', () => {
    const unit = '#1: 司法局 - "测试"';
    const result = validateLedgerText(starterLedgerText({ ...base, unit }), 'ledger.yaml');
    expect(result.problems).toEqual([]);
    expect(result.ledger?.report.unit).toBe(unit);
  });

  it('starts with the schema modeline and comments every key in Chinese', () => {
    const text = starterLedgerText(base);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./ledger.schema.json');
    const lines = text.split('\n');
    // The first time each key appears, the line above explains it (for a list item whose first
    // key follows `- # …`, that comment line); later repeats of a key need not.
    const seen = new Set<string>();
    const missing: string[] = [];
    lines.forEach((line, i) => {
      const key = /^\s*(?:- )?([a-z_]+):/.exec(line)?.[1];
      if (key === undefined || seen.has(key)) return;
      seen.add(key);
      if (!/#.*[\u4e00-\u9fff]/.test(lines[i - 1] ?? '')) missing.push(line);
    });
    expect(seen.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it('writes statuses as Chinese words', () => {
    const doc = parseDocument(starterLedgerText(base)).toJS() as { aspects: { issues: { status: string; measures: { status: string }[] }[] }[] };
    const issue = doc.aspects[0]!.issues[0]!;
    expect(issue.status).toBe('正在整改');
    expect(issue.measures.map((m) => m.status)).toEqual(['已整改完成', '正在整改']);
  });
});

describe('dates', () => {
  it('addDays crosses months and leap days', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  it('todayIso follows SOURCE_DATE_EPOCH, else the local date', () => {
    expect(todayIso({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14');
    expect(todayIso({}, new Date(2024, 0, 5, 23, 30))).toBe('2024-01-05');
  });
});

describe('who sent the team, read off the team name given to init --by', () => {
  it.each([
    ['县委第二巡察组', '巡察', '县委'],
    ['八届市委巡察四组', '巡察', '市委'],
    ['省委第三巡视组', '巡视', '省委'],
    ['中央第六巡视组', '巡视', '中央'],
    ['青禾区委巡察办', '巡察', '青禾区委'],
    ['XX市审计局审计组', '审计', 'XX市审计局'],
    ['一个专项检查组', '督查', '市委'],
  ] as const)('%s (%s) was sent by %s, in the title and in inspection.arranged_by', (by, kind, sender) => {
    const doc = parseDocument(starterLedgerText({ ...base, kind, by })).toJS() as { report: { title: string }; inspection: { arranged_by: string } };
    expect(doc.inspection.arranged_by).toBe(sender);
    expect(doc.report.title).toContain(`关于${sender}${kind}整改`);
  });
});

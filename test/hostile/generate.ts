/**
 * The corpus cases too large to commit (test/fixtures/hostile/<case>/expect.json names them with
 * `generate`): written at test time, deterministically, into a temporary folder.
 */
import { readFileSync } from 'node:fs';

export interface Generated {
  bytes: Uint8Array;
  /** Strings the report must carry verbatim (exit-0 cases). */
  verbatim?: string[];
}

const BASE = new URL('../fixtures/hostile/max-bytes-flag/ledger.yaml', import.meta.url);

/** A small valid ledger every generated case starts from. */
export function baseLedger(): string {
  return readFileSync(BASE, 'utf8');
}

const enc = (text: string) => new TextEncoder().encode(text);

function aliasWide(): Generated {
  // 2,000 items behind one anchor, named 1,000 times: a 12 KB file that would expand to 2 million nodes
  const items = Array.from({ length: 2000 }, () => 'x').join(',');
  const refs = Array.from({ length: 1000 }, () => '*a').join(',');
  return { bytes: enc(`a: &a [${items}]\nb: [${refs}]\n`) };
}

function hugeLedger(): Generated {
  // a real ledger padded with comment lines to 50 MB: the size cap must stop it before YAML parsing
  const line = `# ${'整改台账填充行'.repeat(20)}\n`;
  const target = 50 * 1024 * 1024;
  const base = baseLedger();
  const count = Math.ceil((target - Buffer.byteLength(base)) / Buffer.byteLength(line));
  return { bytes: enc(base + line.repeat(count)) };
}

/** 300,000 characters of text full of Markdown-active characters, outside-BMP ones included. */
export function longText(): string {
  const unit = '整改*措施_落实|到位#<b>&amp;\\`[x]𠀀🧑‍💻 ';
  return unit.repeat(Math.ceil(300_000 / unit.length)).slice(0, 300_000).replace(/[\uD800-\uDBFF]$/, '').trimEnd();
}

function longString(): Generated {
  const text = longText();
  const ledger = baseLedger().replace('          - text: "示例文字"\n', `          - text: ${JSON.stringify(text)}\n`);
  return { bytes: enc(ledger), verbatim: [text] };
}

function longLine(): Generated {
  // JSON is YAML: the whole ledger, 400 issues, on one line of about 100 KB
  const issues = Array.from({ length: 400 }, (_, i) => ({
    id: String(i + 1),
    title: `第${i + 1}项问题：*${'长'.repeat(40)}*|#`,
    status: i % 2 === 0 ? 'done' : 'in-progress',
    leader: 'p1',
    units: ['u1'],
    owners: ['p2'],
    due: '2024-06-30',
    ...(i % 2 === 0 ? { done: '2024-02-01' } : {}),
    measures: [{ text: `措施${i + 1}：<script>${'_'.repeat(60)}</script>` }],
  }));
  const ledger = {
    rectify: 1,
    report: { title: '示例单位关于巡察整改进展情况的报告', unit: '示例单位党组', date: '2024-03-01', stage: 'progress' },
    inspection: { by: '市委第二巡察组', target: '示例单位党组', arranged_by: '市委', kind: '巡察', visit: { from: '2023-10-09', to: '2023-11-20' }, feedback: '2023-12-05' },
    people: [{ id: 'p1', name: '张三' }, { id: 'p2', name: '李四' }],
    units: [{ id: 'u1', name: '办公室' }],
    aspects: [{ title: '一行写完的台账', issues }],
    appendix: { ledger: true },
  };
  return { bytes: enc(`${JSON.stringify(ledger)}\n`), verbatim: [issues[0]!.title, issues[399]!.title, issues[399]!.measures[0]!.text] };
}

export const GENERATORS: Record<string, () => Generated> = {
  'alias-wide': aliasWide,
  'deep-flow-seq': () => ({ bytes: enc(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`) }),
  'deep-flow-map': () => ({ bytes: enc(`a: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`) }),
  'deep-block-seq': () => ({ bytes: enc(`${'- '.repeat(10_000)}x\n`) }),
  'huge-50mb': hugeLedger,
  'long-string': longString,
  'long-line': longLine,
  // a spreadsheet cell holds 32,767 characters: one more is refused by export, the limit itself is not
  'cell-over-limit': () => ({ bytes: enc(ledgerWith({ measure: '甲'.repeat(32_768) })) }),
  'cell-at-limit': () => ({ bytes: enc(ledgerWith({ measure: '乙'.repeat(32_767) })), verbatim: ['乙'.repeat(32_767)] }),
};

// ---------- spreadsheets (import) ----------

import { csvOf, CSV_HEADER, ledgerWith, sheetXml, tableRows, XLSX_ATTACKS, xlsxOf } from '../../bench/hostile-inputs.js';

/** A sheet of the standard header and rows whose measure cell is given as rich text. */
function richRows(count: number, measure: (r: number) => unknown): unknown[][] {
  return tableRows(count).map((row: unknown[], r: number) => (r === 0 ? row : row.map((v, c) => (c === 2 ? measure(r) : v))));
}

const SPREADSHEETS: Record<string, () => Generated> = {
  'xlsx-phonetic-inline': () => ({ bytes: XLSX_ATTACKS['phonetic-runs']() }),
  'xlsx-phonetic-shared': () => {
    const strings = Array.from({ length: 20 }, (_, i) => `<r><t>措施</t></r><r><rPr><b/></rPr><t>${i + 1}</t></r><rPh sb="0" eb="2"><t>ソチ</t></rPh><phoneticPr fontId="1"/>`);
    return { bytes: xlsxOf([{ name: '台账', rows: richRows(20, (r) => ({ shared: r - 1 })) }], { sharedStrings: strings }) };
  },
  'xlsx-hidden-first-sheet': () => ({
    bytes: xlsxOf([
      { name: '旧表', state: 'hidden', rows: tableRows(3).map((row: unknown[], r: number) => (r === 0 ? row : row.map((v, c) => (c === 2 ? `旧措施${r}` : v)))) },
      { name: '台账', rows: tableRows(5) },
    ]),
  }),
  'xlsx-veryhidden-first-sheet': () => ({
    bytes: xlsxOf([
      { name: '草稿', state: 'veryHidden', rows: tableRows(2) },
      { name: '台账', rows: tableRows(4) },
    ]),
  }),
  'xlsx-only-hidden-table': () => ({
    bytes: xlsxOf([
      { name: '封面', rows: [['XX单位巡察整改台账'], ['2024年3月']] },
      { name: '台账', state: 'hidden', rows: tableRows(3) },
    ]),
  }),
  'xlsx-second-table': () => ({ bytes: xlsxOf([{ name: '一月', rows: tableRows(3) }, { name: '二月', rows: tableRows(2) }]) }),
  'xlsx-row-outside-columns': () => {
    const rows = tableRows(3);
    rows[0].push('联系电话');
    rows.push([null, null, null, null, null, null, '只在联系电话一列的一行']);
    rows.push([null, null, null, null, null, null, null, '无表头的一格']);
    return { bytes: xlsxOf([{ name: '台账', rows }]) };
  },
  'xlsx-far-cell': () => ({ bytes: XLSX_ATTACKS['far-cell']() }),
  'xlsx-far-empty-cell': () => ({ bytes: XLSX_ATTACKS['far-empty-cell']() }),
  'xlsx-huge-merge': () => ({ bytes: XLSX_ATTACKS['huge-merge']() }),
  'xlsx-zip-bomb': () => ({ bytes: XLSX_ATTACKS['zip-bomb'](400_000_000) }),
  'xlsx-far-value-and-merge': () => ({
    bytes: xlsxOf([{ name: '台账', xml: sheetXml(tableRows(3), { merges: ['A5:XFD1048576'], extra: '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row>' }) }]),
  }),
  'xlsx-nul-cell': () => ({
    bytes: xlsxOf([{ name: '台账', rows: richRows(2, (r) => (r === 2 ? { inline: '<t>措施_x0000_二</t>' } : `措施${r}`)) }]),
  }),
  'csv-utf16le-bom': () => ({ bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvOf([CSV_HEADER, ['1', '问题一', '措施一', '办公室', '2024-06-30', '正在整改']]).toString('utf8').slice(1), 'utf16le')]) }),
  'csv-utf16le-no-bom': () => ({ bytes: Buffer.from(csvOf([CSV_HEADER, ['1', '问题一', '措施一', '办公室', '2024-06-30', '正在整改']]).toString('utf8').slice(1), 'utf16le') }),
  'csv-utf16be-bom': () => {
    const le = Buffer.from(`\ufeff${csvOf([CSV_HEADER, ['1', '问题一', '措施一', '办公室', '2024-06-30', '正在整改']]).toString('utf8').slice(1)}`, 'utf16le');
    return { bytes: le.swap16() };
  },
  'csv-nul-in-cell': () => ({ bytes: csvOf([CSV_HEADER, ['1', '问题一', '措施\u0000一', '办公室', '2024-06-30', '正在整改']]) }),
};
Object.assign(GENERATORS, SPREADSHEETS);

// ---------- size and backtracking attacks (class 3 and 4): timed, not read back ----------

import { CSV_ATTACKS, TEXT_ATTACKS } from '../../bench/hostile-inputs.js';

const ATTACK_SIZE = 600_000;
for (const [name, make] of Object.entries(TEXT_ATTACKS as Record<string, (n: number) => string>)) {
  GENERATORS[`text-${name}`] = () => ({ bytes: enc(make(name === 'title-mixed' ? 2_000 : ATTACK_SIZE)) });
}
for (const [name, make] of Object.entries(CSV_ATTACKS as Record<string, (n: number) => Uint8Array>)) {
  GENERATORS[`csv-${name}`] = () => ({ bytes: make(ATTACK_SIZE) });
}

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
};

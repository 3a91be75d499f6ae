/**
 * Every pass over user text is linear. Each text path is timed on an input of n and of 4n
 * characters, built from one repeated unit (the shapes that once made a pattern backtrack: runs of
 * spaces, `{{` and spaces, `*_[`, colons, line breaks…); the larger input may take at most about
 * six times as long. A quadratic pass takes sixteen.
 *
 * The machines are shared and noisy, so each figure is the best of two runs, n is grown until the
 * small input takes long enough to time, and a path over the ratio is timed again at twice the size
 * before it fails. The ratio is generous; the time limits of the hostile corpus and the bench catch
 * what is linear but slow.
 */
import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/model/placeholders.js';
import { escapeMarkdown, joinLines } from '../../src/core/render/escape.js';
import { normaliseMarkdown } from '../../src/core/render/engine.js';
import { clauses, enumerate } from '../../src/core/render/enumerate.js';
import { endsSentence, endWith, withoutEndMarks } from '../../src/core/render/punctuation.js';
import { declaredKinds } from '../../src/core/render/engine.js';
import { neutraliseFormula, restoreFormula } from '../../src/core/spreadsheet/csv.js';
import { visible } from '../../src/app/report/visible.js';
import { joinLines as joinLinesOfModel } from '../../src/model/text.js';
import { readReportMarkdown } from '../../src/core/docx/markdown-read.js';
import { titleLines } from '../../src/core/docx/title-shape.js';
import { bodyLines } from '../../src/core/docx/line-break.js';
import { DEFAULT_LAYOUT } from '../../src/core/docx/index.js';
import { foldForMatching } from '../../src/core/public/normalise.js';
import { maskMarkdown, redactionsOf } from '../../src/core/public/redact.js';
import { docxPartReading, joinSoftBreaks, withoutMarkers } from '../../src/core/public/survivors.js';
import { normaliseHeader } from '../../src/core/spreadsheet/columns.js';
import { parseCsv } from '../../src/core/spreadsheet/csv.js';
import { readDate, readStatus, splitNames } from '../../src/core/spreadsheet/cells.js';
import { scanXml } from '../../src/core/xml/scan.js';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { ledgerWith, titleText } from '../../bench/hostile-inputs.js';

/** The repeated units: each once made some pass super-linear, or looks as if it could. */
const UNITS = [' ', ' \t', '{{ ', '*_[', '**a', '\\', '&#1', ':', '；', ' \n', '甲\n', '𠀀\n', '1.', 'www.', 'a@', '!', '()', '|', '\u3000', '\u200b', '"'];

const repeat = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));

/**
 * The best of a few runs, in milliseconds of CPU time (user and system, this process): the
 * machines are shared, and wall time counts the moments another process had the CPU.
 */
function bestOf(run: () => void, runs = 2): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    run();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * The time of the 4n input over the time of the n input, where the n input's time is measured as
 * four runs back to back, divided by four: both sides then take about as long, so the collector
 * and the clock's grain weigh on them alike. n grows (up to `max`) until a side takes `floor` ms;
 * sizes stay below a few megabytes, where memory, not the algorithm, would set the pace.
 */
function ratio(path: (n: number) => () => void, start = 10_000, floor = 10, max = 80_000): { n: number; small: number; large: number; ratio: number } {
  let n = start;
  for (;;) {
    const small = path(n);
    const four = bestOf(() => {
      small();
      small();
      small();
      small();
    });
    if (four >= floor || n * 4 > max) {
      const large = bestOf(path(4 * n));
      return { n, small: four / 4, large, ratio: large / Math.max(four / 4, 0.05) };
    }
    n *= 4;
  }
}

/** A quadratic pass on 4n takes 16 times as long; a path of a few milliseconds at the largest size is fast whatever its shape. */
function expectLinear(name: string, path: (n: number) => () => void): void {
  let r = ratio(path);
  // a busy machine can slow one side: time up to twice more before calling it quadratic (a
  // quadratic pass is over the ratio every time, at sixteen)
  for (let retry = 0; retry < 2 && r.ratio > 6 && r.large > 10; retry++) {
    const again = ratio(path, r.n);
    if (again.ratio < r.ratio) r = again;
  }
  if (r.large <= 10) return;
  expect(r.ratio, `${name}: ${r.small.toFixed(1)} ms at n=${r.n}, ${r.large.toFixed(1)} ms at 4n`).toBeLessThan(6);
}

/** Every unit (or those `only` keeps) through one path. */
function eachUnit(name: string, make: (text: string) => () => void, only: (unit: string) => boolean = () => true): void {
  for (const unit of UNITS.filter(only)) expectLinear(`${name} ${JSON.stringify(unit)}`, (n) => make(repeat(unit, n)));
}

const masks = redactionsOf({ redact: [{ text: '青禾县' }, { text: '第五巡察组', mask: '第X巡察组' }], people: [{ id: 'p', name: '林向东' }] });

describe('every pass over ledger text is linear (time of 4n / time of n < 6)', { timeout: 600_000 }, () => {
  it('placeholders are found in one pass', () => eachUnit('findPlaceholders', (text) => () => findPlaceholders(text)));

  it('ledger text is escaped for the Markdown in one pass', () => {
    eachUnit('escapeMarkdown', (text) => () => escapeMarkdown(text));
    eachUnit('joinLines', (text) => () => joinLines(text));
  });

  it('the rendered Markdown is tidied in one pass', () => eachUnit('normaliseMarkdown', (text) => () => normaliseMarkdown(`# t\n\n${text}\n\n\n正文\n`)));

  it('the .docx writer reads paragraphs, headings and table cells of escaped text in one pass', () => {
    eachUnit('paragraph', (text) => {
      const md = `# 标题\n\n正文${escapeMarkdown(text)}。\n`;
      return () => readReportMarkdown(md, 'r.md');
    });
    eachUnit('table cell', (text) => {
      const md = `::: attachment\n\n附件\n\n# 台账\n\n| 序号 | 问题 |\n| --- | --- |\n| 1 | ${escapeMarkdown(text)} |\n\n:::\n`;
      return () => readReportMarkdown(md, 'r.md');
    });
    eachUnit('heading and bold label', (text) => {
      const md = `# 标题\n\n## 一、${escapeMarkdown(text)}\n\n**整改进展情况：**${escapeMarkdown(text)}\n`;
      return () => readReportMarkdown(md, 'r.md');
    });
  });

  it('a body paragraph is broken into lines in one pass', () => {
    eachUnit('bodyLines', (text) => () => bodyLines(text, 8844, 640, DEFAULT_LAYOUT), (unit) => ['1.', '；', ' ', '*_[', '甲\n', '()', 'www.'].includes(unit));
  });

  it('a title is broken into lines in bounded time', () => {
    expectLinear('titleLines', (n) => {
      const title = titleText(n);
      return () => titleLines(title, 20);
    });
  });

  it('the public version folds, masks and reads back in one pass', () => {
    eachUnit('foldForMatching', (text) => () => foldForMatching(text, { markdown: true }));
    eachUnit('maskMarkdown', (text) => {
      const md = `# 标题\n\n林向东${escapeMarkdown(text)}青禾县\n`;
      return () => maskMarkdown(md, masks);
    });
    eachUnit('read back', (text) => () => {
      withoutMarkers(text);
      joinSoftBreaks(text);
      docxPartReading(`<w:p><w:r><w:t>${text.replace(/[<&]/g, '')}</w:t></w:r></w:p>`);
    });
  });

  it('spreadsheet cells and headers are read in one pass', () => {
    eachUnit('normaliseHeader', (text) => () => normaliseHeader(text));
    eachUnit('cells', (text) => () => {
      readDate(text);
      readStatus(text);
      splitNames(text);
    });
    // within one field or row: a unit with a line break makes one row per unit, a test of the
    // collector (a row is an allocation) rather than of the pass over the text
    eachUnit('parseCsv', (text) => () => parseCsv(text, { trimTrailingEmpty: true }), (unit) => !unit.includes('\n'));
    expectLinear('parseCsv quoted', (n) => {
      const text = `"${repeat('a""\n,', n)}"`;
      return () => parseCsv(text);
    });
    eachUnit('scanXml', (text) => () => scanXml(`<a>${text.replace(/[<]/g, '&lt;')}</a>`, {}));
  });

  it('plan items and enumerations are joined in one pass', () => {
    eachUnit('clauses', (text) => () => clauses([text, text]));
    eachUnit('enumerate', (text) => () => enumerate([text, { title: text, text }]));
  });

  it('a text meets the punctuation of the report in one pass (runs of clause marks, spaces, full stops)', () => {
    for (const unit of ['，', '；', '、', '。', ' ', '\u3000', '，x']) {
      expectLinear(`punctuation ${JSON.stringify(unit)}`, (n) => {
        const text = `措施${repeat(unit, n)}`;
        return () => {
          endWith(text, '。');
          endsSentence(text);
          withoutEndMarks(text);
          clauses([text]);
        };
      });
    }
  });

  it('the kinds declaration of a template, CSV formula guards and shown diagnostics are one pass each', () => {
    expectLinear('declaredKinds', (n) => {
      const source = `{{!-- kinds:${repeat(' ', n)}x\n${repeat('{{!-- ', n)}`;
      return () => declaredKinds(source);
    });
    eachUnit('formula guards', (text) => () => restoreFormula(neutraliseFormula(`'${text}`)));
    expectLinear('formula guards quotes', (n) => {
      const text = `${repeat("'", n)}=1`;
      return () => restoreFormula(neutraliseFormula(text));
    });
    eachUnit('visible', (text) => () => visible(`\u001b${text}`));
    eachUnit('model joinLines', (text) => () => joinLinesOfModel(text), (unit) => unit.includes('\n') || unit.includes(' '));
  });

  it('a whole ledger is validated in one pass over its text', () => {
    for (const unit of [' ', '{{', '{{ ', '\n', '*_[', ':', '\t', '&#']) {
      expectLinear(`validate ${JSON.stringify(unit)}`, (n) => {
        const ledger = ledgerWith({ measure: repeat(unit, n) });
        return () => validateLedgerText(ledger, 'l.yaml', { maxBytes: 100 * 1024 * 1024 });
      });
    }
  });
});

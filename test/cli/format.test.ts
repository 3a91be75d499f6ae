import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/app/messages/index.js';
import { colorLevel } from '../../src/app/color.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/app/report/github.js';
import { formatHuman } from '../../src/app/report/human.js';
import { buildJsonReport } from '../../src/app/report/json.js';

const base: Diagnostic = {
  severity: 'error',
  code: 'unknown-key',
  message: '未知的键 titel',
  file: 'ledger.yaml',
  line: 12,
  column: 7,
  path: 'report.titel',
  hint: '是否应为 title？',
};
const plain = new Chalk({ level: 0 });

describe('human format', () => {
  it('prints file:line:col: severity: message [code], then path and hint', () => {
    expect(formatHuman([base], 'zh', plain)).toBe(
      'ledger.yaml:12:7: error: 未知的键 titel [unknown-key]\n    位置: report.titel\n    提示: 是否应为 title？\n1个错误，0个警告\n',
    );
  });
  it('names only the file when the diagnostic is about the whole file', () => {
    const out = formatHuman([{ ...base, line: 0, column: 0, path: '', hint: '' }], 'en', plain);
    expect(out.split('\n')[0]).toBe('ledger.yaml: error: 未知的键 titel [unknown-key]');
  });
  it('prints nothing when there is nothing to say', () => {
    expect(formatHuman([], 'zh', plain)).toBe('');
  });
});

describe('github format', () => {
  it('escapes data: %, CR and LF', () => {
    expect(escapeData('100%\r\nnext')).toBe('100%25%0D%0Anext');
  });
  it('escapes properties: also : and ,', () => {
    expect(escapeProperty('C:\\a,b%')).toBe('C%3A\\a%2Cb%25');
  });
  it('writes one annotation per diagnostic, warnings as ::warning, no position for whole-file ones', () => {
    const out = formatGithub([
      { ...base, file: 'dir,x/led:ger.yaml' },
      { ...base, severity: 'warning', code: 'overdue', line: 0, column: 0, path: '', hint: '' },
    ]);
    expect(out).toBe(
      '::error file=dir%2Cx/led%3Ager.yaml,line=12,col=7,title=unknown-key::未知的键 titel%0Areport.titel%0A是否应为 title？\n' +
        '::warning file=ledger.yaml,title=overdue::未知的键 titel\n',
    );
  });
});

describe('json format', () => {
  it('has version 1, per-file counts and a summary', () => {
    const report = buildJsonReport(['a.yaml', 'b.yaml'], [{ ...base, file: 'a.yaml' }, { ...base, file: 'a.yaml', severity: 'warning' }]);
    expect(report.version).toBe(1);
    expect(report.files).toEqual([
      { file: 'a.yaml', valid: false, errors: 1, warnings: 1 },
      { file: 'b.yaml', valid: true, errors: 0, warnings: 0 },
    ]);
    expect(report.summary).toEqual({ errors: 1, warnings: 1 });
    expect(Object.keys(report.diagnostics[0]!)).toEqual(['severity', 'code', 'message', 'file', 'line', 'column', 'path', 'hint']);
  });
});

describe('colour decision', () => {
  it('is on for a terminal, off for a pipe', () => {
    expect(colorLevel({ isTTY: true }, {})).toBe(1);
    expect(colorLevel({}, {})).toBe(0);
  });
  it('NO_COLOR (non-empty) turns it off even on a terminal and over FORCE_COLOR', () => {
    expect(colorLevel({ isTTY: true }, { NO_COLOR: '1' })).toBe(0);
    expect(colorLevel({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(0);
    expect(colorLevel({ isTTY: true }, { NO_COLOR: '' })).toBe(1);
  });
  it('FORCE_COLOR turns it on for a pipe; FORCE_COLOR=0 turns it off', () => {
    expect(colorLevel({}, { FORCE_COLOR: '1' })).toBe(1);
    expect(colorLevel({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(0);
  });
});

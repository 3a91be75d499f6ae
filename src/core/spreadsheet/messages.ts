/** Diagnostic texts of the spreadsheet import and export, in both languages. Codes are never translated. */
import type { Diagnostic, Lang, Severity } from '../../model/diagnostic.js';
import { columnLetter } from './columns.js';

type Text = Record<Lang, string>;
type Message = { message: Text; hint: Text };

/** `Sheet1!C7`, quoting the sheet name the way Excel does when it holds spaces or punctuation. */
export function cellRef(sheet: string, row: number, column: number): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetter(column)}${row}`;
}

export interface Place {
  file: string;
  sheet?: string;
  /** 1-based; 0 when the diagnostic is about the whole file or sheet. */
  row: number;
  column: number;
}

export function diagnosticAt(
  place: Place,
  severity: Severity,
  code: string,
  lang: Lang,
  text: Message,
): Diagnostic {
  return {
    severity,
    code,
    message: text.message[lang],
    file: place.file,
    line: place.row,
    column: place.column,
    path: place.sheet !== undefined && place.row > 0 && place.column > 0 ? cellRef(place.sheet, place.row, place.column) : (place.sheet ?? ''),
    hint: text.hint[lang],
  };
}

const q = (s: string) => `“${s}”`;

export const MSG = {
  noTable: (sheets: string[]): Message => ({
    message: {
      zh: `没有找到整改台账表格：工作表 ${sheets.map(q).join('、')} 的前 10 行中都没有同时含“问题”和“整改措施”两列的表头`,
      en: `no ledger table found: none of the sheets ${sheets.map(q).join(', ')} has a header row with both an issue (问题) and a measure (整改措施) column in its first 10 rows`,
    },
    hint: {
      zh: '表头写法与常见写法不同时，用 --map 文件指明各列，例如 {"反馈意见": "问题", "落实举措": "整改措施"}',
      en: 'if the headers are spelled unusually, name the columns in a --map file, e.g. {"反馈意见": "issue", "落实举措": "measure"}',
    },
  }),
  missingColumn: (header: string): Message => ({
    message: {
      zh: `表头中没有“${header}”列`,
      en: `the header row has no ${q(header)} column`,
    },
    hint: {
      zh: `添加“${header}”列，或用 --map 指明哪一列是“${header}”`,
      en: `add a ${q(header)} column, or say which column it is with --map`,
    },
  }),
  unknownHeader: (header: string): Message => ({
    message: { zh: `不认识的表头 ${q(header)}，该列未导入`, en: `unknown header ${q(header)}: the column is not imported` },
    hint: {
      zh: `如果这一列有用，在 --map 文件中写明它对应的字段，例如 {"${header}": "整改措施"}；否则可忽略此提示`,
      en: `if the column matters, map it to a field in a --map file, e.g. {"${header}": "measure"}; otherwise ignore this`,
    },
  }),
  duplicateColumn: (header: string, first: string): Message => ({
    message: {
      zh: `表头 ${q(header)} 与 ${q(first)} 是同一列的名称，只导入前一列`,
      en: `header ${q(header)} names the same field as ${q(first)}; only the first column is imported`,
    },
    hint: { zh: '删除或重命名重复的列，或用 --map 把它映射为 null 以忽略', en: 'remove or rename the duplicate, or map it to null in --map' },
  }),
  badDate: (text: string): Message => ({
    message: { zh: `无法识别的日期 ${q(text)}`, en: `cannot read the date ${q(text)}` },
    hint: {
      zh: '日期写作 2023-12-31、2023/12/31、2023.12.31 或 2023年12月31日；没有期限的写“长期坚持”',
      en: 'write dates as 2023-12-31, 2023/12/31, 2023.12.31 or 2023年12月31日; for no deadline write 长期坚持',
    },
  }),
  unknownStatus: (text: string): Message => ({
    message: { zh: `无法识别的整改状态 ${q(text)}`, en: `unknown status ${q(text)}` },
    hint: {
      zh: '整改状态写作：已整改完成、正在整改、长期坚持、基本完成 或 未启动',
      en: 'write the status as one of 已整改完成, 正在整改, 长期坚持, 基本完成, 未启动',
    },
  }),
  missingMeasure: (): Message => ({
    message: { zh: '这一行没有整改措施', en: 'this row has no measure (整改措施)' },
    hint: { zh: '填写整改措施，或删除这一行', en: 'fill in the measure, or delete the row' },
  }),
  issueWithoutMeasures: (): Message => ({
    message: { zh: '这个问题没有整改措施', en: 'this issue has no measure' },
    hint: { zh: '在“整改措施”列填写针对该问题的措施', en: 'fill in the measures taken against it in the measure column' },
  }),
  missingIssue: (): Message => ({
    message: { zh: '这一行有整改措施，但它上方没有问题', en: 'this row has a measure but no issue above it' },
    hint: { zh: '在“问题”列填写该措施针对的问题', en: 'fill in the issue this measure addresses' },
  }),
  multipleLeaders: (names: string[]): Message => ({
    message: {
      zh: `责任领导只能有一名，${names.slice(1).map(q).join('、')} 已作为该问题的责任人导入`,
      en: `an issue has one responsible leader; ${names.slice(1).map(q).join(', ')} imported as the issue's owners instead`,
    },
    hint: { zh: '确认第一位是责任领导；其余人员可在 YAML 的 owners 中调整', en: 'check the first name is the leader; adjust owners in the YAML if needed' },
  }),
  inconsistentIssueCell: (header: string, first: string, other: string): Message => ({
    message: {
      zh: `同一问题的“${header}”前后不一致：${q(first)} 与 ${q(other)}，导入了前者`,
      en: `the ${q(header)} cells of one issue differ: ${q(first)} and ${q(other)}; imported the first`,
    },
    hint: { zh: '同一问题的各行应填写相同的值，或合并这些单元格', en: 'give every row of an issue the same value, or merge the cells' },
  }),
  fillIn: (keys: string[]): Message => ({
    message: {
      zh: `表格中没有 rectify export 生成的“台账信息”工作表，以下内容填入了“【待填写】”占位值或推定日期，请在生成的 YAML 中修改：${keys.join('、')}`,
      en: `the workbook has no 台账信息 sheet written by rectify export; these keys hold 【待填写】 placeholders or assumed dates, edit them in the YAML: ${keys.join(', ')}`,
    },
    hint: { zh: '修改后运行 rectify validate 检查', en: 'run rectify validate after editing' },
  }),
  metaUnreadable: (detail: string): Message => ({
    message: {
      zh: `“台账信息”工作表不是有效的台账，已忽略：${detail}`,
      en: `the 台账信息 sheet does not hold a valid ledger and was ignored: ${detail}`,
    },
    hint: {
      zh: '该工作表由 rectify export 写入，请勿手工编辑；报告、巡察信息等按占位值处理',
      en: 'rectify export writes that sheet; do not edit it by hand. Report and inspection data fall back to placeholders',
    },
  }),
  skippedRow: (): Message => ({
    message: {
      zh: '这一行是跨整行合并的单元格，按表注处理，未导入',
      en: 'this row is one cell merged across the table; taken as a note and not imported',
    },
    hint: { zh: '如果它是一条整改措施，取消合并并分列填写', en: 'if it is a measure, unmerge it and fill in the columns' },
  }),
  unterminatedQuote: (): Message => ({
    message: { zh: 'CSV 中的引号没有闭合', en: 'a quoted CSV field is never closed' },
    hint: { zh: '检查该行附近的英文双引号 " 是否成对', en: 'check that the double quotes near this row come in pairs' },
  }),
  unreadableFile: (detail: string): Message => ({
    message: { zh: `无法读取电子表格：${detail}`, en: `cannot read the spreadsheet: ${detail}` },
    hint: { zh: '支持 .xlsx 和 .csv（UTF-8 或 GB18030）文件', en: 'supported are .xlsx and .csv (UTF-8 or GB18030) files' },
  }),
  oldXls: (): Message => ({
    message: { zh: '不支持旧版 .xls 格式', en: 'the old .xls format is not supported' },
    hint: { zh: '在 Excel 或 WPS 中“另存为” .xlsx 后再导入', en: 'save it as .xlsx in Excel or WPS, then import that' },
  }),
} as const;

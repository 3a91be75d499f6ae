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
  entryTooLarge: (entry: string, limit: number): Message => ({
    message: {
      zh: `电子表格中的部件 ${entry} 解压后超过 ${limit} 字节上限，未读取`,
      en: `the part ${entry} of the workbook inflates to more than ${limit} bytes; not read`,
    },
    hint: {
      zh: '文件可能已损坏或是恶意构造的压缩包；确属正常的大表格时可用 --max-bytes 放宽（每个部件的上限是它的 10 倍）',
      en: 'the file may be damaged or a zip bomb; for a genuinely large workbook raise --max-bytes (each part may inflate to 10 times it)',
    },
  }),
  sheetTooLarge: (reason: 'cells' | 'bounds' | 'merge', limit: number): Message => ({
    message: {
      zh:
        reason === 'bounds'
          ? '单元格位置超出 Excel 的范围（1048576 行、16384 列）'
          : reason === 'merge'
            ? `合并单元格过大：读取它要展开超过 ${limit} 个单元格`
            : `工作表过大：读到这里已超过 ${limit} 个单元格`,
      en:
        reason === 'bounds'
          ? 'the cell lies outside the range Excel allows (1,048,576 rows, 16,384 columns)'
          : reason === 'merge'
            ? `merged range too large: reading it would lay out more than ${limit} cells`
            : `sheet too large: more than ${limit} cells by this one`,
    },
    hint: {
      zh: '删除远处多余的内容或合并（在 Excel 中按 Ctrl+End 可定位到最后一个单元格），或把整改台账复制到新工作表后再导入；确有需要可用 --max-bytes 放宽（单元格上限为它的五分之一）',
      en: 'delete stray content or merges far from the table (Ctrl+End in Excel finds the last cell), or copy the table to a new sheet; raise --max-bytes if you must (the cell limit is a fifth of it)',
    },
  }),
  hiddenSheetSkipped: (sheet: string, imported: string): Message => ({
    message: {
      zh: `隐藏的工作表 ${q(sheet)} 也有整改台账表格，未导入；导入的是可见的工作表 ${q(imported)}`,
      en: `the hidden sheet ${q(sheet)} also holds a ledger table and was not imported; the visible sheet ${q(imported)} was`,
    },
    hint: {
      zh: '如果要导入的是隐藏的工作表，先在 Excel 中取消隐藏、删除或隐藏其他表格',
      en: 'to import the hidden sheet instead, unhide it in Excel and remove or hide the other table',
    },
  }),
  hiddenSheetImported: (sheet: string): Message => ({
    message: {
      zh: `整改台账表格在隐藏的工作表 ${q(sheet)} 中，已从该表导入`,
      en: `the ledger table is on the hidden sheet ${q(sheet)}; imported from there`,
    },
    hint: { zh: '确认这就是要导入的表格；可见的工作表中没有整改台账表格', en: 'check that this is the table you meant: no visible sheet holds one' },
  }),
  otherTableSkipped: (sheet: string, rows: number, imported: string): Message => ({
    message: {
      zh: `工作表 ${q(sheet)} 也有整改台账表格（${rows} 行），未导入；只导入了第一个表格所在的工作表 ${q(imported)}`,
      en: `the sheet ${q(sheet)} also holds a ledger table (${rows} rows) and was not imported; only the first, on ${q(imported)}, was`,
    },
    hint: {
      zh: '一次导入一张整改台账：把各表合并到一个工作表，或分别保存为单独的文件后逐个导入',
      en: 'import one ledger table at a time: merge the tables into one sheet, or save each as its own file',
    },
  }),
  sheetNotImported: (sheet: string, rows: number): Message => ({
    message: {
      zh: `工作表 ${q(sheet)} 有 ${rows} 行内容，但不是整改台账表格，未导入`,
      en: `the sheet ${q(sheet)} has ${rows} rows of content but no ledger table; not imported`,
    },
    hint: { zh: '如果其中有整改措施，把它们移到整改台账表格中', en: 'if it holds measures, move them into the ledger table' },
  }),
  rowNotImported: (): Message => ({
    message: {
      zh: '这一行只在未导入的列中有内容，未导入',
      en: 'this row has content only in columns that are not imported; not imported',
    },
    hint: {
      zh: '把内容填到“问题”“整改措施”等列中，或用 --map 说明这一列对应的字段',
      en: 'put its content in the issue, measure and other known columns, or map the column with --map',
    },
  }),
  columnWithoutHeader: (column: string, cells: number): Message => ({
    message: {
      zh: `第 ${column} 列没有表头，其中 ${cells} 个单元格的内容未导入`,
      en: `column ${column} has no header; the content of ${cells} of its cells is not imported`,
    },
    hint: {
      zh: '给这一列写上表头（如“佐证材料”），或用 --map 说明它对应的字段',
      en: 'give the column a header (e.g. 佐证材料), or map it with --map',
    },
  }),
  illegalCharacter: (char: string): Message => ({
    message: { zh: `含有无法写入文档的字符 ${char}`, en: `contains character ${char} that a document cannot carry` },
    hint: {
      zh: '删除该字符（控制字符、U+FFFE、U+FFFF 或孤立的代理项）',
      en: 'remove it (control characters, U+FFFE, U+FFFF and lone surrogates cannot be written)',
    },
  }),
  tooManyCsvCells: (limit: number): Message => ({
    message: { zh: `CSV 文件过大：读到这里已超过 ${limit} 个单元格`, en: `the CSV is too large: more than ${limit} cells by this one` },
    hint: {
      zh: '检查文件是否为整改台账；确有需要可用 --max-bytes 放宽（单元格上限为它的五分之一）',
      en: 'check that this is a ledger table; raise --max-bytes if you must (the cell limit is a fifth of it)',
    },
  }),
  importMismatch: (): Message => ({
    message: {
      zh: '内部错误：写出的 YAML 读回后与导入的台账不一致，未写入任何文件',
      en: 'internal error: the YAML written does not read back as the ledger imported; nothing was written',
    },
    hint: { zh: '请把该电子表格提交给 rectify 的维护者', en: 'please report the spreadsheet to the rectify maintainers' },
  }),
  oldXls: (): Message => ({
    message: { zh: '不支持旧版 .xls 格式', en: 'the old .xls format is not supported' },
    hint: { zh: '在 Excel 或 WPS 中“另存为” .xlsx 后再导入', en: 'save it as .xlsx in Excel or WPS, then import that' },
  }),
} as const;

/**
 * The office's view of a round (`rectify summary --format xlsx`), for following units up (督办):
 * one row per unit with its progress, one sheet per status listing the issues still open with
 * their unit, owners, due date and days overdue, and the summed metrics. Figures only from
 * round.ts; the sheets' words are the Chinese an office's workbook uses.
 */
import { STATUSES, type Status } from '../../model/ledger.js';
import { statusLabel } from '../../model/status.js';
import { maskText, type Mask } from '../public/redact.js';
import { sheetsToXlsx, type PlainSheet } from '../spreadsheet/xlsx-write.js';
import type { RoundFigures, Tally } from './round.js';

/** The statuses of open issues, each with a sheet of its own. */
const OPEN_STATUSES = STATUSES.filter((s): s is Exclude<Status, 'done'> => s !== 'done');

export const PROGRESS_SHEET = '各单位整改进度';
export const METRICS_SHEET = '汇总数据';

const PERCENT = '0.00%';

function progressCells(t: Tally): (string | number)[] {
  return [
    t.issues,
    t.issuesDone,
    t.issuesByStatus.partial,
    t.issuesByStatus.ongoing,
    t.issuesByStatus['in-progress'],
    t.issuesByStatus['not-started'],
    t.rate.percent / 100,
    t.overdue.issues,
    t.measures,
    t.measuresDone,
    t.overdue.measures,
  ];
}

/**
 * The sheets of the workbook, as data. `masks` (the public version) are applied to every text
 * cell, as to the report's Markdown.
 */
export function summarySheets(figures: RoundFigures, masks: readonly Mask[] = []): PlainSheet[] {
  const progressHeader = ['反馈问题', '已完成', '基本完成', '长期坚持', '正在整改', '未启动', '完成率', '逾期问题', '整改措施', '措施已完成', '逾期措施'];
  const header = ['序号', '巡察方式', '被巡察单位', '台账文件', '报告日期', ...progressHeader];
  const progress: PlainSheet = {
    name: PROGRESS_SHEET,
    header,
    rows: [
      ...figures.units.map((u) => [u.no, u.group, u.name, u.file, u.reportDate, ...progressCells(u)]),
      ['合计', '', `${figures.counted}个单位`, '', figures.asOf, ...progressCells(figures)],
    ],
    widths: [6, 16, 24, 24, 12, 10, 8, 10, 10, 10, 8, 10, 10, 10, 10, 10],
    formats: header.map((h) => (h === '完成率' ? PERCENT : undefined)),
  };
  const open: PlainSheet[] = OPEN_STATUSES.map((status) => ({
    name: statusLabel(status),
    header: ['序号', '被巡察单位', '问题编号', '问题', '责任领导', '责任单位', '责任人', '完成时限', '逾期天数'],
    rows: figures.open
      .filter((o) => o.status === status)
      .map((o, i) => [i + 1, o.unit, o.id, o.title, o.leader ?? '', o.units.join('、'), o.owners.join('、'), o.due ?? '', o.daysOverdue ?? '']),
    widths: [6, 24, 10, 48, 12, 20, 20, 12, 10],
  }));
  const metrics: PlainSheet = {
    name: METRICS_SHEET,
    header: ['编号', '名称', '合计', '计量单位', '填报单位数'],
    rows: figures.metrics.map((m) => [m.id, m.name, m.value, m.unit ?? '', m.units]),
    widths: [16, 40, 12, 10, 12],
  };
  const sheets = [progress, ...open, metrics];
  if (masks.length === 0) return sheets;
  return sheets.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? maskText(cell, masks) : cell))) }));
}

/**
 * The workbook's bytes as exceljs zips them (the caller repacks them for reproducible bytes), and
 * every text a reader of it sees, for the public version's check.
 */
export async function summaryWorkbook(figures: RoundFigures, options: { date: Date; masks?: readonly Mask[] }): Promise<{ bytes: Uint8Array; texts: string[] }> {
  const sheets = summarySheets(figures, options.masks);
  const texts = sheets.flatMap((sheet) => [sheet.name, ...sheet.header, ...sheet.rows.flatMap((row) => row.filter((cell): cell is string => typeof cell === 'string'))]);
  return { bytes: await sheetsToXlsx(sheets, { date: options.date }), texts };
}

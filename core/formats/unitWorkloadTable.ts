/**
 * The unit workload (core/progress/unitWorkload.ts) as a table for files:
 * one row per unit, for each month a "chủ trì" and a "phối hợp" column, then
 * the plan's totals. CSV keeps one header row (data for other tools); the
 * workbook puts each month over its two columns, as the dialog shows them.
 */
import ExcelJS from 'exceljs';
import type { Language } from '../language';
import type { MonthKey, UnitWorkload } from '../progress/unitWorkload';
import { toCsv } from './planTableCsv';
import { EXCEL_MAX_CELL, xmlSafe } from './xmlText';

const WORDS = {
  vi: { title: 'Khối lượng theo đơn vị', no: 'STT', unit: 'Đơn vị', lead: 'Chủ trì', coordinate: 'Phối hợp', total: 'Cả kế hoạch', sheet: 'Khối lượng' },
  en: { title: 'Unit workload', no: 'No.', unit: 'Unit', lead: 'Lead', coordinate: 'Coordinating', total: 'Whole plan', sheet: 'Workload' },
} as const;

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tháng 4/2026" / "Apr 2026". */
export function monthLabel(month: MonthKey, lang: Language): string {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  return lang === 'en' ? `${EN_MONTHS[m - 1]} ${year}` : `Tháng ${m}/${year}`;
}

/** Header (one row) and the numbers of each unit: STT, name, then lead/coordinate per month, then the totals. */
export function unitWorkloadRows(workload: UnitWorkload, lang: Language = 'vi'): { header: string[]; rows: (string | number)[][] } {
  const w = WORDS[lang];
  const role = (label: string, r: 'lead' | 'coordinate') => `${label} – ${w[r].toLowerCase()}`;
  const header = [
    w.no,
    w.unit,
    ...workload.months.flatMap((m) => [role(monthLabel(m, lang), 'lead'), role(monthLabel(m, lang), 'coordinate')]),
    role(w.total, 'lead'),
    role(w.total, 'coordinate'),
  ];
  const rows = workload.rows.map((row, i) => [
    i + 1,
    row.unitName,
    ...workload.months.flatMap((_, c) => [row.lead[c]!, row.coordinate[c]!]),
    row.leadTotal,
    row.coordinateTotal,
  ]);
  return { header, rows };
}

/** CSV as the plan table's (UTF-8 with BOM, CRLF, formula guard on text cells). */
export function unitWorkloadCsv(workload: UnitWorkload, lang: Language = 'vi'): string {
  const { header, rows } = unitWorkloadRows(workload, lang);
  return toCsv([header, ...rows]);
}

export const WORKLOAD_HEADER_ROW = 3; // title, blank line, then the months; the roles are on the row below
const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function workloadSheetName(lang: Language): string {
  return WORDS[lang].sheet;
}

export async function unitWorkloadXlsx(workload: UnitWorkload, lang: Language = 'vi', planTitle = ''): Promise<Uint8Array> {
  const w = WORDS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tiến Độ';
  const top = WORKLOAD_HEADER_ROW;
  const sheet = workbook.addWorksheet(w.sheet, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: top + 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${top}:${top + 1}` },
  });
  const groups = [...workload.months.map((m) => monthLabel(m, lang)), w.total];
  const width = 2 + groups.length * 2;
  sheet.columns = [{ width: 6 }, { width: 36 }, ...groups.flatMap(() => [{ width: 9 }, { width: 9 }])];

  const title = sheet.getCell(1, 1);
  title.value = xmlSafe(planTitle.trim() === '' ? w.title : `${w.title} — ${planTitle.trim()}`).slice(0, EXCEL_MAX_CELL);
  title.font = { name: FONT, size: 14, bold: true };
  sheet.mergeCells(1, 1, 1, width);

  const head = (row: number, col: number, text: string) => {
    const cell = sheet.getCell(row, col);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.border = BORDER;
  };
  head(top, 1, w.no);
  head(top, 2, w.unit);
  sheet.mergeCells(top, 1, top + 1, 1);
  sheet.mergeCells(top, 2, top + 1, 2);
  groups.forEach((label, g) => {
    const col = 3 + g * 2;
    head(top, col, label);
    sheet.mergeCells(top, col, top, col + 1);
    head(top + 1, col, w.lead);
    head(top + 1, col + 1, w.coordinate);
  });

  unitWorkloadRows(workload, lang).rows.forEach((cells, r) => {
    const row = sheet.getRow(top + 2 + r);
    cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      if (typeof value === 'number') cell.value = value;
      else {
        const safe = xmlSafe(value);
        cell.value = safe.length > EXCEL_MAX_CELL ? `${safe.slice(0, EXCEL_MAX_CELL - 1)}…` : safe;
      }
      cell.font = { name: FONT, size: 12, bold: c >= width - 2 };
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 1 ? 'left' : 'center' };
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

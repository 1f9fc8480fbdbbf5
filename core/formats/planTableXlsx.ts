/**
 * The plan table as an Excel workbook (exceljs): the appendix heading and
 * caption above a real table — one header row with filter buttons, frozen
 * while scrolling and repeated on every printed page — wrapped text, column
 * widths, and Bắt đầu / Kết thúc as true date cells shown dd/mm/yyyy.
 * Printed on A4 landscape, one page wide.
 */
import ExcelJS from 'exceljs';
import type { Plan } from '../model';
import { COLUMN_WEIGHTS } from './columns';
import { isCalendarDate, planTableRows, type PlanTableCell, type PlanTableOptions } from './planTableRows';
import { EXCEL_MAX_CELL, xmlSafe } from './xmlText';

export const XLSX_SHEET_NAME = 'Phụ lục';
/** Heading, caption, a blank line, then the header row. */
export const XLSX_HEADER_ROW = 4;

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const MM_PER_INCH = 25.4;

export async function planTableXlsx(plan: Plan, options: PlanTableOptions = {}): Promise<Uint8Array> {
  const table = planTableRows(plan, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tiến Độ';
  const sheet = workbook.addWorksheet(XLSX_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: XLSX_HEADER_ROW, topLeftCell: `A${XLSX_HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as needed
      printTitlesRow: `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}`,
      horizontalCentered: true,
      margins: { left: inches(30), right: inches(15), top: inches(20), bottom: inches(20), header: inches(8), footer: inches(8) },
    },
  });
  const width = table.header.length;
  sheet.columns = table.header.map((h) => ({ width: COLUMN_WEIGHTS[h] ?? 14 }));

  writeTitle(sheet, 1, table.heading, { bold: true, size: 14 }, width);
  writeTitle(sheet, 2, table.caption, { italic: true, size: 12 }, width);

  const headerRow = sheet.getRow(XLSX_HEADER_ROW);
  table.header.forEach((text, c) => {
    const cell = headerRow.getCell(c + 1);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.border = BORDER;
  });

  table.rows.forEach((cells, r) => {
    const row = sheet.getRow(XLSX_HEADER_ROW + 1 + r);
    cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      writeCell(cell, value);
      cell.font = { name: FONT, size: 12 };
      cell.border = BORDER;
      const centred = c === 0 || typeof value !== 'string' || table.header[c] === 'Găng';
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: centred ? 'center' : 'left' };
    });
  });

  sheet.autoFilter = {
    from: { row: XLSX_HEADER_ROW, column: 1 },
    to: { row: XLSX_HEADER_ROW + Math.max(table.rows.length, 1), column: width },
  };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeCell(cell: ExcelJS.Cell, value: PlanTableCell): void {
  if (isCalendarDate(value)) {
    const [y, m, d] = value.date.split('-').map(Number);
    // Midnight UTC is exactly a whole Excel serial day: no time zone can shift the date.
    cell.value = new Date(Date.UTC(y!, m! - 1, d!));
    cell.numFmt = 'dd/mm/yyyy';
  } else if (typeof value === 'number') {
    cell.value = value;
  } else {
    const safe = xmlSafe(value);
    cell.value = safe.length > EXCEL_MAX_CELL ? `${safe.slice(0, EXCEL_MAX_CELL - 1)}…` : safe;
  }
}

function writeTitle(sheet: ExcelJS.Worksheet, row: number, text: string, font: Partial<ExcelJS.Font>, width: number): void {
  const cell = sheet.getCell(row, 1);
  cell.value = xmlSafe(text);
  cell.font = { name: FONT, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (width > 1) sheet.mergeCells(row, 1, row, width);
  // Merged cells do not grow with wrapped text: give the caption room for two lines.
  sheet.getRow(row).height = row === 2 ? 32 : 22;
}

function inches(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 100) / 100;
}

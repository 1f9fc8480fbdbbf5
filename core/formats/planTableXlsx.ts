/**
 * The plan table as an Excel workbook (exceljs): the appendix heading and
 * caption above a real table — one header row with filter buttons, frozen
 * while scrolling and repeated on every printed page — wrapped text, column
 * widths, and Bắt đầu / Kết thúc as true date cells shown dd/mm/yyyy.
 * Printed on A4 landscape, one page wide.
 */
import ExcelJS from 'exceljs';
import { wrapText } from '../export/fontMetrics';
import type { Plan } from '../model';
import { COLUMN_WEIGHTS } from './columns';
import { cellText, isCalendarDate, planTableRows, spansRow, type PlanTableCell, type PlanTableOptions } from './planTableRows';
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
  const columnWidths = table.header.map((h) => COLUMN_WEIGHTS[h] ?? 14);
  sheet.columns = columnWidths.map((w) => ({ width: w }));

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

  headerRow.height = rowHeight(table.header, columnWidths, true);
  table.rows.forEach((cells, r) => {
    const row = sheet.getRow(XLSX_HEADER_ROW + 1 + r);
    // Excel does not grow a row for wrapped text written by a program: without a height the lines overlap when printed.
    const section = table.sections[r] === true;
    const span = section && spansRow(cells);
    // A spanning section name wraps over the whole row's width.
    const widths = span ? [columnWidths[0]!, columnWidths.slice(1).reduce((a, b) => a + b, 0)] : columnWidths;
    row.height = rowHeight((span ? cells.slice(0, 2) : cells).map(cellText), widths, section);
    cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      writeCell(cell, value);
      cell.font = { name: FONT, size: 12, bold: section };
      cell.border = BORDER;
      const centred = c === 0 || typeof value !== 'string' || table.header[c] === 'Găng';
      const indent = c === 1 ? (table.depths[r] ?? 0) : 0;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: centred ? 'center' : 'left', ...(indent > 0 ? { indent } : {}) };
    });
    if (span && width > 2) sheet.mergeCells(row.number, 2, row.number, width);
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

/** 12 pt Times New Roman: Excel's line height for it, and the size in px used to measure. */
const LINE_PT = 15.75;
const FONT_PX = 16;
/** Excel column width unit ≈ 7 px (the default font's digit), plus 5 px of cell padding. */
const pxOfColumn = (chars: number) => chars * 7 + 5;

/**
 * The height (points) a row needs for its wrapped text. Measured with the
 * bundled Noto Sans metrics, wider than Times New Roman, so a row is never
 * too short.
 */
export function rowHeight(texts: readonly string[], columnChars: readonly number[], bold: boolean): number {
  let lines = 1;
  texts.forEach((text, c) => {
    const width = pxOfColumn(columnChars[c] ?? 14) - 8;
    const count = text.split(/\r\n|\r|\n/).reduce((n, paragraph) => n + Math.max(1, wrapText(paragraph, width, FONT_PX, bold ? 600 : 400, 1_000).length), 0);
    lines = Math.max(lines, count);
  });
  return Math.min(409, Math.ceil(lines * LINE_PT + 4)); // 409 pt: Excel's highest row
}

function inches(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 100) / 100;
}

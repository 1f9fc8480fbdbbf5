/**
 * The first visible sheet of an .xlsx workbook as a grid of text cells, for
 * the table reader. Merged cells are resolved the way a reader of the table
 * understands them: a cell merged down over several rows (one lead unit for
 * a group of tasks) gives its text to each of those rows; the parts of a
 * cell merged across columns (a heading spanning the table) stay empty.
 * Dates are read with the cell's number format, as Excel shows them: a
 * date cell formatted mm/yyyy (typed "9/2026") is the month "09/2026", a
 * yyyy one the year; others dd/mm/yyyy. Formulas give their last computed value.
 */
import ExcelJS from 'exceljs';
import { PlanError } from '../errors';

export const MAX_SHEET_ROWS = 20_000;
export const MAX_SHEET_COLUMNS = 60;

export async function readXlsxMatrix(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new PlanError('unreadable-file', { reason: 'xlsx' }, {
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  const sheet = workbook.worksheets.find((ws) => ws.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw new PlanError('unreadable-file', { reason: 'xlsx-no-sheet' });
  if (sheet.rowCount > MAX_SHEET_ROWS) {
    throw new PlanError('too-large', { reason: 'sheet', rows: sheet.rowCount, max: MAX_SHEET_ROWS });
  }
  const width = Math.min(sheet.columnCount, MAX_SHEET_COLUMNS);
  const matrix: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    matrix.push(cells);
  }
  return matrix;
}

function cellText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) {
    const master = cell.master;
    // Down a column: the same text on every row; across a row: said once, at the left.
    const below = Number(master.row) !== Number(cell.row) && Number(master.col) === Number(cell.col);
    return below ? valueText(master.value, master.numFmt) : '';
  }
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: ExcelJS.CellValue | undefined, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : viDate(value, dateShown(numFmt));
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text ?? '').join('');
    if ('formula' in value || 'sharedFormula' in value) return valueText((value as { result?: ExcelJS.CellValue }).result, numFmt);
    if ('hyperlink' in value) return valueText((value as { text?: ExcelJS.CellValue }).text);
    if ('error' in value) return '';
  }
  return '';
}

/** What a date format shows: the day, only the month (mm/yyyy, "tháng" m/yyyy), or only the year. */
function dateShown(numFmt: string | undefined): 'day' | 'month' | 'year' {
  // Quoted text, escapes and [colour]/[$-locale] parts are not date codes.
  const codes = (numFmt ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  if (codes === '' || /d/.test(codes) || !/y/.test(codes)) return 'day';
  return /m/.test(codes) ? 'month' : 'year';
}

/** Excel dates are stored as UTC midnight by exceljs: read the UTC parts so no zone shifts the day. */
function viDate(date: Date, shown: 'day' | 'month' | 'year'): string {
  const d = String(date.getUTCDate()).padStart(2, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const y = date.getUTCFullYear();
  return shown === 'year' ? String(y) : shown === 'month' ? `${m}/${y}` : `${d}/${m}/${y}`;
}

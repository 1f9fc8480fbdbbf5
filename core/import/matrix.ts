/**
 * The one assembler of a plan table from a grid of cells — a spreadsheet's
 * first sheet, a CSV file, a Word table or the lines of pasted text.
 * Columns are found by their Vietnamese headers in any order; a repeated
 * header row (page break) is skipped. What real tables add is understood
 * here: header cells wrapped over lines, two-row headers ("Thời gian thực
 * hiện" over "Bắt đầu | Kết thúc", "Đơn vị thực hiện" over "Chủ trì | Phối
 * hợp"), the column-number row "(1) (2) … (6)", title lines above the table,
 * a row whose only text is one merged cell (a section heading such as
 * "I. CHUẨN BỊ"), footnotes and the signature block after it, and the
 * computed columns of our own export (recomputed by the engine, so left
 * out). Sections and numbering: ./sections.ts.
 */
import { PLAN_COLUMN_HEADERS, COMPUTED_COLUMN_HEADERS } from '../formats/columns';
import { columnOf, matchHeader, readRow, type Column, type ColumnMap, type PlanTaskRow, type TaskTable } from '../planTable';
import { foldVietnamese, normaliseSpaces } from '../text';
import { outlineRows, splitHeadingNumber } from './sections';

export type MatrixOptions = {
  year?: number;
  /** Without a header row: read the usual six columns (a bare table), or report that there is no table (a document). */
  withoutHeader?: 'default-columns' | 'no-table';
};

export interface MatrixTable extends TaskTable {
  /** Lines above the table's first header (title block): one per row, its cells joined. */
  above: string[];
  /** Rows after the table that are not tasks (footnotes, "Nơi nhận", the signature block): their cells, blanks left out. */
  skipped: string[][];
}

const COMPUTED_HEADERS = new Set([...Object.values(COMPUTED_COLUMN_HEADERS), 'Trễ'].map(foldVietnamese));
const STT_ONLY = /^\s*\d{1,4}\s*[.)]?\s*$/;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
/** The signer's title over the signature ("KT. GIÁM ĐỐC", "PHÓ CHỦ TỊCH"), folded. */
export const SIGNER_TITLE_RE = /^(?:(?:kt|tl|tm|q)\.? ?)?(?:pho )?(?:giam doc|chu tich|vien truong|hieu truong|truong ban|truong phong)$/;
/** Rows that end the table: "Nơi nhận", footnotes; and the signature block (SIGNER_TITLE_RE). */
const END_OF_TABLE = /^(?:noi nhan|\*?\s*(?:ghi chu|luu y|chu thich)\s*:|\(\*\))/;
/** Labels of a second header row, under a header cell spanning them. */
const SUB_LABELS: [RegExp, Column][] = [
  [/^(?:tu|tu ngay|tu thang)$/, 'start'],
  [/^(?:den|den ngay|den thang)$/, 'end'],
];

const NO_HEADER_COLUMNS =
  'Không thấy dòng tiêu đề của bảng; đọc các cột theo thứ tự mặc định: STT, Nội dung công việc, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian thực hiện, Sản phẩm';
const NO_TABLE = 'Không tìm thấy bảng nhiệm vụ (dòng tiêu đề STT, Nội dung công việc, Đơn vị chủ trì, …)';

export function readTaskMatrix(matrix: readonly (readonly string[])[], options: MatrixOptions = {}): MatrixTable {
  const rows: PlanTaskRow[] = [];
  const problems: string[] = [];
  const above: string[] = [];
  const skipped: string[][] = [];
  const grid = matrix.map((raw) => raw.map((c) => (typeof c === 'string' ? c : '')));
  let columns: ColumnMap | null = null;
  let ignored = new Set<number>();
  if (!grid.some((cells) => header(cells) !== null)) {
    if (options.withoutHeader === 'no-table') return { rows, problems: [NO_TABLE], above, skipped };
    columns = defaultColumns();
    problems.push(NO_HEADER_COLUMNS);
  }
  let ended = false;
  for (let r = 0; r < grid.length; r++) {
    const cells = grid[r]!;
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length === 0) continue;
    const found = header(cells);
    if (found) {
      const sub = subHeader(grid[r + 1], found);
      if (sub) r++;
      columns = sub ?? found;
      ignored = computedColumns(cells, columns);
      ended = false;
      continue;
    }
    if (columns === null) {
      above.push(filled.map((c) => c.trim()).join('\n'));
      continue;
    }
    if (filled.length >= 3 && filled.every((c) => COLUMN_NUMBER.test(c.trim()))) continue; // "(1) (2) … (6)"
    if (ended || (filled.length <= 2 && endsTable(filled))) {
      ended = true;
      skipped.push(filled.map((c) => c.trim()));
      continue;
    }
    const data = cells.map((c, i) => (ignored.has(i) ? '' : c));
    rows.push(splitHeadingNumber(readRow(headingToName(data, columns), columns, options.year)));
  }
  outlineRows(rows);
  if (rows.length === 0) problems.push('Bảng nhiệm vụ không có dòng nào');
  return { rows, problems, above, skipped };
}

/**
 * A layout table's lines read column by column, as the eye reads the
 * heading (organisation and number left, place and date right) and the
 * signature block ("Nơi nhận" left, title and signer right).
 */
export function layoutLines(table: readonly (readonly string[])[]): string[] {
  const lines: string[] = [];
  const width = Math.max(0, ...table.map((row) => row.length));
  for (let c = 0; c < width; c++) for (const row of table) lines.push(...(row[c] ?? '').split('\n').filter((l) => l.trim() !== ''));
  return lines;
}

function endsTable(filled: readonly string[]): boolean {
  const folded = filled.map((c) => foldVietnamese(c.slice(0, 200)));
  return END_OF_TABLE.test(folded[0]!) || folded.some((f) => SIGNER_TITLE_RE.test(f.replace(/[.:]+$/, '')));
}

function header(cells: readonly string[]): ColumnMap | null {
  return matchHeader(cells.map((c) => (c.length > 200 ? c : normaliseSpaces(c))));
}

/**
 * The row under a header when it only names sub-columns ("Bắt đầu | Kết
 * thúc", "Chủ trì | Phối hợp"): the header with those columns, the spanning
 * cell's own column given up to them.
 */
function subHeader(next: readonly string[] | undefined, top: ColumnMap): ColumnMap | null {
  if (!next) return null;
  const labels: [Column, number][] = [];
  for (let i = 0; i < next.length; i++) {
    const cell = normaliseSpaces(next[i] ?? '');
    if (cell === '') continue;
    const folded = foldVietnamese(cell).replace(/[.:]+$/, '');
    const column = columnOf(cell) ?? SUB_LABELS.find(([re]) => re.test(folded))?.[1] ?? null;
    if (column === null || column === 'name' || column === 'stt') return null;
    labels.push([column, i]);
  }
  if (labels.length === 0) return null;
  const map: ColumnMap = new Map(top);
  const taken = new Set(labels.map(([, i]) => i));
  for (const [column, i] of labels) map.set(column, i);
  for (const [column, i] of top) if (taken.has(i) && !labels.some(([c]) => c === column)) map.delete(column);
  return map;
}

/** The six plan columns in their usual order, for a table without a header row. */
function defaultColumns(): ColumnMap {
  const map = matchHeader([...PLAN_COLUMN_HEADERS]);
  if (map === null) throw new Error('PLAN_COLUMN_HEADERS must be a header row');
  return map;
}

/**
 * Our own export's computed columns, left out. "Bắt đầu | Kết thúc" beside a
 * "Thời gian thực hiện" column are computed; without one they are the plan's window.
 */
function computedColumns(cells: readonly string[], columns: ColumnMap): Set<number> {
  const found = new Set<number>();
  const hasWindow = columns.has('window') || columns.has('due');
  cells.forEach((c, i) => {
    if (c.length < 60 && COMPUTED_HEADERS.has(foldVietnamese(c))) found.add(i);
  });
  for (const column of ['start', 'end'] as const) {
    const at = columns.get(column);
    if (at === undefined) continue;
    if (hasWindow) columns.delete(column);
    else found.delete(at);
  }
  return found;
}

/** A row with text in one cell only, outside the name column and not a bare STT, is a heading: the text names it. */
function headingToName(cells: string[], columns: ColumnMap): string[] {
  const filled = cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const nameAt = columns.get('name');
  if (filled.length !== 1 || nameAt === undefined || filled[0] === nameAt) return cells;
  const only = cells[filled[0]!]!;
  if (STT_ONLY.test(only)) return cells;
  const moved = cells.map(() => '');
  moved[nameAt] = only;
  return moved;
}

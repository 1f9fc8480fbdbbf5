/**
 * The plan table reader (core/planTable) for tables that arrive as a grid of
 * cells — a spreadsheet's first sheet or a CSV file — rather than as text.
 * Same rules: columns found by their Vietnamese headers in any order, a
 * repeated header row skipped, every row kept with its problems. Additions
 * for grids: header cells may wrap over lines, a row whose only text is in
 * one merged cell (a group heading such as "I. CHUẨN BỊ") becomes a row
 * named by that text, and the computed columns of our own export
 * (Bắt đầu, Kết thúc, …) are recognised and left out: the engine recomputes them.
 */
import { PLAN_COLUMN_HEADERS, COMPUTED_COLUMN_HEADERS } from '../formats/columns';
import { flagDuplicateStt, matchHeader, readRow, type ColumnMap, type PlanTaskRow, type TaskTable } from '../planTable';
import { foldVietnamese, normaliseSpaces } from '../text';

export type MatrixOptions = { year?: number };

const COMPUTED_HEADERS = new Set([...Object.values(COMPUTED_COLUMN_HEADERS), 'Trễ'].map(foldVietnamese));
const STT_ONLY = /^\s*\d{1,4}\s*[.)]?\s*$/;

export function readTaskMatrix(matrix: readonly (readonly string[])[], options: MatrixOptions = {}): TaskTable {
  const rows: PlanTaskRow[] = [];
  const problems: string[] = [];
  const header = (cells: readonly string[]) => matchHeader(cells.map((c) => (c.length > 200 ? c : normaliseSpaces(c))));
  let columns: ColumnMap | null = null;
  let ignored = new Set<number>();
  if (!matrix.some((cells) => header(cells) !== null)) {
    columns = defaultColumns();
    problems.push(
      'Không thấy dòng tiêu đề của bảng; đọc các cột theo thứ tự mặc định: ' +
        'STT, Nội dung công việc, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian thực hiện, Sản phẩm',
    );
  }
  for (const raw of matrix) {
    const cells = raw.map((c) => (typeof c === 'string' ? c : ''));
    if (cells.every((c) => c.trim() === '')) continue;
    const found = header(cells);
    if (found) {
      columns = found; // a repeated header (page break) is skipped, its order re-read
      ignored = computedColumns(cells);
      continue;
    }
    if (columns === null) continue; // title lines above the table
    const data = cells.map((c, i) => (ignored.has(i) ? '' : c));
    rows.push(readRow(headingToName(data, columns), columns, options.year));
  }
  flagDuplicateStt(rows);
  if (rows.length === 0) problems.push('Bảng nhiệm vụ không có dòng nào');
  return { rows, problems };
}

/** The six plan columns in their usual order, for a table without a header row. */
function defaultColumns(): ColumnMap {
  const map = matchHeader([...PLAN_COLUMN_HEADERS]);
  if (map === null) throw new Error('PLAN_COLUMN_HEADERS must be a header row');
  return map;
}

function computedColumns(cells: readonly string[]): Set<number> {
  const found = new Set<number>();
  cells.forEach((c, i) => {
    if (c.length < 60 && COMPUTED_HEADERS.has(foldVietnamese(c))) found.add(i);
  });
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

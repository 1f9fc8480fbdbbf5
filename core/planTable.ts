/**
 * Reads the task table of a plan ("Phụ lục nhiệm vụ cụ thể") from
 * tab-separated text, as it comes out of the plan file or a copy from
 * Word/Excel. Columns are found by their Vietnamese header names; every row
 * is kept, odd ones carry `problems` for the user to fix.
 */
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './model';
import { foldVietnamese } from './text';
import { parseTimeWindow, type TimeWindow } from './timeWindow';

export type PlanTaskRow = {
  /** As written, without the trailing dot: "1." → "1". */
  stt: string;
  name: string;
  lead: string;
  coordinators: string[];
  windowText: string;
  window: TimeWindow;
  deliverable: string;
  /** "Ghi chú" column, when the table has one. */
  notes: string;
  /** Vietnamese, for the user: "Không đọc được thời gian thực hiện", … */
  problems: string[];
};

export type TaskTable = { rows: PlanTaskRow[]; problems: string[] };
export type TableOptions = { mode: 'document' | 'bare'; year?: number };

type Column = 'stt' | 'name' | 'lead' | 'coordinators' | 'window' | 'deliverable' | 'notes';
export type ColumnMap = Map<Column, number>;

const DEFAULT_ORDER: Column[] = ['stt', 'name', 'lead', 'coordinators', 'window', 'deliverable'];
const MAX_QUOTED_CELL = 20_000;

/** The column a header cell names, or null. Checked in this order: "Đơn vị chủ trì" names no task. */
function columnOf(cell: string): Column | null {
  if (cell.length > 60) return null; // header names are short; spares folding long task names
  const h = foldVietnamese(cell).replace(/[.:]+$/, '');
  if (/^(stt|tt|so tt|so thu tu)$/.test(h)) return 'stt';
  if (h.includes('chu tri')) return 'lead';
  if (h.includes('phoi hop')) return 'coordinators';
  if (/^(thoi gian|thoi han|tien do)/.test(h)) return 'window';
  if (/^(san pham|ket qua)/.test(h)) return 'deliverable';
  if (/^ghi chu/.test(h)) return 'notes';
  if (/^(noi dung|nhiem vu|cong viec|ten nhiem vu|ten cong viec|hoat dong)/.test(h)) return 'name';
  return null;
}

/** A header row: at least three known columns, one of them the task name. */
export function matchHeader(cells: string[]): ColumnMap | null {
  if (cells.length < 3) return null;
  const map: ColumnMap = new Map();
  cells.forEach((cell, i) => {
    const col = columnOf(cell);
    if (col && !map.has(col)) map.set(col, i);
  });
  return map.has('name') && map.size >= 3 ? map : null;
}

export function readTaskTable(text: string, options: TableOptions): TaskTable {
  const rows: PlanTaskRow[] = [];
  const problems: string[] = [];
  const hasHeader = text.split(/\r\n|\r|\n/).some((line) => matchHeader(line.split('\t')) !== null);
  let columns: ColumnMap | null = null;
  if (options.mode === 'bare' && !hasHeader) {
    columns = new Map(DEFAULT_ORDER.map((col, i) => [col, i]));
    problems.push('Không thấy dòng tiêu đề của bảng; đọc các cột theo thứ tự mặc định: ' +
      'STT, Nội dung công việc, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian thực hiện, Sản phẩm');
  }
  let pos = 0;
  while (pos < text.length) {
    const record = readRecord(text, pos, columns !== null);
    pos = record.next;
    const cells = record.cells;
    if (cells.every((c) => c.trim() === '')) continue;
    const header = matchHeader(cells);
    if (header) {
      columns = header; // a repeated header (page break) is skipped, its order re-read
      continue;
    }
    if (columns === null) continue; // prose around the table
    if (cells.length === 1) {
      // A paragraph without tabs ends the table, unless task rows follow it (a merged row in Word).
      if (options.mode === 'document' && !taskRowFollows(text, pos)) {
        columns = null;
        continue;
      }
      rows.push(readRow(spreadSingleCell(cells[0] ?? '', columns), columns, options.year));
      continue;
    }
    rows.push(readRow(cells, columns, options.year));
  }
  flagDuplicateStt(rows);
  if (!hasHeader && options.mode === 'document') {
    problems.push('Không tìm thấy bảng nhiệm vụ (dòng tiêu đề STT, Nội dung công việc, Đơn vị chủ trì, …)');
  } else if (rows.length === 0) {
    problems.push('Bảng nhiệm vụ không có dòng nào');
  }
  return { rows, problems };
}

/** True when the next non-blank line is a task row (3+ cells, not a header). */
function taskRowFollows(text: string, pos: number): boolean {
  for (let at = pos; at < text.length; ) {
    const { cells, next } = readRecord(text, at, false);
    at = next;
    if (cells.every((c) => c.trim() === '')) continue;
    return cells.length >= 3 && matchHeader(cells) === null;
  }
  return false;
}

/** A one-cell line is a heading-like row: its text goes to the task name. */
function spreadSingleCell(text: string, columns: ColumnMap): string[] {
  const cells: string[] = [];
  cells[columns.get('name') ?? 0] = text;
  return Array.from(cells, (c) => c ?? '');
}

export function readRow(cells: string[], columns: ColumnMap, year: number | undefined): PlanTaskRow {
  const cell = (col: Column): string => {
    const i = columns.get(col);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const windowText = cell('window');
  const row: PlanTaskRow = {
    stt: cell('stt').replace(/\s*[.)]+$/, ''),
    name: cell('name'),
    lead: cell('lead'),
    coordinators: cell('coordinators')
      .split(/[;\r\n]+/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    windowText,
    window: parseTimeWindow(windowText, year === undefined ? undefined : { year }),
    deliverable: cell('deliverable'),
    notes: cell('notes'),
    problems: [],
  };
  row.problems = rowProblems(row);
  const known = new Set(columns.values());
  const extra = cells.filter((c, i) => !known.has(i) && c.trim() !== '');
  if (extra.length > 0) row.problems.push(`Có ô ngoài các cột của bảng: ${extra.map((c) => `«${c.trim()}»`).join(', ')}`);
  return row;
}

function rowProblems(row: PlanTaskRow): string[] {
  const problems: string[] = [];
  if (row.stt === '') problems.push('Thiếu số thứ tự');
  if (row.name === '') problems.push('Thiếu nội dung công việc');
  if (row.name.length > MAX_NAME_LENGTH) problems.push(`Nội dung công việc dài quá ${MAX_NAME_LENGTH} ký tự`);
  if (row.lead === '') problems.push('Thiếu đơn vị chủ trì');
  if (row.windowText === '') problems.push('Thiếu thời gian thực hiện');
  else if (row.window.kind === 'unreadable') problems.push('Không đọc được thời gian thực hiện');
  else if (row.window.kind === 'from') problems.push('Chỉ ghi thời điểm bắt đầu, không có hạn hoàn thành');
  if (row.deliverable.length > MAX_TEXT_LENGTH) problems.push(`Sản phẩm dài quá ${MAX_TEXT_LENGTH} ký tự`);
  const cells = [row.name, row.lead, row.windowText, row.deliverable, row.notes, ...row.coordinators];
  if (cells.some((c) => /<\/?[a-z][a-z0-9]*\b[^<>]*>/i.test(c))) {
    problems.push('Có mã HTML trong nội dung (được giữ nguyên như chữ)');
  }
  return problems;
}

export function flagDuplicateStt(rows: PlanTaskRow[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.stt === '') continue;
    if (seen.has(row.stt)) row.problems.push(`Trùng số thứ tự ${row.stt} với một dòng trước`);
    seen.add(row.stt);
  }
}

/** One line of cells; with `quotes`, Excel's quoted cells may hold tabs, line breaks and "" quotes. */
function readRecord(text: string, pos: number, quotes: boolean): { cells: string[]; next: number } {
  const cells: string[] = [];
  let i = pos;
  for (;;) {
    const quoted = quotes && text[i] === '"' ? readQuoted(text, i) : null;
    if (quoted) {
      cells.push(quoted.value);
      i = quoted.next;
    } else {
      let j = i;
      while (j < text.length && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cells.push(text.slice(i, j));
      i = j;
    }
    if (text[i] === '\t') {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    return { cells, next: i };
  }
}

/** A cell in Excel quotes, or null when the quote is just part of the text (Word copies don't quote). */
function readQuoted(text: string, start: number): { value: string; next: number } | null {
  let value = '';
  const limit = Math.min(text.length, start + MAX_QUOTED_CELL);
  for (let j = start + 1; j < limit; j++) {
    const c = text[j];
    if (c !== '"') {
      value += c;
      continue;
    }
    if (text[j + 1] === '"') {
      value += '"';
      j++;
      continue;
    }
    const after = text[j + 1];
    return after === undefined || after === '\t' || after === '\n' || after === '\r' ? { value, next: j + 1 } : null;
  }
  return null;
}

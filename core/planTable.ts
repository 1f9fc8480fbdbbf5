/**
 * The rows of a plan's task table ("Phụ lục nhiệm vụ cụ thể"): columns
 * found by their Vietnamese header names, each row read with its problems
 * for the user to fix, and the tab-separated records of a copy from
 * Word/Excel. The table as a whole is assembled in core/import/matrix.ts.
 */
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './model';
import { foldVietnamese } from './text';
import { parseTimeWindow, type TimeWindow } from './timeWindow';

export type PlanTaskRow = {
  /** As written, without the trailing dot: "1." → "1". */
  stt: string;
  /** The plan's own numbering as written ("I", "1.1", "b)"), without a trailing dot. */
  wbs: string;
  /** Depth in the plan's outline (0 = top), read from the numbering styles (core/import/sections.ts). */
  level: number;
  /** Index (in the same list of rows) of the section this row belongs to, or null at the top. */
  parent: number | null;
  /** A section heading: it has rows under it (a summary task). */
  summary: boolean;
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

/**
 * 'start'/'end': a window given as two columns ("Bắt đầu | Kết thúc", maybe
 * under one "Thời gian thực hiện"); 'due': a completion date ("Thời gian
 * hoàn thành"), where a single date or month is a deadline.
 */
export type Column = 'stt' | 'name' | 'lead' | 'coordinators' | 'window' | 'start' | 'end' | 'due' | 'deliverable' | 'notes';
export type ColumnMap = Map<Column, number>;

const MAX_QUOTED_CELL = 20_000;

/** The column a header cell names, or null. Checked in this order: "Đơn vị chủ trì" names no task. */
export function columnOf(cell: string): Column | null {
  if (cell.length > 60) return null; // header names are short; spares folding long task names
  const h = foldVietnamese(cell).replace(/[.:]+$/, '');
  if (/^(stt|tt|so tt|so thu tu)$/.test(h)) return 'stt';
  if (h.includes('chu tri')) return 'lead';
  if (h.includes('phoi hop')) return 'coordinators';
  if (/^(?:ngay |thoi gian |thoi diem )?(?:bat dau|khoi cong)$/.test(h)) return 'start';
  if (/^(?:ngay |thoi gian |thoi diem )?ket thuc$/.test(h)) return 'end';
  if (/^(?:thoi gian|thoi han|han|ngay|thoi diem) hoan thanh$/.test(h)) return 'due';
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

export function readRow(cells: string[], columns: ColumnMap, year: number | undefined): PlanTaskRow {
  const cell = (col: Column): string => {
    const i = columns.get(col);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const windowText = cell('window') || cell('due') || twoColumnWindow(cell('start'), cell('end'));
  const completion = cell('window') === '' && cell('due') !== '';
  const row: PlanTaskRow = {
    stt: cell('stt').replace(/\s*[.)]+$/, ''),
    wbs: cell('stt').replace(/\s*\.+$/, ''),
    level: 0,
    parent: null,
    summary: false,
    name: cell('name'),
    lead: cell('lead'),
    coordinators: cell('coordinators')
      .split(/[;\r\n]+/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    windowText,
    window: readWindow(windowText, year, completion),
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

/** "Bắt đầu | Kết thúc" cells as one expression the window parser reads ("01/06/2026 - 30/09/2026"). */
function twoColumnWindow(start: string, end: string): string {
  if (start === '' && end === '') return '';
  if (end === '') return `Từ ${start}`;
  if (start === '') return `Đến ${end}`;
  return start === end ? start : `${start} - ${end}`;
}

/** Under a completion header, one date or month is the deadline ("Chậm nhất …"), not a window of its own. */
function readWindow(text: string, year: number | undefined, completion: boolean): TimeWindow {
  const context = year === undefined ? undefined : { year };
  const window = parseTimeWindow(text, context);
  if (!completion || window.kind !== 'range') return window;
  const deadline = parseTimeWindow(`Chậm nhất ${text}`, context);
  return deadline.kind === 'deadline' ? deadline : window;
}

/** One line of cells; with `quotes`, Excel's quoted cells may hold tabs, line breaks and "" quotes. */
export function readRecord(text: string, pos: number, quotes: boolean): { cells: string[]; next: number } {
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

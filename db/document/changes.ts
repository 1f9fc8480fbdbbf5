/**
 * The changes view: who changed what and when, field by field, read from
 * the plan file's edit history (edit_history + edit_history_rows, written by
 * db/editing). Each recorded row change becomes lines "subject — field:
 * old → new" with dates as dd/mm/yyyy and units and tasks by name.
 */
import { formatViDate, isIsoDate } from '../../core/dates';
import type { ChangeEntry } from '../../core/api/features/sharing';
import type { Plan } from '../../core/model';
import type { Db } from '../sqlite';
import { formatLocalDateTime } from './lock';

type Row = Record<string, unknown>;

const COLUMN_LABELS: Record<string, string> = {
  title: 'Tên kế hoạch', number: 'Số hiệu', place_and_date: 'Địa danh, ngày tháng', organisation: 'Cơ quan ban hành',
  signer: 'Người ký', start_date: 'Ngày bắt đầu', end_date: 'Ngày kết thúc', status_date: 'Ngày cập nhật',
  monday: 'Thứ Hai', tuesday: 'Thứ Ba', wednesday: 'Thứ Tư', thursday: 'Thứ Năm', friday: 'Thứ Sáu', saturday: 'Thứ Bảy', sunday: 'Chủ nhật',
  kind: 'Loại', name: 'Tên', position: 'Vị trí', recipient_order: 'Thứ tự nơi nhận', lead_unit_id: 'Đơn vị chủ trì',
  window_text: 'Thời gian thực hiện', window_start: 'Bắt đầu thời gian thực hiện', window_end: 'Hạn hoàn thành',
  deliverable: 'Sản phẩm', notes: 'Ghi chú', duration: 'Thời lượng', percent_complete: 'Phần trăm hoàn thành',
  start_no_earlier_than: 'Bắt đầu không sớm hơn', manual_start: 'Bắt đầu (thủ công)', manual_finish: 'Kết thúc (thủ công)',
  actual_start: 'Bắt đầu thực tế', actual_finish: 'Kết thúc thực tế', type: 'Kiểu liên kết', lag: 'Độ trễ',
  saved_on: 'Ngày lưu kế hoạch gốc',
};
const KIND_LABELS: Record<string, string> = { task: 'Công việc', milestone: 'Mốc', effort: 'Theo tiến độ thực hiện', holiday: 'Ngày nghỉ', workday: 'Ngày làm bù' };
const WEEKDAY_COLUMNS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const NOT_SHOWN = new Set(['id', 'task_id', 'unit_id', 'predecessor_id', 'successor_id', 'date', 'baseline_index']);

interface HistoryRow {
  batch_id: number;
  at: string;
  user_name: string;
  computer: string;
  label: string;
  undone: number;
  table_name: string;
  before_row: string | null;
  after_row: string | null;
}

export function hasEditHistory(db: Db): boolean {
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('edit_history', 'edit_history_rows')").all();
  return names.length === 2;
}

/** Newest first. Empty when the file has no history table (or its history was left out of a copy). */
export function listChanges(db: Db, plan: Plan): ChangeEntry[] {
  if (!hasEditHistory(db)) return [];
  const rows = db
    .prepare(
      `SELECT h.batch_id, h.at, h.user_name, h.computer, h.label, h.undone, r.table_name, r.before_row, r.after_row
         FROM edit_history h JOIN edit_history_rows r ON r.batch_id = h.batch_id
        ORDER BY h.batch_id DESC, r.seq`,
    )
    .all() as HistoryRow[];
  const names = new Names(plan, rows);
  const baselineDates = countBaselineDates(rows);
  return rows.flatMap((row) => {
    const before = parse(row.before_row);
    const after = parse(row.after_row);
    const common = { batchId: row.batch_id, at: row.at, atText: formatLocalDateTime(row.at), user: row.user_name, computer: row.computer, action: row.label, undone: row.undone === 1 };
    if (row.table_name === 'baseline_tasks') {
      // One line per baseline and batch, at its first row: a save of 1,000 tasks' dates is not 1,000 lines.
      const key = `${row.batch_id}:${String((after ?? before)?.baseline_index)}`;
      const count = baselineDates.get(key);
      baselineDates.delete(key);
      if (count === undefined) return [];
      return [{ ...common, subject: names.subject('baselines', after ?? before ?? {}), field: 'Ngày theo kế hoạch gốc', before: '', after: `${count} công việc` }];
    }
    return describeRow(row.table_name, before, after, names).map((line) => ({ ...common, ...line }));
  });
}

/** Task-date rows of each baseline changed by each batch ("batch:index" → count). */
function countBaselineDates(rows: readonly HistoryRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.table_name !== 'baseline_tasks') continue;
    const index = (parse(row.after_row) ?? parse(row.before_row))?.baseline_index;
    const key = `${row.batch_id}:${String(index)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

type Line = Pick<ChangeEntry, 'subject' | 'field' | 'before' | 'after'>;

function describeRow(table: string, before: Row | null, after: Row | null, names: Names): Line[] {
  const row = (after ?? before)!;
  const subject = names.subject(table, row);
  if (table === 'task_coordinators') {
    const unit = names.unit(row.unit_id);
    if (before && after) return [];
    return [{ subject, field: 'Đơn vị phối hợp', before: before ? unit : '', after: after ? unit : '' }];
  }
  if (!before || !after) {
    const what = names.summary(table, row);
    return [{ subject, field: before ? 'Đã xoá' : 'Đã thêm', before: before ? what : '', after: after ? what : '' }];
  }
  return Object.keys(after)
    .filter((c) => !NOT_SHOWN.has(c) && !Object.is(before[c] ?? null, after[c] ?? null))
    .map((c) => ({ subject, field: COLUMN_LABELS[c] ?? c, before: names.value(c, before[c]), after: names.value(c, after[c]) }));
}

class Names {
  readonly #tasks = new Map<string, string>();
  readonly #units = new Map<string, string>();

  constructor(plan: Plan, rows: HistoryRow[]) {
    // Names of deleted rows come from the history's own row images; the current plan's win.
    for (const r of rows) {
      for (const image of [parse(r.before_row), parse(r.after_row)]) {
        if (image && r.table_name === 'tasks') this.#tasks.set(String(image.id), String(image.name));
        if (image && r.table_name === 'units') this.#units.set(String(image.id), String(image.name));
      }
    }
    for (const t of plan.tasks) this.#tasks.set(t.id, t.name);
    for (const u of plan.units) this.#units.set(u.id, u.name);
  }

  task(id: unknown): string {
    return `“${this.#tasks.get(String(id)) ?? String(id)}”`;
  }

  unit(id: unknown): string {
    return this.#units.get(String(id)) ?? String(id);
  }

  subject(table: string, row: Row): string {
    switch (table) {
      case 'tasks': return `Công việc ${this.task(row.id)}`;
      case 'task_coordinators': return `Công việc ${this.task(row.task_id)}`;
      case 'links': return `Liên kết ${this.task(row.predecessor_id)} → ${this.task(row.successor_id)}`;
      case 'units': return `Đơn vị “${this.unit(row.id)}”`;
      case 'calendar_exceptions': return `Lịch làm việc — ngày ${this.value('date', row.date)}`;
      case 'calendar_settings': return 'Lịch làm việc';
      case 'baselines': return `Kế hoạch gốc số ${String(row.baseline_index)}`;
      default: return 'Thông tin kế hoạch';
    }
  }

  summary(table: string, row: Row): string {
    if (table === 'links') return `${String(row.type)}${row.lag ? ` ${Number(row.lag) > 0 ? '+' : ''}${String(row.lag)}` : ''}`;
    if (table === 'calendar_exceptions') return `${KIND_LABELS[String(row.kind)] ?? ''}${row.name ? `: ${String(row.name)}` : ''}`;
    return typeof row.name === 'string' ? row.name : '';
  }

  value(column: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return '(trống)';
    if (column === 'lead_unit_id') return this.unit(value);
    if (column === 'kind') return KIND_LABELS[String(value)] ?? String(value);
    if (WEEKDAY_COLUMNS.has(column)) return value === 1 ? 'Làm việc' : 'Nghỉ';
    if (column === 'percent_complete') return `${String(value)} %`;
    if (typeof value === 'string' && isIsoDate(value)) return formatViDate(value);
    return String(value);
  }
}

function parse(text: string | null): Row | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Row) : null;
  } catch {
    return null; // a hand-edited history row: shown as nothing rather than failing the view
  }
}

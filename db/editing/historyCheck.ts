/**
 * The edit history of a file from outside is data like any other: a forged
 * or damaged history (a 5 MB label, a row image that is not JSON or lacks
 * columns) must neither reach the page nor make undo fail with an SQLite
 * message. Checked on open; a damaged history is dropped from the working
 * copy (the plan itself is valid and opens), with a notice saying so.
 */
import type { Db } from '../sqlite';
import { TABLE_DEFS } from './rows';

const MAX_META = 500;
const MAX_EDIT = 1_000_000;

/** What is wrong with `db`'s history (Vietnamese), or null when it is sound or absent. */
export function historyProblem(db: Db): string | null {
  const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('edit_history', 'edit_history_rows')").pluck().get();
  if (Number(tables) !== 2) return null;
  const long = db
    .prepare(
      `SELECT batch_id FROM edit_history
        WHERE length(label) > ${MAX_META} OR length(label_en) > ${MAX_META} OR length(user_name) > ${MAX_META}
           OR length(computer) > ${MAX_META} OR length(at) > 40 OR length(edit) > ${MAX_EDIT} LIMIT 1`,
    )
    .pluck()
    .get();
  if (long !== undefined) return `thao tác số ${String(long)} có nhãn hoặc thông tin người sửa quá dài`;
  const rows = db.prepare('SELECT batch_id, table_name, before_row, after_row FROM edit_history_rows').iterate() as Iterable<{
    batch_id: number;
    table_name: string;
    before_row: string | null;
    after_row: string | null;
  }>;
  for (const row of rows) {
    const columns = TABLE_DEFS.get(row.table_name as never)?.columns;
    const sound = columns !== undefined && [row.before_row, row.after_row].every((image) => image === null || isRowImage(image, columns));
    if (!sound) return `thao tác số ${row.batch_id} chứa dữ liệu dòng không hợp lệ`;
  }
  return null;
}

/** JSON of an object with exactly the table's columns (links also their rowid), each a text, number or null. */
function isRowImage(text: string, columns: readonly string[]): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  const keys = new Set(entries.map(([k]) => k));
  if (!columns.every((c) => keys.has(c))) return false;
  if (entries.some(([k]) => k !== 'rowid' && !columns.includes(k))) return false;
  return entries.every(([, v]) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
}

/** Drops the whole history (row images go with it: ON DELETE CASCADE). */
export function dropHistory(db: Db): void {
  db.prepare('DELETE FROM edit_history').run();
}

/**
 * edit_history (one row per edit, a "batch") and edit_history_rows (its
 * row-level change set). Batches are numbered 1, 2, …; undone = 1 marks the
 * edits currently undone, which are always the newest ones (the redo branch).
 * A new edit deletes that branch: what was undone and then superseded cannot
 * be redone, as in every editor, and is not kept in the file.
 */
import type { HistoryEntry } from '../../core/api/features/editing';
import type { Db } from '../sqlite';
import type { PlanTableName, Row, RowChange } from './rows';

export interface BatchMeta {
  at: string;
  user: string;
  computer: string;
  label: string;
  labelEn: string;
  /** The edit command, as JSON, for the record. */
  edit: string;
}

export interface BatchRef {
  batchId: number;
  label: string;
}

export function appendBatch(db: Db, meta: BatchMeta, changes: readonly RowChange[]): number {
  const batchId = Number(db.prepare('SELECT coalesce(max(batch_id), 0) + 1 FROM edit_history').pluck().get());
  db.prepare(
    `INSERT INTO edit_history (batch_id, at, user_name, computer, label, label_en, edit, undone)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0)`,
  ).run(batchId, meta.at, meta.user, meta.computer, meta.label, meta.labelEn, meta.edit);
  const insert = db.prepare(
    'INSERT INTO edit_history_rows (batch_id, seq, table_name, row_key, before_row, after_row) VALUES (?, ?, ?, ?, ?, ?)',
  );
  changes.forEach((c, i) => insert.run(batchId, i + 1, c.table, c.key, image(c.before), image(c.after)));
  return batchId;
}

const image = (row: Row | null): string | null => (row === null ? null : JSON.stringify(row));

/** The edit Undo would revert: the newest one not undone. */
export function lastDone(db: Db): BatchRef | null {
  const row = db
    .prepare('SELECT batch_id AS batchId, label FROM edit_history WHERE undone = 0 ORDER BY batch_id DESC LIMIT 1')
    .get() as BatchRef | undefined;
  return row ?? null;
}

/** The edit Redo would reapply: the oldest undone one. */
export function firstUndone(db: Db): BatchRef | null {
  const row = db
    .prepare('SELECT batch_id AS batchId, label FROM edit_history WHERE undone = 1 ORDER BY batch_id LIMIT 1')
    .get() as BatchRef | undefined;
  return row ?? null;
}

export function batchChanges(db: Db, batchId: number): RowChange[] {
  const rows = db
    .prepare('SELECT table_name, row_key, before_row, after_row FROM edit_history_rows WHERE batch_id = ? ORDER BY seq')
    .all(batchId) as { table_name: PlanTableName; row_key: string; before_row: string | null; after_row: string | null }[];
  return rows.map((r) => ({
    table: r.table_name,
    key: r.row_key,
    before: r.before_row === null ? null : (JSON.parse(r.before_row) as Row),
    after: r.after_row === null ? null : (JSON.parse(r.after_row) as Row),
  }));
}

export function setUndone(db: Db, batchId: number, undone: boolean): void {
  db.prepare('UPDATE edit_history SET undone = ? WHERE batch_id = ?').run(undone ? 1 : 0, batchId);
}

/** Drops the redo branch (its row images go with it: ON DELETE CASCADE). */
export function discardRedoBranch(db: Db): void {
  db.prepare('DELETE FROM edit_history WHERE undone = 1').run();
}

export function listHistory(db: Db): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT batch_id AS batchId, label, label_en AS labelEn, user_name AS user, computer, at, undone
         FROM edit_history ORDER BY batch_id`,
    )
    .all() as (Omit<HistoryEntry, 'undone'> & { undone: number })[];
  return rows.map((r) => ({ ...r, undone: r.undone === 1 }));
}

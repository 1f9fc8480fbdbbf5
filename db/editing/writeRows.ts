/**
 * Writes a change set (rows to delete, update, insert) inside the caller's
 * transaction, touching only those rows. Every row to change must still hold
 * its expected "before" image: if the file was changed some other way, the
 * change set is refused rather than applied over someone else's data.
 *
 * Order matters with UNIQUE and foreign keys: deletes children first, updates
 * (through temporary values where a UNIQUE column changes, e.g. positions
 * shifting by one), inserts parents first; foreign keys are checked at commit.
 */
import { PlanError } from '../../core/errors';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../sqlite';
import { TABLE_DEFS, sameRow, type Cell, type Row, type RowChange, type TableDef } from './rows';

const TEMP_NUMBER_BASE = 1_000_000_000;

// A renumbering touches every task: prepare each statement once per connection, not once per row.
const statements = new WeakMap<Db, Map<string, Statement>>();
function sql(db: Db, text: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = db.prepare(text)));
  return statement;
}

export function conflictError(): PlanError {
  return new PlanError('edit-conflict');
}

/** Applies `changes`; returns them with before-images as read from the file and the rowids links received. */
export function writeRowChanges(db: Db, changes: readonly RowChange[]): RowChange[] {
  if (!db.inTransaction) throw new Error('writeRowChanges must run inside a transaction');
  db.pragma('defer_foreign_keys = ON'); // reset by SQLite at commit or rollback
  const recorded = changes.map((c) => ({ ...c, before: c.before && currentImage(db, def(c), c) }));
  const tables = [...TABLE_DEFS.values()];
  for (const t of [...tables].reverse()) {
    for (const c of recorded) if (c.table === t.name && c.after === null) deleteRow(db, t, c.before!);
  }
  const updates = recorded.filter((c) => c.before !== null && c.after !== null);
  updates.forEach((c, i) => moveUniqueAside(db, def(c), c, i + 1));
  for (const c of updates) {
    const t = def(c);
    if (t.keepsRowid) c.after = { ...c.after!, rowid: c.before!.rowid ?? null };
    updateRow(db, t, c.after!);
  }
  for (const t of tables) {
    for (const c of recorded) if (c.table === t.name && c.before === null) c.after = insertRow(db, t, c.after!);
  }
  return recorded;
}

function def(change: RowChange): TableDef {
  const t = TABLE_DEFS.get(change.table);
  if (!t) throw new Error(`unknown table ${change.table}`);
  return t;
}

const where = (t: TableDef) => t.key.map((k) => `${k} = ?`).join(' AND ');
const keyValues = (t: TableDef, row: Row) => t.key.map((k) => row[k] ?? null);

/** The row as stored, checked against the expected image (and its rowid, when the image has one). */
function currentImage(db: Db, t: TableDef, change: RowChange): Row {
  const columns = t.keepsRowid ? [...t.columns, 'rowid'] : t.columns;
  const found = sql(db, `SELECT ${columns.join(', ')} FROM ${t.name} WHERE ${where(t)}`)
    .get(...keyValues(t, change.before!)) as Row | undefined;
  const expected = change.before!;
  if (!found || !sameRow(t, found, expected)) throw conflictError();
  if (expected.rowid !== undefined && expected.rowid !== found.rowid) throw conflictError();
  return found;
}

function deleteRow(db: Db, t: TableDef, row: Row): void {
  sql(db, `DELETE FROM ${t.name} WHERE ${where(t)}`).run(...keyValues(t, row));
}

/** Gives the row's changing UNIQUE columns values no other row holds, so the final updates cannot collide. */
function moveUniqueAside(db: Db, t: TableDef, c: RowChange, seq: number): void {
  const columns = t.unique.filter((group) => group.some((col) => !Object.is(c.before![col], c.after![col]))).flat();
  if (columns.length === 0) return;
  const temp = (col: string): Cell => {
    const value = c.before![col] ?? null;
    if (value === null) return null;
    return typeof value === 'number' ? TEMP_NUMBER_BASE + seq : `\u0001tmp:${seq}:${col}`;
  };
  sql(db, `UPDATE ${t.name} SET ${columns.map((col) => `${col} = ?`).join(', ')} WHERE ${where(t)}`).run(
    ...columns.map(temp),
    ...keyValues(t, c.before!),
  );
}

function updateRow(db: Db, t: TableDef, row: Row): void {
  const columns = t.columns.filter((col) => !t.key.includes(col));
  sql(db, `UPDATE ${t.name} SET ${columns.map((col) => `${col} = ?`).join(', ')} WHERE ${where(t)}`).run(
    ...columns.map((col) => row[col] ?? null),
    ...keyValues(t, row),
  );
}

/** Inserts the row (with its recorded rowid when it has one); returns the image with the rowid it got. */
function insertRow(db: Db, t: TableDef, row: Row): Row {
  const withRowid = t.keepsRowid && typeof row.rowid === 'number';
  const columns = withRowid ? ['rowid', ...t.columns] : [...t.columns];
  const info = sql(db, `INSERT INTO ${t.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((col) => row[col] ?? null));
  return t.keepsRowid ? { ...row, rowid: Number(info.lastInsertRowid) } : row;
}

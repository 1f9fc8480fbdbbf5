/**
 * The one place that knows how connections to a plan file are configured.
 * Every connection — inspection, editing, creation — goes through here so no
 * path can forget `trusted_schema = OFF` or end up in WAL mode.
 */
import Database from 'better-sqlite3';

export type Db = Database.Database;
export { Database };

/** Settings for any connection, including read-only inspection of an untrusted file. */
export function configureSafe(db: Db): void {
  // Never run functions named in the file's schema (views, triggers, CHECKs) with side effects.
  db.pragma('trusted_schema = OFF');
  db.pragma('foreign_keys = ON');
}

/** Settings for a connection that will write. */
export function configureWritable(db: Db): void {
  configureSafe(db);
  // DELETE, never WAL: the .tiendo file must be complete by itself (no -wal/-shm companions).
  const mode = db.pragma('journal_mode = DELETE', { simple: true });
  if (String(mode).toLowerCase() !== 'delete') throw new Error(`journal_mode is ${String(mode)}`);
  // Plans are edited by hand, one change at a time: durability costs nothing noticeable.
  db.pragma('synchronous = FULL');
}

/** The SQLite result code (e.g. 'SQLITE_CORRUPT_INDEX') of an error thrown by better-sqlite3, or null. */
export function sqliteCode(error: unknown): string | null {
  return error instanceof Database.SqliteError ? error.code : null;
}

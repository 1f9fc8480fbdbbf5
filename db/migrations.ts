/**
 * Numbered schema migrations. `PRAGMA user_version` holds how many have been
 * applied; each runs in its own transaction together with the version bump,
 * so a file is always at exactly one known version.
 */
import { PlanError } from '../core/errors';
import { Database, configureSafe, type Db } from './sqlite';
import { fillTaskSchedule } from './taskScheduleRepo';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, TIENDO_APPLICATION_ID } from './schema';

export interface Migration {
  version: number;
  sql: string;
  /** Fills new tables from existing rows, in the migration's transaction (the SQL alone is compared by the opener). */
  populate?: (db: Db) => void;
}

/** Append only; never edit a shipped entry (see schema.ts). */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, sql: SCHEMA_V1 },
  { version: 2, sql: SCHEMA_V2, populate: fillTaskSchedule },
  { version: 3, sql: SCHEMA_V3, populate: addOutlineToHistory },
  { version: 4, sql: SCHEMA_V4 },
];

/** Task images recorded before version 3 get the new columns' values, so undoing an old edit still writes whole rows. */
function addOutlineToHistory(db: Db): void {
  for (const column of ['before_row', 'after_row']) {
    db.prepare(
      `UPDATE edit_history_rows SET ${column} = json_set(${column}, '$.parent_id', json('null'), '$.wbs', '')
        WHERE table_name = 'tasks' AND ${column} IS NOT NULL AND json_type(${column}, '$.wbs') IS NULL`,
    ).run();
  }
}

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;

export function readUserVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Brings `db` to CURRENT_SCHEMA_VERSION. Callers check the file before (openPlanFile.ts). */
export function migrate(db: Db): void {
  const from = readUserVersion(db);
  if (from > CURRENT_SCHEMA_VERSION) {
    throw new PlanError('newer-version', { version: from });
  }
  for (const migration of MIGRATIONS.slice(from)) {
    db.transaction(() => {
      db.exec(migration.sql);
      migration.populate?.(db);
      // Header pragmas are transactional: the id, version and tables appear together or not at all.
      db.pragma(`application_id = ${TIENDO_APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** The read-only notice for a file from a newer version (Vietnamese; the open plan carries it as text). */
export function newerVersionMessage(version: number, file?: string): string {
  return new PlanError('newer-version', { version, file }).message;
}

/** One row of `sqlite_schema`, as compared by the opener. */
export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const referenceCache = new Map<number, readonly SchemaObject[]>();

/**
 * The exact schema objects a file at `version` must contain, obtained by
 * running the migrations on an empty in-memory database: no hand-kept list
 * can drift from the DDL, and the stored SQL text is compared too.
 */
export function referenceSchema(version: number): readonly SchemaObject[] {
  const cached = referenceCache.get(version);
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    configureSafe(db);
    for (const migration of MIGRATIONS.slice(0, version)) db.exec(migration.sql);
    const objects = readSchemaObjects(db);
    referenceCache.set(version, objects);
    return objects;
  } finally {
    db.close();
  }
}

export function readSchemaObjects(db: Db): SchemaObject[] {
  return db
    .prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name')
    .all() as SchemaObject[];
}

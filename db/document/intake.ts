/**
 * Bringing a file from outside into the app: its bytes are copied to a
 * private working copy first, and only that copy is ever opened by SQLite —
 * the original's bytes cannot change whatever the checks find (a hot
 * journal is rolled back, an older schema migrated, on the copy only).
 * The checks are db/openPlanFile.ts's; messages name the original file.
 *
 * A file from a newer version of the app opens read-only when its tables
 * still read as a valid plan; otherwise it is refused, with the same
 * message asking to update the app.
 */
import fs from 'node:fs';
import { PlanError } from '../../core/errors';
import { readUserVersion, newerVersionMessage } from '../migrations';
import { openPlanDatabase } from '../openPlanFile';
import { readPlan } from '../planStore';
import { SCHEMA_TABLES } from '../schema';
import { Database, configureSafe, type Db } from '../sqlite';
import { readStable, type Fingerprint } from './files';

export interface Intake {
  db: Db;
  /** Set when the file is from a newer app version (opened read-only). */
  newerVersion: string | null;
}

/** A plan file from outside as read: its bytes and, when some program stopped mid-write, the hot journal beside it. */
export interface OutsideFile {
  bytes: Buffer;
  journal: Buffer | null;
  fingerprint: Fingerprint;
}

/** Reads `file` and its journal through the checked reader: open and merge read a file the same way. */
export function readOutsideFile(file: string): OutsideFile {
  const { bytes, fingerprint } = readStable(file);
  const journalPath = `${file}-journal`;
  const hasJournal = (fs.statSync(journalPath, { throwIfNoEntry: false })?.size ?? 0) > 0;
  return { bytes, fingerprint, journal: hasJournal ? readStable(journalPath).bytes : null };
}

/** Writes the file's bytes (and its journal, so SQLite rolls it back) as the private copy `copy`. */
export function writePrivateCopy(copy: string, read: OutsideFile): void {
  fs.writeFileSync(copy, read.bytes);
  if (read.journal) fs.writeFileSync(`${copy}-journal`, read.journal);
}

/** Writes the file read (and its hot journal) to `working` and opens it, checked and migrated. */
export function intakePlanBytes(original: string, read: OutsideFile, working: string, snapshot: string): Intake {
  const journal = read.journal;
  writePrivateCopy(working, read);
  try {
    const db = openPlanDatabase(working, { readOnly: false });
    try {
      db.prepare('VACUUM INTO ?').run(snapshot);
      return { db, newerVersion: null };
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (error instanceof PlanError && error.code === 'newer-version' && !journal) {
      return { db: openNewerReadOnly(working, original, error), newerVersion: newerVersionMessage(Number((error.details as { version?: number })?.version), original) };
    }
    throw renamed(error, working, original);
  }
}

/** Reopens an intake connection as read-only (the working copy is already recovered and migrated). */
export function reopenReadOnly(db: Db): Db {
  const file = db.name;
  db.close();
  const ro = new Database(file, { readonly: true, fileMustExist: true });
  configureSafe(ro);
  ro.pragma('query_only = ON');
  return ro;
}

/**
 * A newer schema cannot be compared object by object, so: integrity, no
 * trigger or view at all (nothing that could run code), our tables present,
 * and every row valid by today's rules — read-only, never migrated.
 */
function openNewerReadOnly(working: string, original: string, refusal: PlanError): Db {
  const db = new Database(working, { readonly: true, fileMustExist: true });
  try {
    configureSafe(db);
    db.pragma('query_only = ON');
    const problems = (db.pragma('integrity_check(5)') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const objects = db.prepare('SELECT type, name FROM sqlite_schema').all() as { type: string; name: string }[];
    const tables = new Set(objects.filter((o) => o.type === 'table').map((o) => o.name));
    const sound =
      problems.join() === 'ok' &&
      readUserVersion(db) > 0 &&
      !objects.some((o) => o.type === 'trigger' || o.type === 'view') &&
      SCHEMA_TABLES.every((t) => tables.has(t));
    if (!sound) throw refusal;
    try {
      readPlan(db);
    } catch {
      throw refusal;
    }
    return db;
  } catch (error) {
    db.close();
    throw renamed(error, working, original);
  }
}

/** The same error with the private copy's path replaced by the original's, so the user reads their own file name. */
function renamed(error: unknown, working: string, original: string): unknown {
  if (!(error instanceof PlanError)) return error;
  return error.withPathShownAs(working, original);
}

/**
 * Every check a file must pass before the app opens it for writing, done
 * through a read-only connection so a refused file keeps its exact bytes and
 * gets no companion files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlanError } from '../core/errors';
import { checkPlanFileHeader } from './fileHeader';
import { CURRENT_SCHEMA_VERSION, readUserVersion } from './migrations';
import { TIENDO_APPLICATION_ID } from './schema';
import { checkSchemaObjects } from './schemaCheck';
import { Database, configureSafe } from './sqlite';

export interface Inspection {
  /** The file's schema version (≤ CURRENT_SCHEMA_VERSION). */
  version: number;
  /**
   * Set when the file had a rollback journal beside it (the app stopped in
   * the middle of a save): the checked content, as SQLite will recover it.
   */
  recoveredBytes: Buffer | null;
}

export function inspectPlanFile(file: string): Inspection {
  if (hasJournal(file)) return inspectRecoveredCopy(file);
  checkPlanFileHeader(file, file);
  return { version: inspectConnection(file, file), recoveredBytes: null };
}

function hasJournal(file: string): boolean {
  return (fs.statSync(`${file}-journal`, { throwIfNoEntry: false })?.size ?? 0) > 0;
}

/**
 * A read-only connection cannot roll a hot journal back (SQLITE_READONLY_ROLLBACK),
 * and the file's own header may be half-written until it is. So recover a copy in
 * a temporary folder and check that; the real file is only recovered by SQLite when
 * opened read-write, after the checks pass.
 */
function inspectRecoveredCopy(file: string): Inspection {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-recover-'));
  try {
    const copy = path.join(dir, 'plan.tiendo');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(`${file}-journal`, `${copy}-journal`);
    const recovering = new Database(copy, { fileMustExist: true });
    try {
      configureSafe(recovering);
      recovering.prepare('SELECT count(*) FROM sqlite_schema').get(); // first read plays the journal back
    } finally {
      recovering.close();
    }
    checkPlanFileHeader(copy, file);
    return { version: inspectConnection(copy, file), recoveredBytes: fs.readFileSync(copy) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Checks through a read-only connection to `dbPath`; messages name `file`. Returns user_version. */
function inspectConnection(dbPath: string, file: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    configureSafe(db);
    db.pragma('query_only = ON');
    if (Number(db.pragma('application_id', { simple: true })) !== TIENDO_APPLICATION_ID) {
      throw new PlanError('not-a-plan', { file });
    }
    const version = readUserVersion(db);
    if (version > CURRENT_SCHEMA_VERSION) {
      throw new PlanError('newer-version', { version, file }, { version });
    }
    // integrity_check rather than quick_check: it also matches indexes to tables
    // (UNIQUE positions, links) and plan files are small enough for it to be instant.
    const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
    const problems = rows.map((row) => row.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new PlanError('corrupt', { file, reason: 'integrity' }, { problems });
    }
    checkSchemaObjects(db, version, file);
    return version;
  } finally {
    db.close();
  }
}

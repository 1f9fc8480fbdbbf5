/**
 * Opens a `.tiendo` file, refusing anything that is not a sound plan file
 * (PlanError with a Vietnamese message) without changing a byte of it. Only
 * after every check passes is the file reopened read-write and migrated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PlanError } from '../core/errors';
import { notAPlanMessage } from './fileHeader';
import { inspectPlanFile, type Inspection } from './inspectPlanFile';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations';
import { toOpenError } from './openErrors';
import { checkPlainFile } from './document/files';
import { Database, configureSafe, configureWritable, type Db } from './sqlite';

export interface OpenPlanOptions {
  readOnly?: boolean;
}

export function openPlanDatabase(filePath: string, opts: OpenPlanOptions = {}): Db {
  const file = path.resolve(filePath);
  try {
    checkIsPlainFile(file);
    const inspection = inspectPlanFile(file);
    return opts.readOnly ? openReadOnly(file, inspection) : openReadWrite(file);
  } catch (error) {
    throw toOpenError(error, file);
  }
}

export function checkIsPlainFile(file: string): void {
  // better-sqlite3 trims the file name: a trailing space would silently open another file.
  if (file !== file.trimEnd()) {
    throw new PlanError('cannot-open', { file, reason: 'trailing-space' });
  }
  checkPlainFile(file); // no FIFO, device or socket (they would block when read), no folder, no symlink loop
}

function openReadWrite(file: string): Db {
  const db = new Database(file, { fileMustExist: true });
  try {
    configureWritable(db); // the first access also rolls back a hot journal, as inspected
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A current, cleanly closed file is opened read-only in place. An older
 * schema or a file needing recovery cannot be fixed without writing, so it is
 * served from an in-memory copy, migrated there; `query_only` keeps either
 * from being written through this connection.
 */
function openReadOnly(file: string, inspection: Inspection): Db {
  const inPlace = inspection.recoveredBytes === null && inspection.version === CURRENT_SCHEMA_VERSION;
  const db = inPlace
    ? new Database(file, { readonly: true, fileMustExist: true })
    : new Database(inspection.recoveredBytes ?? fs.readFileSync(file));
  try {
    configureSafe(db);
    if (!inPlace) migrate(db);
    db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The three ways a document comes into being — opened from a file, created
 * new, recovered after a crash — each leaving nothing behind (no working
 * copy, no lock) when it fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenMode, ReadOnlyReason } from '../../core/api/features/sharing';
import { PlanError } from '../../core/errors';
import type { Plan } from '../../core/model';
import { dropHistory, historyProblem } from '../editing/historyCheck';
import { toOpenError } from '../openErrors';
import { checkIsPlainFile, openPlanDatabase } from '../openPlanFile';
import { createPlanFile, readPlan } from '../planStore';
import { currentPlan } from '../editing/planCache';
import type { Db } from '../sqlite';
import { removeStrayTemps } from './atomicSave';
import type { DataFolder, DocumentEntry } from './dataFolder';
import { changeCounter } from './files';
import { intakePlanBytes, readOutsideFile, reopenReadOnly } from './intake';
import { invalidTextNotice } from './invalidText';
import { PlanLock, type Identity } from './lock';
import { resolvePlanPath } from './realPath';

export const UNTITLED_NAME = 'Kế hoạch mới.tiendo';

/** What a PlanDocument is made of. */
export interface Parts {
  entry: DocumentEntry;
  db: Db;
  lock: PlanLock | null;
  readOnlyReason: ReadOnlyReason | null;
  notice: string | null;
}

/** Opens `filePath` from outside (see intake.ts): PlanError, and nothing left behind, if it cannot be. */
export function openParts(data: DataFolder, me: Identity, filePath: string, mode: OpenMode): Parts {
  const file = resolvePlanPath(filePath); // a link: the lock, the save and the title all use the real file
  try {
    checkIsPlainFile(file);
  } catch (error) {
    throw toOpenError(error, file);
  }
  let reason: ReadOnlyReason | null = mode === 'readOnly' ? 'requested' : null;
  if (!reason && mode !== 'copy' && !isWritable(file)) reason = 'file-read-only';
  const lock = reason || mode === 'copy' ? null : PlanLock.acquire(file, me, { force: mode === 'anyway' });
  if (lock) removeStrayTemps(file);
  const id = data.newDocumentId();
  let db: Db | null = null;
  try {
    // A journal beside it: some program stopped mid-write; the copy is recovered from it, the original left alone.
    const read = readOutsideFile(file);
    const fingerprint = read.fingerprint;
    const intake = intakePlanBytes(file, read, data.workingPath(id), data.basePath(id));
    db = intake.db;
    if (intake.newerVersion) reason = 'newer-version';
    // Every row validated before the plan is shown; kept by the plan cache, so showing it does not read it again.
    const plan = currentPlan(db);
    const history = intake.newerVersion ? null : damagedHistoryNotice(db, file);
    if (reason && reason !== 'newer-version') db = reopenReadOnly(db);
    const copy = mode === 'copy';
    const entry = newEntry(data, me, id, {
      originalPath: copy ? null : file,
      displayName: copy ? `Bản sao của ${path.basename(file)}` : path.basename(file),
      fingerprint: copy ? null : fingerprint,
      readOnly: reason !== null,
    });
    data.writeEntry(entry);
    const notices = [intake.newerVersion, history, invalidTextNotice(db, plan)].filter((n) => n !== null);
    return { entry, db, lock, readOnlyReason: reason, notice: notices.length > 0 ? notices.join('\n') : null };
  } catch (error) {
    db?.close();
    data.removeDocument(id);
    lock?.release();
    throw error instanceof PlanError ? error : toOpenError(error, file);
  }
}

/** A new plan that has no file yet (New plan). */
export function createParts(data: DataFolder, me: Identity, plan: Plan, displayName: string): Parts {
  const id = data.newDocumentId();
  let db: Db | null = null;
  try {
    createPlanFile(data.workingPath(id), plan);
    db = openPlanDatabase(data.workingPath(id));
    const entry = newEntry(data, me, id, { originalPath: null, displayName, fingerprint: null, readOnly: false });
    data.writeEntry(entry);
    return { entry, db, lock: null, readOnlyReason: null, notice: null };
  } catch (error) {
    db?.close();
    data.removeDocument(id);
    throw error;
  }
}

/** Reopens the working copy of a session that ended without saving. */
export function recoverParts(data: DataFolder, me: Identity, entry: DocumentEntry): Parts {
  // An entry written before links were resolved may name a link: the lock belongs beside the real file.
  const original = entry.originalPath && fs.existsSync(entry.originalPath) ? resolvePlanPath(entry.originalPath) : entry.originalPath;
  const lock = original && !entry.readOnly && fs.existsSync(original) ? PlanLock.acquire(original, me) : null;
  if (lock && original) removeStrayTemps(original);
  let db: Db | null = null;
  try {
    db = openPlanDatabase(data.workingPath(entry.id), { readOnly: false }); // rolls back a half-done edit
    readPlan(db);
    if (entry.readOnly) db = reopenReadOnly(db);
    const taken = { ...entry, originalPath: original, pid: process.pid, user: me.userName(), computer: me.computerName() };
    data.writeEntry(taken);
    return { entry: taken, db, lock, readOnlyReason: entry.readOnly ? 'requested' : null, notice: null };
  } catch (error) {
    db?.close();
    lock?.release();
    throw error;
  }
}

function newEntry(data: DataFolder, me: Identity, id: string, fields: Pick<DocumentEntry, 'originalPath' | 'displayName' | 'fingerprint' | 'readOnly'>): DocumentEntry {
  return {
    version: 1,
    pendingSave: null,
    id,
    ...fields,
    pid: process.pid,
    user: me.userName(),
    computer: me.computerName(),
    openedAt: me.now().toISOString(),
    savedCounter: changeCounter(data.workingPath(id)),
  };
}

/** Drops a forged or damaged history from the working copy (the plan itself is sound); the notice says so. */
function damagedHistoryNotice(db: Db, file: string): string | null {
  const problem = historyProblem(db);
  if (problem === null) return null;
  dropHistory(db);
  return `Lịch sử chỉnh sửa trong tệp “${path.basename(file)}” bị hỏng (${problem}) nên đã được bỏ qua: không thể hoàn tác các thao tác trước khi mở.`;
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

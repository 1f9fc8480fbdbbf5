/**
 * Every edit goes to the plan file at once, in ONE transaction: the changed
 * plan rows (only those), the refreshed task_schedule and the history batch
 * that can undo it. Any failure rolls everything back: the file is unchanged
 * and the PlanError reaches the user.
 *
 * Undo applies the newest batch's before-images (one new transaction) and
 * marks it undone; Redo reapplies the oldest undone batch's after-images. A
 * new edit after undo deletes the undone batches (see historyRepo.ts).
 */
import { randomUUID } from 'node:crypto';
import { isoFromLocalDate } from '../../core/dates';
import { applyEditWithOutcome, describeEdit, editNotice, type PlanEdit } from '../../core/edits';
import { PlanError } from '../../core/errors';
import type { Plan } from '../../core/model';
import { diffPlan } from '../../core/planDelta';
import type { PlanChange } from '../../core/api/features/editing';
import type { PlanSchedule } from '../../core/schedule';
import { readPlan } from '../planStore';
import type { PlanSession } from '../session';
import { sqliteCode, type Db } from '../sqlite';
import { checkChangedEntities } from './checkChanged';
import { appendBatch, batchChanges, discardRedoBranch, firstUndone, lastDone, setUndone } from './historyRepo';
import { currentPlan, forgetPlan, planRevision, rememberPlan } from './planCache';
import { diffRows, invert, planToRows } from './rows';
import { refreshTaskSchedule } from '../taskScheduleRepo';
import { writeRowChanges } from './writeRows';

export interface EditAuthor {
  user: string;
  computer: string;
  at: Date;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface FileEditResult extends HistoryState {
  /** The plan as now stored in the file. */
  plan: Plan;
  /** The same, as a change to the plan the file held before (what the window is sent). */
  change: PlanChange;
  notice: string | null;
  createdId: string | null;
  /** False when the edit changed nothing (e.g. moving the first task up): no history entry is made. */
  changed: boolean;
}

export function applyEditToFile(session: PlanSession, edit: PlanEdit, who: EditAuthor): FileEditResult {
  return applyEditToDb(writableDb(session), edit, who);
}

export function undoEdit(session: PlanSession): FileEditResult {
  return replayBatch(writableDb(session), 'undo');
}

export function redoEdit(session: PlanSession): FileEditResult {
  return replayBatch(writableDb(session), 'redo');
}

export function applyEditToDb(db: Db, edit: PlanEdit, who: EditAuthor): FileEditResult {
  return inWriteTransaction(db, () => {
    const before = currentPlan(db);
    const baseRevision = planRevision(db);
    const outcome = applyEditWithOutcome(before, edit, { newId: randomUUID, today: isoFromLocalDate(who.at) });
    const changes = diffRows(planToRows(before), planToRows(outcome.plan));
    if (changes.length === 0) return result(db, { before, baseRevision }, before, null, edit, outcome.createdId, false);
    checkChangedEntities(outcome.plan, changes); // applyEdit checks its fields; this guards what it produced
    const recorded = writeRowChanges(db, changes);
    const stored = outcome.plan; // tests compare it with readPlan after every command
    const schedule = refreshTaskSchedule(db, stored);
    discardRedoBranch(db);
    appendBatch(
      db,
      {
        at: who.at.toISOString(),
        user: who.user,
        computer: who.computer,
        label: describeEdit(edit, before, 'vi'),
        labelEn: describeEdit(edit, before, 'en'),
        edit: JSON.stringify(edit),
      },
      recorded,
    );
    rememberPlan(db, stored);
    return result(db, { before, baseRevision }, stored, schedule, edit, outcome.createdId, true);
  });
}

export function replayBatch(db: Db, direction: 'undo' | 'redo'): FileEditResult {
  return inWriteTransaction(db, () => {
    const batch = direction === 'undo' ? lastDone(db) : firstUndone(db);
    if (batch === null) {
      throw new PlanError(direction === 'undo' ? 'nothing-to-undo' : 'nothing-to-redo');
    }
    const base = { before: currentPlan(db), baseRevision: planRevision(db) };
    const recorded = batchChanges(db, batch.batchId);
    writeRowChanges(db, direction === 'undo' ? recorded.map(invert) : recorded);
    const stored = readPlan(db); // the restored rows must still form a valid plan, or nothing is written
    const schedule = refreshTaskSchedule(db, stored);
    setUndone(db, batch.batchId, direction === 'undo');
    rememberPlan(db, stored);
    return result(db, base, stored, schedule, null, null, true);
  });
}

export function historyState(db: Db): HistoryState {
  const undo = lastDone(db);
  const redo = firstUndone(db);
  return { canUndo: undo !== null, canRedo: redo !== null, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
}

function result(
  db: Db,
  base: { before: Plan; baseRevision: string },
  plan: Plan,
  schedule: PlanSchedule | null,
  edit: PlanEdit | null,
  createdId: string | null,
  changed: boolean,
): FileEditResult {
  const notice = edit !== null && schedule !== null ? editNotice(edit, schedule) : null;
  const change: PlanChange = { baseRevision: base.baseRevision, revision: planRevision(db), delta: diffPlan(base.before, plan) };
  return { plan, change, notice, createdId, changed, ...historyState(db) };
}

function writableDb(session: PlanSession): Db {
  const db = session.db;
  // A read-only session is either a read-only handle or an in-memory copy with query_only.
  if (db.readonly || Number(db.pragma('query_only', { simple: true })) === 1) {
    throw new PlanError('read-only', { reason: 'edit' });
  }
  return db;
}

/** BEGIN IMMEDIATE: the write lock is taken before reading, so no other writer slips in between. */
function inWriteTransaction<T>(db: Db, work: () => T): T {
  try {
    return db.transaction(work).immediate();
  } catch (error) {
    forgetPlan(db);
    throw toEditError(error);
  }
}

function toEditError(error: unknown): unknown {
  if (error instanceof PlanError) return error;
  const code = sqliteCode(error) ?? '';
  const detail = (error as Error).message;
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new PlanError('invalid-data', { reason: 'edit-constraint', detail }, { code });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new PlanError('busy', {}, { code });
  }
  if (code.startsWith('SQLITE_READONLY')) return new PlanError('read-only', { reason: 'edit' });
  if (code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR')) {
    return new PlanError('cannot-write', { reason: 'edit', code }, { code });
  }
  return error;
}

/**
 * Crash recovery: every working copy in the data folder whose session is
 * gone (its process no longer runs, or it was closed with unsaved changes)
 * and that holds changes not saved to its original is offered back. Working
 * copies without unsaved changes are simply removed. (A process id reused
 * by an unrelated program after a reboot hides an entry until that program
 * ends; it is never deleted meanwhile.)
 */
import fs from 'node:fs';
import type { RecoverableDocument } from '../../core/api/features/sharing';
import { PlanError } from '../../core/errors';
import { openPlanDatabase } from '../openPlanFile';
import type { DataFolder, DocumentEntry } from './dataFolder';
import { hasChangedSince, isProcessAlive } from './files';
import { settlePendingSave } from './pendingSave';
import { changeCounter, isOpenHere } from './planDocument';

/** Entries no live session owns. */
function orphaned(data: DataFolder): DocumentEntry[] {
  return data.listEntries().filter((entry) => {
    if (isOpenHere(entry.id)) return false;
    return entry.pid === process.pid || !isProcessAlive(entry.pid);
  });
}

export function listRecoverable(data: DataFolder): RecoverableDocument[] {
  data.sweepUnfinished(isProcessAlive);
  const found: RecoverableDocument[] = [];
  for (const orphan of orphaned(data)) {
    const entry = settlePendingSave(data, orphan);
    const working = data.workingPath(entry.id);
    if (!fs.existsSync(working)) {
      data.removeDocument(entry.id);
      continue;
    }
    rollBackHalfDoneEdit(working);
    if (changeCounter(working) === entry.savedCounter) {
      data.removeDocument(entry.id); // nothing unsaved: nothing to offer
      continue;
    }
    found.push({
      id: entry.id,
      originalPath: entry.originalPath,
      fileName: entry.displayName,
      modifiedAt: fs.statSync(working).mtime.toISOString(),
      user: entry.user,
      computer: entry.computer,
      originalChanged: entry.originalPath !== null && entry.fingerprint !== null && fs.existsSync(entry.originalPath) && hasChangedSince(entry.originalPath, entry.fingerprint),
    });
  }
  return found.sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : -1));
}

/** The entry of a recoverable working copy, or PlanError 'not-recoverable'. */
export function recoverableEntry(data: DataFolder, id: string): DocumentEntry {
  const entry = orphaned(data).find((e) => e.id === id);
  if (!entry) throw new PlanError('not-recoverable');
  return settlePendingSave(data, entry);
}

export function discardRecoverable(data: DataFolder, id: string): void {
  data.removeDocument(recoverableEntry(data, id).id);
}

/** A crash mid-edit leaves a journal: opening read-write rolls it back, so the change counter is the committed one. */
function rollBackHalfDoneEdit(working: string): void {
  if ((fs.statSync(`${working}-journal`, { throwIfNoEntry: false })?.size ?? 0) === 0) return;
  try {
    openPlanDatabase(working).close();
  } catch {
    // left as is: listed, and recover() reports what is wrong with it
  }
}

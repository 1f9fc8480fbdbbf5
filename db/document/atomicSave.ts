/**
 * Writing a plan file so that the file on disk is always a complete plan,
 * the old one or the new one: the working copy is copied with VACUUM INTO to
 * a temporary file in the destination folder (compact, no journal, no
 * companions), checked as if opened from outside, synced, and renamed over
 * the original (the folder is synced too). A crash at any moment leaves at
 * worst a stray temporary file, removed by the next save.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PlanError } from '../../core/errors';
import { openPlanDatabase } from '../openPlanFile';
import { readPlan } from '../planStore';
import { Database, configureWritable, sqliteCode, type Db } from '../sqlite';
import { fsyncFolder } from '../fsyncFolder';
import { fsyncFile, hasChangedSince, isProcessAlive, sha256, type Fingerprint } from './files';
import { resolveSaveTarget } from './realPath';

/** The steps that touch the disk, injectable so tests can simulate a full disk (ENOSPC) or a crash point. */
export interface SaveIo {
  vacuumInto(db: Db, temp: string): void;
  fsync(file: string): void;
  rename(from: string, to: string): void;
  /** Waits between attempts of a rename refused for a moment (tests record the waits instead). */
  sleep?(ms: number): void;
  /** Called between steps with the step's name; the crash test kills the process here. */
  step?(name: 'written' | 'checked' | 'synced' | 'renamed'): void;
}

export const diskIo: SaveIo = {
  vacuumInto: (db, temp) => void db.prepare('VACUUM INTO ?').run(temp),
  fsync: fsyncFile,
  rename: (from, to) => fs.renameSync(from, to),
};

export interface AtomicWriteOptions {
  io?: SaveIo;
  /** The original must still be this version (Save): otherwise PlanError 'changed-on-disk' and nothing is written. */
  expected?: Fingerprint;
  /** Empty the undo history in the copy (a copy for a colleague). */
  withoutHistory?: boolean;
  /** Called with the checked, synced bytes just before the rename (to record the save as pending). */
  beforeRename?: (bytes: Buffer, sha256: string) => void;
}

export interface Written {
  fingerprint: Fingerprint;
  /** The bytes now in the file (the new pristine snapshot). */
  bytes: Buffer;
}

export function writePlanFileAtomically(db: Db, requested: string, opts: AtomicWriteOptions = {}): Written {
  const io = opts.io ?? diskIo;
  const target = resolveSaveTarget(requested); // renaming over a link would replace the link, not the plan
  const dir = path.dirname(target);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new PlanError('not-found', { reason: 'folder', path: dir });
  }
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
    throw new PlanError('cannot-write', { reason: 'save-folder', path: target });
  }
  removeStrayTemps(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomUUID().slice(0, 8)}.saving`);
  try {
    io.vacuumInto(db, temp);
    if (opts.withoutHistory) dropHistory(temp);
    io.step?.('written');
    checkWritten(temp, target);
    io.step?.('checked');
    const mode = fs.statSync(target, { throwIfNoEntry: false })?.mode;
    if (mode !== undefined) fs.chmodSync(temp, mode & 0o777);
    io.fsync(temp);
    io.step?.('synced');
    const bytes = fs.readFileSync(temp);
    const hash = sha256(bytes);
    if (opts.expected && hasChangedSince(target, opts.expected)) throw changedOnDisk(target);
    opts.beforeRename?.(bytes, hash);
    renameRetrying(io, temp, target);
    // A hot journal beside the replaced file (a program stopped mid-write) belongs to it:
    // left there, SQLite would play it back over the new file at its next opening.
    fs.rmSync(`${target}-journal`, { force: true });
    fsyncFolder(dir);
    io.step?.('renamed');
    const stat = fs.statSync(target);
    return { bytes, fingerprint: { size: stat.size, mtimeMs: stat.mtimeMs, sha256: hash } };
  } catch (error) {
    throw toSaveError(error, target);
  } finally {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-journal`, { force: true });
  }
}

/**
 * Windows refuses to rename over a file that another program holds open
 * for a moment — a sync client (OneDrive, Google Drive), an antivirus, an
 * indexer, a colleague's Explorer on the share — with EBUSY, EPERM or
 * EACCES. The rename is atomic, so until it succeeds the original is whole:
 * wait a little and try again, about 3 s in all, then tell the user.
 */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800, 1600];
const HELD_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);

function renameRetrying(io: SaveIo, from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      io.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
      const delay = RENAME_RETRY_DELAYS_MS[attempt];
      if (!HELD_CODES.has(code)) throw error;
      if (delay === undefined) throw heldByAnotherProgram(to, code, attempt + 1);
      (io.sleep ?? sleepSync)(delay);
    }
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function heldByAnotherProgram(target: string, code: string, attempts: number): PlanError {
  const seconds = Math.round(RENAME_RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0) / 1000);
  return new PlanError(
    'file-busy',
    { path: target, attempts, seconds, code },
    { code, attempts },
  );
}

export function changedOnDisk(target: string): PlanError {
  return new PlanError('changed-on-disk', { path: target });
}

/** The copy must pass every check a file from outside passes, and hold a valid plan. */
function checkWritten(temp: string, target: string): void {
  let db: Db | null = null;
  try {
    db = openPlanDatabase(temp, { readOnly: true });
    readPlan(db);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new PlanError('save-failed', { path: target, why });
  } finally {
    db?.close();
  }
}

function dropHistory(temp: string): void {
  const db = new Database(temp, { fileMustExist: true });
  try {
    configureWritable(db);
    const has = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'edit_history'").get();
    if (has) db.prepare('DELETE FROM edit_history').run(); // rows of edit_history_rows go by ON DELETE CASCADE
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}

/** Temporary files of saves whose process is gone (a crash mid-save): removed by the next open or save. */
export function removeStrayTemps(target: string): void {
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/\.saving(-journal)?$/u.test(name)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (pid !== process.pid && !isProcessAlive(pid)) fs.rmSync(path.join(path.dirname(target), name), { force: true });
  }
}

function toSaveError(error: unknown, target: string): unknown {
  if (error instanceof PlanError) return error;
  const code = sqliteCode(error) ?? (error as NodeJS.ErrnoException | null)?.code ?? '';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code.startsWith('SQLITE_FULL')) {
    return new PlanError('disk-full', { path: target }, { code });
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) {
    return new PlanError('cannot-write', { reason: 'save-denied', path: target, code }, { code });
  }
  if (code === 'EBUSY') return new PlanError('cannot-write', { reason: 'save-busy', path: target }, { code });
  if (code !== '') return new PlanError('cannot-write', { reason: 'save-system', path: target, code }, { code });
  return error;
}

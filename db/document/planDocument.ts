/**
 * One open plan: the original file somewhere on disk (or none yet), the
 * private working copy every edit is saved to at once, the pristine
 * snapshot of the original as opened/last saved (the base of merges), the
 * lock beside the original, and the manifest entry that lets a crashed
 * session be recovered. Save writes the working copy back atomically.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PlanError } from '../../core/errors';
import type { OpenPlan } from '../../core/api/contract';
import type { Plan } from '../../core/model';
import { currentPlan, planRevision } from '../editing/planCache';
import { openPlanDatabase } from '../openPlanFile';
import type { Db } from '../sqlite';
import { changedOnDisk, writePlanFileAtomically, type SaveIo, type Written } from './atomicSave';
import type { DataFolder, DocumentEntry } from './dataFolder';
import { changeCounter, fsyncFile, hasChangedSince, isPlainFileOrAbsent, type Fingerprint } from './files';
import { settlePendingSave } from './pendingSave';
import { PlanLock, liveOwner, type Identity } from './lock';
import { resolveSaveTarget } from './realPath';
import { UNTITLED_NAME, createParts, openParts, recoverParts, type Parts } from './openDocument';
import type { DocumentState, OpenMode, ReadOnlyReason } from '../../core/api/features/sharing';

export { changeCounter } from './files';

/** Ids of documents open in this process (another window's working copy is not "recoverable"). */
const openHere = new Set<string>();
export const isOpenHere = (id: string): boolean => openHere.has(id);

export class PlanDocument {
  #entry: DocumentEntry;
  #db: Db;
  #lock: PlanLock | null;
  #readOnlyReason: ReadOnlyReason | null;
  #notice: string | null;
  #closed = false;

  /** Use open / create / recover. */
  private constructor(
    private readonly data: DataFolder,
    private readonly me: Identity,
    parts: Parts,
  ) {
    this.#entry = parts.entry;
    this.#db = parts.db;
    this.#lock = parts.lock;
    this.#readOnlyReason = parts.readOnlyReason;
    this.#notice = parts.notice;
    openHere.add(parts.entry.id);
  }

  /** Opens `filePath` from outside (see intake.ts): PlanError, and nothing left behind, if it cannot be. */
  static open(data: DataFolder, me: Identity, filePath: string, mode: OpenMode = 'normal'): PlanDocument {
    return new PlanDocument(data, me, openParts(data, me, filePath, mode));
  }

  /** A new plan that has no file yet (New plan). */
  static create(data: DataFolder, me: Identity, plan: Plan, displayName = UNTITLED_NAME): PlanDocument {
    return new PlanDocument(data, me, createParts(data, me, plan, displayName));
  }

  /** Reopens the working copy of a session that ended without saving (crash, power loss, closed unsaved). */
  static recover(data: DataFolder, me: Identity, entry: DocumentEntry): PlanDocument {
    return new PlanDocument(data, me, recoverParts(data, me, entry));
  }

  get id(): string {
    return this.#entry.id;
  }

  get db(): Db {
    if (this.#closed) throw new PlanError('no-plan', {});
    return this.#db;
  }

  get originalPath(): string | null {
    return this.#entry.originalPath;
  }

  get fingerprint(): Fingerprint | null {
    return this.#entry.fingerprint;
  }

  get workingPath(): string {
    return this.data.workingPath(this.id);
  }

  get basePath(): string {
    return this.data.basePath(this.id);
  }

  get readOnlyReason(): ReadOnlyReason | null {
    return this.#readOnlyReason;
  }

  /** Edits not yet saved: the working copy was written since it last matched the original. */
  get dirty(): boolean {
    return !this.#readOnlyReason && changeCounter(this.data.workingPath(this.id)) !== this.#entry.savedCounter;
  }

  describe(): OpenPlan {
    // The plan this connection last read or wrote when nothing touched the file since (db/editing/planCache.ts).
    const plan = currentPlan(this.db);
    const revision = planRevision(this.db);
    return { path: this.#entry.originalPath ?? '', fileName: this.#entry.displayName, readOnly: this.#readOnlyReason !== null, plan, revision };
  }

  state(): Omit<DocumentState, 'pendingMerge'> {
    const original = this.#entry.originalPath;
    return {
      path: original,
      fileName: this.#entry.displayName,
      dirty: this.dirty,
      readOnly: this.#readOnlyReason !== null,
      readOnlyReason: this.#readOnlyReason,
      notice: this.#notice,
      lockedBy: original && !this.#lock ? liveOwner(original, this.me) : null,
      changedOnDisk: original !== null && this.#entry.fingerprint !== null && looksChanged(original, this.#entry.fingerprint),
    };
  }

  /**
   * Ctrl+S. Throws PlanError 'changed-on-disk' when the original is no
   * longer the version opened (the session then merges), 'needs-path' for a
   * plan without a file yet, 'read-only' for a read-only one.
   */
  save(io?: SaveIo): Written | null {
    this.#requireWritable();
    const original = this.#entry.originalPath;
    if (original === null) throw new PlanError('needs-path');
    const known = this.#entry.fingerprint;
    const exists = isPlainFileOrAbsent(original);
    if (known && exists && hasChangedSince(original, known)) throw changedOnDisk(original);
    if (!this.dirty && exists && known) return null;
    return this.#writeTo(original, { expected: exists && known ? known : undefined, io });
  }

  /** Save As: the document continues under `target` (locked), read-only no more. */
  saveAs(target: string, io?: SaveIo): Written {
    if (this.#readOnlyReason === 'newer-version') throw newerRefusal(this.#notice);
    const file = resolveSaveTarget(target);
    if (file === this.#entry.originalPath) return this.save(io) ?? this.#writeTo(file, { io }); // same file: a plain Save
    const lock = PlanLock.acquire(file, this.me);
    try {
      if (this.#readOnlyReason) this.#makeWritable();
      const written = this.#writeTo(file, { io }, { originalPath: file, displayName: path.basename(file), readOnly: false });
      this.#lock?.release();
      this.#lock = lock;
      this.#readOnlyReason = null;
      return written;
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /** A clean, compact copy elsewhere; the document stays as it is. Returns the copy's bytes. */
  saveCopy(target: string, opts: { withoutHistory: boolean; io?: SaveIo }): Written {
    if (this.#readOnlyReason === 'newer-version') throw newerRefusal(this.#notice);
    const file = resolveSaveTarget(target);
    if (file === this.#entry.originalPath) {
      throw new PlanError('same-file', { reason: 'copy' });
    }
    return this.#withWritableDb((db) => writePlanFileAtomically(db, file, { withoutHistory: opts.withoutHistory, io: opts.io }));
  }

  /** After merging "theirs" into the working copy: theirs is the new base, so Save can proceed. */
  adoptBase(bytes: Buffer, fingerprint: Fingerprint): void {
    replaceFile(this.basePath, bytes);
    this.#entry = { ...this.#entry, fingerprint };
    this.data.writeEntry(this.#entry);
  }

  /** Closes; the working copy is kept for recovery when it has unsaved changes, unless discarded. */
  close(opts: { discard?: boolean } = {}): void {
    if (this.#closed) return;
    const keep = !opts.discard && this.dirty;
    this.#closed = true;
    this.#lock?.release();
    this.#db.close();
    openHere.delete(this.id);
    if (!keep) this.data.removeDocument(this.id);
  }

  #writeTo(target: string, opts: { expected?: Fingerprint; io?: SaveIo }, next: Partial<DocumentEntry> = {}): Written {
    const counter = changeCounter(this.workingPath);
    const pendingBase = this.data.pendingBasePath(this.id);
    let pending: DocumentEntry | null = null;
    try {
      const written = this.#withWritableDb((db) =>
        writePlanFileAtomically(db, target, {
          ...opts,
          beforeRename: (bytes, sha256) => {
            // Recorded before the rename: a crash right after it is recognised as our own save (pendingSave.ts).
            replaceFile(pendingBase, bytes);
            pending = { ...this.#entry, pendingSave: { path: target, sha256, counter } };
            this.data.writeEntry(pending);
          },
        }),
      );
      fs.renameSync(pendingBase, this.basePath);
      this.#entry = { ...this.#entry, ...next, fingerprint: written.fingerprint, savedCounter: counter, pendingSave: null };
      this.data.writeEntry(this.#entry);
      return written;
    } catch (error) {
      if (pending) this.#entry = settlePendingSave(this.data, pending); // done or not, the record says which
      else fs.rmSync(pendingBase, { force: true });
      throw error;
    }
  }

  /** VACUUM INTO needs a connection that may write; a read-only document borrows one to its private copy. */
  #withWritableDb<T>(work: (db: Db) => T): T {
    if (!this.#readOnlyReason) return work(this.db);
    const db = openPlanDatabase(this.data.workingPath(this.id));
    try {
      return work(db);
    } finally {
      db.close();
    }
  }

  #makeWritable(): void {
    const db = openPlanDatabase(this.data.workingPath(this.id));
    this.#db.close();
    this.#db = db;
  }

  #requireWritable(): void {
    if (this.#readOnlyReason === 'newer-version') throw newerRefusal(this.#notice);
    if (this.#readOnlyReason) {
      throw new PlanError('read-only', { reason: 'save-original' });
    }
  }
}

/** For the title bar, polled often: same size and time counts as unchanged (Save compares the content). */
function looksChanged(file: string, known: Fingerprint): boolean {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return false; // gone: Save will simply write it again
    return (stat.size !== known.size || stat.mtimeMs !== known.mtimeMs) && hasChangedSince(file, known);
  } catch {
    return true; // a symlink loop, a FIFO…: not the file opened; Save says what is wrong
  }
}

function replaceFile(file: string, bytes: Buffer): void {
  const next = `${file}.next`;
  fs.writeFileSync(next, bytes);
  fsyncFile(next);
  fs.renameSync(next, file);
}

function newerRefusal(notice: string | null): PlanError {
  return new PlanError('read-only', { reason: 'newer', notice: notice ?? undefined });
}

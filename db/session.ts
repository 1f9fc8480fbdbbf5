/**
 * The plan open in a window. Opening a file copies it to a private working
 * copy in the data folder (db/document/): edits (through `db`) are saved to
 * that copy at once, and `save` writes it back to the original atomically,
 * merging first if someone else changed the original meanwhile. Electron's
 * IPC and the browser test harness both call this through the API handlers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpenPlan } from '../core/api/contract';
import type { ChangeEntry, CloseResult, DocumentState, OpenMode, RecentFile, RecoverableDocument } from '../core/api/features/sharing';
import { PlanError } from '../core/errors';
import type { MergeChoices } from '../core/merge';
import type { SaveIo, Written } from './document/atomicSave';
import { listChanges } from './document/changes';
import { DataFolder } from './document/dataFolder';
import type { Identity } from './document/lock';
import { archiveSentCopy } from './document/merging';
import { MergeController, type MergeStep } from './document/mergeController';
import { newPlanFrom } from './document/newPlan';
import { PlanDocument } from './document/planDocument';
import { resolvePlanPath } from './document/realPath';
import { listRecent, rememberRecent } from './document/recent';
import { discardRecoverable, listRecoverable, recoverableEntry } from './document/recovery';
import { readPlan } from './planStore';
import type { Db } from './sqlite';

export interface SessionOptions {
  /** The app's data folder (working copies, recovery, recent files). Default: a new temporary folder. */
  dataDir?: string;
  /** Who edits (locks, history); HostServices fits. Default: the OS account and computer name. */
  identity?: Identity;
  /** Disk steps of Save, for tests (full disk, crash points). */
  saveIo?: SaveIo;
}

export interface SessionOpenOptions {
  /** Open without locking or writing (also implied when the file or its folder is not writable). */
  readOnly?: boolean;
  mode?: OpenMode;
}

export interface SaveOutcome extends Omit<MergeStep, 'status'> {
  /** saved | unchanged (nothing to save) | merged (colleague merge, not saved) | conflicts (resolveMerge next). */
  status: 'saved' | 'unchanged' | 'merged' | 'conflicts';
  merged: boolean;
}

export class PlanSession {
  readonly data: DataFolder;
  readonly identity: Identity;
  readonly #saveIo: SaveIo | undefined;
  readonly #merges: MergeController;
  /** A data folder made for this session only (no dataDir given): removed on close when it holds nothing unsaved. */
  readonly #temporaryData: boolean;
  #doc: PlanDocument | null = null;

  constructor(options: SessionOptions = {}) {
    this.#temporaryData = options.dataDir === undefined;
    this.data = new DataFolder(options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-data-')));
    this.identity = options.identity ?? osIdentity();
    this.#saveIo = options.saveIo;
    this.#merges = new MergeController(this.data, this.identity);
  }

  /**
   * Switches to `filePath` only if it passes every check and its content is
   * valid; otherwise throws PlanError and the current plan stays open. The
   * current plan's working copy is kept for recovery if it has unsaved changes.
   */
  open(filePath: string, opts: SessionOpenOptions = {}): OpenPlan {
    const mode = opts.mode ?? (opts.readOnly ? 'readOnly' : 'normal');
    const file = resolvePlanPath(filePath);
    if (this.#doc?.originalPath === file && mode !== 'copy') return this.#doc.describe();
    return this.#switchTo(PlanDocument.open(this.data, this.identity, file, mode), mode === 'copy' ? null : file);
  }

  getPlan(): OpenPlan {
    return this.#require().describe();
  }

  /** The working copy's database, for edit commands. */
  get db(): Db {
    return this.#require().db;
  }

  get isOpen(): boolean {
    return this.#doc !== null;
  }

  /** Closes the plan; unsaved changes stay in the data folder and are offered by listRecoverable. */
  close(): void {
    this.#doc?.close();
    this.#doc = null;
    this.#merges.forget();
    if (this.#temporaryData && this.data.listEntries().length === 0) fs.rmSync(this.data.root, { recursive: true, force: true });
  }

  state(): DocumentState {
    return { ...this.#require().state(), pendingMerge: this.#merges.pending };
  }

  /** Save; if the original changed meanwhile, merge it in first (conflicts → resolveMerge). */
  save(): SaveOutcome {
    const doc = this.#require();
    for (let attempt = 0; ; attempt++) {
      try {
        const written = doc.save(this.#saveIo);
        return { status: written ? 'saved' : 'unchanged', merged: attempt > 0, conflicts: [], notes: [] };
      } catch (error) {
        if (!(error instanceof PlanError) || error.code !== 'changed-on-disk' || attempt >= 3) throw error;
      }
      const step = this.#merges.mergeOriginal(doc);
      if (step.status === 'conflicts') return { ...step, status: 'conflicts', merged: false };
    }
  }

  saveAs(target: string): Written {
    const doc = this.#require();
    const written = doc.saveAs(target, this.#saveIo);
    rememberRecent(this.data, doc.originalPath!, this.identity.now());
    return written;
  }

  saveCopy(target: string, opts: { withoutHistory: boolean }): Written {
    const written = this.#require().saveCopy(target, { ...opts, io: this.#saveIo });
    archiveSentCopy(this.data, written.bytes, written.fingerprint.sha256);
    return written;
  }

  newPlan(from: 'default' | 'empty'): OpenPlan {
    return this.#switchTo(PlanDocument.create(this.data, this.identity, newPlanFrom(from, this.identity.now())), null);
  }

  /** Close from the UI: with unsaved changes and no decision yet, nothing happens and `dirty` says why. */
  closePlan(opts: { discardChanges?: boolean } = {}): CloseResult {
    const doc = this.#require();
    const fileName = doc.describe().fileName;
    if (doc.dirty && !opts.discardChanges) return { closed: false, dirty: true, fileName };
    doc.close({ discard: opts.discardChanges === true });
    this.#doc = null;
    this.#merges.forget();
    return { closed: true, dirty: false, fileName };
  }

  listRecoverable(): RecoverableDocument[] {
    return listRecoverable(this.data);
  }

  recover(id: string): OpenPlan {
    const doc = PlanDocument.recover(this.data, this.identity, recoverableEntry(this.data, id));
    return this.#switchTo(doc, doc.originalPath);
  }

  discardRecovery(id: string): void {
    discardRecoverable(this.data, id);
  }

  /** Throws unless a colleague's copy can be merged into the open plan (asked before the file dialog). */
  assertMergeable(): void {
    if (this.#require().readOnlyReason) throw new PlanError('read-only', { reason: 'merge' });
  }

  mergeColleagueCopy(file: string): SaveOutcome {
    this.assertMergeable();
    const doc = this.#require();
    const step = this.#merges.mergeColleague(doc, file);
    return { ...step, status: step.status === 'conflicts' ? 'conflicts' : 'merged', merged: step.status === 'done' };
  }

  /** Applies the choices; a Save that was waiting for them then goes through. */
  resolveMerge(choices: MergeChoices): SaveOutcome {
    const doc = this.#require();
    const step = this.#merges.resolve(doc, choices);
    if (step.status === 'conflicts') return { ...step, status: 'conflicts', merged: false };
    if (step.kind === 'colleague') return { ...step, status: 'merged', merged: true };
    const saved = this.save();
    return { ...saved, merged: true, notes: [...step.notes, ...saved.notes] };
  }

  changes(): ChangeEntry[] {
    const db = this.db;
    return listChanges(db, readPlan(db));
  }

  recent(): RecentFile[] {
    return listRecent(this.data);
  }

  #switchTo(doc: PlanDocument, remember: string | null): OpenPlan {
    let opened: OpenPlan;
    try {
      opened = doc.describe();
    } catch (error) {
      doc.close({ discard: true });
      throw error;
    }
    this.#doc?.close();
    this.#merges.forget();
    this.#doc = doc;
    if (remember) rememberRecent(this.data, remember, this.identity.now());
    return opened;
  }

  #require(): PlanDocument {
    if (!this.#doc) throw new PlanError('no-plan', {});
    return this.#doc;
  }
}

export function openPlanSession(filePath: string, opts: SessionOpenOptions & SessionOptions = {}): PlanSession {
  const session = new PlanSession(opts);
  session.open(filePath, opts);
  return session;
}

function osIdentity(): Identity {
  return {
    userName() {
      try {
        return os.userInfo().username;
      } catch {
        return process.env.USERNAME ?? process.env.USER ?? '';
      }
    },
    computerName: () => os.hostname(),
    now: () => new Date(),
  };
}

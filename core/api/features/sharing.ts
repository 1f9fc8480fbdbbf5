/**
 * Sharing the plan file safely (issue 6): the working copy and Save, locks,
 * crash recovery, recent files, and merging what colleagues changed.
 * See db/document/ for how it works on disk.
 */
import { z } from 'zod';
import { mergeChoicesSchema, type Conflict } from '../../merge/types';
import { filePathSchema, type OpenPlan } from './planFile';

export type { Conflict } from '../../merge/types';

/**
 * normal: lock the file and edit it; readOnly: look without locking;
 * copy: a new, unsaved plan with the file's content; anyway: take over a
 * lock someone else holds (their later Save merges with ours).
 */
export const OPEN_MODES = ['normal', 'readOnly', 'copy', 'anyway'] as const;
export type OpenMode = (typeof OPEN_MODES)[number];

/** Why a plan is read-only: asked for, the file or folder is not writable, or it comes from a newer app version. */
export type ReadOnlyReason = 'requested' | 'file-read-only' | 'newer-version';

/** Who has a plan open (from the lock file beside it). */
export interface LockOwner {
  user: string;
  computer: string;
  /** ISO time the file was opened. */
  since: string;
}

export interface DocumentState {
  /** The plan file; null for a new plan not saved yet. */
  path: string | null;
  /** For the window title, e.g. "Ke-hoach-1049.tiendo" ("Kế hoạch mới.tiendo" when new). */
  fileName: string;
  /** Unsaved changes: show "•" in the title and ask before closing. */
  dirty: boolean;
  readOnly: boolean;
  readOnlyReason: ReadOnlyReason | null;
  /** A message to show once (e.g. the newer-version notice). */
  notice: string | null;
  /** Someone else holding the file open (for a plan opened read-only), else null. */
  lockedBy: LockOwner | null;
  /** The file changed on disk since it was opened or saved: Save will merge. */
  changedOnDisk: boolean;
  /** Conflicts of a merge wait for resolveMerge. */
  pendingMerge: boolean;
}

export interface SharingResult {
  /** saved: written to the file; unchanged: nothing to save; merged: a colleague's copy merged into the working copy (not saved yet); conflicts: choose per conflict, then resolveMerge. */
  status: 'saved' | 'unchanged' | 'merged' | 'conflicts';
  /** Other people's changes were merged in. */
  merged: boolean;
  conflicts: Conflict[];
  /** Automatic adjustments made while merging (renamed duplicate units…). */
  notes: string[];
  state: DocumentState;
  openPlan: OpenPlan;
}

export interface SavedCopy {
  path: string;
  size: number;
}

export interface RecentFile {
  path: string;
  fileName: string;
  openedAt: string;
  exists: boolean;
}

export interface RecoverableDocument {
  id: string;
  /** null: a new plan that was never saved. */
  originalPath: string | null;
  fileName: string;
  /** When the working copy was last written (ISO). */
  modifiedAt: string;
  user: string;
  computer: string;
  /** The original file changed meanwhile: saving the recovered plan will merge. */
  originalChanged: boolean;
}

export interface CloseResult {
  closed: boolean;
  /** Not closed because of unsaved changes: ask, then save or call closePlan({ discardChanges: true }). */
  dirty: boolean;
  fileName: string;
}

/** One changed field in the changes view. */
export interface ChangeEntry {
  batchId: number;
  /** ISO time, and as dd/mm/yyyy hh:mm. */
  at: string;
  atText: string;
  user: string;
  computer: string;
  /** The edit as the history labels it (e.g. "Sửa tên công việc STT 3"). */
  action: string;
  /** What changed: "Công việc “Khảo sát”", "Liên kết “A” → “B”"… */
  subject: string;
  field: string;
  before: string;
  after: string;
  undone: boolean;
}

const idArg = z.object({ id: z.string().regex(/^[0-9a-f-]{36}$/u) });

export const sharingContract = {
  openPlanWith: z.tuple([filePathSchema, z.strictObject({ mode: z.enum(OPEN_MODES) })]),
  save: z.tuple([]),
  /** Ask where (native dialog), then save there and continue with that file; null when cancelled. */
  saveAs: z.tuple([]),
  /** A clean, compact copy to send; the open plan stays as it is. Null when cancelled. */
  saveCopyForColleague: z.tuple([z.object({ withoutHistory: z.boolean() })]),
  getDocumentState: z.tuple([]),
  listRecent: z.tuple([]),
  newPlan: z.tuple([z.object({ from: z.enum(['default', 'empty']) })]),
  closePlan: z.tuple([z.object({ discardChanges: z.boolean() }).optional()]),
  listRecoverable: z.tuple([]),
  recover: z.tuple([idArg]),
  discardRecovery: z.tuple([idArg]),
  /** Ask for a colleague's copy of this plan and merge it into the working copy; null when cancelled. */
  mergeColleagueCopy: z.tuple([]),
  resolveMerge: z.tuple([z.object({ choices: mergeChoicesSchema })]),
  getChanges: z.tuple([]),
} as const;

export interface SharingReturns {
  openPlanWith: OpenPlan;
  save: SharingResult;
  saveAs: SharingResult | null;
  saveCopyForColleague: SavedCopy | null;
  getDocumentState: DocumentState;
  listRecent: RecentFile[];
  newPlan: OpenPlan;
  closePlan: CloseResult;
  listRecoverable: RecoverableDocument[];
  recover: OpenPlan;
  discardRecovery: null;
  mergeColleagueCopy: SharingResult | null;
  resolveMerge: SharingResult;
  getChanges: ChangeEntry[];
}

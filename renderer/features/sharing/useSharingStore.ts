/**
 * What the sharing dialogs show: the merge waiting for the user's choices
 * (from a Save or from "Gộp bản của đồng nghiệp…") and the working copies
 * offered back after a crash. Which dialog is open stays in useDialogStore.
 */
import { create } from 'zustand';
import type { Conflict, RecoverableDocument } from '../../../core/api/features/sharing';
import type { Plan } from '../../../core/model';

/** save: a Save found the file changed on disk; colleague: a copy received by e-mail/USB. */
export type MergeKind = 'save' | 'colleague';

export interface PendingMerge {
  kind: MergeKind;
  conflicts: Conflict[];
  notes: string[];
}

interface SharingStore {
  merge: PendingMerge | null;
  /** The plan before a colleague's copy was merged, to tell what it brought once the conflicts are settled. */
  colleagueBase: Plan | null;
  recoverable: RecoverableDocument[];
  /** A call to the main process is running: the dialog's buttons wait. */
  busy: boolean;
}

export const useSharingStore = create<SharingStore>(() => ({ merge: null, colleagueBase: null, recoverable: [], busy: false }));

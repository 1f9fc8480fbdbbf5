/** Which dialog is open over the planner (one at a time, as in a desktop app). */
import { create } from 'zustand';

export type DialogName =
  | 'exportPlanTable'
  | 'importPlanTable'
  | 'exportTimeline'
  | 'progressReport'
  | 'updateProgress'
  | 'saveBaseline'
  | 'units'
  | 'calendar'
  | 'changes'
  | 'recovery'
  | 'mergeConflicts'
  | 'sendCopy'
  | 'shortcuts'
  | 'about';

interface DialogStore {
  dialog: DialogName | null;
  open(dialog: DialogName): void;
  close(): void;
}

export const useDialogStore = create<DialogStore>((set) => ({
  dialog: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));

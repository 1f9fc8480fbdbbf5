/**
 * Interactive editing (issue 4): every change is written to the plan file at
 * once, in one transaction, and recorded in the file's history so it can be
 * undone and redone (unlimited, across sessions: the history lives in the file).
 */
import { z } from 'zod';
import { planEditSchema } from '../../edits/schema';
import type { PlanDelta } from '../../planDelta';

/** What the edit changed, not the whole plan (issue 12): at 10,000 tasks the plan is 7 MB. */
export interface PlanChange {
  /** The revision (OpenPlan.revision) the delta applies to: the file as it was before the edit. */
  baseRevision: string;
  /** The file's revision now. */
  revision: string;
  delta: PlanDelta;
}

export interface EditResult {
  /** The plan as now stored in the file, as a change to the plan before the edit. */
  planChange: PlanChange;
  canUndo: boolean;
  canRedo: boolean;
  /** Label of what Undo / Redo would do, in Vietnamese (e.g. "Sửa tên công việc STT 3"); null when none. */
  undoLabel: string | null;
  redoLabel: string | null;
  /**
   * Set when the engine did not honour the edit exactly, e.g. a task dropped
   * earlier than its links allow: "Công việc bắt đầu sớm nhất 18/05/2026: bắt đầu sau khi STT 5 hoàn thành".
   */
  notice: string | null;
  /** The id of the task, link or unit the edit created (addTask, addLink, addUnit), else null. */
  createdId: string | null;
}

export interface HistoryEntry {
  batchId: number;
  /** Vietnamese label (labelEn: English). */
  label: string;
  labelEn: string;
  user: string;
  computer: string;
  /** ISO 8601 timestamp. */
  at: string;
  undone: boolean;
}

export const editingContract = {
  /** Apply one edit command; refused (PlanError, file unchanged) when invalid or the file is read-only. */
  applyEdit: z.tuple([planEditSchema]),
  undo: z.tuple([]),
  redo: z.tuple([]),
  /** The file's edit history, oldest first. */
  getHistory: z.tuple([]),
} as const;

export interface EditingReturns {
  applyEdit: EditResult;
  undo: EditResult;
  redo: EditResult;
  getHistory: HistoryEntry[];
}

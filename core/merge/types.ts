/**
 * Types of the three-way merge of plans (core/merge): what a conflict is and
 * how the user's choices come back. Conflicts cross the IPC boundary, so
 * every value is plain JSON and `display` carries ready-made Vietnamese text.
 */
import { z } from 'zod';
import type { Plan } from '../model';

/** Which part of the plan a conflict is about. */
export type ConflictEntity = 'info' | 'calendar' | 'unit' | 'task' | 'link' | 'order' | 'baseline';

/**
 * - field: both sides changed the same field (or group of coupled fields) differently;
 * - deleted: one side deleted a row the other side edited (`null` on the deleting side);
 * - cycle: a link from "theirs" would close a dependency loop with links added by "mine";
 * - order: both sides reordered the same rows differently.
 */
export type ConflictKind = 'field' | 'deleted' | 'cycle' | 'order';

export interface Conflict {
  /** Stable key the choices refer to, e.g. `task:<id>:name`. */
  id: string;
  kind: ConflictKind;
  entity: ConflictEntity;
  /** Task/unit/link id, calendar date, baseline index, or '' for the plan info and the order. */
  entityId: string;
  /** Model field or field group (window, manual), '*' for a whole row, 'cycle', 'tasks'/'units' for an order. */
  field: string;
  /** What the user sees: `Công việc STT 3 (“Khảo sát”)`. */
  label: string;
  fieldLabel: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  /** The three values as text (dates dd/mm/yyyy, unit names instead of ids). */
  display: { base: string; mine: string; theirs: string };
}

export interface MergeResult {
  /** The merged plan with every conflict provisionally resolved as "mine" (valid, no merge-made cycle). */
  merged: Plan;
  conflicts: Conflict[];
  /** Automatic adjustments the user should know of (duplicate unit names, recipient numbers). */
  notes: string[];
}

export const MERGE_SIDES = ['mine', 'theirs'] as const;
export type MergeSide = (typeof MERGE_SIDES)[number];

/** conflict id → the side whose value wins. */
export const mergeChoicesSchema = z.record(z.string().min(1).max(300), z.enum(MERGE_SIDES));
export type MergeChoices = z.infer<typeof mergeChoicesSchema>;

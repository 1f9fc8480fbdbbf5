/**
 * Edit commands: every change the user makes to a plan is one of these. They
 * cross IPC, so each has a zod schema. The schemas check shape only (types,
 * sane sizes); meaning (a negative duration, an unknown unit, a finish before
 * the start) is checked by applyEdit, which can name the field and say what is
 * wrong in Vietnamese rather than "invalid arguments".
 */
import { z } from 'zod';
import type { IsoDate } from '../dates';
import { LINK_TYPES, MAX_WBS_LENGTH, TASK_KINDS } from '../model';

/** Generous bounds against absurd payloads; the real limits are applyEdit's. */
const text = z.string().max(100_000);
const id = z.string().min(1).max(64);
const number = z.number().finite();
/** A date as `YYYY-MM-DD`; applyEdit refuses one that is not a real date. */
const date = z.string().max(32);
const idList = z.array(id).min(1).max(100_000);
/** Update Tasks' three choices: done as planned, a given % on the status date, remaining work moved from the status date on. */
export const PROGRESS_MODES = ['asPlanned', 'percent', 'reschedule'] as const;
export type ProgressMode = (typeof PROGRESS_MODES)[number];

/** Task fields editable in the table or the details panel; absent = unchanged. */
export const taskChangesSchema = z
  .object({
    name: text,
    /** The plan's own numbering ("I", "1.1", "a"), kept as typed. */
    wbs: text,
    leadUnitId: id.nullable(),
    coordinatingUnitIds: z.array(id).max(1_000),
    /** Re-read with parseTimeWindow; unreadable text is kept and flagged (window dates null). */
    windowText: text,
    deliverable: text,
    notes: text,
    kind: z.enum(TASK_KINDS),
    duration: number,
    percentComplete: number,
    startNoEarlierThan: date.nullable(),
    manualStart: date.nullable(),
    manualFinish: date.nullable(),
    actualStart: date.nullable(),
    actualFinish: date.nullable(),
  })
  .partial()
  .strict();
export type TaskChanges = z.infer<typeof taskChangesSchema>;

export const planEditSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('updateTask'), taskId: id, changes: taskChangesSchema }).strict(),
  /** A drag or typed dates: start → "start no earlier than"; finish → duration in working days. */
  z.object({ op: z.literal('setTaskDates'), taskId: id, start: date.optional(), finish: date.optional() }).strict(),
  /** Inserted below `afterTaskId` (null: at the top). */
  z.object({ op: z.literal('addTask'), afterTaskId: id.nullable(), name: text.optional() }).strict(),
  z.object({ op: z.literal('deleteTasks'), taskIds: idList }).strict(),
  /** With their subtasks; a summary moves past its neighbouring sibling (core/edits/outline.ts). */
  z.object({ op: z.literal('moveTasks'), taskIds: idList, direction: z.enum(['up', 'down']) }).strict(),
  /** Alt+Shift+→ / Tab: each task becomes a subtask of the sibling above it. */
  z.object({ op: z.literal('indentTasks'), taskIds: idList }).strict(),
  /** Alt+Shift+← / Shift+Tab: each task moves up one level; its following siblings become its subtasks. */
  z.object({ op: z.literal('outdentTasks'), taskIds: idList }).strict(),
  /** A row (or section) dragged under `parentId` (null: the top level), right after its child `afterTaskId` (null: first). */
  z.object({ op: z.literal('placeTasks'), taskIds: idList, parentId: id.nullable(), afterTaskId: id.nullable() }).strict(),
  z
    .object({ op: z.literal('addLink'), predecessorId: id, successorId: id, type: z.enum(LINK_TYPES), lag: number })
    .strict(),
  z.object({ op: z.literal('updateLink'), linkId: id, type: z.enum(LINK_TYPES).optional(), lag: number.optional() }).strict(),
  z.object({ op: z.literal('deleteLink'), linkId: id }).strict(),
  z.object({ op: z.literal('addUnit'), name: text }).strict(),
  z.object({ op: z.literal('renameUnit'), unitId: id, name: text }).strict(),
  /** Every reference to the source moves to the target; the source is deleted. */
  z.object({ op: z.literal('mergeUnits'), sourceUnitId: id, targetUnitId: id }).strict(),
  z
    .object({ op: z.literal('addCalendarException'), date, kind: z.enum(['holiday', 'workday']), name: text })
    .strict(),
  z.object({ op: z.literal('removeCalendarException'), date }).strict(),
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  z.object({ op: z.literal('setWorkWeek'), days: z.array(z.number().int()).max(7) }).strict(),
  z.object({ op: z.literal('setStatusDate'), date: date.nullable() }).strict(),
  z.object({ op: z.literal('setPlanDates'), startDate: date.optional(), endDate: date.optional() }).strict(),
  /** "Cập nhật tiến độ" as of `statusDate` (absent: the plan's, else today); see core/edits/progress.ts. */
  z
    .object({ op: z.literal('updateProgress'), taskIds: idList, statusDate: date.optional(), mode: z.enum(PROGRESS_MODES), percent: number.optional() })
    .strict(),
  /** Kế hoạch gốc `index` (0 … 10) := the current schedule of every task; name blank = the default one (core/baseline.ts). */
  z.object({ op: z.literal('saveBaseline'), index: z.number().int(), name: text.optional() }).strict(),
  z.object({ op: z.literal('deleteBaseline'), index: z.number().int() }).strict(),
]);
export type PlanEdit = z.infer<typeof planEditSchema>;
export type PlanEditOp = PlanEdit['op'];
/** One command's shape, e.g. EditOf<'setTaskDates'>. */
export type EditOf<K extends PlanEditOp> = Extract<PlanEdit, { op: K }>;

export interface EditContext {
  /** A fresh stable id (UUID) for a new task, link or unit. */
  newId(): string;
  /** The user's date today, passed by the handler (core never reads the clock): a status date when none is set, a baseline's date. */
  today?: IsoDate;
}

/**
 * The plan model: plain data shared by every layer. The zod schemas are the
 * single source of both the TypeScript types and the validation applied to
 * anything read from a plan file or received over IPC.
 */
import { z } from 'zod';
import { baselineSchema, MAX_BASELINES } from './baseline';
import { isIsoDate } from './dates';

export const MAX_NAME_LENGTH = 2_000;
export const MAX_TEXT_LENGTH = 10_000;
export const MAX_WBS_LENGTH = 64;
/**
 * Longest duration and lag, in working days (about 38 years): the working
 * calendar covers 1970–2199, so one task or link from any plan date of this
 * century stays inside it. Longer chains are clamped by the views, never thrown.
 */
export const MAX_DURATION = 10_000;
export const MAX_LAG = 10_000;

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD)' });
export const idSchema = z.string().min(1).max(64);

export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export const linkTypeSchema = z.enum(LINK_TYPES);
export type LinkType = z.infer<typeof linkTypeSchema>;

/** task: has a duration; milestone: duration 0; effort: "Theo tiến độ thực hiện", spans its links. */
export const TASK_KINDS = ['task', 'milestone', 'effort'] as const;
export const taskKindSchema = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof taskKindSchema>;

export const unitSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  /** Position in the plan's list of recipients (Danh sách các đơn vị gửi kế hoạch), or null. */
  recipientOrder: z.number().int().positive().nullable(),
});
export type Unit = z.infer<typeof unitSchema>;

export const taskSchema = z.object({
  id: idSchema,
  /** 1-based order in the plan, depth-first through the outline (as MS Project's ID); STT is derived from it. */
  position: z.number().int().positive(),
  /** The summary task (section) this task belongs to; null at the top level (see core/outline.ts). */
  parentId: idSchema.nullable(),
  /** The plan's own numbering exactly as written ("I", "1.1", "a", "b)"); '' when none. Never renumbered. */
  wbs: z.string().max(MAX_WBS_LENGTH),
  name: z.string().max(MAX_NAME_LENGTH),
  leadUnitId: idSchema.nullable(),
  coordinatingUnitIds: z.array(idSchema),
  /** "Thời gian thực hiện" exactly as written in the plan. */
  windowText: z.string().max(MAX_TEXT_LENGTH),
  /** The window parsed from windowText: start is "start no earlier than", end is a deadline. */
  windowStart: isoDateSchema.nullable(),
  windowEnd: isoDateSchema.nullable(),
  deliverable: z.string().max(MAX_TEXT_LENGTH),
  notes: z.string().max(MAX_TEXT_LENGTH),
  kind: taskKindSchema,
  /** Working days; 0 for a milestone, ignored for an effort task. */
  duration: z.number().int().min(0).max(MAX_DURATION),
  percentComplete: z.number().min(0).max(100),
  /** Set when the user drags a task (as MS Project does). */
  startNoEarlierThan: isoDateSchema.nullable(),
  /** A manually scheduled task keeps these dates; its links are only checked. */
  manualStart: isoDateSchema.nullable(),
  manualFinish: isoDateSchema.nullable(),
  actualStart: isoDateSchema.nullable(),
  actualFinish: isoDateSchema.nullable(),
});
export type Task = z.infer<typeof taskSchema>;

export const linkSchema = z.object({
  id: idSchema,
  predecessorId: idSchema,
  successorId: idSchema,
  type: linkTypeSchema,
  /** Working days; negative is a lead. */
  lag: z.number().int().min(-MAX_LAG).max(MAX_LAG),
});
export type Link = z.infer<typeof linkSchema>;

export const calendarExceptionSchema = z.object({
  date: isoDateSchema,
  name: z.string().max(MAX_NAME_LENGTH),
});
export type CalendarException = z.infer<typeof calendarExceptionSchema>;

export const calendarSpecSchema = z.object({
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  workWeek: z.array(z.number().int().min(1).max(7)),
  /** Days off that would otherwise be working days (public holidays, compensatory days). */
  holidays: z.array(calendarExceptionSchema),
  /** Days worked that would otherwise be off (make-up working days, e.g. Saturday 22/08/2026). */
  workdays: z.array(calendarExceptionSchema),
});
export type CalendarSpec = z.infer<typeof calendarSpecSchema>;

export const planInfoSchema = z.object({
  title: z.string().max(MAX_TEXT_LENGTH),
  /** "Số: /KH-SKHCN" — blank until issued. */
  number: z.string().max(MAX_NAME_LENGTH),
  placeAndDate: z.string().max(MAX_NAME_LENGTH),
  organisation: z.string().max(MAX_NAME_LENGTH),
  signer: z.string().max(MAX_NAME_LENGTH),
  startDate: isoDateSchema,
  /** The plan's end date: the project deadline. */
  endDate: isoDateSchema,
  /** Ngày cập nhật: null while progress is not tracked (see README). */
  statusDate: isoDateSchema.nullable(),
});
export type PlanInfo = z.infer<typeof planInfoSchema>;

export const planSchema = z.object({
  info: planInfoSchema,
  calendar: calendarSpecSchema,
  units: z.array(unitSchema),
  tasks: z.array(taskSchema),
  links: z.array(linkSchema),
  /** Saved baselines (core/baseline.ts), at most one per index; absent or empty when none was saved. */
  baselines: z.array(baselineSchema).max(MAX_BASELINES).optional(),
});
export type Plan = z.infer<typeof planSchema>;

/** A task with every field the caller does not know left empty (as MS Project's new task: 1 working day). */
export function newTask(fields: Pick<Task, 'id' | 'position'> & Partial<Task>): Task {
  return {
    parentId: null,
    wbs: '',
    name: '',
    leadUnitId: null,
    coordinatingUnitIds: [],
    windowText: '',
    windowStart: null,
    windowEnd: null,
    deliverable: '',
    notes: '',
    kind: 'task',
    duration: 1,
    percentComplete: 0,
    startNoEarlierThan: null,
    manualStart: null,
    manualFinish: null,
    actualStart: null,
    actualFinish: null,
    ...fields,
  };
}

/** Tasks in plan order (by position), as a new array. */
export function tasksInOrder(plan: Pick<Plan, 'tasks'>): Task[] {
  const { tasks } = plan;
  // Plans are usually stored in order: one pass instead of a sort (this runs on every schedule).
  let sorted = true;
  for (let i = 1; i < tasks.length && sorted; i++) sorted = tasks[i - 1]!.position <= tasks[i]!.position;
  return sorted ? tasks.slice() : [...tasks].sort((a, b) => a.position - b.position);
}

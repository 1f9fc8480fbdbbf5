/**
 * Our fields that MSPDI has no place for, kept in task custom text fields
 * (ExtendedAttribute Text1–Text4, with Vietnamese aliases so MS Project shows
 * them as named columns) so that a round trip keeps them. Text4 holds the
 * scheduling details MS Project 2007's schema cannot say (a manually
 * scheduled task's dates, an "as the work goes" task, both start constraints).
 */
import { z } from 'zod';
import { MAX_BASELINE_NAME_LENGTH, MAX_BASELINES } from '../baseline';
import { isoDateSchema, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type Task } from '../model';

export const OWN_FIELDS = {
  windowText: { fieldId: '188743731', fieldName: 'Text1', alias: 'Thời gian thực hiện' },
  deliverable: { fieldId: '188743734', fieldName: 'Text2', alias: 'Sản phẩm' },
  wbs: { fieldId: '188743737', fieldName: 'Text3', alias: 'Số thứ tự trong kế hoạch' },
  details: { fieldId: '188743740', fieldName: 'Text4', alias: 'Tiến Độ (chi tiết lập lịch)' },
} as const;

export const taskDetailsSchema = z.object({
  /** The whole name when it is longer than MSPDI's 512 characters. */
  name: z.string().max(MAX_NAME_LENGTH).optional(),
  kind: z.enum(['task', 'milestone', 'effort']).optional(),
  duration: z.number().int().min(0).max(100_000).optional(),
  percent: z.number().min(0).max(100).optional(),
  windowStart: isoDateSchema.nullable().optional(),
  windowEnd: isoDateSchema.nullable().optional(),
  startNoEarlierThan: isoDateSchema.nullable().optional(),
  manualStart: isoDateSchema.nullable().optional(),
  manualFinish: isoDateSchema.nullable().optional(),
  actualStart: isoDateSchema.nullable().optional(),
  actualFinish: isoDateSchema.nullable().optional(),
});
export type TaskDetails = z.infer<typeof taskDetailsSchema>;

/** A task's scheduling details as both writers (MSPDI and .gan) store them. */
export function taskDetailsOf(task: Task): TaskDetails {
  return {
    kind: task.kind,
    duration: task.duration,
    percent: task.percentComplete,
    windowStart: task.windowStart,
    windowEnd: task.windowEnd,
    startNoEarlierThan: task.startNoEarlierThan,
    manualStart: task.manualStart,
    manualFinish: task.manualFinish,
  };
}

/** The details, or null when the text is not ours (another tool's Text4). */
export function readTaskDetails(text: string): TaskDetails | null {
  return readJson(text, taskDetailsSchema);
}

function readJson<T>(text: string, schema: z.ZodType<T>): T | null {
  if (!text.startsWith('{')) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Plan fields MSPDI has no place for, in the details field of the project summary task (UID 0). */
export const planDetailsSchema = z.object({
  title: z.string().max(MAX_TEXT_LENGTH).optional(),
  placeAndDate: z.string().max(MAX_NAME_LENGTH).optional(),
  number: z.string().max(MAX_NAME_LENGTH).optional(),
  /** The plan's end date (its deadline): FinishDate is the schedule's finish, which may be later. */
  endDate: isoDateSchema.optional(),
  /** Names and dates of the baselines (MSPDI keeps only each task's Baseline dates). */
  baselines: z.array(z.object({ index: z.number().int().min(0).max(MAX_BASELINES - 1), name: z.string().min(1).max(MAX_BASELINE_NAME_LENGTH), savedOn: isoDateSchema })).max(MAX_BASELINES).optional(),
});
export type PlanDetails = z.infer<typeof planDetailsSchema>;

export function readPlanDetails(text: string): PlanDetails | null {
  return readJson(text, planDetailsSchema);
}

/**
 * Baselines (kế hoạch gốc): saved copies of the schedule that the current one
 * is compared with, as MS Project's Baseline, Baseline1…Baseline10. Index 0 is
 * the approved plan ("Kế hoạch được duyệt"), the reference that "late" and
 * "variance" mean by default (core/progress/taskStatus.ts).
 *
 * Plain data only: what a task's dates were when the baseline was saved. A
 * task added later has no entry (its variance is blank, as in MS Project).
 */
import { z } from 'zod';
import { addDays, isIsoDate, type IsoDate } from './dates';

/** MS Project and ProjectLibre keep Baseline plus Baseline1–10. */
export const MAX_BASELINES = 11;
export const APPROVED_BASELINE_INDEX = 0;
export const APPROVED_BASELINE_NAME = 'Kế hoạch được duyệt';
export const MAX_BASELINE_NAME_LENGTH = 200;

const isoDate = z.string().refine(isIsoDate, { message: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD)' });

export const baselineTaskSchema = z.object({
  taskId: z.string().min(1).max(64),
  start: isoDate,
  finish: isoDate,
  /** Working days, 0 for a milestone. */
  duration: z.number().int().min(0),
});
export type BaselineTask = z.infer<typeof baselineTaskSchema>;

export const baselineSchema = z.object({
  /** 0 … 10, as MSPDI's Baseline/Number. */
  index: z.number().int().min(0).max(MAX_BASELINES - 1),
  name: z.string().min(1).max(MAX_BASELINE_NAME_LENGTH),
  /** The calendar date it was saved (dd/mm/yyyy in the UI). */
  savedOn: isoDate,
  tasks: z.array(baselineTaskSchema),
});
export type Baseline = z.infer<typeof baselineSchema>;

/** The default name of baseline `index` ("Kế hoạch được duyệt", then "Kế hoạch gốc 1" …). */
export function defaultBaselineName(index: number): string {
  return index === APPROVED_BASELINE_INDEX ? APPROVED_BASELINE_NAME : `Kế hoạch gốc ${index}`;
}

/** The baseline with `index`, or undefined. */
export function baselineAt(baselines: readonly Baseline[] | undefined, index: number): Baseline | undefined {
  return baselines?.find((b) => b.index === index);
}

/** A baseline's dates by task id. */
export function baselineDates(baseline: Baseline): Map<string, { start: IsoDate; finish: IsoDate; duration: number }> {
  return new Map(baseline.tasks.map((t) => [t.taskId, { start: t.start, finish: t.finish, duration: t.duration }]));
}

/**
 * Working days `finish` is after (+) or before (−) `baselineFinish`: MS
 * Project's Finish Variance, counted as the progress report counts it.
 */
export function finishVariance(baselineFinish: IsoDate, finish: IsoDate, calendar: { countWorkingDays(from: IsoDate, to: IsoDate): number }): number {
  if (finish > baselineFinish) return calendar.countWorkingDays(addDays(baselineFinish, 1), finish);
  if (finish < baselineFinish) return -calendar.countWorkingDays(addDays(finish, 1), baselineFinish);
  return 0;
}

/**
 * The scheduling engine's contract. The engine is a pure function over plain
 * data: tasks and links by index, a precomputed working-day calendar, plan
 * dates. Results are flat typed arrays of working-day numbers so that a
 * 100,000-task plan is scheduled without allocating an object per task;
 * `describeTask` turns one task's result into dates for the UI.
 */
import type { IsoDate } from '../dates';
import type { LinkType, TaskKind } from '../model';

export interface ScheduleTask {
  kind: TaskKind;
  /** Working days (0 for a milestone, ignored for an effort task). */
  duration: number;
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
  startNoEarlierThan: IsoDate | null;
  manualStart: IsoDate | null;
  manualFinish: IsoDate | null;
  percentComplete: number;
  actualStart: IsoDate | null;
  actualFinish: IsoDate | null;
}

export interface ScheduleLink {
  /** Index of the predecessor in `tasks`. */
  from: number;
  /** Index of the successor in `tasks`. */
  to: number;
  type: LinkType;
  /** Working days, negative for a lead. */
  lag: number;
}

export interface ScheduleInput {
  tasks: readonly ScheduleTask[];
  links: readonly ScheduleLink[];
  projectStart: IsoDate;
  /** The plan's end date (project deadline). */
  projectDeadline: IsoDate;
  /** Ngày cập nhật; null when progress is not tracked. */
  statusDate: IsoDate | null;
  /** Index of each task's summary task (−1 at the top level); absent when the plan has no outline. */
  parents?: Int32Array;
}

/** What fixes a task's early start. */
export type DriverKind =
  | 'projectStart'
  | 'link' // driverLink holds the link index
  | 'window' // start of the plan window ("Không sớm hơn khung thời gian")
  | 'startNoEarlierThan' // a drag
  | 'statusDate' // unfinished work cannot be before the status date
  | 'manual'
  | 'actual';

export const DRIVER_KINDS: readonly DriverKind[] = [
  'projectStart',
  'link',
  'window',
  'startNoEarlierThan',
  'statusDate',
  'manual',
  'actual',
];

/**
 * What is wrong with the progress entered, against the status date (as MS
 * Project flags it): an actual date after the status date, or work started or
 * finished before a link allows it (out of sequence).
 */
export type ProgressIssue = 'actualAfterStatus' | 'outOfSequence';
/** Index 0 of the engine's codes means "no issue". */
export const PROGRESS_ISSUES: readonly (ProgressIssue | null)[] = [null, 'actualAfterStatus', 'outOfSequence'];

export interface ScheduleArrays {
  /** Working-day numbers (see WorkCalendar); finish = start + duration - 1 (milestone: finish = start - 1). */
  earlyStart: Int32Array;
  earlyFinish: Int32Array;
  lateStart: Int32Array;
  lateFinish: Int32Array;
  totalFloat: Int32Array;
  freeFloat: Int32Array;
  critical: Uint8Array;
  /** Working days the early finish passes the task's own deadline (window end), else 0. */
  daysLateOwn: Int32Array;
  /** Working days the early finish passes the plan's end date, else 0. */
  daysLatePlan: Int32Array;
  /** Index into DRIVER_KINDS. */
  driverKind: Uint8Array;
  /** Index of the driving link when driverKind is 'link', else -1. */
  driverLink: Int32Array;
  /** Index of a link the early dates violate (manual tasks only check links), else -1. */
  violatedLink: Int32Array;
  /**
   * 1 for a milestone reached by a finish (FS, FF, or finished work held at the
   * status date): it is shown on the day before its start number, the finish
   * it follows (MS Project). Lateness is counted on the day shown.
   */
  shownOnFinish: Uint8Array;
  /** Index into PROGRESS_ISSUES (0: none). */
  progressIssue: Uint8Array;
  /** Only with an outline: the task whose constraint or fixed dates the driver refers to (itself, an ancestor, a summary's earliest leaf). */
  driverTask?: Int32Array;
  /** Only with an outline: percent complete, duration-weighted over the leaves for a summary. */
  percentComplete?: Float64Array;
}

export interface ScheduleOk extends ScheduleArrays {
  ok: true;
  /** Working-day number of the latest finish shown (a milestone counts on its shown day). */
  projectFinish: number;
  /** Working days the plan finishes after its end date (0 when on time). */
  projectDaysLate: number;
}

export interface ScheduleCycle {
  ok: false;
  error: 'cycle';
  /** Task indices forming the cycle, in link order (first → … → last → first). */
  cycle: number[];
}

export type ScheduleResult = ScheduleOk | ScheduleCycle;

/** One task's result with calendar dates, for the UI and exports. */
export interface TaskScheduleView {
  start: IsoDate;
  finish: IsoDate;
  lateStart: IsoDate;
  lateFinish: IsoDate;
  totalFloat: number;
  freeFloat: number;
  critical: boolean;
  daysLateOwn: number;
  daysLatePlan: number;
  driver: { kind: DriverKind; linkIndex: number; date: IsoDate | null };
  progressIssue: ProgressIssue | null;
  /** Working days from start to finish (0 for a milestone); a summary's rolled up. */
  duration: number;
  /** The task's own percent complete; a summary's duration-weighted over its leaves. */
  percentComplete: number;
}

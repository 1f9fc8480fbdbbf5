/**
 * One pass over the tasks that turns every date into a working-day number,
 * so the forward and backward passes touch only integers in typed arrays.
 */
import { CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY, parseEpochDay, type WorkCalendar } from '../calendar';
import type { IsoDate } from '../dates';
import { inheritedBounds, type Outline } from './summaries';
import { DRIVER_KINDS, type DriverKind, type ScheduleInput } from './types';

const driverCode = (kind: DriverKind): number => DRIVER_KINDS.indexOf(kind);

/**
 * The engine's integer codes. Consumers destructure this object once at
 * module level: imported bindings can compile to getter calls (tsx, vitest),
 * too slow for the passes' inner loops.
 */
export const CODE = {
  /** Marks an absent number (no manual/actual date). */
  NONE: -0x80000000,
  /** An absent deadline: later than any working-day number. */
  NO_DEADLINE: 0x7fffffff,
  MODE_AUTO: 0,
  MODE_MANUAL: 1,
  MODE_EFFORT: 2,
  /** Progress as the engine uses it; always NOT_TRACKED when the status date is null. */
  NOT_TRACKED: 0,
  NOT_STARTED: 1,
  IN_PROGRESS: 2,
  FINISHED: 3,
  D_PROJECT_START: driverCode('projectStart'),
  D_LINK: driverCode('link'),
  D_WINDOW: driverCode('window'),
  D_SNET: driverCode('startNoEarlierThan'),
  D_STATUS: driverCode('statusDate'),
  D_MANUAL: driverCode('manual'),
  D_ACTUAL: driverCode('actual'),
} as const;
const { NONE, NO_DEADLINE, MODE_AUTO, MODE_MANUAL, MODE_EFFORT, NOT_STARTED, IN_PROGRESS, FINISHED } = CODE;
const { D_PROJECT_START, D_WINDOW, D_SNET, D_STATUS } = CODE;

export interface Prepared {
  projectStart: number;
  projectDeadline: number;
  /** startNumber(statusDate), or NONE: the first day of work not yet done. */
  status: number;
  /** finishNumber(statusDate), or NONE: finished work lies at or before it. */
  statusFinish: number;
  /** 1 where an actual date lies after the status date (flagged, as MS Project does). */
  actualAfterStatus: Uint8Array;
  mode: Uint8Array;
  progress: Uint8Array;
  /** Working days; 0 for a milestone; unused for an effort task. */
  duration: Int32Array;
  percent: Float64Array;
  /** Latest start allowed by projectStart, window, SNET and (not started) status date. */
  minStart: Int32Array;
  /** Driver code of minStart; on equal numbers the more specific constraint wins. */
  minStartKind: Uint8Array;
  /** finishNumber(windowEnd), or NO_DEADLINE. */
  deadline: Int32Array;
  /** Manual start/finish, or actual start/finish of work in progress or finished; else NONE. */
  fixStart: Int32Array;
  fixFinish: Int32Array;
  /** Only with an outline: the task whose constraint sets minStart (itself or a summary above it). */
  minStartTask?: Int32Array;
  /** Only with an outline: the deadline of the backward pass, the earliest of the task's and its summaries' window ends. */
  lateDeadline?: Int32Array;
}

export function prepare(input: ScheduleInput, cal: WorkCalendar, outline: Outline | null = null): Prepared {
  const n = input.tasks.length;
  const projectStart = startOf(cal, input.projectStart);
  const projectDeadline = finishOf(cal, input.projectDeadline);
  const { statusDate } = input;
  const status = statusDate === null ? NONE : startOf(cal, statusDate);
  const p: Prepared = {
    projectStart,
    projectDeadline,
    status,
    statusFinish: statusDate === null ? NONE : finishOf(cal, statusDate),
    actualAfterStatus: new Uint8Array(n),
    mode: new Uint8Array(n),
    progress: new Uint8Array(n),
    duration: new Int32Array(n),
    percent: new Float64Array(n),
    minStart: new Int32Array(n),
    minStartKind: new Uint8Array(n),
    deadline: new Int32Array(n),
    fixStart: new Int32Array(n).fill(NONE),
    fixFinish: new Int32Array(n).fill(NONE),
  };
  const start = (d: IsoDate | null): number => (d === null ? NONE : startOf(cal, d));
  const finish = (d: IsoDate | null): number => (d === null ? NONE : finishOf(cal, d));

  for (let i = 0; i < n; i++) {
    const t = input.tasks[i]!;
    const milestone = t.kind === 'milestone' || (t.kind === 'task' && !(t.duration > 0));
    p.duration[i] = milestone ? 0 : t.kind === 'effort' ? 1 : Math.trunc(t.duration);
    p.deadline[i] = t.windowEnd === null ? NO_DEADLINE : finishOf(cal, t.windowEnd);
    if (statusDate !== null && eitherAfter(t.actualStart, t.actualFinish, statusDate)) p.actualAfterStatus[i] = 1;

    // Constraints on the start, later ones win ties (more specific).
    let ms = projectStart;
    let kind = D_PROJECT_START;
    const w = start(t.windowStart);
    if (w >= ms) (ms = w), (kind = D_WINDOW);
    const snet = start(t.startNoEarlierThan);
    if (snet >= ms) (ms = snet), (kind = D_SNET);

    if (t.manualStart !== null && t.manualFinish !== null) {
      p.mode[i] = MODE_MANUAL;
      p.fixStart[i] = start(t.manualStart);
      p.fixFinish[i] = milestone ? NONE : finish(t.manualFinish);
    } else {
      p.mode[i] = t.kind === 'effort' ? MODE_EFFORT : MODE_AUTO;
      const pc = t.percentComplete;
      // An effort task spans the work it follows, which the status date already
      // moves: only its actual dates, once finished, count.
      if (status !== NONE && (t.kind !== 'effort' || pc >= 100)) {
        // A milestone is reached or not: partial progress counts as not reached.
        const prog = pc >= 100 ? FINISHED : pc > 0 && !milestone ? IN_PROGRESS : NOT_STARTED;
        p.progress[i] = prog;
        p.percent[i] = pc;
        if (prog === NOT_STARTED && status >= ms) (ms = status), (kind = D_STATUS);
        if (prog !== NOT_STARTED) {
          p.fixStart[i] = start(milestone ? (t.actualStart ?? t.actualFinish) : t.actualStart);
          if (prog === FINISHED && !milestone) p.fixFinish[i] = finish(t.actualFinish);
        }
      }
    }
    p.minStart[i] = ms;
    p.minStartKind[i] = kind;
  }
  if (outline !== null && input.parents !== undefined) applyOutline(p, input, outline, start);
  return p;
}

/**
 * A summary has no work of its own (its duration, progress and manual dates
 * are ignored); its window start and "không sớm hơn" bound every task below
 * it (the task's own constraint wins a tie), its window end their late finish.
 */
function applyOutline(p: Prepared, input: ScheduleInput, outline: Outline, start: (d: IsoDate | null) => number): void {
  const n = input.tasks.length;
  const ownBound = new Int32Array(n).fill(NONE);
  const ownKind = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (outline.summary[i] === 0) continue;
    const t = input.tasks[i]!;
    const w = start(t.windowStart);
    const snet = start(t.startNoEarlierThan);
    if (w !== NONE) (ownBound[i] = w), (ownKind[i] = D_WINDOW);
    if (snet !== NONE && snet >= ownBound[i]!) (ownBound[i] = snet), (ownKind[i] = D_SNET);
    (p.mode[i] = MODE_AUTO), (p.progress[i] = 0), (p.percent[i] = 0), (p.actualAfterStatus[i] = 0);
    (p.fixStart[i] = NONE), (p.fixFinish[i] = NONE), (p.duration[i] = 0);
  }
  const inherited = inheritedBounds(input.parents!, ownBound, ownKind, p.deadline, NONE, NO_DEADLINE);
  const minStartTask = new Int32Array(n);
  const lateDeadline = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    minStartTask[i] = i;
    lateDeadline[i] = Math.min(p.deadline[i]!, inherited.deadline[i]!);
    if (inherited.bound[i]! > p.minStart[i]!) {
      p.minStart[i] = inherited.bound[i]!;
      p.minStartKind[i] = inherited.kind[i]!;
      minStartTask[i] = inherited.from[i]!;
    }
  }
  p.minStartTask = minStartTask;
  p.lateDeadline = lateDeadline;
}

/** ISO dates compare as strings; true when either actual date lies after the status date. */
function eitherAfter(a: IsoDate | null, b: IsoDate | null, statusDate: IsoDate): boolean {
  return (a !== null && a > statusDate) || (b !== null && b > statusDate);
}

/**
 * A plan may hold any valid date, the calendar covers 1970–2199: a date
 * outside counts as the calendar's first or last day, so every plan the
 * validator accepts can be scheduled.
 */
function clampedDay(date: IsoDate): number {
  const day = parseEpochDay(date);
  return day < CALENDAR_FIRST_DAY ? CALENDAR_FIRST_DAY : day > CALENDAR_LAST_DAY ? CALENDAR_LAST_DAY : day;
}
const startOf = (cal: WorkCalendar, date: IsoDate): number => cal.startNumberOfDay(clampedDay(date));
const finishOf = (cal: WorkCalendar, date: IsoDate): number => cal.finishNumberOfDay(clampedDay(date));

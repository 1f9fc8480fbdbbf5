/**
 * One task's row of an exported timeline: its wrapped texts (STT, name,
 * lead unit), its height, and its bar, milestone or hatched effort bar and
 * plan window in chart coordinates, clipped to the date range.
 */
import { toEpochDay, type IsoDate } from '../dates';
import type { Task, TaskKind } from '../model';
import type { TaskScheduleView } from '../schedule';
import { wrapText } from './fontMetrics';
import type { TimeAxis } from './timeAxis';

export interface BarShape {
  kind: TaskKind;
  /** Left edge and width; a milestone's diamond is centred on x + width / 2. */
  x: number;
  width: number;
  critical: boolean;
  /** Late as the app marks it (outlined): as of the status date when the plan has one, else past its plan window. */
  late: boolean;
  /** A section (summary task): drawn as a bracket over its children's span. */
  summary: boolean;
  /** Width of the part already done (percent complete). */
  progressWidth: number;
  /** The bar continues before / after the range shown. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface LayoutRow {
  taskId: string;
  stt: number | string;
  name: string;
  nameLines: string[];
  /** Depth in the outline: the name is indented by it; a summary's name is bold. */
  depth: number;
  summary: boolean;
  leadLines: string[];
  start: IsoDate;
  finish: IsoDate;
  /** Percent complete (for the bar label). */
  percent: number;
  /** Top on its page and height, in px. */
  y: number;
  height: number;
  bar: BarShape | null;
  /** The plan window band ("Thời gian thực hiện"), clipped to the range. */
  window: { x: number; width: number } | null;
  /** The task's approved-baseline span, clipped to the range; null when not drawn or outside it. */
  baseline: { x: number; width: number } | null;
}

export interface RowGeometry {
  nameWidth: number;
  leadWidth: number;
  fontSize: number;
  lineHeight: number;
  padY: number;
  maxNameLines: number;
  maxLeadLines: number;
  axis: TimeAxis;
  chartX: number;
}

export interface RowInput {
  task: Task;
  /** The STT column: 1, 2, 3 … or the plan's own numbering ("I", "1.1"). */
  stt: number | string;
  leadName: string;
  schedule: TaskScheduleView;
  depth?: number;
  summary?: boolean;
  /** Late as of the status date (core/progress/taskStatus.ts); absent: past its window (the engine's). */
  late?: boolean;
  /** Its dates in the approved baseline, when the export draws baselines. */
  baseline?: { start: IsoDate; finish: IsoDate } | null;
}

/** Indent of the name per outline level, in font sizes. */
export const INDENT_EM = 0.9;

/** The row, or null when the task lies wholly outside the range. */
export function buildRow(input: RowInput, geo: RowGeometry): LayoutRow | null {
  const { task, schedule } = input;
  const { axis } = geo;
  const first = toEpochDay(schedule.start);
  const last = task.kind === 'milestone' ? first : toEpochDay(schedule.finish);
  if (last < axis.startDay || first > axis.endDay) return null;

  const depth = input.depth ?? 0;
  const summary = input.summary === true;
  const nameLines = wrapText(task.name, Math.max(geo.fontSize * 4, geo.nameWidth - depth * INDENT_EM * geo.fontSize), geo.fontSize, summary ? 600 : 400, geo.maxNameLines);
  const leadLines = wrapText(input.leadName, geo.leadWidth, geo.fontSize, 400, geo.maxLeadLines);
  const lines = Math.max(1, nameLines.length, leadLines.length);
  return {
    taskId: task.id,
    stt: input.stt,
    name: task.name,
    nameLines: nameLines.length > 0 ? nameLines : [''],
    depth,
    summary,
    leadLines,
    start: schedule.start,
    finish: schedule.finish,
    percent: task.percentComplete,
    y: 0,
    height: lines * geo.lineHeight + 2 * geo.padY,
    bar: barOf(task, schedule, first, last, geo, summary, input.late ?? schedule.daysLateOwn > 0),
    window: windowOf(task, geo),
    baseline: input.baseline ? spanOf(toEpochDay(input.baseline.start), toEpochDay(input.baseline.finish), geo) : null,
  };
}

/** Days first … last (inclusive) in chart coordinates, clipped to the range; null when wholly outside. */
function spanOf(first: number, last: number, geo: RowGeometry): { x: number; width: number } | null {
  const from = Math.max(first, geo.axis.startDay);
  const to = Math.min(last + 1, geo.axis.endDay + 1);
  if (to <= from) return null;
  return { x: dayX(geo, from), width: dayX(geo, to) - dayX(geo, from) };
}

const dayX = (geo: RowGeometry, day: number) => geo.chartX + (day - geo.axis.startDay) * geo.axis.pxPerDay;

function barOf(task: Task, schedule: TaskScheduleView, first: number, last: number, geo: RowGeometry, summary: boolean, late: boolean): BarShape {
  const { axis } = geo;
  if (task.kind === 'milestone' && !summary) {
    return { kind: 'milestone', x: dayX(geo, first), width: axis.pxPerDay, critical: schedule.critical, late, summary, progressWidth: 0, clippedStart: false, clippedEnd: false };
  }
  const from = Math.max(first, axis.startDay);
  const to = Math.min(last + 1, axis.endDay + 1);
  const x = dayX(geo, from);
  const width = dayX(geo, to) - x;
  // Progress runs over the whole task; only the part inside the range shows.
  const doneEnd = first + ((last + 1 - first) * task.percentComplete) / 100;
  const progressWidth = Math.min(width, Math.max(0, dayX(geo, Math.min(doneEnd, to)) - x));
  return {
    kind: task.kind,
    x,
    width,
    critical: schedule.critical,
    late,
    summary,
    progressWidth,
    clippedStart: first < axis.startDay,
    clippedEnd: last > axis.endDay,
  };
}

function windowOf(task: Task, geo: RowGeometry): { x: number; width: number } | null {
  if (task.windowStart === null && task.windowEnd === null) return null;
  const { axis } = geo;
  const from = Math.max(task.windowStart ? toEpochDay(task.windowStart) : axis.startDay, axis.startDay);
  const to = Math.min(task.windowEnd ? toEpochDay(task.windowEnd) + 1 : axis.endDay + 1, axis.endDay + 1);
  if (to <= from) return null;
  return { x: dayX(geo, from), width: dayX(geo, to) - dayX(geo, from) };
}

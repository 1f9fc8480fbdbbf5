import type { WorkCalendar } from '../../core/calendar';
import type { IsoDate } from '../../core/dates';
import type { LinkType, TaskKind } from '../../core/model';
import type { GanttLanguage, GanttViewMode } from './viewModes';

export type { GanttLanguage, GanttViewMode };

/** One incoming dependency of a row: an arrow from the predecessor `from` (a row id), attached by its type. */
export interface GanttLink {
  from: string;
  /** FS finish→start, SS start→start, FF finish→finish, SF start→finish. */
  type: LinkType;
}

/** One task row of the chart. Text fields are untrusted plan data. */
export interface GanttRow {
  id: string;
  /** STT: the row number shown in the plan. */
  stt: number;
  name: string;
  /** Inclusive working-day dates; a milestone has start === finish. */
  start: IsoDate;
  finish: IsoDate;
  /** 0..100 */
  progress: number;
  critical: boolean;
  late: boolean;
  /** What `late` is measured against (the bar's tooltip): the task's window, or the plan as of the status date. */
  lateAgainst?: 'window' | 'status';
  kind: TaskKind;
  /** Manually scheduled (fixed dates): its dates are not dragged on the chart. */
  manual: boolean;
  /** The plan window ("Tháng 4-5/2026"), drawn as a faint band behind the bar. */
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
  /** Incoming links: one arrow each. */
  links: GanttLink[];
  /** A section (summary task): drawn as a bracket over its subtasks' span; dragging it moves the section. */
  summary?: boolean;
  /** Its dates in the approved baseline (kế hoạch gốc), drawn as a thin grey bar when `showBaseline`; absent when it has none. */
  baseline?: { start: IsoDate; finish: IsoDate } | null;
}

/**
 * What a drag asks for, inclusive dates already snapped to working days: a
 * move gives the new start, a resize the new finish, the progress handle a
 * whole percentage.
 */
export type GanttChange = GanttDateChange | GanttProgressChange;
export interface GanttDateChange {
  start?: IsoDate;
  finish?: IsoDate;
}
export interface GanttProgressChange {
  progress: number;
}

/** The plan calendar, for snapping dropped dates to working days. */
export type GanttCalendar = Pick<WorkCalendar, 'startNumber' | 'finishNumber' | 'dateOf'>;

export interface GanttChartProps {
  rows: GanttRow[];
  viewMode: GanttViewMode;
  /** The chart shows exactly this range (the Week view widens it to whole weeks). */
  rangeStart: IsoDate;
  rangeEnd: IsoDate;
  /** Marked with a vertical line and "Hôm nay" / "Today". */
  today: IsoDate;
  /** The plan's deadline: a "Hạn chót" line at the end of that day. */
  deadline?: IsoDate | null;
  /** The plan's status date: a "Ngày cập nhật" line at the start of that day (unfinished work is scheduled from it). */
  statusDate?: IsoDate | null;
  /** Days off on weekdays (holidays, Tết); weekends are shaded anyway. */
  nonWorkingDays: IsoDate[];
  /** Weekend days that are working days: not shaded. */
  extraWorkingDays: IsoDate[];
  language: GanttLanguage;
  /** Week view: the ISO week number ("Tuần 15") above each week's dates. */
  weekNumbers?: boolean;
  /** Rows' baselines drawn as thin grey bars under their bars. */
  showBaseline?: boolean;
  selectedId: string | null;
  onSelect(id: string): void;
  /** Vertical scroll of the chart body, to keep the task table in step. */
  onScroll?(scrollTop: number): void;
  /**
   * Bars can be dragged: moved (not effort or manual tasks), resized by their
   * right end (not milestones) and their progress handle dragged. False for a
   * read-only plan.
   */
  editable?: boolean;
  /** Snaps a moved start forward and a resized finish back to working days; without it dates snap to days only. */
  calendar?: GanttCalendar | null;
  /** During a drag, at most once per animation frame, whenever the snapped change differs from the last one. */
  onDragPreview?(id: string, change: GanttChange): void;
  /** On drop, when the change differs from the task's dates (or progress) before the drag. */
  onDragEnd?(id: string, change: GanttChange): void;
  /** Esc during a drag, or a drop back where the drag started: the preview is to be dropped. */
  onDragCancel?(): void;
  /** A double-click on a bar (or in its row): the app opens that task's details. */
  onOpenTask?(id: string): void;
  /** A right-click on a bar (or in its row), at client coordinates: the app opens its context menu. */
  onTaskMenu?(id: string, x: number, y: number): void;
  /** Ctrl+wheel over the chart: the next scale in (wheel up) or out; the app sets `viewMode`, the date under the pointer stays put. */
  onZoom?(mode: GanttViewMode): void;
}

export interface GanttChartHandle {
  /** Scrolls the chart body vertically (from the task table's scroll); returns the scrollTop it could reach (the browser clamps it). */
  setScrollTop(top: number): number;
  /** Scrolls horizontally so `date` is near the left edge. */
  scrollToDate(date: IsoDate): void;
  /** Today a third into the view. */
  scrollToToday(): void;
  /** Scrolls only if these days are out of view (the selected task's bar). */
  revealDates(start: IsoDate, finish: IsoDate): void;
  /**
   * Repaints these tasks' bars and the arrows touching them from the rows
   * last given, without comparing all rows (an edit whose changed ids are
   * known). New rows given as props are compared and patched anyway.
   */
  repaintTasks(ids: Iterable<string>): void;
}

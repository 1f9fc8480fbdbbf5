import type { IsoDate } from '../../core/dates';
import type { TaskKind } from '../../core/model';
import type { GanttLanguage, GanttViewMode } from './viewModes';

export type { GanttLanguage, GanttViewMode };

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
  kind: TaskKind;
  /** The plan window ("Tháng 4-5/2026"), drawn as a faint band behind the bar. */
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
  /** Predecessor ids: one arrow each. */
  dependencies: string[];
}

export interface GanttChartProps {
  rows: GanttRow[];
  viewMode: GanttViewMode;
  /** The chart shows exactly this range (the Week view widens it to whole weeks). */
  rangeStart: IsoDate;
  rangeEnd: IsoDate;
  /** Marked with a vertical line and "Hôm nay" / "Today". */
  today: IsoDate;
  /** Days off on weekdays (holidays, Tết); weekends are shaded anyway. */
  nonWorkingDays: IsoDate[];
  /** Weekend days that are working days: not shaded. */
  extraWorkingDays: IsoDate[];
  language: GanttLanguage;
  selectedId: string | null;
  onSelect(id: string): void;
  /** Vertical scroll of the chart body, to keep the task table in step. */
  onScroll?(scrollTop: number): void;
}

export interface GanttChartHandle {
  /** Scrolls the chart body vertically (from the task table's scroll); returns the scrollTop it could reach (the browser clamps it). */
  setScrollTop(top: number): number;
  /** Scrolls horizontally so `date` is near the left edge. */
  scrollToDate(date: IsoDate): void;
}

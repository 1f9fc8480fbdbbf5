/**
 * The chart's props as the controller sees them, and the decision a prop
 * change comes down to: rows with new ids, order, names or links (or dates
 * that became (in)valid), view mode, language or range → a full frappe
 * render; otherwise the changed bars patched in place, overlays redrawn only
 * for a calendar, window or today change, and the selection moved.
 */
import type { IsoDate } from '../../core/dates';
import type { FrappeBar } from 'frappe-gantt';
import { frappeDates } from './frappeChart';
import { diffRows } from './rowDiff';
import type { GanttCalendar, GanttChange, GanttRow } from './types';
import type { GanttLanguage, GanttViewMode } from './viewModes';

export interface ChartState {
  rows: readonly GanttRow[];
  viewMode: GanttViewMode;
  rangeStart: IsoDate;
  rangeEnd: IsoDate;
  today: IsoDate;
  /** The plan's deadline ("Hạn chót"), drawn as a line; null for none. */
  deadline: IsoDate | null;
  /** The status date ("Ngày cập nhật"), drawn as a line; null for none. */
  statusDate: IsoDate | null;
  nonWorkingDays: readonly IsoDate[];
  extraWorkingDays: readonly IsoDate[];
  language: GanttLanguage;
  /** Week view: "Tuần 15" above each week's dates (ISO week numbers). */
  weekNumbers: boolean;
  /** The rows' baselines drawn (baselineBars.ts). */
  showBaseline: boolean;
  selectedId: string | null;
  editable: boolean;
}

export interface ChartCallbacks {
  onSelect(id: string): void;
  onScroll(scrollTop: number): void;
  calendar(): GanttCalendar | null | undefined;
  onDragPreview(id: string, change: GanttChange): void;
  onDragEnd(id: string, change: GanttChange): void;
  onDragCancel(): void;
  /** A double-click on a row's bar (or in its row): open that task's details. */
  onOpen(id: string): void;
  /** A right-click in a row: that task's context menu at the pointer (client coordinates). */
  onContextMenu(id: string, x: number, y: number): void;
  /** Ctrl+wheel asked for the next scale in or out. */
  onZoom(mode: GanttViewMode): void;
}

/** frappe draws everything again: refresh() with new tasks, or change_view_mode(). */
export interface FullRender {
  kind: 'render';
  /** Rows changed: frappe gets new tasks (refresh) and the row index is rebuilt. */
  rows: boolean;
  /** The scale or range changed: the date in the middle of the view stays there. */
  keepCentre: boolean;
}

/** The drawn chart is kept; only what changed is redrawn. */
export interface Patch {
  kind: 'patch';
  /** Indexes of the bars to patch, or null for none. */
  rows: readonly number[] | null;
  /** A drag's ghost bar follows its row's new dates. */
  refreshGhost: boolean;
  overlays: boolean;
  selection: boolean;
}

export interface Redraw {
  /** The days-off sets are rebuilt (before either redraw). */
  calendarChanged: boolean;
  action: FullRender | Patch;
}

/**
 * The cheapest redraw from `prev` to `next`. `validityChanged` tells whether
 * any of the patched rows' dates became valid or invalid.
 */
export function planRedraw(
  prev: ChartState,
  next: ChartState,
  validityChanged: (changed: readonly number[]) => boolean,
): Redraw {
  const diff = diffRows(prev.rows, next.rows);
  // A row whose dates became (in)valid changes frappe's task: redraw it all.
  const rowsChanged = diff.kind === 'structural' || (diff.kind === 'patch' && validityChanged(diff.changed));
  const viewChanged = prev.viewMode !== next.viewMode;
  const rangeChanged = prev.rangeStart !== next.rangeStart || prev.rangeEnd !== next.rangeEnd;
  const languageChanged = prev.language !== next.language || prev.weekNumbers !== next.weekNumbers;
  const calendarChanged =
    !sameList(prev.nonWorkingDays, next.nonWorkingDays) || !sameList(prev.extraWorkingDays, next.extraWorkingDays);

  if (rowsChanged || viewChanged || rangeChanged || languageChanged) {
    return { calendarChanged, action: { kind: 'render', rows: rowsChanged, keepCentre: viewChanged || rangeChanged } };
  }
  // Editable on or off: every bar's handles; otherwise the rows that changed.
  const rows =
    prev.editable !== next.editable ? next.rows.map((_, i) => i) : diff.kind === 'patch' ? diff.changed : null;
  const windowsChanged = diff.kind === 'patch' && diff.windowsChanged;
  return {
    calendarChanged,
    action: {
      kind: 'patch',
      rows,
      refreshGhost: diff.kind === 'patch',
      overlays: calendarChanged || windowsChanged || prev.today !== next.today || prev.deadline !== next.deadline || prev.showBaseline !== next.showBaseline || prev.statusDate !== next.statusDate,
      selection: prev.selectedId !== next.selectedId,
    },
  };
}

/** Whether any of the `changed` rows' dates became valid or invalid since frappe drew `bars`. */
export function validityChanged(
  bars: readonly (FrappeBar | undefined)[],
  rows: readonly GanttRow[],
  fallback: IsoDate,
  changed: readonly number[],
): boolean {
  return changed.some((i) => {
    const row = rows[i];
    const bar = bars[i];
    if (!row) return true;
    // A row outside the drawn window has no bar: it is drawn as it is when it enters.
    return bar !== undefined && frappeDates(row, fallback).invalid !== (bar.task.invalid === true);
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

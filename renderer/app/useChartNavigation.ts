/**
 * Moving the chart for the user: to the selected task's bar when it is out
 * of view (go-to-task), to today ("Hôm nay"), or the whole plan in view
 * ("Vừa khung": the most detailed scale that shows the plan's range, from its start).
 */
import { useEffect, useRef, type RefObject } from 'react';
import { toEpochDay, type IsoDate } from '../../core/dates';
import { pxPerDay, type GanttViewMode } from '../gantt/viewModes';
import type { GanttChartHandle } from '../gantt/GanttChart';
import type { TaskView } from '../planView';
import { switchView } from '../state/navigation';
import { usePlanStore } from '../state/usePlanStore';

/** The most detailed view whose range fits `width` px (Month when none does). */
export function fittingView(range: { start: IsoDate; end: IsoDate }, width: number): GanttViewMode {
  const days = toEpochDay(range.end) - toEpochDay(range.start) + 1;
  return (['Day', 'Week'] as const).find((mode) => days * pxPerDay(mode) <= width) ?? 'Month';
}

export function useChartNavigation(
  chart: RefObject<GanttChartHandle | null>,
  pane: RefObject<HTMLElement | null>,
  range: { start: IsoDate; end: IsoDate },
  focused: TaskView | null,
): void {
  const request = usePlanStore((s) => s.chartRequest);
  const viewMode = usePlanStore((s) => s.viewMode);
  const pendingFit = useRef(false);

  const schedule = focused?.schedule;
  useEffect(() => {
    if (schedule) chart.current?.revealDates(schedule.start, schedule.finish);
  }, [focused?.task.id]); // on selection only, not on every edit of the task

  useEffect(() => {
    if (!request) return;
    if (request.kind === 'today') return chart.current?.scrollToToday();
    const mode = fittingView(range, (pane.current?.clientWidth ?? 0) - 16);
    pendingFit.current = true;
    if (mode !== viewMode) void switchView(mode);
    else chart.current?.scrollToDate(range.start);
  }, [request]);

  useEffect(() => {
    // After the fitting view is drawn: from the plan's start.
    if (!pendingFit.current) return;
    pendingFit.current = false;
    const frame = requestAnimationFrame(() => chart.current?.scrollToDate(range.start));
    return () => cancelAnimationFrame(frame);
  }, [viewMode, request]);
}

import { useMemo, useRef } from 'react';
import { isoFromLocalDate } from '../../core/dates';
import { ShowDetailsButton, TaskDetails } from '../components/TaskDetails';
import { Splitter } from '../components/Splitter';
import { TaskContextMenu } from '../components/TaskContextMenu';
import { TaskTable } from '../components/table/TaskTable';
import { editOfChange, GanttChart, type GanttChartHandle, type GanttRow } from '../gantt/GanttChart';
import { calendarShading, chartRange, daysLateOf, type PlanView, type TaskView } from '../planView';
import { openTaskDetails, selectTask, switchView } from '../state/navigation';
import { filterTasks, hideCollapsed } from '../state/taskFilter';
import { useOutlineStore } from '../state/useOutlineStore';
import { openTaskMenu } from '../state/useTaskMenu';
import { focusedId, usePlanStore } from '../state/usePlanStore';
import { useChartNavigation } from './useChartNavigation';
import { useBaselineView } from '../features/baselines/useBaselineView';

/** Table and chart side by side, scrolling together row by row, and the details panel. */
export function Planner({ view, startDate, endDate }: { view: PlanView; startDate: string; endDate: string }) {
  const selectedIds = usePlanStore((s) => s.selectedIds);
  const viewMode = usePlanStore((s) => s.viewMode);
  const language = usePlanStore((s) => s.language);
  const filter = usePlanStore((s) => s.filter);
  const readOnly = usePlanStore((s) => s.openPlan?.readOnly ?? true);
  const tableRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<GanttChartHandle>(null);
  const collapsed = useOutlineStore((s) => s.collapsed);
  const visible = useMemo(() => hideCollapsed(filterTasks(view.tasks, filter), collapsed), [view, filter, collapsed]);
  const rows = useMemo(() => toGanttRows(visible, view.tasks), [visible, view.tasks]);
  const range = useMemo(() => chartRange(view, startDate, endDate), [view, startDate, endDate]);
  const shading = useMemo(() => calendarShading(view.calendar, range.start, range.end), [view.calendar, range.start, range.end]);
  const focus = focusedId({ selectedIds });
  const focused = view.tasks.find((v) => v.task.id === focus) ?? null;
  const layout = usePlanStore((s) => s.layout);
  const showBaseline = useBaselineView((s) => s.show);
  const paneRef = useRef<HTMLDivElement>(null);
  useChartNavigation(chartRef, paneRef, range, focused);
  const goTo = (plan: PlanView, id: string) => {
    // "Đi tới": the task's bar at the chart's left edge (MS Project's Scroll to Task).
    const start = plan.tasks.find((v) => v.task.id === id)?.schedule?.start;
    if (start) chartRef.current?.scrollToDate(start);
  };

  return (
    <main className="workspace">
      <section className="planner">
        <TaskTable
          ref={tableRef}
          width={layout.tableWidth}
          tasks={visible}
          units={view.units}
          readOnly={readOnly}
          onScroll={(top) => {
            // The chart may stop short of `top` (its body is shorter by its scrollbar): follow it.
            const reached = chartRef.current?.setScrollTop(top) ?? top;
            if (reached !== top && tableRef.current) tableRef.current.scrollTop = reached;
          }}
        />
        <Splitter target={() => tableRef.current} onResize={(width) => usePlanStore.getState().setLayout({ tableWidth: width > 0 ? width : null })} />
        <div className="chart-pane" ref={paneRef}>
          <GanttChart
            ref={chartRef}
            rows={rows}
            viewMode={viewMode}
            rangeStart={range.start}
            rangeEnd={range.end}
            deadline={endDate}
            statusDate={view.statusDate}
            today={isoFromLocalDate(new Date())}
            nonWorkingDays={shading.nonWorkingDays}
            extraWorkingDays={shading.extraWorkingDays}
            language={language}
            weekNumbers={layout.weekNumbers}
            showBaseline={showBaseline}
            selectedId={focus}
            onSelect={(id) => void selectTask(id)}
            onScroll={(top) => {
              if (tableRef.current && tableRef.current.scrollTop !== top) tableRef.current.scrollTop = top;
            }}
            editable={!readOnly}
            calendar={view.calendar}
            onDragPreview={(id, change) => usePlanStore.getState().previewEdit(editOfChange(id, change))}
            onDragEnd={(id, change) => {
              usePlanStore.getState().edit(editOfChange(id, change)).catch((error) => usePlanStore.getState().reportError(error));
            }}
            onDragCancel={() => usePlanStore.getState().previewEdit(null)}
            onOpenTask={(id) => void openTaskDetails(id)}
            onTaskMenu={(id, x, y) => void openTaskMenu(id, x, y)}
            onZoom={(mode) => void switchView(mode)}
          />
        </div>
      </section>
      <TaskContextMenu onGoTo={(id) => goTo(view, id)} />
      {focused && (layout.detailsOpen ? <TaskDetails view={focused} /> : <ShowDetailsButton />)}
    </main>
  );
}

function toGanttRows(tasks: TaskView[], all: TaskView[]): GanttRow[] {
  // Chart arrows only between rows that are shown; a link of a task hidden in a collapsed section is drawn to its summary (as MS Project).
  const shown = new Set(tasks.map((t) => t.task.id));
  const parentOf = new Map(all.map((v) => [v.task.id, v.task.parentId]));
  const shownAs = (id: string): string | null => {
    let at: string | null = id;
    while (at !== null && !shown.has(at)) at = parentOf.get(at) ?? null;
    return at;
  };
  const incoming = new Map<string, GanttRow['links']>();
  for (const view of all) {
    const to = shownAs(view.task.id);
    if (to === null) continue;
    for (const p of view.predecessors) {
      const from = shownAs(p.otherId);
      const list = incoming.get(to) ?? [];
      if (from === null || from === to || list.some((l) => l.from === from)) continue;
      incoming.set(to, [...list, { from, type: p.link.type }]);
    }
  }
  return tasks.map((view) => {
    const { task, schedule } = view;
    return {
      id: task.id,
      stt: view.stt,
      name: task.name,
      start: schedule?.start ?? task.windowStart ?? '2026-01-01',
      finish: schedule?.finish ?? task.windowEnd ?? '2026-01-01',
      progress: task.percentComplete,
      critical: schedule?.critical ?? false,
      late: daysLateOf(view) > 0,
      lateAgainst: view.progress ? 'status' : 'window',
      kind: task.kind,
      windowStart: task.windowStart,
      windowEnd: task.windowEnd,
      manual: task.manualStart !== null && task.manualFinish !== null,
      links: incoming.get(task.id) ?? [],
      summary: view.summary,
      baseline: view.baseline && { start: view.baseline.start, finish: view.baseline.finish },
    };
  });
}

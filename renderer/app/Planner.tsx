import { useMemo, useRef } from 'react';
import { isoFromLocalDate } from '../../core/dates';
import { TaskDetails } from '../components/TaskDetails';
import { TaskTable } from '../components/table/TaskTable';
import { editOfChange, GanttChart, type GanttChartHandle, type GanttRow } from '../gantt/GanttChart';
import { calendarShading, type PlanView, type TaskView } from '../planView';
import { selectTask } from '../state/navigation';
import { filterTasks, hideCollapsed } from '../state/taskFilter';
import { useOutlineStore } from '../state/useOutlineStore';
import { focusedId, usePlanStore } from '../state/usePlanStore';

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
  const rows = useMemo(() => toGanttRows(visible), [visible]);
  const shading = useMemo(() => calendarShading(view.calendar, startDate, endDate), [view.calendar, startDate, endDate]);
  const focus = focusedId({ selectedIds });
  const focused = view.tasks.find((v) => v.task.id === focus) ?? null;

  return (
    <main className="workspace">
      <section className="planner">
        <TaskTable
          ref={tableRef}
          tasks={visible}
          units={view.units}
          readOnly={readOnly}
          onScroll={(top) => {
            // The chart may stop short of `top` (its body is shorter by its scrollbar): follow it.
            const reached = chartRef.current?.setScrollTop(top) ?? top;
            if (reached !== top && tableRef.current) tableRef.current.scrollTop = reached;
          }}
        />
        <div className="chart-pane">
          <GanttChart
            ref={chartRef}
            rows={rows}
            viewMode={viewMode}
            rangeStart={startDate}
            rangeEnd={endDate}
            today={isoFromLocalDate(new Date())}
            nonWorkingDays={shading.nonWorkingDays}
            extraWorkingDays={shading.extraWorkingDays}
            language={language}
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
          />
        </div>
      </section>
      <TaskDetails view={focused} />
    </main>
  );
}

function toGanttRows(tasks: TaskView[]): GanttRow[] {
  // Chart arrows only between rows that are shown.
  const shown = new Set(tasks.map((t) => t.task.id));
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
      late: (schedule?.daysLateOwn ?? 0) > 0,
      kind: task.kind,
      windowStart: task.windowStart,
      windowEnd: task.windowEnd,
      manual: task.manualStart !== null && task.manualFinish !== null,
      links: view.predecessors.filter((p) => shown.has(p.otherId)).map((p) => ({ from: p.otherId, type: p.link.type })),
    };
  });
}

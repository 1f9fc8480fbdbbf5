import { useEffect, useMemo, useRef } from 'react';
import { isoFromLocalDate } from '../../core/dates';
import { ErrorBanner } from '../components/ErrorBanner';
import { Legend } from '../components/Legend';
import { PlanHeader } from '../components/PlanHeader';
import { StatusBar } from '../components/StatusBar';
import { TaskDetails } from '../components/TaskDetails';
import { TaskTable } from '../components/TaskTable';
import { GanttChart, type GanttChartHandle, type GanttRow } from '../gantt/GanttChart';
import { useT } from '../i18n/useT';
import { calendarShading, type PlanView } from '../planView';
import { usePlanStore } from '../state/usePlanStore';

export function App() {
  const t = useT();
  const { openPlan, view, error, load, dismissError } = usePlanStore();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="app">
      {error && <ErrorBanner message={error} onDismiss={dismissError} />}
      {openPlan && view ? (
        <>
          <PlanHeader title={openPlan.plan.info.title} fileName={openPlan.fileName} />
          {view.cycle && (
            <div className="error-banner" role="alert">
              {t('cycleError', { tasks: view.cycle.map((c) => `${c.stt}. ${c.name}`).join(' → ') })}
            </div>
          )}
          <Planner view={view} startDate={openPlan.plan.info.startDate} endDate={openPlan.plan.info.endDate} />
          <footer className="app-footer">
            <Legend />
            <StatusBar view={view} deadline={openPlan.plan.info.endDate} />
          </footer>
        </>
      ) : (
        !error && <p className="loading">{t('loading')}</p>
      )}
    </div>
  );
}

/** Table and chart side by side, scrolling together row by row, and the details panel. */
function Planner({ view, startDate, endDate }: { view: PlanView; startDate: string; endDate: string }) {
  const { selectedId, select, viewMode, language } = usePlanStore();
  const tableRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<GanttChartHandle>(null);
  const rows = useMemo(() => view.tasks.map(toGanttRow), [view]);
  const shading = useMemo(() => calendarShading(view.calendar, startDate, endDate), [view, startDate, endDate]);
  const selected = view.tasks.find((v) => v.task.id === selectedId) ?? null;

  return (
    <main className="workspace">
      <section className="planner">
        <TaskTable
          ref={tableRef}
          tasks={view.tasks}
          selectedId={selectedId}
          onSelect={select}
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
            selectedId={selectedId}
            onSelect={select}
            onScroll={(top) => {
              if (tableRef.current && tableRef.current.scrollTop !== top) tableRef.current.scrollTop = top;
            }}
          />
        </div>
      </section>
      <TaskDetails view={selected} />
    </main>
  );
}

function toGanttRow(view: PlanView['tasks'][number]): GanttRow {
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
    dependencies: view.predecessors.map((p) => p.otherId),
  };
}

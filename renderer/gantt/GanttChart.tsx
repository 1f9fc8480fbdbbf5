/**
 * The Gantt chart: a React wrapper around frappe-gantt. Bars in row order,
 * typed dependency arrows, plan-window bands, days off, the today line,
 * Vietnamese (or English) headers, Day / Week / Month scales; when editable,
 * bars are dragged to move a task, change its duration or its progress.
 *
 * The component renders one empty <div>; frappe-gantt draws inside it and
 * GanttController (controller.ts) applies prop changes with the cheapest
 * redraw (a drag preview patches only the bars that changed). Plan text
 * reaches frappe only HTML-escaped (escape.ts).
 *
 * Needs frappe-gantt's stylesheet ('frappe-gantt-css', imported by main.tsx)
 * before ./gantt.css.
 */
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { GanttController, type ChartState } from './controller';
import type { GanttChartHandle, GanttChartProps } from './types';
import './gantt.css';

export type {
  GanttCalendar,
  GanttChange,
  GanttChartHandle,
  GanttChartProps,
  GanttLanguage,
  GanttLink,
  GanttRow,
  GanttViewMode,
} from './types';
export { editOfChange } from './dragMath';

/** performance.measure() name of the last prop update (structural refresh or patch). */
export const GANTT_UPDATE_MEASURE = 'tiendo-gantt-update';
export { GANTT_COLOURS, GANTT_COLOUR_VARS } from './colours';
export { GANTT_BAR_HEIGHT, GANTT_HEADER_HEIGHT, GANTT_ROW_HEIGHT } from './layout';

function stateOf(props: GanttChartProps): ChartState {
  return {
    rows: props.rows,
    viewMode: props.viewMode,
    rangeStart: props.rangeStart,
    rangeEnd: props.rangeEnd,
    today: props.today,
    deadline: props.deadline ?? null,
    statusDate: props.statusDate ?? null,
    nonWorkingDays: props.nonWorkingDays,
    extraWorkingDays: props.extraWorkingDays,
    language: props.language,
    weekNumbers: props.weekNumbers === true,
    showBaseline: props.showBaseline === true,
    selectedId: props.selectedId,
    editable: props.editable === true,
  };
}

export const GanttChart = forwardRef<GanttChartHandle, GanttChartProps>(function GanttChart(props, ref) {
  const hostRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<GanttController | null>(null);
  // Latest props, for the controller's callbacks and for (re)mounting.
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const controller = new GanttController(host, stateOf(propsRef.current), {
      onSelect: (id) => propsRef.current.onSelect(id),
      onScroll: (top) => propsRef.current.onScroll?.(top),
      calendar: () => propsRef.current.calendar,
      onDragPreview: (id, change) => propsRef.current.onDragPreview?.(id, change),
      onDragEnd: (id, change) => propsRef.current.onDragEnd?.(id, change),
      onDragCancel: () => propsRef.current.onDragCancel?.(),
      onOpen: (id) => propsRef.current.onOpenTask?.(id),
      onContextMenu: (id, x, y) => propsRef.current.onTaskMenu?.(id, x, y),
      onZoom: (mode) => propsRef.current.onZoom?.(mode),
    });
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    const started = performance.now();
    controllerRef.current?.update(stateOf(props));
    // The chart's own share of a frame, for the drag benchmark (tests/bench/drag.bench.ts); only the last is kept.
    performance.clearMeasures?.(GANTT_UPDATE_MEASURE);
    performance.measure?.(GANTT_UPDATE_MEASURE, { start: started });
  });

  useImperativeHandle(
    ref,
    () => ({
      setScrollTop: (top) => controllerRef.current?.setScrollTop(top) ?? top,
      scrollToDate: (date) => controllerRef.current?.scrollToDate(date),
      scrollToToday: () => controllerRef.current?.scrollToToday(),
      revealDates: (start, finish) => controllerRef.current?.revealDates(start, finish),
      repaintTasks: (ids) => controllerRef.current?.repaintTasks(ids),
    }),
    [],
  );

  return (
    <div
      ref={hostRef}
      className="tiendo-gantt"
      role="group"
      aria-label={props.language === 'vi' ? 'Biểu đồ Gantt' : 'Gantt chart'}
      lang={props.language}
    />
  );
});

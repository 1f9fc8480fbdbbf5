/**
 * The imperative side of GanttChart: owns the frappe-gantt instance, turns
 * prop changes into the cheapest redraw (rows with new ids, order, names or
 * links → frappe refresh; rows whose dates, progress or flags changed →
 * those bars and their arrows patched in place; view mode, language or range
 * → change_view_mode; calendar or today → overlays only; selection → two
 * class changes), decorates what frappe draws, and handles clicks, scrolling
 * and (through BarDrag) dragging.
 *
 * A large plan is drawn in a window of rows around the view (rowWindow.ts):
 * frappe renders only those, and scrolling adds and removes bars as rows
 * enter and leave it; arrows crossing the window are drawn to rows outside
 * it from their dates.
 *
 * Split out: chartState.ts (which redraw), keepView.ts (the view through a
 * full render), decorations.ts, selection.ts (and clicks), viewport.ts.
 */
import type { IsoDate } from '../../core/dates';
import type { BarContext } from './bars';
import { planRedraw, validityChanged, type ChartCallbacks, type ChartState, type FullRender } from './chartState';
import type { FrappeBar, FrappeTask } from 'frappe-gantt';
import { addHatchDefs, chartGeometry, chartViewMode, DaysOff, decorateBars, drawOverlays, setHeaderHeights } from './decorations';
import { BarDrag } from './drag';
import { drawnRange, frappeIdsOf, frappeOptions, frappeTaskOf, TienDoGantt } from './frappeChart';
import { decorateHeader } from './header';
import { renderKeepingView } from './keepView';
import { LabelPlacer } from './labels';
import { LinkArrows, type ArrowSource } from './linkArrows';
import { GANTT_HEADER_HEIGHT, GANTT_ROW_HEIGHT } from './layout';
import { inSpan, rowWindow, type RowSpan } from './rowWindow';
import type { ChartGeometry } from './overlays';
import { BarPatcher } from './patcher';
import { applySelection, clickedRowId } from './selection';
import { chartColumns, localOfIso, VIEW_SCALES, zoomedMode, type GanttViewMode } from './viewModes';
import { ChartViewport } from './viewport';

export type { ChartCallbacks, ChartState } from './chartState';

let instances = 0;

export class GanttController {
  private chart: TienDoGantt | null = null;
  private state: ChartState;
  private rowIndexById = new Map<string, number>();
  /** frappe id of each row (frappeChart.ts frappeIdsOf), rebuilt with the rows. */
  private frappeIds: string[] = [];
  /** The rows drawn (all of a small plan). */
  private span: RowSpan = { first: 0, last: 0 };
  /** The viewport, from scroll events and a ResizeObserver (never read from the layout). */
  private viewTop = 0;
  private viewHeight = 0;
  private readonly daysOff = new DaysOff();
  private geo: ChartGeometry | null = null;
  private readonly hatchId = `tiendo-hatch-${++instances}`;
  private labelFrame = 0;
  private destroyed = false;
  private readonly labels = new LabelPlacer();
  private readonly arrows = new LinkArrows();
  private readonly patcher = new BarPatcher(
    {
      bars: () => this.chart?.rowBars ?? null,
      rows: () => this.state.rows,
      geo: () => this.geo,
      barContext: () => this.barContext(),
    },
    this.labels,
    this.arrows,
  );
  private readonly viewport = new ChartViewport(
    {
      container: () => this.chart?.$container ?? null,
      geo: () => this.geo,
      onScroll: (top) => this.callbacks.onScroll(top),
    },
    { setViewport: (top, height) => this.viewportMoved(top, height) },
  );
  private drag: BarDrag | null = null;
  /** A Ctrl+wheel zoom asked for and not yet drawn: the scale asked and the pointer's x in the view. */
  private zoom: { mode: GanttViewMode; x: number; at: number } | null = null;
  private wheelDelta = 0;

  constructor(
    private readonly host: HTMLElement,
    state: ChartState,
    private readonly callbacks: ChartCallbacks,
  ) {
    this.state = state;
    this.indexRows();
    this.daysOff.update(state.nonWorkingDays, state.extraWorkingDays);
    setHeaderHeights(host);

    const options = frappeOptions(state.viewMode, state.language, {
      columns: (mode) => this.columns(mode as GanttViewMode),
      afterRender: (chart) => this.afterRender(chart),
      rowCount: () => this.state.rows.length,
    });
    new TienDoGantt(host, this.windowTasks(), options); // afterRender stores it in this.chart
    const container = this.chart!.$container;
    container.addEventListener('click', this.onClick);
    container.addEventListener('dblclick', this.onDoubleClick);
    container.addEventListener('contextmenu', this.onContextMenu);
    // Not passive: Ctrl+wheel must not zoom the whole page.
    container.addEventListener('wheel', this.onWheel, { passive: false });
    this.viewport.attach(container);
    this.drag = new BarDrag({
      svg: this.chart!.$svg,
      container,
      editable: () => this.state.editable,
      row: (id) => {
        const index = this.rowIndexById.get(id);
        const row = index === undefined ? undefined : this.state.rows[index];
        const bar = index === undefined ? undefined : this.chart?.rowBars[index];
        return row && bar ? { row, bar } : null;
      },
      geo: () => this.geo,
      calendar: () => callbacks.calendar(),
      language: () => this.state.language,
      select: (id) => callbacks.onSelect(id),
      preview: (id, change) => callbacks.onDragPreview(id, change),
      drop: (id, change) => callbacks.onDragEnd(id, change),
      cancel: () => callbacks.onDragCancel(),
    });
    this.viewport.scrollToInitialDate();
  }

  destroy(): void {
    this.destroyed = true;
    this.drag?.destroy();
    this.patcher.destroy();
    this.viewport.destroy(this.chart?.$container ?? null);
    cancelAnimationFrame(this.labelFrame);
    if (this.chart) {
      this.chart.$container.removeEventListener('click', this.onClick);
      this.chart.$container.removeEventListener('dblclick', this.onDoubleClick);
      this.chart.$container.removeEventListener('contextmenu', this.onContextMenu);
      this.chart.$container.removeEventListener('wheel', this.onWheel);
      this.chart.$container.remove();
    }
    this.chart = null;
  }

  /** Applies new props with the cheapest redraw (chartState.ts decides which). */
  update(next: ChartState): void {
    const prev = this.state;
    this.state = next;
    const chart = this.chart;
    if (!chart || this.destroyed) return;
    const { calendarChanged, action } = planRedraw(prev, next, (changed) =>
      validityChanged(chart.rowBars, next.rows, this.range().start, changed),
    );
    if (calendarChanged) this.daysOff.update(next.nonWorkingDays, next.extraWorkingDays);
    if (action.kind === 'render') {
      this.render(chart, action);
      return; // afterRender redrew everything
    }
    if (action.rows) this.patchRows(action.rows);
    if (action.refreshGhost) this.drag?.refreshGhost();
    if (action.overlays) this.drawOverlays(chart);
    if (action.selection) this.applySelection(chart);
  }

  setScrollTop(top: number): number {
    return this.viewport.setScrollTop(top);
  }

  scrollToToday(): void {
    this.viewport.scrollToToday(this.state.today);
  }

  revealDates(start: IsoDate, finish: IsoDate): void {
    this.viewport.revealDates(start, finish);
  }

  scrollToDate(date: IsoDate): void {
    this.viewport.scrollToDate(date);
  }

  /** New rows, view mode, language or range: frappe draws it all again, the view stays put. */
  private render(chart: TienDoGantt, action: FullRender): void {
    if (action.rows) this.indexRows();
    const { language, viewMode } = this.state;
    const container = chart.$container;
    const zoom = this.zoom;
    this.zoom = null;
    const anchorX = zoom && zoom.mode === viewMode ? zoom.x : undefined;
    renderKeepingView(chart, () => this.geo, action.keepCentre, () => {
      chart.options.language = language;
      chart.options.view_mode = viewMode; // refresh() renders options.view_mode
      if (action.rows) chart.refresh(this.windowTasks());
      else chart.change_view_mode(viewMode);
    }, anchorX);
    this.viewport.afterRedraw(container);
  }

  /**
   * Repaints the bars of these tasks and the arrows touching them from the
   * rows last given (for a caller that knows what an edit changed); rows not
   * shown or outside the drawn window are skipped (drawn when they enter).
   */
  repaintTasks(ids: Iterable<string>): void {
    const indexes: number[] = [];
    for (const id of ids) {
      const index = this.rowIndexById.get(id);
      if (index !== undefined) indexes.push(index);
    }
    this.patchRows(indexes);
  }

  /** The rows drawn now, for tests and overlays drawn by others (baselines). */
  drawnRows(): RowSpan {
    return { ...this.span };
  }

  /** frappe tasks of the rows to draw for the current view (indexes the rows' frappe ids first). */
  private windowTasks(): FrappeTask[] {
    this.frappeIds = frappeIdsOf(this.state.rows);
    this.span = rowWindow(this.state.rows.length, this.view(), null);
    const tasks: FrappeTask[] = [];
    for (let i = this.span.first; i < this.span.last; i++) tasks.push(this.taskOf(i));
    return tasks;
  }

  private taskOf(index: number): FrappeTask {
    return frappeTaskOf(this.state.rows[index]!, index, this.frappeIds[index]!, this.range().start);
  }

  private view() {
    return { scrollTop: this.viewTop, viewHeight: this.viewHeight, headerHeight: this.geo?.headerHeight ?? GANTT_HEADER_HEIGHT, rowHeight: GANTT_ROW_HEIGHT };
  }

  /** Scrolled or resized: the window follows (bars in, bars out), then the patcher. */
  private viewportMoved(top: number, height = this.viewHeight): void {
    this.viewTop = top;
    this.viewHeight = height;
    this.moveWindow();
    this.patcher.setViewport(top, height);
  }

  private moveWindow(): void {
    const chart = this.chart;
    if (!chart || !this.geo || this.destroyed) return;
    const old = this.span;
    const next = rowWindow(this.state.rows.length, this.view(), old);
    if (next === old || (next.first === old.first && next.last === old.last)) return;
    this.span = next;
    for (let i = old.first; i < old.last; i++) if (!inSpan(i, next)) chart.removeBar(i);
    const added: FrappeBar[] = [];
    for (let i = next.first; i < next.last; i++) {
      if (inSpan(i, old)) continue;
      const bar = chart.addBar(this.taskOf(i));
      if (bar) added.push(bar);
    }
    decorateBars(added, this.state.rows, this.barContext());
    this.arrows.sync(this.arrowSource(), next);
    this.drawOverlays(chart);
    this.applySelection(chart);
    this.labels.placeAll(added, this.geo);
  }

  private arrowSource(): ArrowSource {
    return { rows: this.state.rows, bars: this.chart?.rowBars ?? [], geo: this.geo!, fallbackDate: this.range().start };
  }

  /**
   * Rows kept their ids, order, names and links: only the changed bars move,
   * stretch or change colour, with their labels and arrows (patcher.ts).
   */
  private patchRows(changed: readonly number[]): void {
    if (this.geo) this.patcher.patch(changed);
  }

  private barContext(): BarContext {
    return {
      geo: this.geo!,
      language: this.state.language,
      hatchFill: `url(#${this.hatchId})`,
      editable: this.state.editable,
      fallbackDate: this.range().start,
    };
  }

  private range(): { start: IsoDate; end: IsoDate } {
    return drawnRange(this.state.rangeStart, this.state.rangeEnd, this.state.rows, this.state.today);
  }

  private columns(mode: GanttViewMode): { first: Date; last: Date } {
    const { start, end } = this.range();
    const { first, last } = chartColumns(VIEW_SCALES[mode] ? mode : 'Week', start, end);
    return { first: localOfIso(first), last: localOfIso(last) };
  }

  private indexRows(): void {
    this.rowIndexById.clear();
    this.state.rows.forEach((row, i) => {
      if (!this.rowIndexById.has(row.id)) this.rowIndexById.set(row.id, i);
    });
  }

  // --- after every frappe render -------------------------------------------

  private afterRender(chart: TienDoGantt): void {
    this.chart = chart;
    this.patcher.reset();
    const mode = chartViewMode(chart);
    const geo = (this.geo = chartGeometry(chart, mode));
    this.host.dataset.view = mode;
    addHatchDefs(chart, this.hatchId);
    decorateBars(chart.bars, this.state.rows, this.barContext());
    this.arrows.build(chart.layers.arrow, this.rowIndexById, this.arrowSource(), this.span);
    decorateHeader(chart, geo, mode, this.state.language, this.range().end, this.state.weekNumbers);
    this.drawOverlays(chart);
    this.applySelection(chart);
    this.viewport.resetSticky(chart);
    this.schedulePlaceLabels();
    // Labels are measured: measure again once the app's font has loaded.
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (fonts && fonts.status !== 'loaded') {
      void fonts.ready.then(() => {
        this.labels.reset();
        this.schedulePlaceLabels();
      });
    }
  }

  /** frappe places labels in a frame of its own (it measures them); ours runs after it. */
  private schedulePlaceLabels(): void {
    if (this.destroyed) return;
    cancelAnimationFrame(this.labelFrame);
    this.labelFrame = requestAnimationFrame(() => this.placeLabels());
  }

  /** Bar labels (labels.ts), after frappe's own placement in its frame. */
  private placeLabels(): void {
    const chart = this.chart;
    if (!chart || !this.geo || this.destroyed) return;
    this.labels.placeAll(chart.bars, this.geo);
  }

  private drawOverlays(chart: TienDoGantt): void {
    const { rows, today, language, deadline, statusDate, showBaseline } = this.state;
    if (this.geo) drawOverlays(chart, this.geo, this.daysOff, rows, today, language, deadline, this.span, statusDate, showBaseline);
  }

  private applySelection(chart: TienDoGantt): void {
    const id = this.state.selectedId;
    if (this.geo) applySelection(chart, this.geo, id === null ? undefined : this.rowIndexById.get(id));
  }

  private readonly onClick = (event: MouseEvent): void => {
    const id = this.chart ? clickedRowId(event, this.chart, this.geo, this.state.rows) : null;
    if (id !== null) this.callbacks.onSelect(id);
  };

  /** A drag never gives a double-click: a press that moved is a drag (drag.ts), its click swallowed. */
  private readonly onDoubleClick = (event: MouseEvent): void => {
    const id = this.chart ? clickedRowId(event, this.chart, this.geo, this.state.rows) : null;
    if (id !== null) this.callbacks.onOpen(id);
  };

  private readonly onContextMenu = (event: MouseEvent): void => {
    const id = this.chart ? clickedRowId(event, this.chart, this.geo, this.state.rows) : null;
    if (id === null) return;
    event.preventDefault();
    this.callbacks.onContextMenu(id, event.clientX, event.clientY);
  };

  /**
   * Ctrl+wheel (a trackpad pinch too): one scale per wheel notch (deltas add
   * up to WHEEL_STEP), one step at a time: the next waits until this one is drawn.
   */
  private readonly onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const container = this.chart?.$container;
    if (!container || (this.zoom && performance.now() - this.zoom.at < ZOOM_WAIT_MS)) return;
    this.wheelDelta += event.deltaMode === 0 ? event.deltaY : event.deltaY * WHEEL_STEP;
    if (Math.abs(this.wheelDelta) < WHEEL_STEP) return;
    const mode = zoomedMode(this.state.viewMode, this.wheelDelta < 0 ? 'in' : 'out');
    this.wheelDelta = 0;
    if (!mode) return;
    this.zoom = { mode, x: event.clientX - container.getBoundingClientRect().left, at: performance.now() };
    this.callbacks.onZoom(mode);
  };
}

/** Wheel pixels to one zoom step (a mouse notch is about 100). */
const WHEEL_STEP = 50;
/** A zoom the app did not draw within this time is forgotten (it chose not to change the scale). */
const ZOOM_WAIT_MS = 800;

/**
 * The imperative side of GanttChart: owns the frappe-gantt instance, turns
 * prop changes into the cheapest redraw (rows with new ids, order, names or
 * links → frappe refresh; rows whose dates, progress or flags changed →
 * those bars and their arrows patched in place; view mode, language or range
 * → change_view_mode; calendar or today → overlays only; selection → two
 * class changes), decorates what frappe draws, and handles clicks, scrolling
 * and (through BarDrag) dragging.
 *
 * Split out: chartState.ts (which redraw), keepView.ts (the view through a
 * full render), decorations.ts, selection.ts (and clicks), viewport.ts.
 */
import type { IsoDate } from '../../core/dates';
import type { BarContext } from './bars';
import { planRedraw, validityChanged, type ChartCallbacks, type ChartState, type FullRender } from './chartState';
import { addHatchDefs, chartGeometry, chartViewMode, DaysOff, decorateBars, drawOverlays, setHeaderHeights } from './decorations';
import { BarDrag } from './drag';
import { drawnRange, frappeOptions, TienDoGantt, toFrappeTasks } from './frappeChart';
import { decorateHeader } from './header';
import { renderKeepingView } from './keepView';
import { LabelPlacer } from './labels';
import { LinkArrows } from './linkArrows';
import type { ChartGeometry } from './overlays';
import { BarPatcher } from './patcher';
import { applySelection, clickedRowId } from './selection';
import { chartColumns, localOfIso, VIEW_SCALES, type GanttViewMode } from './viewModes';
import { ChartViewport } from './viewport';

export type { ChartCallbacks, ChartState } from './chartState';

let instances = 0;

export class GanttController {
  private chart: TienDoGantt | null = null;
  private state: ChartState;
  private rowIndexById = new Map<string, number>();
  private readonly daysOff = new DaysOff();
  private geo: ChartGeometry | null = null;
  private readonly hatchId = `tiendo-hatch-${++instances}`;
  private labelFrame = 0;
  private destroyed = false;
  private readonly labels = new LabelPlacer();
  private readonly arrows = new LinkArrows();
  private readonly patcher = new BarPatcher(
    {
      bars: () => this.chart?.bars ?? null,
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
    this.patcher,
  );
  private drag: BarDrag | null = null;

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
    });
    const { tasks } = toFrappeTasks(state.rows, this.range().start);
    new TienDoGantt(host, tasks, options); // afterRender stores it in this.chart
    const container = this.chart!.$container;
    container.addEventListener('click', this.onClick);
    this.viewport.attach(container);
    this.drag = new BarDrag({
      svg: this.chart!.$svg,
      container,
      editable: () => this.state.editable,
      row: (id) => {
        const index = this.rowIndexById.get(id);
        const row = index === undefined ? undefined : this.state.rows[index];
        const bar = index === undefined ? undefined : this.chart?.bars[index];
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
      validityChanged(chart.bars, next.rows, this.range().start, changed),
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
    const { language, viewMode, rows } = this.state;
    const container = chart.$container;
    renderKeepingView(chart, () => this.geo, action.keepCentre, () => {
      chart.options.language = language;
      chart.options.view_mode = viewMode; // refresh() renders options.view_mode
      if (action.rows) chart.refresh(toFrappeTasks(rows, this.range().start).tasks);
      else chart.change_view_mode(viewMode);
    });
    this.viewport.afterRedraw(container);
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
    // frappe animates every bar's width from 0 on each render: no animation on refresh.
    for (const a of Array.from(chart.$svg.querySelectorAll('animate'))) a.remove();
    addHatchDefs(chart, this.hatchId);
    decorateBars(chart, this.state.rows, this.barContext(), this.arrows, this.rowIndexById, geo);
    decorateHeader(chart, geo, mode, this.state.language, this.range().end);
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
    const { rows, today, language, deadline } = this.state;
    if (this.geo) drawOverlays(chart, this.geo, this.daysOff, rows, today, language, deadline);
  }

  private applySelection(chart: TienDoGantt): void {
    const id = this.state.selectedId;
    if (this.geo) applySelection(chart, this.geo, id === null ? undefined : this.rowIndexById.get(id));
  }

  private readonly onClick = (event: MouseEvent): void => {
    const id = this.chart ? clickedRowId(event, this.chart, this.geo, this.state.rows) : null;
    if (id !== null) this.callbacks.onSelect(id);
  };
}

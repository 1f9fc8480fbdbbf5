/**
 * The imperative side of GanttChart: owns the frappe-gantt instance, turns
 * prop changes into the cheapest redraw (rows with new ids, order, names or
 * links → frappe refresh; rows whose dates, progress or flags changed →
 * those bars and their arrows patched in place; view mode, language or range
 * → change_view_mode; calendar or today → overlays only; selection → two
 * class changes), decorates what frappe draws, and handles clicks, scrolling
 * and (through BarDrag) dragging.
 */
import { isIsoDate, isoWeekday, toEpochDay, type IsoDate } from '../../core/dates';
import { decorateBar, type BarContext } from './bars';
import { BarDrag } from './drag';
import { drawnRange, frappeDates, frappeOptions, TienDoGantt, toFrappeTasks } from './frappeChart';
import { decorateHeader, drawTodayHeader, markHeaderDays, StickyMonth } from './header';
import { LabelPlacer } from './labels';
import { LinkArrows } from './linkArrows';
import { BarPatcher } from './patcher';
import { diffRows } from './rowDiff';
import {
  GANTT_HEADER_HEIGHT,
  GANTT_ROW_HEIGHT,
  GANTT_UPPER_HEADER_HEIGHT,
} from './layout';
import {
  buildRowOverlays,
  buildSelection,
  buildShading,
  dayX,
  epochDaySet,
  nonWorkingRuns,
  OVERLAY_CLASS,
  replaceGroup,
  svgEl,
  todayX,
  type ChartGeometry,
} from './overlays';
import type { GanttCalendar, GanttChange, GanttRow } from './types';
import {
  chartColumns,
  GANTT_VIEW_MODES,
  isoOfLocal,
  localOfIso,
  VIEW_SCALES,
  type GanttLanguage,
  type GanttViewMode,
} from './viewModes';

export interface ChartState {
  rows: readonly GanttRow[];
  viewMode: GanttViewMode;
  rangeStart: IsoDate;
  rangeEnd: IsoDate;
  today: IsoDate;
  nonWorkingDays: readonly IsoDate[];
  extraWorkingDays: readonly IsoDate[];
  language: GanttLanguage;
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
}

let instances = 0;


export class GanttController {
  private chart: TienDoGantt | null = null;
  private state: ChartState;
  private rowIndexById = new Map<string, number>();
  private nonWorking = new Set<number>();
  private extraWorking = new Set<number>();
  private geo: ChartGeometry | null = null;
  private readonly hatchId = `tiendo-hatch-${++instances}`;
  private lastScrollTop = 0;
  private readonly sticky = new StickyMonth();
  private stickyFrame = 0;
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
  private drag: BarDrag | null = null;
  private resizeObserver: ResizeObserver | null = null;

  constructor(
    private readonly host: HTMLElement,
    state: ChartState,
    private readonly callbacks: ChartCallbacks,
  ) {
    this.state = state;
    this.indexRows();
    this.updateCalendar();
    host.style.setProperty('--tiendo-upper-height', `${GANTT_UPPER_HEADER_HEIGHT}px`);
    host.style.setProperty('--tiendo-lower-height', `${GANTT_HEADER_HEIGHT - GANTT_UPPER_HEADER_HEIGHT - 1}px`);
    host.style.setProperty('--tiendo-header-height', `${GANTT_HEADER_HEIGHT}px`);

    const options = frappeOptions(state.viewMode, state.language, {
      columns: (mode) => this.columns(mode as GanttViewMode),
      afterRender: (chart) => this.afterRender(chart),
    });
    const { tasks } = toFrappeTasks(state.rows, this.range().start);
    new TienDoGantt(host, tasks, options); // afterRender stores it in this.chart
    const container = this.container();
    container.addEventListener('scroll', this.onScrollEvent, { passive: true });
    container.addEventListener('click', this.onClick);
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const height = entries[entries.length - 1]?.contentRect.height ?? 0;
        this.patcher.setViewport(this.lastScrollTop, height);
      });
      this.resizeObserver.observe(container);
    }
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
    this.scrollToInitialDate();
  }

  destroy(): void {
    this.destroyed = true;
    this.drag?.destroy();
    this.patcher.destroy();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.stickyFrame);
    cancelAnimationFrame(this.labelFrame);
    if (this.chart) {
      this.chart.$container.removeEventListener('scroll', this.onScrollEvent);
      this.chart.$container.removeEventListener('click', this.onClick);
      this.chart.$container.remove();
    }
    this.chart = null;
  }

  /** Applies new props with the cheapest redraw. */
  update(next: ChartState): void {
    const prev = this.state;
    this.state = next;
    const chart = this.chart;
    if (!chart || this.destroyed) return;
    const diff = diffRows(prev.rows, next.rows);
    // A row whose dates became (in)valid changes frappe's task: redraw it all.
    const rowsChanged = diff.kind === 'structural' || (diff.kind === 'patch' && this.validityChanged(chart, diff.changed));
    const viewChanged = prev.viewMode !== next.viewMode;
    const rangeChanged = prev.rangeStart !== next.rangeStart || prev.rangeEnd !== next.rangeEnd;
    const languageChanged = prev.language !== next.language;
    const calendarChanged =
      !sameList(prev.nonWorkingDays, next.nonWorkingDays) || !sameList(prev.extraWorkingDays, next.extraWorkingDays);
    if (calendarChanged) this.updateCalendar();
    if (rowsChanged) this.indexRows();

    if (rowsChanged || viewChanged || rangeChanged || languageChanged) {
      const container = chart.$container;
      const { scrollTop, scrollLeft } = container;
      // The date in the middle of the view stays there when the scale changes.
      const centreDay = viewChanged || rangeChanged ? this.dayAtX(scrollLeft + container.clientWidth / 2) : null;
      chart.options.language = next.language;
      chart.options.view_mode = next.viewMode; // refresh() renders options.view_mode
      if (rowsChanged) chart.refresh(toFrappeTasks(next.rows, this.range().start).tasks);
      else chart.change_view_mode(next.viewMode);
      container.scrollLeft =
        centreDay !== null && this.geo ? Math.max(0, dayX(this.geo, centreDay) - container.clientWidth / 2) : scrollLeft;
      container.scrollTop = scrollTop;
      if (container.scrollTop !== this.lastScrollTop) {
        // Fewer rows: the body got shorter and the browser moved it up; the table follows.
        this.lastScrollTop = container.scrollTop;
        this.callbacks.onScroll(this.lastScrollTop);
      }
      this.patcher.setViewport(this.lastScrollTop);
      this.updateSticky();
      return; // afterRender redrew everything
    }
    // Editable on or off: every bar's handles; otherwise the rows that changed.
    if (prev.editable !== next.editable) this.patchRows(next.rows.map((_, i) => i));
    else if (diff.kind === 'patch') this.patchRows(diff.changed);
    if (diff.kind === 'patch') this.drag?.refreshGhost();
    const windowsChanged = diff.kind === 'patch' && diff.windowsChanged;
    if (calendarChanged || windowsChanged || prev.today !== next.today) this.drawOverlays(chart);
    if (prev.selectedId !== next.selectedId) this.applySelection(chart);
  }

  /**
   * Rows kept their ids, order, names and links: only the changed bars move,
   * stretch or change colour, with their labels and arrows (patcher.ts).
   */
  private patchRows(changed: readonly number[]): void {
    if (this.geo) this.patcher.patch(changed);
  }

  private validityChanged(chart: TienDoGantt, changed: readonly number[]): boolean {
    const fallback = this.range().start;
    return changed.some((i) => {
      const row = this.state.rows[i];
      return !row || !chart.bars[i] || frappeDates(row, fallback).invalid !== (chart.bars[i]!.task.invalid === true);
    });
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

  setScrollTop(top: number): number {
    const container = this.chart?.$container;
    if (!container) return top;
    container.scrollTop = top;
    this.lastScrollTop = container.scrollTop; // the scroll event that follows is not reported back
    this.patcher.setViewport(this.lastScrollTop);
    return container.scrollTop;
  }

  scrollToDate(date: IsoDate): void {
    const container = this.chart?.$container;
    if (!container || !this.geo || !isIsoDate(date)) return;
    container.scrollLeft = Math.max(0, dayX(this.geo, toEpochDay(date)) - 48);
    this.updateSticky();
  }

  // --- range and geometry -------------------------------------------------

  private range(): { start: IsoDate; end: IsoDate } {
    return drawnRange(this.state.rangeStart, this.state.rangeEnd, this.state.rows, this.state.today);
  }

  private columns(mode: GanttViewMode): { first: Date; last: Date } {
    const { start, end } = this.range();
    const { first, last } = chartColumns(VIEW_SCALES[mode] ? mode : 'Week', start, end);
    return { first: localOfIso(first), last: localOfIso(last) };
  }

  private viewMode(chart: TienDoGantt): GanttViewMode {
    const name = chart.config.view_mode.name;
    return (GANTT_VIEW_MODES as readonly string[]).includes(name) ? (name as GanttViewMode) : 'Week';
  }

  private dayAtX(x: number): number | null {
    if (!this.geo) return null;
    return Math.floor(this.geo.firstDay + x / this.geo.pxPerDay);
  }

  private container(): HTMLDivElement {
    return this.chart!.$container;
  }

  private indexRows(): void {
    this.rowIndexById.clear();
    this.state.rows.forEach((row, i) => {
      if (!this.rowIndexById.has(row.id)) this.rowIndexById.set(row.id, i);
    });
  }

  private updateCalendar(): void {
    this.nonWorking = epochDaySet(this.state.nonWorkingDays);
    this.extraWorking = epochDaySet(this.state.extraWorkingDays);
  }

  // --- after every frappe render -------------------------------------------

  private afterRender(chart: TienDoGantt): void {
    this.chart = chart;
    this.patcher.reset();
    const mode = this.viewMode(chart);
    const scale = VIEW_SCALES[mode];
    this.geo = {
      firstDay: toEpochDay(isoOfLocal(chart.gantt_start)),
      dayCount: chart.dates.length * scale.stepDays,
      pxPerDay: chart.config.column_width / scale.stepDays,
      headerHeight: chart.config.header_height,
      rowHeight: GANTT_ROW_HEIGHT,
      gridHeight: chart.grid_height,
    };
    this.host.dataset.view = mode;
    // frappe animates every bar's width from 0 on each render: no animation on refresh.
    for (const a of Array.from(chart.$svg.querySelectorAll('animate'))) a.remove();
    this.addDefs(chart);
    this.decorateBars(chart);
    decorateHeader(chart, this.geo, mode, this.state.language, this.range().end);
    this.drawOverlays(chart);
    this.applySelection(chart);
    this.sticky.reset(chart);
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

  private addDefs(chart: TienDoGantt): void {
    const defs = svgEl('defs', {});
    const pattern = svgEl(
      'pattern',
      { id: this.hatchId, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
      defs,
    );
    svgEl('rect', { class: 'hatch-back', width: 6, height: 6 }, pattern);
    svgEl('rect', { class: 'hatch-stripe', width: 3, height: 6 }, pattern);
    chart.$svg.insertBefore(defs, chart.$svg.firstChild);
  }

  private decorateBars(chart: TienDoGantt): void {
    const { rows } = this.state;
    const ctx = this.barContext();
    for (const bar of chart.bars) {
      const row = rows[bar.task._index ?? -1];
      if (!row) continue;
      bar.group.setAttribute('data-id', row.id); // the row's id, also when frappe got a substitute
      decorateBar(bar, row, ctx);
    }
    this.arrows.build(chart.layers.arrow, rows, this.rowIndexById, chart.bars, this.geo!);
  }

  private isDayOff(day: number): boolean {
    return this.nonWorking.has(day) || (isoWeekday(day) >= 6 && !this.extraWorking.has(day));
  }

  private drawOverlays(chart: TienDoGantt): void {
    const geo = this.geo;
    if (!geo) return;
    const grid = chart.layers.grid;
    // Days off: above the row backgrounds, below the grid lines.
    const rowsGroup = grid.firstElementChild;
    // Not in the Month view: at 4 px a day, weekends would only stripe the chart.
    const runs = this.viewMode(chart) === 'Month' ? [] : nonWorkingRuns(geo.firstDay, geo.dayCount, this.nonWorking, this.extraWorking);
    replaceGroup(grid, buildShading(geo, runs), rowsGroup ? rowsGroup.nextSibling : grid.firstChild);
    // Windows and today: above the grid, below arrows and bars.
    replaceGroup(chart.$svg, buildRowOverlays(geo, this.state.rows, this.state.today, this.state.language), chart.layers.arrow);
    const mode = this.viewMode(chart);
    markHeaderDays(chart, mode, (day) => this.isDayOff(day));
    drawTodayHeader(chart, geo, mode, this.state.today, this.state.language);
  }

  private applySelection(chart: TienDoGantt): void {
    const geo = this.geo;
    if (!geo) return;
    for (const el of Array.from(chart.layers.bar.querySelectorAll('.bar-wrapper.is-selected'))) el.classList.remove('is-selected');
    const { selectedId } = this.state;
    const index = selectedId === null ? undefined : this.rowIndexById.get(selectedId);
    const bar = index === undefined ? undefined : chart.bars[index];
    bar?.group.classList.add('is-selected');
    // Under the windows and the today line.
    replaceGroup(chart.$svg, buildSelection(geo, index ?? null), chart.$svg.querySelector(`:scope > g.${OVERLAY_CLASS}`));
  }

  /** Bar labels (labels.ts), after frappe's own placement in its frame. */
  private placeLabels(): void {
    const chart = this.chart;
    if (!chart || !this.geo || this.destroyed) return;
    this.labels.placeAll(chart.bars, this.geo);
  }

  // --- scrolling and clicks ---------------------------------------------

  private scrollToInitialDate(): void {
    const container = this.container();
    const x = this.geo ? todayX(this.geo, this.state.today) : null;
    container.scrollLeft = x === null ? 0 : Math.max(0, x - container.clientWidth / 3);
    this.updateSticky();
  }

  private readonly onScrollEvent = (): void => {
    const container = this.chart?.$container;
    if (!container) return;
    const top = container.scrollTop;
    if (top !== this.lastScrollTop) {
      this.lastScrollTop = top;
      this.callbacks.onScroll(top);
      this.patcher.setViewport(top);
    }
    if (!this.stickyFrame) {
      this.stickyFrame = requestAnimationFrame(() => {
        this.stickyFrame = 0;
        this.updateSticky();
      });
    }
  };

  private updateSticky(): void {
    const container = this.chart?.$container;
    if (container) this.sticky.update(container.scrollLeft);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    const chart = this.chart;
    if (!target || !chart) return;
    const bar = target.closest('.bar-wrapper');
    let id = bar?.getAttribute('data-id') ?? null;
    if (id === null && target.closest('svg') === chart.$svg && this.geo) {
      // A click anywhere in a row selects its task (a one-day bar is 4 px wide in the Month view).
      const y = event.clientY - chart.$svg.getBoundingClientRect().top;
      const index = Math.floor((y - this.geo.headerHeight) / this.geo.rowHeight);
      id = y >= this.geo.headerHeight ? (this.state.rows[index]?.id ?? null) : null;
    }
    if (id !== null) this.callbacks.onSelect(id);
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

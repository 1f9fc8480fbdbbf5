/**
 * The imperative side of GanttChart: owns the frappe-gantt instance, turns
 * prop changes into the cheapest redraw (rows with new ids, order, names or
 * links → frappe refresh; rows whose dates, progress or flags changed →
 * those bars and their arrows patched in place; view mode, language or range
 * → change_view_mode; calendar or today → overlays only; selection → two
 * class changes), decorates what frappe draws, and handles clicks, scrolling
 * and (through BarDrag) dragging.
 */
import { fromEpochDay, isIsoDate, isoWeekday, toEpochDay, type IsoDate } from '../../core/dates';
import { decorateBar, type BarContext } from './bars';
import { BarDrag } from './drag';
import { frappeDates, TienDoGantt, toFrappeTasks, type TienDoOptions } from './frappeChart';
import { LabelPlacer } from './labels';
import { LinkArrows } from './linkArrows';
import { BarPatcher } from './patcher';
import { diffRows } from './rowDiff';
import {
  GANTT_BAR_HEIGHT,
  GANTT_HEADER_HEIGHT,
  GANTT_LOWER_HEADER_HEIGHT,
  GANTT_ROW_HEIGHT,
  GANTT_ROW_PADDING,
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
  buildViewModes,
  CHART_TEXT,
  chartColumns,
  dayTitle,
  formatChartDate,
  GANTT_VIEW_MODES,
  isoOfLocal,
  localOfIso,
  VIEW_SCALES,
  weekMonth,
  weekTitle,
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

const DATE_CLASS = /(?:^|\s)date_(\d{4}-\d{2}-\d{2})(?:\s|$)/;

export class GanttController {
  private chart: TienDoGantt | null = null;
  private state: ChartState;
  private rowIndexById = new Map<string, number>();
  private nonWorking = new Set<number>();
  private extraWorking = new Set<number>();
  private geo: ChartGeometry | null = null;
  private readonly hatchId = `tiendo-hatch-${++instances}`;
  private lastScrollTop = 0;
  private stickyMarks: { el: HTMLElement; left: number; width: number | null }[] = [];
  private stickyCurrent: HTMLElement | null = null;
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

    const modes = buildViewModes();
    // frappe-gantt starts in the first of options.view_modes (setup_options overrides options.view_mode).
    const order = [state.viewMode, ...GANTT_VIEW_MODES.filter((m) => m !== state.viewMode)];
    const options: TienDoOptions = {
      view_modes: order.map((m) => modes[m]),
      language: state.language,
      bar_height: GANTT_BAR_HEIGHT,
      padding: GANTT_ROW_PADDING,
      upper_header_height: GANTT_UPPER_HEADER_HEIGHT,
      lower_header_height: GANTT_LOWER_HEADER_HEIGHT,
      container_height: 'auto',
      column_width: null,
      bar_corner_radius: 3,
      arrow_curve: 4,
      infinite_padding: false,
      holidays: null, // days off are drawn by the overlays (frappe writes style="" attributes and cannot unshade a working Saturday)
      ignore: [],
      lines: 'both',
      readonly: true,
      readonly_dates: true,
      readonly_progress: true,
      move_dependencies: false,
      popup: false, // details are shown in the app's own panel
      today_button: false,
      view_mode_select: false,
      scroll_to: null,
      show_expected_progress: false,
      auto_move_label: false,
      tiendo: {
        columns: (mode) => this.columns(mode as GanttViewMode),
        afterRender: (chart) => this.afterRender(chart),
      },
    };
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

  /** The range to draw; a bad one falls back to the rows' span (or today). */
  private range(): { start: IsoDate; end: IsoDate } {
    const { rangeStart, rangeEnd } = this.state;
    if (isIsoDate(rangeStart) && isIsoDate(rangeEnd) && toEpochDay(rangeEnd) >= toEpochDay(rangeStart)) {
      return { start: rangeStart, end: rangeEnd };
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const row of this.state.rows) {
      if (isIsoDate(row.start)) lo = Math.min(lo, toEpochDay(row.start));
      if (isIsoDate(row.finish)) hi = Math.max(hi, toEpochDay(row.finish));
    }
    if (lo > hi) {
      const today = isIsoDate(this.state.today) ? this.state.today : isoOfLocal(new Date());
      return { start: today, end: today };
    }
    return { start: fromEpochDay(lo), end: fromEpochDay(hi) };
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
    this.decorateHeader(chart, mode);
    this.drawOverlays(chart);
    this.applySelection(chart);
    this.stickyMarks = chart.upperTexts
      .filter((el) => el.isConnected)
      .map((el) => ({ el, left: parseFloat(el.style.left) || 0, width: null }));
    this.stickyCurrent = null;
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

  private decorateHeader(chart: TienDoGantt, mode: GanttViewMode): void {
    const geo = this.geo!;
    const lang = this.state.language;
    if (mode === 'Week') {
      // frappe puts a month's name at the left of its first week; put it at the month's first day
      // (and drop the name of a month that starts after the range, in the last week's tail).
      const rangeEnd = toEpochDay(this.range().end);
      for (const el of chart.upperTexts) {
        const column = chart.dates[Math.round((parseFloat(el.style.left) || 0) / chart.config.column_width)];
        if (!column) continue;
        const first = toEpochDay(isoOfLocal(weekMonth(column)));
        if (first > rangeEnd) el.remove();
        else el.style.left = `${Math.max(0, dayX(geo, first))}px`;
      }
    }
    const lastDay = geo.firstDay + geo.dayCount - 1;
    for (const el of chart.lowerTexts) {
      const iso = DATE_CLASS.exec(el.className)?.[1];
      if (!iso || !isIsoDate(iso)) continue;
      const day = toEpochDay(iso);
      if (mode === 'Day') {
        el.title = dayTitle(iso, lang);
      } else if (mode === 'Week') {
        el.title = weekTitle(iso, lang);
      } else {
        // A month's name spans the month.
        const date = localOfIso(iso);
        const monthEnd = toEpochDay(isoOfLocal(new Date(date.getFullYear(), date.getMonth() + 1, 0)));
        el.style.width = `${(Math.min(monthEnd, lastDay) - day + 1) * geo.pxPerDay}px`;
      }
    }
  }

  private isDayOff(day: number): boolean {
    return this.nonWorking.has(day) || (isoWeekday(day) >= 6 && !this.extraWorking.has(day));
  }

  /** Day view: days off in grey in the header too. */
  private markHeaderDays(chart: TienDoGantt): void {
    if (this.viewMode(chart) !== 'Day') return;
    for (const el of chart.lowerTexts) {
      const iso = DATE_CLASS.exec(el.className)?.[1];
      if (iso && isIsoDate(iso)) el.classList.toggle('is-non-working', this.isDayOff(toEpochDay(iso)));
    }
  }

  private drawTodayHeader(chart: TienDoGantt, mode: GanttViewMode): void {
    const geo = this.geo!;
    chart.$header.querySelector('.today-label')?.remove();
    for (const el of Array.from(chart.$header.querySelectorAll('.lower-text.is-today'))) el.classList.remove('is-today');
    const x = todayX(geo, this.state.today);
    if (x === null) return;
    const label = document.createElement('div');
    label.className = 'today-label';
    label.textContent = CHART_TEXT[this.state.language].today;
    label.style.left = `${x}px`;
    chart.$header.appendChild(label);
    if (mode === 'Day') chart.$lower_header.querySelector(`.date_${this.state.today}`)?.classList.add('is-today');
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
    this.markHeaderDays(chart);
    this.drawTodayHeader(chart, this.viewMode(chart));
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

  /** Keeps the name of the month (quarter) at the left edge visible while scrolling, as frappe does. */
  private updateSticky(): void {
    const container = this.chart?.$container;
    if (!container) return;
    const left = container.scrollLeft;
    let current: HTMLElement | null = null;
    for (let i = 0; i < this.stickyMarks.length; i++) {
      const mark = this.stickyMarks[i]!;
      if (mark.left >= left) break;
      mark.width ??= mark.el.offsetWidth;
      const next = this.stickyMarks[i + 1];
      current = next && next.left < left + mark.width + 12 ? null : mark.el;
    }
    if (current === this.stickyCurrent) return;
    this.stickyCurrent?.classList.remove('current-upper');
    current?.classList.add('current-upper');
    this.stickyCurrent = current;
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

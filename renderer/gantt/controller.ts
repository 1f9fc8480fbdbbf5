/**
 * The imperative side of GanttChart: owns the frappe-gantt instance, turns
 * prop changes into the cheapest redraw (rows → frappe refresh; view mode,
 * language or range → change_view_mode; calendar or today → overlays only;
 * selection → two class changes), decorates what frappe draws, and handles
 * clicks and scrolling.
 */
import { fromEpochDay, isIsoDate, isoWeekday, toEpochDay, type IsoDate } from '../../core/dates';
import type { FrappeBar } from 'frappe-gantt';
import { arrowPath, type BarBox } from './arrows';
import { TienDoGantt, toFrappeTasks, type TienDoOptions } from './frappeChart';
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
  chartWidth,
  dayX,
  epochDaySet,
  nonWorkingRuns,
  OVERLAY_CLASS,
  replaceGroup,
  svgEl,
  todayX,
  type ChartGeometry,
} from './overlays';
import type { GanttRow } from './types';
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
}

export interface ChartCallbacks {
  onSelect(id: string): void;
  onScroll(scrollTop: number): void;
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
    this.scrollToInitialDate();
  }

  destroy(): void {
    this.destroyed = true;
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
    const rowsChanged = !sameRows(prev.rows, next.rows);
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
      this.updateSticky();
      return; // afterRender redrew everything
    }
    if (calendarChanged || prev.today !== next.today) this.drawOverlays(chart);
    if (prev.selectedId !== next.selectedId) this.applySelection(chart);
  }

  setScrollTop(top: number): number {
    const container = this.chart?.$container;
    if (!container) return top;
    container.scrollTop = top;
    this.lastScrollTop = container.scrollTop; // the scroll event that follows is not reported back
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
    if (fonts && fonts.status !== 'loaded') void fonts.ready.then(() => this.schedulePlaceLabels());
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
    const { rows, language } = this.state;
    const text = CHART_TEXT[language];
    const diagonal = GANTT_BAR_HEIGHT - 2;
    const side = diagonal / Math.SQRT2;
    for (const bar of chart.bars) {
      const index = bar.task._index ?? -1;
      const row = rows[index];
      if (!row) continue;
      const group = bar.group;
      group.setAttribute('data-id', row.id); // the row's id, also when frappe got a substitute
      group.classList.toggle('is-critical', row.critical === true);
      group.classList.toggle('is-late', row.late === true);
      if (bar.task.invalid) group.classList.add('is-invalid');

      const lines = [`${row.stt}. ${row.name}`];
      if (isIsoDate(row.start) && isIsoDate(row.finish)) {
        lines.push(
          row.kind === 'milestone'
            ? `${text.milestone}: ${formatChartDate(row.finish, language)}`
            : `${formatChartDate(row.start, language)} – ${formatChartDate(row.finish, language)}`,
        );
      }
      const status = [`${text.progress} ${bar.task.progress ?? 0}%`];
      if (row.kind === 'effort') status.push(text.effort);
      if (row.critical) status.push(text.critical);
      if (row.late) status.push(text.late);
      lines.push(status.join(' · '));
      const title = svgEl('title', {});
      title.textContent = lines.join('\n');
      group.insertBefore(title, group.firstChild);

      if (row.kind === 'effort' && !bar.task.invalid) bar.$bar.style.fill = `url(#${this.hatchId})`;
      if (row.kind === 'milestone' && !bar.task.invalid) {
        // A diamond centred on the milestone's day: a square turned 45°.
        const rect = bar.$bar;
        const cx = Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2;
        const cy = Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')) / 2;
        rect.setAttribute('x', String(cx - side / 2));
        rect.setAttribute('y', String(cy - side / 2));
        rect.setAttribute('width', String(side));
        rect.setAttribute('height', String(side));
        rect.setAttribute('rx', '1.5');
        rect.setAttribute('ry', '1.5');
        rect.setAttribute('transform', `rotate(45 ${cx} ${cy})`);
      }
    }
    const boxes = new Map<FrappeBar, BarBox>();
    const box = (bar: FrappeBar): BarBox => {
      let b = boxes.get(bar);
      if (!b) {
        b = barBox(bar, this.geo!);
        boxes.set(bar, b);
      }
      return b;
    };
    for (const arrow of chart.arrows) {
      const from = rows[arrow.from_task.task._index ?? -1];
      const to = rows[arrow.to_task.task._index ?? -1];
      if (!from || !to) continue;
      arrow.element.setAttribute('data-from', from.id);
      arrow.element.setAttribute('data-to', to.id);
      arrow.element.setAttribute('d', arrowPath(box(arrow.from_task), box(arrow.to_task)));
      arrow.element.classList.toggle('is-critical', from.critical && to.critical);
    }
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

  /**
   * Bar labels, once frappe has measured them: inside the bar from its left
   * end when they fit (a centred label of a long bar is often off screen),
   * otherwise after the bar, or before it when they would run past the
   * chart's right edge. Milestone labels clear the diamond.
   */
  private placeLabels(): void {
    const chart = this.chart;
    const geo = this.geo;
    if (!chart || !geo || this.destroyed) return;
    const width = chartWidth(geo);
    const pad = 6;
    for (const bar of chart.bars) {
      const label = bar.group.querySelector<SVGTextElement>('.bar-label');
      if (!label) continue;
      const rect = bar.$bar;
      const x = Number(rect.getAttribute('x'));
      const w = Number(rect.getAttribute('width'));
      const milestone = bar.group.classList.contains('is-milestone');
      const reach = milestone ? (w * Math.SQRT2 - w) / 2 : 0; // the diamond sticks out of its square
      const labelWidth = typeof label.getBBox === 'function' ? label.getBBox().width : 0;
      // Only the part of the bar inside the chart can hold a label.
      const visibleLeft = Math.max(x, 0);
      const visibleWidth = Math.min(x + w, width) - visibleLeft;
      let lx: number;
      const outside = milestone || labelWidth + 2 * pad > visibleWidth;
      let before = false;
      if (!outside) {
        lx = visibleLeft + pad;
      } else {
        lx = x + w + reach + 5;
        if (lx + labelWidth > width - 2 && x - reach - 5 - labelWidth >= 0) {
          lx = x - reach - 5 - labelWidth;
          before = true;
        }
      }
      label.classList.toggle('big', outside);
      label.classList.toggle('is-before', before);
      label.setAttribute('x', String(lx));
    }
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

/** Where a bar is drawn (a milestone: its diamond), for arrow routing. */
function barBox(bar: FrappeBar, geo: ChartGeometry): BarBox {
  const rect = bar.$bar;
  const x = Number(rect.getAttribute('x'));
  const y = Number(rect.getAttribute('y'));
  const w = Number(rect.getAttribute('width'));
  const h = Number(rect.getAttribute('height'));
  const index = bar.task._index ?? 0;
  const rowTop = geo.headerHeight + index * geo.rowHeight;
  const milestone = rect.hasAttribute('transform');
  const reach = milestone ? (w * Math.SQRT2 - w) / 2 : 0;
  return {
    left: x - reach,
    right: x + w + reach,
    top: y - reach,
    bottom: y + h + reach,
    middle: rowTop + geo.rowHeight / 2,
    rowTop,
    rowBottom: rowTop + geo.rowHeight,
    milestone,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameRow(a: GanttRow, b: GanttRow): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.stt === b.stt &&
      a.name === b.name &&
      a.start === b.start &&
      a.finish === b.finish &&
      a.progress === b.progress &&
      a.critical === b.critical &&
      a.late === b.late &&
      a.kind === b.kind &&
      a.windowStart === b.windowStart &&
      a.windowEnd === b.windowEnd &&
      sameList(a.dependencies, b.dependencies))
  );
}

/** Rows compared field by field, so a parent that rebuilds equal rows does not cost a frappe refresh. */
export function sameRows(a: readonly GanttRow[], b: readonly GanttRow[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameRow(a[i]!, b[i]!)) return false;
  return true;
}

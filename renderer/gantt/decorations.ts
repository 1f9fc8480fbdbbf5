/**
 * What the chart adds to each frappe render: the geometry read from it, the
 * hatch pattern, the bars' classes, titles and link arrows, and the overlays
 * (days off, plan windows, today) with the days-off sets they come from.
 */
import { buildBaselineBars } from './baselineBars';
import { isoWeekday, toEpochDay, type IsoDate } from '../../core/dates';
import { decorateBar, type BarContext } from './bars';
import type { TienDoGantt } from './frappeChart';
import { drawTodayHeader, markHeaderDays } from './header';
import { GANTT_HEADER_HEIGHT, GANTT_ROW_HEIGHT, GANTT_UPPER_HEADER_HEIGHT } from './layout';
import type { FrappeBar } from 'frappe-gantt';
import type { RowSpan } from './rowWindow';
import {
  buildRowOverlays,
  buildShading,
  epochDaySet,
  nonWorkingRuns,
  replaceGroup,
  type NonWorkingRun,
  svgEl,
  type ChartGeometry,
} from './overlays';
import type { GanttLanguage, GanttRow } from './types';
import { GANTT_VIEW_MODES, isoOfLocal, VIEW_SCALES, type GanttViewMode } from './viewModes';

/** The header heights gantt.css lays the header out with. */
export function setHeaderHeights(host: HTMLElement): void {
  host.style.setProperty('--tiendo-upper-height', `${GANTT_UPPER_HEADER_HEIGHT}px`);
  host.style.setProperty('--tiendo-lower-height', `${GANTT_HEADER_HEIGHT - GANTT_UPPER_HEADER_HEIGHT - 1}px`);
  host.style.setProperty('--tiendo-header-height', `${GANTT_HEADER_HEIGHT}px`);
}

/** The view mode frappe drew. */
export function chartViewMode(chart: TienDoGantt): GanttViewMode {
  const name = chart.config.view_mode.name;
  return (GANTT_VIEW_MODES as readonly string[]).includes(name) ? (name as GanttViewMode) : 'Week';
}

export function chartGeometry(chart: TienDoGantt, mode: GanttViewMode): ChartGeometry {
  const scale = VIEW_SCALES[mode];
  return {
    firstDay: toEpochDay(isoOfLocal(chart.gantt_start)),
    dayCount: chart.dates.length * scale.stepDays,
    pxPerDay: chart.config.column_width / scale.stepDays,
    headerHeight: chart.config.header_height,
    rowHeight: GANTT_ROW_HEIGHT,
    gridHeight: chart.grid_height,
  };
}

export function addHatchDefs(chart: TienDoGantt, hatchId: string): void {
  const defs = svgEl('defs', {});
  const pattern = svgEl(
    'pattern',
    { id: hatchId, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
    defs,
  );
  svgEl('rect', { class: 'hatch-back', width: 6, height: 6 }, pattern);
  svgEl('rect', { class: 'hatch-stripe', width: 3, height: 6 }, pattern);
  chart.$svg.insertBefore(defs, chart.$svg.firstChild);
}

const noLabelMove = (): void => {};

/** Classes, tooltips and handles of bars frappe just drew (all of a render's, or those entering the window). */
export function decorateBars(bars: readonly FrappeBar[], rows: readonly GanttRow[], ctx: BarContext): void {
  for (const bar of bars) {
    // frappe animates every bar's width from 0 as it draws it: not here.
    for (const a of Array.from(bar.group.querySelectorAll('animate'))) a.remove();
    // frappe places each label in a frame of its own, measuring it then moving it: a layout per
    // bar (most of its render time at 1,000 bars). The chart places them all with one (labels.ts).
    bar.update_label_position = noLabelMove;
    const row = rows[bar.task._index ?? -1];
    if (!row) continue;
    bar.group.setAttribute('data-id', row.id); // the row's id, also when frappe got a substitute
    decorateBar(bar, row, ctx);
  }
}

/** Days off: weekends (unless worked) and the plan's non-working days, as epoch days. */
export class DaysOff {
  private nonWorking = new Set<number>();
  private extraWorking = new Set<number>();

  update(nonWorkingDays: readonly IsoDate[], extraWorkingDays: readonly IsoDate[]): void {
    this.nonWorking = epochDaySet(nonWorkingDays);
    this.extraWorking = epochDaySet(extraWorkingDays);
  }

  isDayOff(day: number): boolean {
    return this.nonWorking.has(day) || (isoWeekday(day) >= 6 && !this.extraWorking.has(day));
  }

  runs(geo: ChartGeometry): NonWorkingRun[] {
    return nonWorkingRuns(geo.firstDay, geo.dayCount, this.nonWorking, this.extraWorking);
  }
}

export function drawOverlays(
  chart: TienDoGantt,
  geo: ChartGeometry,
  daysOff: DaysOff,
  rows: readonly GanttRow[],
  today: IsoDate,
  language: GanttLanguage,
  deadline: IsoDate | null,
  span: RowSpan,
  statusDate: IsoDate | null = null,
  showBaseline = false,
): void {
  const grid = chart.layers.grid;
  // Days off: above the row backgrounds, below the grid lines.
  const rowsGroup = grid.firstElementChild;
  // Not in the Month view: at 4 px a day, weekends would only stripe the chart.
  const runs = chartViewMode(chart) === 'Month' ? [] : daysOff.runs(geo);
  replaceGroup(grid, buildShading(geo, runs), rowsGroup ? rowsGroup.nextSibling : grid.firstChild);
  // Windows and today: above the grid, below arrows and bars.
  replaceGroup(chart.$svg, buildRowOverlays(geo, rows, today, language, deadline, span, statusDate), chart.layers.arrow);
  // Baselines: under the bars (and arrows), above the window bands.
  replaceGroup(chart.$svg, buildBaselineBars(geo, rows, span, language, showBaseline), chart.layers.arrow);
  const mode = chartViewMode(chart);
  markHeaderDays(chart, mode, (day) => daysOff.isDayOff(day));
  drawTodayHeader(chart, geo, mode, today, language);
}

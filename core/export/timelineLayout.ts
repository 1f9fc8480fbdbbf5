/**
 * The layout of an exported timeline, pure: plan + schedule + options →
 * pages of rows with every position computed (px; paper at 96 px per inch).
 * Each page repeats the title, "Cập nhật ngày …", the column headers, the
 * time scale and the legend, and carries "Trang n/N".
 *
 * Long plans: text keeps the preset's size (a slide's 18 px reads from the
 * back of a meeting room; the 17 tasks of Kế hoạch 1049 fit one slide) and
 * rows flow onto as many slides or sheets as they need, never split; the
 * user may choose smaller text (fontScale) to fit more rows per page. Names
 * wrap onto up to 8 lines (longer ones end in "…"). The date range always
 * fits the page width; tasks wholly outside it are left out.
 */
import { APPROVED_BASELINE_INDEX, baselineAt, baselineDates } from '../baseline';
import { formatViDate, toEpochDay, type IsoDate } from '../dates';
import { PlanError } from '../errors';
import type { LinkType, Plan } from '../model';
import { outlineRows } from '../outline';
import { planProgress } from '../progress/taskStatus';
import { describeTask, type PlanSchedule } from '../schedule';
import { filterTaskIndices, isFiltering } from './filter';
import { textWidth, wrapText } from './fontMetrics';
import { layoutLegend, type LegendKind, type LegendLayout } from './legend';
import { pageSpec, type TimelineExportOptions } from './options';
import { exportText, type ExportLanguage } from './texts';
import { buildTimeAxis, type TimeAxis } from './timeAxis';
import { buildRow, type LayoutRow } from './timelineRows';

export type { LayoutRow, BarShape } from './timelineRows';

/** Longest range an export accepts (about ten years). */
export const MAX_RANGE_DAYS = 3_700;
const MAX_NAME_LINES = 8;
const MAX_LEAD_LINES = 4;
const MAX_TITLE_LINES = 4;

export interface Box {
  x: number;
  width: number;
}

/** A dependency between two tasks drawn on the export (both shown). */
export interface LayoutLink {
  from: string;
  to: string;
  type: LinkType;
}

export interface TimelineLayout {
  language: ExportLanguage;
  width: number;
  height: number;
  margin: number;
  fonts: { base: number; title: number; subtitle: number; header: number; small: number };
  /** Line height of body text. */
  lineHeight: number;
  padY: number;
  title: { lines: string[]; top: number; lineHeight: number };
  subtitle: { text: string; top: number };
  header: { top: number; upperHeight: number; lowerHeight: number };
  /** start / finish are null unless the options ask for the date columns. */
  columns: { stt: Box; name: Box; lead: Box; start: Box | null; finish: Box | null; chart: Box };
  /** Dates and % beside each bar. */
  barLabels: boolean;
  axis: TimeAxis;
  /** The status-date (or today) line, when inside the range. */
  marker: { x: number; label: string } | null;
  /** The plan's deadline ("Hạn chót", its end date) at the end of that day, when inside the range. */
  deadline: { x: number; label: string } | null;
  /** Links between shown tasks; a page draws those whose two rows it holds. */
  links: LayoutLink[];
  bodyTop: number;
  /** Lowest y a row may reach. */
  bodyBottom: number;
  legend: LegendLayout & { top: number; lineHeight: number };
  pages: { number: number; rows: LayoutRow[] }[];
  /** Tasks drawn / tasks in the plan. */
  shownTasks: number;
  totalTasks: number;
}

/** A last page holding this few rows is an orphan worth shrinking the text for… */
const ORPHAN_ROWS = 2;
/** …on a short export only, and never below this share of the chosen text size. */
const ORPHAN_MAX_PAGES = 3;
const ORPHAN_MIN_SCALE = 0.85;

/**
 * The layout at the chosen text size; when that leaves one or two rows alone
 * on a last page of a short export (a wrapped legend can do it), the text is
 * made slightly smaller (down to 85 %) so the page count drops, as "fit to
 * page" would.
 */
export function layoutTimeline(plan: Plan, ps: PlanSchedule, options: TimelineExportOptions): TimelineLayout {
  const first = layoutAtScale(plan, ps, options, options.fontScale);
  const pages = first.pages.length;
  if (pages < 2 || pages > ORPHAN_MAX_PAGES || first.pages[pages - 1]!.rows.length > ORPHAN_ROWS) return first;
  for (let k = 0.95; k >= ORPHAN_MIN_SCALE - 1e-9; k -= 0.05) {
    const tighter = layoutAtScale(plan, ps, options, options.fontScale * k);
    if (tighter.pages.length < pages) return tighter;
  }
  return first;
}

function layoutAtScale(plan: Plan, ps: PlanSchedule, options: TimelineExportOptions, fontScale: number): TimelineLayout {
  const { result } = ps;
  if (!result.ok) {
    throw new PlanError('schedule-cycle');
  }
  const lang = options.language;
  const range = defaultExportRange(plan, ps);
  const rangeStart = options.rangeStart ?? range.start;
  const rangeEnd = options.rangeEnd ?? range.finish;
  const startDay = toEpochDay(rangeStart);
  const endDay = toEpochDay(rangeEnd);
  if (endDay < startDay) throw new PlanError('invalid-range');
  if (endDay - startDay + 1 > MAX_RANGE_DAYS) throw new PlanError('range-too-long');

  const spec = pageSpec(options.preset, options.orientation);
  const f = spec.fontSize * fontScale;
  const fonts = { base: f, title: f * 1.45, subtitle: f * 0.9, header: f * 0.85, small: f * 0.85 };
  const m = spec.margin;
  const contentWidth = spec.width - 2 * m;
  const lineHeight = f * 1.25;
  const padY = f * 0.3;
  const cellPad = f * 0.4;

  const indices = filterTaskIndices(ps, options.filter);
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const leadOf = (i: number) => {
    const id = ps.order[i]!.leadUnitId;
    return id ? (unitName.get(id) ?? '') : '';
  };

  // Names take ~43% of a landscape page, half of a portrait one; the lead
  // column is as wide as its longest unit name, up to a third of that.
  const namesWidth = contentWidth * (spec.width > spec.height ? 0.43 : 0.5);
  // Wide enough for "000" or the longest plan numbering / outline number shown ("1.2.10", "III").
  const sttTexts = ps.order.map((t) => t.wbs.trim()).filter((w) => w !== '');
  const sttWidth = Math.min(f * 6, Math.max(textWidth('000', f), ...sttTexts.map((w) => textWidth(w, f)), ...(ps.order.some((t) => t.parentId !== null) ? [textWidth('0.0.00', f)] : []))) + 2 * cellPad;
  const longestLead = Math.max(0, ...[...new Set(indices.map(leadOf))].map((name) => textWidth(name, f)));
  const leadWidth = Math.min(Math.max(f * 6, longestLead + 2 * cellPad + 1), (namesWidth - sttWidth) / 3);
  // Date columns are as wide as "30/12/2026" or their header, and come out of the chart's share.
  const dateWidth = options.showDateColumns
    ? Math.max(textWidth('30/12/2026', f), textWidth(exportText(lang, 'start'), fonts.header, 600), textWidth(exportText(lang, 'finish'), fonts.header, 600)) + 2 * cellPad
    : 0;
  const tableWidth = namesWidth + 2 * dateWidth;
  const columns = {
    stt: { x: m, width: sttWidth },
    name: { x: m + sttWidth, width: namesWidth - sttWidth - leadWidth },
    lead: { x: m + namesWidth - leadWidth, width: leadWidth },
    start: options.showDateColumns ? { x: m + namesWidth, width: dateWidth } : null,
    finish: options.showDateColumns ? { x: m + namesWidth + dateWidth, width: dateWidth } : null,
    chart: { x: m + tableWidth, width: contentWidth - tableWidth },
  };

  const title = { lines: wrapText(plan.info.title, contentWidth, fonts.title, 600, MAX_TITLE_LINES), top: m, lineHeight: fonts.title * 1.25 };
  const subtitleTop = title.top + Math.max(1, title.lines.length) * title.lineHeight + f * 0.2;
  const headerTop = subtitleTop + fonts.subtitle * 1.3 + f * 0.6;
  const rowHeightOfHeader = fonts.header * 1.7;
  const header = { top: headerTop, upperHeight: rowHeightOfHeader, lowerHeight: rowHeightOfHeader };
  const bodyTop = headerTop + 2 * rowHeightOfHeader;

  const showDaysOff = options.showNonWorkingDays && options.timeScale === 'week';
  const axis = buildTimeAxis({
    startDay,
    endDay,
    chartX: columns.chart.x,
    chartWidth: columns.chart.width,
    scale: options.timeScale,
    language: lang,
    fontSize: fonts.header,
    calendar: showDaysOff ? ps.calendar : null,
  });

  const geo = {
    nameWidth: columns.name.width - 2 * cellPad,
    leadWidth: leadWidth - 2 * cellPad,
    fontSize: f,
    lineHeight,
    padY,
    maxNameLines: MAX_NAME_LINES,
    maxLeadLines: MAX_LEAD_LINES,
    axis,
    chartX: columns.chart.x,
  };
  const outline = outlineRows(ps.order);
  const flat = outline.every((r) => r.depth === 0);
  const rows: LayoutRow[] = [];
  const progress = planProgress(plan, ps);
  const approved = options.showBaseline ? baselineAt(plan.baselines, APPROVED_BASELINE_INDEX) : undefined;
  const baselines = approved ? baselineDates(approved) : null;
  for (const i of indices) {
    const task = ps.order[i]!;
    // STT as in the appendix: the plan's own numbering, else 1, 2, 3 … (the outline number in a plan with sections).
    const stt = task.wbs.trim() !== '' ? task.wbs.trim() : flat ? i + 1 : outline[i]!.outline;
    const { depth, summary } = outline[i]!;
    const late = progress === null ? undefined : progress.byId.get(task.id)?.late === true;
    const baseline = baselines?.get(task.id) ?? null;
    const row = buildRow({ task, stt, leadName: leadOf(i), schedule: describeTask(result, i, ps.calendar, ps.input), depth, summary, baseline, ...(late === undefined ? {} : { late }) }, geo);
    if (row) rows.push(row);
  }
  if (rows.length === 0) {
    throw new PlanError('nothing-to-export');
  }

  const markerDate = plan.info.statusDate ?? options.today;
  const markerDay = toEpochDay(markerDate);
  const marker =
    markerDay >= startDay && markerDay <= endDay
      ? {
          x: columns.chart.x + (markerDay - startDay + 0.5) * axis.pxPerDay,
          label: exportText(lang, plan.info.statusDate ? 'statusLine' : 'todayLine', { date: formatViDate(markerDate) }),
        }
      : null;

  const deadlineDay = toEpochDay(plan.info.endDate);
  const deadline =
    deadlineDay >= startDay && deadlineDay <= endDay
      ? { x: columns.chart.x + (deadlineDay - startDay + 1) * axis.pxPerDay, label: exportText(lang, 'deadline', { date: formatViDate(plan.info.endDate) }) }
      : null;
  const shown = new Set(rows.map((r) => r.taskId));
  const links = plan.links
    .filter((k) => k.predecessorId !== k.successorId && shown.has(k.predecessorId) && shown.has(k.successorId))
    .map((k) => ({ from: k.predecessorId, to: k.successorId, type: k.type }));

  const legendEntries = legendOf(rows, axis, marker, deadline, links.length > 0, lang, progress !== null);
  const pageLabelWidth = textWidth(exportText(lang, 'page', { n: 999, of: 999 }), fonts.small) + f;
  const legendBox = layoutLegend(legendEntries, contentWidth - pageLabelWidth, fonts.small);
  const legendLineHeight = fonts.small * 1.7;
  const legendTop = spec.height - m - legendBox.lines * legendLineHeight;
  const bodyBottom = legendTop - f * 0.6;

  const subtitleParts = [
    exportText(lang, 'updated', { date: formatViDate(plan.info.statusDate ?? options.today) }),
    exportText(lang, 'range', { from: formatViDate(rangeStart), to: formatViDate(rangeEnd) }),
  ];
  if (isFiltering(options.filter)) subtitleParts.push(exportText(lang, 'filtered', { shown: rows.length, total: ps.order.length }));

  return {
    language: lang,
    width: spec.width,
    height: spec.height,
    margin: m,
    fonts,
    lineHeight,
    padY,
    title,
    subtitle: { text: subtitleParts.join('   ·   '), top: subtitleTop },
    header,
    columns,
    barLabels: options.showBarLabels === true,
    axis,
    marker,
    deadline,
    links,
    bodyTop,
    bodyBottom,
    legend: { ...legendBox, top: legendTop, lineHeight: legendLineHeight },
    pages: paginate(rows, bodyTop, bodyBottom),
    shownTasks: rows.length,
    totalTasks: ps.order.length,
  };
}

/** Rows in order, as many per page as fit; a row is never split (its height is capped by the line limits). */
function paginate(rows: LayoutRow[], top: number, bottom: number): TimelineLayout['pages'] {
  const pages: TimelineLayout['pages'] = [];
  let current: LayoutRow[] = [];
  let y = top;
  for (const row of rows) {
    if (current.length > 0 && y + row.height > bottom) {
      pages.push({ number: pages.length + 1, rows: current });
      current = [];
      y = top;
    }
    current.push({ ...row, y });
    y += row.height;
  }
  pages.push({ number: pages.length + 1, rows: current });
  return pages;
}

function legendOf(rows: LayoutRow[], axis: TimeAxis, marker: TimelineLayout['marker'], deadline: TimelineLayout['deadline'], hasLinks: boolean, lang: ExportLanguage, asOfStatus: boolean) {
  const has = (test: (r: LayoutRow) => boolean) => rows.some(test);
  const entries: { kind: LegendKind; label: string }[] = [
    { kind: 'critical', label: exportText(lang, 'critical') },
    { kind: 'normal', label: exportText(lang, 'normal') },
  ];
  if (has((r) => r.summary && r.bar !== null)) entries.push({ kind: 'summary', label: exportText(lang, 'summary') });
  if (has((r) => r.bar?.kind === 'effort')) entries.push({ kind: 'effort', label: exportText(lang, 'effort') });
  if (has((r) => r.bar?.kind === 'milestone')) entries.push({ kind: 'milestone', label: exportText(lang, 'milestone') });
  if (has((r) => r.window !== null)) entries.push({ kind: 'window', label: exportText(lang, 'window') });
  if (has((r) => r.baseline !== null)) entries.push({ kind: 'baseline', label: exportText(lang, 'baseline') });
  if (has((r) => r.bar?.late === true)) entries.push({ kind: 'late', label: exportText(lang, asOfStatus ? 'lateStatus' : 'late') });
  if (axis.nonWorking.length > 0) entries.push({ kind: 'nonWorking', label: exportText(lang, 'nonWorking') });
  if (hasLinks) entries.push({ kind: 'link', label: exportText(lang, 'link') });
  if (marker) entries.push({ kind: 'marker', label: marker.label });
  if (deadline) entries.push({ kind: 'deadline', label: deadline.label });
  return entries;
}

/**
 * The range an export shows unless the user picks one: the plan's start to
 * its deadline, widened to the schedule so a task that runs late is never cut off.
 */
export function defaultExportRange(plan: Plan, ps: PlanSchedule): { start: IsoDate; finish: IsoDate } {
  const span = scheduleSpan(ps);
  return { start: minDate(plan.info.startDate, span.start), finish: maxDate(plan.info.endDate, span.finish) };
}

/** First start and last finish of the schedule (a milestone counts on its date). */
function scheduleSpan(ps: PlanSchedule): { start: IsoDate | null; finish: IsoDate | null } {
  if (!ps.result.ok || ps.order.length === 0) return { start: null, finish: null };
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < ps.order.length; i++) {
    const es = ps.result.earlyStart[i]!;
    first = Math.min(first, es);
    last = Math.max(last, Math.max(es, ps.result.earlyFinish[i]!));
  }
  return { start: ps.calendar.dateOf(first), finish: ps.calendar.dateOf(last) };
}

const minDate = (a: IsoDate, b: IsoDate | null) => (b !== null && b < a ? b : a);
const maxDate = (a: IsoDate, b: IsoDate | null) => (b !== null && b > a ? b : a);

/**
 * The progress report as one 16:9 meeting slide (1280 × 720, PowerPoint's
 * widescreen 13.33 × 7.5 in): the figures and the projected finish on the
 * left, the late tasks and next month's on the right, the small timeline
 * with baseline and current bars across the bottom.
 */
import { TIMELINE_COLOURS as C } from '../export/colours';
import { fitText, textWidth } from '../export/fontMetrics';
import type { Language } from '../language';
import type { ProgressReport, ReportTask } from './progressReport';
import type { ReportSvgOptions } from './reportPage';
import { drawTimeline, timelineHeight } from './reportTimeline';
import { reportDate, reportText, unitLabel } from './reportTexts';
import { baselineOf, rect, svgDocument, text } from './svg';

export const REPORT_SLIDE = { width: 1280, height: 720, mm: { width: 338.67, height: 190.5 } } as const;
const PAD = 36;

export function reportSlideSvg(report: ProgressReport, options: ReportSvgOptions): string {
  const lang = options.language;
  const t = (key: Parameters<typeof reportText>[1], p: Record<string, string | number> = {}) => reportText(lang, key, p);
  const W = REPORT_SLIDE.width;
  const out: string[] = [];

  // Title band.
  out.push(rect(0, 0, W, 84, `fill="${C.summary}"`));
  out.push(text(PAD, 38, t('title'), { size: 26, weight: 600, fill: '#ffffff' }));
  const asOf = t('asOf', { date: reportDate(report.statusDate) });
  out.push(text(W - PAD, 36, asOf, { size: 16, weight: 600, fill: '#ffffff', anchor: 'end' }));
  out.push(text(W - PAD, 62, fitText(report.organisation, 420, 14), { size: 14, fill: '#d9e2ec', anchor: 'end' }));
  out.push(text(PAD, 66, fitText(report.title, W - 2 * PAD - 440, 15), { size: 15, fill: '#d9e2ec' }));

  // Left: figures.
  const leftW = 560;
  const top = 104;
  const items: [string, number, string][] = [
    [t('total'), report.total, C.text],
    [t('done'), report.counts.done, '#2b8a3e'],
    [t('inProgress'), report.counts.inProgress, C.normalProgress],
    [t('notStarted'), report.counts.notStarted, C.headerText],
    [t('late'), report.counts.late, report.counts.late > 0 ? C.critical : C.text],
  ];
  const gap = 10;
  const cw = (leftW - gap * 4) / 5;
  items.forEach(([label, value, colour], i) => {
    const x = PAD + i * (cw + gap);
    out.push(rect(x, top, cw, 84, `rx="6" fill="${C.headerBackground}" stroke="${C.gridLineStrong}"`));
    out.push(text(x + cw / 2, top + 46, String(value), { size: 36, weight: 600, anchor: 'middle', fill: colour }));
    const size = Math.min(13, (13 * (cw - 8)) / textWidth(label, 13));
    out.push(text(x + cw / 2, top + 72, label, { size, anchor: 'middle', fill: C.headerText }));
  });

  const p = report.projected;
  const late = p.daysLate > 0;
  const finishNote = late
    ? t('slideLateBy', { n: p.daysLate, deadline: reportDate(report.deadline) })
    : p.daysEarly > 0
      ? t('slideEarlyBy', { n: p.daysEarly, deadline: reportDate(report.deadline) })
      : t('slideOnTime', { deadline: reportDate(report.deadline) });
  stat(out, PAD, top + 100, leftW, t('slideFinish'), reportDate(p.finish), finishNote, late ? C.critical : '#2b8a3e');
  const b = report.baseline;
  const baseNote = b
    ? `${b.name}: ${reportDate(b.finish)} (${b.variance > 0 ? t('varianceLate', { n: b.variance }) : b.variance < 0 ? t('varianceEarly', { n: -b.variance }) : t('varianceNone')})`
    : t('noBaseline');
  stat(out, PAD, top + 202, leftW, t('slideCritical'), t('workingDays', { n: report.critical.remainingDays }), baseNote, C.critical);

  // Right: late tasks and next month.
  const rx = PAD + leftW + 36;
  const rw = W - PAD - rx;
  let y = list(out, rx, top, rw, 6, t('lateHeading', { n: report.late.length }), report.late, (task) => t('daysShort', { n: task.daysLate }), lang);
  const next = report.nextMonth;
  list(out, rx, y + 8, rw, 4, t('nextHeading', { from: reportDate(next.from), to: reportDate(next.to) }), next.tasks, (task) => reportDate(task.finish), lang);

  // Bottom: the timeline.
  const tlTop = 412;
  const tlHeight = Math.min(REPORT_SLIDE.height - 14 - tlTop, timelineHeight(report.timeline.rows.length, 16, 10.5));
  out.push(drawTimeline(report, { x: PAD, y: tlTop, width: W - 2 * PAD, height: tlHeight }, { fontSize: 10.5, labelWidth: 300, maxRowHeight: 16 }, lang));
  return svgDocument(W, REPORT_SLIDE.height, out.join(''), options.fontCss ?? '', `${t('title')} – ${report.title}`);
}

function stat(out: string[], x: number, y: number, w: number, label: string, value: string, note: string, colour: string): void {
  out.push(rect(x, y, w, 92, `rx="6" fill="#ffffff" stroke="${C.gridLineStrong}"`));
  out.push(rect(x, y, 6, 92, `fill="${colour}"`));
  out.push(text(x + 20, y + 24, label, { size: 15, fill: C.headerText }));
  out.push(text(x + 20, y + 56, value, { size: 28, weight: 600, fill: colour }));
  out.push(text(x + 20, y + 80, fitText(note, w - 30, 14), { size: 14, fill: C.text }));
}

/** A heading and up to `max` task lines (STT, name, unit, a right-hand figure); returns the y under it. */
function list(out: string[], x: number, y: number, w: number, max: number, heading: string, tasks: readonly ReportTask[], figure: (t: ReportTask) => string, lang: Language): number {
  out.push(text(x, y + 18, heading, { size: 17, weight: 600 }));
  let at = y + 28;
  const rowH = 24;
  const shown = tasks.length > max ? max - 1 : tasks.length;
  if (tasks.length === 0) {
    out.push(text(x, baselineOf(at, 14, rowH), reportText(lang, 'none'), { size: 14, italic: true, fill: C.headerText }));
    return at + rowH;
  }
  const unitW = 190;
  const figureW = 96;
  for (const task of tasks.slice(0, shown)) {
    const base = baselineOf(at, 14, rowH);
    out.push(rect(x, at + rowH - 1, w, 1, `fill="${C.gridLine}"`));
    out.push(text(x + 24, base, task.stt, { size: 14, weight: 600, anchor: 'end', fill: task.late ? C.critical : C.text }));
    out.push(text(x + 34, base, fitText(task.name, w - 34 - unitW - figureW, 14), { size: 14 }));
    out.push(text(x + w - figureW - unitW + 8, base, fitText(unitLabel(task.leadUnit, lang), unitW - 12, 13), { size: 13, fill: C.headerText }));
    out.push(text(x + w, base, figure(task), { size: 14, weight: 600, anchor: 'end', fill: task.late ? C.critical : C.text }));
    at += rowH;
  }
  if (shown < tasks.length) {
    out.push(text(x + 34, baselineOf(at, 13, rowH), reportText(lang, 'more', { n: tasks.length - shown }), { size: 13, italic: true, fill: C.headerText }));
    at += rowH;
  }
  return at;
}

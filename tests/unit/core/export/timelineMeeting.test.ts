/**
 * Issue 16 §4 / 11 §4 on the exported timeline: dependency arrows, the
 * deadline line, a range that follows the schedule, readable headers, date
 * columns and bar labels, one milestone colour, no orphan rows on a slide.
 */
import { describe, expect, it } from 'vitest';
import { TIMELINE_COLOURS as C } from '../../../../core/export/colours';
import { defaultExportOptions, type TimelineExportOptions } from '../../../../core/export/options';
import { layoutTimeline, type TimelineLayout } from '../../../../core/export/timelineLayout';
import { renderTimelineSvg } from '../../../../core/export/timelineSvg';
import { tasksInOrder, type Plan } from '../../../../core/model';
import { schedulePlan } from '../../../../core/schedule';
import { defaultPlan, longPlan } from './plans';
import { svgTexts } from './svgText';

const TODAY = '2026-05-20';
const layoutOf = (plan: Plan, over: Partial<TimelineExportOptions> = {}) =>
  layoutTimeline(plan, schedulePlan(plan), { ...defaultExportOptions(TODAY), ...over });
const rowsOf = (layout: TimelineLayout) => layout.pages.flatMap((p) => p.rows);

/** The arrow groups of a page: their scale and each link's path (one "M" each). */
function arrowGroups(svg: string): { stroke: string; k: number; paths: string[] }[] {
  return [...svg.matchAll(/<path transform="scale\(([\d.]+)\)" d="([^"]*)" fill="none" stroke="([^"]+)"/g)].map((m) => ({
    k: Number(m[1]),
    stroke: m[3]!,
    paths: m[2]!.split(/(?=M )/).filter((p) => p.trim() !== ''),
  }));
}

describe('dependency arrows on the exported timeline', () => {
  const plan = defaultPlan();
  const layout = layoutOf(plan);
  const svg = renderTimelineSvg(layout, 0);

  it('draws one arrow per link of the default plan, critical links in the critical colour', () => {
    expect(layout.links).toHaveLength(plan.links.length);
    const groups = arrowGroups(svg);
    const total = groups.reduce((n, g) => n + g.paths.length, 0);
    expect(total).toBe(plan.links.length);
    // Only 16 has float: its links are grey, every other link joins two critical tasks.
    const grey = groups.find((g) => g.stroke === C.link)?.paths.length ?? 0;
    const red = groups.find((g) => g.stroke === C.critical)?.paths.length ?? 0;
    const task16 = tasksInOrder(plan)[15]!.id;
    expect(grey).toBe(plan.links.filter((k) => k.predecessorId === task16 || k.successorId === task16).length);
    expect(red).toBe(plan.links.length - grey);
  });

  it('starts a finish-to-start arrow under the predecessor and ends it at the successor’s start', () => {
    const [first, second] = rowsOf(layout);
    const link = plan.links.find((k) => k.predecessorId === first!.taskId && k.successorId === second!.taskId)!;
    expect(link.type).toBe('FS');
    const group = arrowGroups(svg).find((g) => g.stroke === C.critical)!;
    const start = (p: string) => p.match(/^M ([\d.]+) ([\d.]+)/)!.slice(1).map((v) => Number(v) * group.k);
    // Task 1's only outgoing link is the one to task 2.
    const path = group.paths.find((p) => start(p)[1]! < first!.y + first!.height)!;
    const [sx, sy] = start(path);
    expect(sx!).toBeGreaterThanOrEqual(first!.bar!.x);
    expect(sx!).toBeLessThanOrEqual(first!.bar!.x + first!.bar!.width);
    expect(sy!).toBeGreaterThan(first!.y + first!.height / 2);
    expect(sy!).toBeLessThan(first!.y + first!.height);
    const tip = Number(path.match(/H ([\d.]+) m -5/)![1]) * group.k;
    expect(tip).toBeLessThan(second!.bar!.x);
    expect(tip).toBeGreaterThan(second!.bar!.x - layout.fonts.base);
  });

  it('draws a link only where both of its tasks are on the page', () => {
    const long = longPlan(300);
    const l = layoutOf(long, { preset: 'A4' });
    expect(l.pages.length).toBeGreaterThan(1);
    for (let p = 0; p < l.pages.length; p++) {
      const ids = new Set(l.pages[p]!.rows.map((r) => r.taskId));
      const expected = l.links.filter((k) => ids.has(k.from) && ids.has(k.to)).length;
      const drawn = arrowGroups(renderTimelineSvg(l, p)).reduce((n, g) => n + g.paths.length, 0);
      expect(drawn).toBe(expected);
    }
  });
});

describe('the range, the deadline and the status lines', () => {
  it('follows a schedule pushed past the deadline, with the "Hạn chót" line at the end of 31/12/2026', () => {
    const plan = defaultPlan();
    tasksInOrder(plan)[14]!.duration = 40; // task 15 now ends in January 2027
    const ps = schedulePlan(plan);
    const layout = layoutTimeline(plan, ps, defaultExportOptions(TODAY));
    const last = rowsOf(layout).at(-1)!.finish > rowsOf(layout)[14]!.finish ? rowsOf(layout).at(-1)! : rowsOf(layout)[14]!;
    expect(last.finish > '2026-12-31').toBe(true);
    expect(layout.subtitle.text).toContain(`01/04/2026 – ${last.finish.split('-').reverse().join('/')}`);
    // Task 15's bar is whole: not clipped at the deadline.
    expect(rowsOf(layout)[14]!.bar!.clippedEnd).toBe(false);
    expect(layout.deadline?.label).toBe('Hạn chót 31/12/2026');
    const dayWidth = layout.axis.pxPerDay;
    const jan1 = layout.columns.chart.x + (Date.UTC(2027, 0, 1) - Date.UTC(2026, 3, 1)) / 86_400_000 * dayWidth;
    expect(layout.deadline!.x).toBeCloseTo(jan1, 6);
    const svg = renderTimelineSvg(layout, 0);
    expect(svg).toContain(`stroke="${C.deadline}"`);
    expect(svgTexts(svg)).toContain('Hạn chót 31/12/2026');
  });

  it('keeps the default plan’s range and draws the today line below the time scale', () => {
    const layout = layoutOf(defaultPlan());
    expect(layout.subtitle.text).toContain('01/04/2026 – 31/12/2026');
    const svg = renderTimelineSvg(layout, 0);
    const today = svg.match(new RegExp(`<line x1="([\\d.]+)" y1="([\\d.]+)" x2="[\\d.]+" y2="[\\d.]+" stroke="${C.today}"`))!;
    expect(Number(today[1])).toBeCloseTo(layout.marker!.x, 1);
    expect(Number(today[2])).toBeCloseTo(layout.bodyTop, 1);
  });
});

describe('what a meeting may add: date columns and bar labels', () => {
  const plan = defaultPlan();
  const plain = layoutOf(plan);
  const layout = layoutOf(plan, { showDateColumns: true, showBarLabels: true });
  const texts = svgTexts(renderTimelineSvg(layout, 0));

  it('adds Bắt đầu and Kết thúc columns before the chart, in dd/mm/yyyy', () => {
    expect(layout.columns.start!.x).toBeCloseTo(layout.columns.lead.x + layout.columns.lead.width, 6);
    expect(layout.columns.chart.x).toBeCloseTo(layout.columns.finish!.x + layout.columns.finish!.width, 6);
    expect(layout.columns.chart.width).toBeLessThan(plain.columns.chart.width);
    for (const h of ['Bắt đầu', 'Kết thúc']) expect(texts).toContain(h);
    expect(texts).toContain('01/04/2026');
    expect(texts).toContain('31/12/2026');
    expect(plain.columns.start).toBeNull();
  });

  it('writes each bar’s dates and % beside it', () => {
    const first = rowsOf(layout)[0]!;
    const dm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
    expect(texts).toContain(`${dm(first.start)} – ${dm(first.finish)} · 0 %`);
    expect(svgTexts(renderTimelineSvg(plain, 0)).some((t) => / · \d+ %$/.test(t))).toBe(false);
  });

  it('translates the new words into English', () => {
    const en = layoutOf(plan, { showDateColumns: true, language: 'en' });
    const t = svgTexts(renderTimelineSvg(en, 0));
    for (const w of ['Start', 'Finish', 'Deadline 31/12/2026', 'Dependency']) expect(t).toContain(w);
  });
});

describe('milestones and pages', () => {
  it('draws a critical milestone in the milestone colour, as the legend shows it', () => {
    const plan = defaultPlan();
    // Task 13 made a milestone stays on the critical path (12 → 13 → 14).
    const thirteenth = tasksInOrder(plan)[12]!;
    thirteenth.kind = 'milestone';
    thirteenth.duration = 0;
    const layout = layoutOf(plan);
    const row = rowsOf(layout)[12]!;
    expect(row.bar!.kind).toBe('milestone');
    expect(row.bar!.critical).toBe(true);
    const svg = renderTimelineSvg(layout, 0);
    const diamonds = [...svg.matchAll(/<polygon points="[^"]+" fill="([^"]+)"/g)].map((m) => m[1]);
    expect(diamonds.length).toBeGreaterThanOrEqual(2); // the bar and the legend swatch
    expect(new Set(diamonds)).toEqual(new Set([C.milestone]));
  });

  it('does not leave the last task alone on a second slide when the legend takes two lines', () => {
    const layout = layoutOf(defaultPlan());
    expect(layout.legend.lines).toBeGreaterThanOrEqual(2);
    expect(layout.pages).toHaveLength(1);
    expect(rowsOf(layout)).toHaveLength(17);
  });

  it('keeps the chosen text size on a long export (many pages: no shrinking)', () => {
    const layout = layoutOf(longPlan(300), { preset: 'A4' });
    expect(layout.fonts.base).toBe(11);
  });
});

/**
 * The timeline layout and its SVG: every row, the scale labels, pages with
 * repeated headers, range clipping, filters and refusals.
 */
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../../../core/errors';
import { defaultExportOptions, type TimelineExportOptions } from '../../../../core/export/options';
import { layoutTimeline, type TimelineLayout } from '../../../../core/export/timelineLayout';
import { renderTimelineSvg } from '../../../../core/export/timelineSvg';
import { tasksInOrder, type Plan } from '../../../../core/model';
import { schedulePlan } from '../../../../core/schedule';
import { defaultPlan, longPlan } from './plans';
import { svgTexts } from './svgText';

const TODAY = '2026-05-20';
const options = (over: Partial<TimelineExportOptions> = {}): TimelineExportOptions => ({ ...defaultExportOptions(TODAY), ...over });
const layoutOf = (plan: Plan, over: Partial<TimelineExportOptions> = {}) => layoutTimeline(plan, schedulePlan(plan), options(over));
const allRows = (layout: TimelineLayout) => layout.pages.flatMap((p) => p.rows);
const MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => `Tháng ${m}/2026`);

describe('the default plan on one slide', () => {
  const plan = defaultPlan();
  const layout = layoutOf(plan);

  it('has all 17 rows in plan order, on one 1920×1080 page', () => {
    expect([layout.width, layout.height]).toEqual([1920, 1080]);
    expect(layout.pages).toHaveLength(1);
    const rows = allRows(layout);
    expect(rows.map((r) => r.name)).toEqual(tasksInOrder(plan).map((t) => t.name));
    expect(rows.map((r) => r.stt)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    // No name is cut: its wrapped lines give back the whole name.
    for (const r of rows) expect(r.nameLines.join(' ')).toBe(r.name);
  });

  it('writes every name, lead unit, header and month label into the SVG', () => {
    const texts = svgTexts(renderTimelineSvg(layout, 0));
    const joined = texts.join('\n');
    for (const r of allRows(layout)) for (const l of [...r.nameLines, ...r.leadLines]) expect(texts).toContain(l);
    for (const t of ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Cập nhật ngày 20/05/2026', 'Trang 1/1', ...MONTHS]) expect(joined).toContain(t);
    expect(texts.filter((t) => t.startsWith('Tháng '))).toEqual(MONTHS);
  });

  it('labels months "Tháng 4/2026" … "Tháng 12/2026" over week start dates', () => {
    expect(layout.axis.upper.map((a) => a.text)).toEqual(MONTHS);
    // Weeks start on Mondays: 06/04, 13/04 … (the first, partial week from 01/04 has no room for a label).
    const weeks = layout.axis.lower.map((a) => a.text);
    expect(weeks.slice(1, 5)).toEqual(['6', '13', '20', '27']);
  });

  it('draws critical bars red and task 16 blue, the effort task hatched', () => {
    const rows = allRows(layout);
    expect(rows.filter((r) => r.bar?.critical).map((r) => r.stt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17]);
    const svg = renderTimelineSvg(layout, 0);
    const row16 = rows[15]!;
    expect(svg).toMatch(new RegExp(`<rect x="${Math.round(row16.bar!.x * 100) / 100}"[^>]*fill="#3b82c4"`));
    expect(rows[16]!.bar!.kind).toBe('effort');
    expect(svg).toContain('fill="url(#tl-hatch)"');
  });

  it('puts each bar at its dates: task 8 from 26/05 to 18/09 inclusive', () => {
    const r = allRows(layout)[7]!;
    const { chart } = layout.columns;
    const px = layout.axis.pxPerDay;
    const daysFromStart = (iso: string) => (Date.parse(iso) - Date.parse('2026-04-01')) / 86_400_000;
    expect(r.bar!.x).toBeCloseTo(chart.x + daysFromStart('2026-05-26') * px, 6);
    expect(r.bar!.x + r.bar!.width).toBeCloseTo(chart.x + (daysFromStart('2026-09-18') + 1) * px, 6);
    expect(chart.x + chart.width).toBeCloseTo(chart.x + 275 * px, 6); // 01/04–31/12: 275 days fill the chart
  });

  it('says "Cập nhật ngày" with the status date when the plan has one, and draws its line', () => {
    const withStatus = { ...plan, info: { ...plan.info, statusDate: '2026-06-15' } };
    const l = layoutOf(withStatus);
    expect(l.subtitle.text).toContain('Cập nhật ngày 15/06/2026');
    expect(l.marker?.label).toBe('Ngày cập nhật 15/06/2026');
    expect(layout.marker?.label).toBe('Hôm nay 20/05/2026');
  });

  it('offers A4 and A3 in both orientations with the same rows', () => {
    for (const preset of ['A4', 'A3'] as const) {
      for (const orientation of ['landscape', 'portrait'] as const) {
        const l = layoutOf(plan, { preset, orientation });
        expect(l.width > l.height).toBe(orientation === 'landscape');
        expect(allRows(l).map((r) => r.name)).toEqual(tasksInOrder(plan).map((t) => t.name));
        for (const p of l.pages) for (const r of p.rows) expect(r.y + r.height).toBeLessThanOrEqual(l.bodyBottom + 1e-9);
      }
    }
    expect(layoutOf(plan, { preset: 'A4' }).width).toBeCloseTo((297 / 25.4) * 96, 6);
  });

  it('uses quarters over months in the month scale', () => {
    const l = layoutOf(plan, { timeScale: 'month' });
    expect(l.axis.lower.map((a) => a.full)).toEqual(MONTHS);
    expect(l.axis.upper.map((a) => a.full)).toEqual(['Quý II/2026', 'Quý III/2026', 'Quý IV/2026']);
    expect(l.axis.nonWorking).toEqual([]); // days off only in the week scale
  });
});

describe('a long plan', () => {
  const plan = longPlan(100);
  const layout = layoutOf(plan);

  it('flows 100 tasks onto several slides, each row exactly once and in order', () => {
    expect(layout.pages.length).toBeGreaterThan(1);
    expect(allRows(layout).map((r) => r.taskId)).toEqual(tasksInOrder(plan).map((t) => t.id));
    for (const page of layout.pages) {
      expect(page.rows.length).toBeGreaterThan(0);
      expect(page.rows[0]!.y).toBe(layout.bodyTop);
      const last = page.rows[page.rows.length - 1]!;
      expect(last.y + last.height).toBeLessThanOrEqual(layout.bodyBottom + 1e-9);
    }
  });

  it('repeats the title, column headers and time scale on every page, with "Trang n/N"', () => {
    const n = layout.pages.length;
    layout.pages.forEach((page, i) => {
      const texts = svgTexts(renderTimelineSvg(layout, i));
      for (const t of ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', ...MONTHS, `Trang ${i + 1}/${n}`, layout.title.lines[0]!]) expect(texts).toContain(t);
      for (const r of page.rows) expect(texts).toContain(r.nameLines[0]);
    });
  });

  it('fits more rows per page with a smaller font', () => {
    expect(layoutOf(plan, { fontScale: 0.7 }).pages.length).toBeLessThan(layout.pages.length);
  });
});

describe('range and filter', () => {
  const plan = defaultPlan();

  it('clips to the chosen range: only tasks that overlap it, bars cut at its edges', () => {
    const l = layoutOf(plan, { rangeStart: '2026-06-01', rangeEnd: '2026-09-30' });
    const rows = allRows(l);
    expect(rows.map((r) => r.stt)).toEqual([8, 9, 10, 17]);
    expect(l.axis.upper.map((a) => a.full)).toEqual(MONTHS.slice(2, 6));
    const { chart } = l.columns;
    for (const r of rows) {
      expect(r.bar!.x).toBeGreaterThanOrEqual(chart.x - 1e-9);
      expect(r.bar!.x + r.bar!.width).toBeLessThanOrEqual(chart.x + chart.width + 1e-9);
    }
    expect(rows[0]!.bar).toMatchObject({ clippedStart: true, clippedEnd: false });
    expect(rows[3]!.bar).toMatchObject({ clippedStart: true, clippedEnd: true });
    expect(l.subtitle.text).toContain('Thời gian: 01/06/2026 – 30/09/2026');
    expect(l.marker).toBeNull(); // 20/05 is before the range
  });

  it('keeps only critical tasks, one unit’s tasks, listed ids or a name search', () => {
    const order = tasksInOrder(plan);
    const stts = (filter: TimelineExportOptions['filter']) => allRows(layoutOf(plan, { filter })).map((r) => r.stt);
    expect(stts({ criticalOnly: true })).not.toContain(16);
    expect(stts({ criticalOnly: true })).toHaveLength(16);
    const consultant = plan.units.find((u) => u.name === 'Đơn vị tư vấn')!.id;
    expect(stts({ leadUnitIds: [consultant] })).toEqual([8, 10, 12, 14, 16]);
    expect(stts({ taskIds: [order[15]!.id, order[2]!.id] })).toEqual([3, 16]);
    expect(stts({ text: 'hoi thao' })).toEqual([9]);
    expect(layoutOf(plan, { filter: { criticalOnly: true } }).subtitle.text).toContain('16/17 công việc');
  });

  it('refuses an empty result, a reversed range and a plan with a cycle, in Vietnamese', () => {
    const refuse = (fn: () => unknown, code: string) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(PlanError);
        expect((error as PlanError).code).toBe(code);
        expect((error as PlanError).message).toMatch(/[àáảãạăâđêôơư]/);
        return;
      }
      throw new Error(`expected ${code}`);
    };
    refuse(() => layoutOf(plan, { filter: { text: 'không có công việc này' } }), 'nothing-to-export');
    refuse(() => layoutOf(plan, { rangeStart: '2026-09-01', rangeEnd: '2026-08-01' }), 'invalid-range');
    const [a, b] = tasksInOrder(plan);
    const cyclic = { ...plan, links: [...plan.links, { id: 'back', predecessorId: b!.id, successorId: a!.id, type: 'FS' as const, lag: 0 }] };
    refuse(() => layoutOf(cyclic), 'schedule-cycle');
  });
});

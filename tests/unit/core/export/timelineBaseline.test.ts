/**
 * Issue 13 §1 in the timeline export: with showBaseline, each task saved in
 * the approved baseline gets a thin grey bar under its bar, at the baseline's
 * dates, and the legend names it; without it (or without a baseline) nothing.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../../core/defaultPlan';
import { applyEdit } from '../../../../core/edits';
import { TIMELINE_COLOURS } from '../../../../core/export/colours';
import { defaultExportOptions } from '../../../../core/export/options';
import { layoutTimeline } from '../../../../core/export/timelineLayout';
import { renderTimelineSvg } from '../../../../core/export/timelineSvg';
import { tasksInOrder, type Plan } from '../../../../core/model';
import { schedulePlan } from '../../../../core/schedule';

const ctx = { newId: () => 'unused', today: '2026-04-01' };
const seed = createDefaultPlan();
const id = (stt: number) => tasksInOrder(seed)[stt - 1]!.id;

/** Baseline 0 saved, then task 6 moved from 18/05 to 01/06 (its successors follow). */
function movedAfterBaseline(): Plan {
  const saved = applyEdit(seed, { op: 'saveBaseline', index: 0 }, ctx);
  return applyEdit(saved, { op: 'setTaskDates', taskId: id(6), start: '2026-06-01' }, ctx);
}

const options = (showBaseline: boolean) => ({ ...defaultExportOptions('2026-04-01'), ...(showBaseline ? { showBaseline: true } : {}) });

describe('baselines in the timeline export', () => {
  const plan = movedAfterBaseline();

  it('draws each task’s baseline span under its bar, at the baseline’s days, and names it in the legend', () => {
    const layout = layoutTimeline(plan, schedulePlan(plan), options(true));
    const rows = layout.pages.flatMap((p) => p.rows);
    const six = rows.find((r) => r.taskId === id(6))!;
    const five = rows.find((r) => r.taskId === id(5))!;
    expect(rows.every((r) => r.baseline !== null)).toBe(true);
    // Task 5 did not move: the grey span is its bar's. Task 6 moved 10 working days (14 calendar days) later.
    expect(five.baseline!.x).toBeCloseTo(five.bar!.x, 6);
    expect(five.baseline!.width).toBeCloseTo(five.bar!.width, 6);
    expect(six.bar!.x - six.baseline!.x).toBeCloseTo(14 * layout.axis.pxPerDay, 6);
    expect(layout.legend.items.map((i) => i.label)).toContain('Kế hoạch gốc');

    const svg = renderTimelineSvg(layout, 0);
    const grey = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*fill="(#[0-9a-f]+)" data-baseline="([^"]+)"/g)];
    expect(grey.length).toBe(layout.pages[0]!.rows.length);
    const mine = grey.find((m) => m[6] === id(6))!;
    expect(mine[5]).toBe(TIMELINE_COLOURS.baseline);
    expect(Number(mine[1])).toBeCloseTo(six.baseline!.x, 1);
    // Under the bar: below the row's centre, thinner than a third of the text size.
    expect(Number(mine[2])).toBeGreaterThan(six.y + six.height / 2);
    expect(Number(mine[2]) + Number(mine[4])).toBeLessThanOrEqual(six.y + six.height);
    expect(Number(mine[4])).toBeLessThan(layout.fonts.base / 3);
  });

  it('draws none when not asked for, or when the plan has no baseline', () => {
    const off = layoutTimeline(plan, schedulePlan(plan), options(false));
    expect(off.pages.flatMap((p) => p.rows).some((r) => r.baseline !== null)).toBe(false);
    expect(renderTimelineSvg(off, 0)).not.toContain('data-baseline');
    expect(off.legend.items.map((i) => i.label)).not.toContain('Kế hoạch gốc');
    const none = layoutTimeline(seed, schedulePlan(seed), options(true));
    expect(renderTimelineSvg(none, 0)).not.toContain('data-baseline');
  });

  it('in English the legend says Baseline', () => {
    const layout = layoutTimeline(plan, schedulePlan(plan), { ...options(true), language: 'en' });
    expect(layout.legend.items.map((i) => i.label)).toContain('Baseline');
  });
});

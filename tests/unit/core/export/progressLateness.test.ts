/**
 * Issue 13 §2: with a status date the exports mark lateness as the app does
 * (core/progress/taskStatus.ts): the plan table's "Trễ (ngày làm việc)" and
 * the timeline's late outline and legend, on the seed plan as of 03/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../../core/defaultPlan';
import { applyEdit } from '../../../../core/edits';
import { defaultExportOptions } from '../../../../core/export/options';
import { layoutTimeline } from '../../../../core/export/timelineLayout';
import { planTableRows } from '../../../../core/formats/planTableRows';
import { tasksInOrder, type Plan } from '../../../../core/model';
import { schedulePlan } from '../../../../core/schedule';

const ctx = { newId: () => 'unused', today: '2026-12-04' };

function issueScenario(): Plan {
  const seed = createDefaultPlan();
  const id = (stt: number) => tasksInOrder(seed)[stt - 1]!.id;
  const done = applyEdit(seed, { op: 'updateProgress', taskIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(id), statusDate: '2026-12-03', mode: 'asPlanned' }, ctx);
  return applyEdit(done, { op: 'updateProgress', taskIds: [id(11)], mode: 'percent', percent: 50 }, ctx);
}

describe('exports as of the status date', () => {
  const plan = issueScenario();

  it('the plan table says 24 for task 11, 14 for 12, nothing for the done tasks', () => {
    const late = planTableRows(plan, { columns: ['late'] }).rows.map((r) => r[r.length - 1]);
    expect(late).toEqual(['', '', '', '', '', '', '', '', '', '', 24, 14, 9, 3, 3, 9, '']);
    // Without a status date: the engine's lateness against the window or the plan's end, as before.
    const off = { ...plan, info: { ...plan.info, statusDate: null } };
    expect(planTableRows(off, { columns: ['late'] }).rows[10]!.at(-1)).not.toBe(24);
  });

  it('the timeline outlines the six late bars and names them against the plan in its legend', () => {
    const layout = layoutTimeline(plan, schedulePlan(plan), defaultExportOptions('2026-12-04'));
    const late = layout.pages.flatMap((p) => p.rows).filter((r) => r.bar?.late).map((r) => r.stt);
    expect(late).toEqual([11, 12, 13, 14, 15, 16]);
    expect(layout.legend.items.map((e) => e.label)).toContain('Trễ so với kế hoạch đến ngày cập nhật');
  });
});

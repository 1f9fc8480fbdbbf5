/**
 * The report scenario on the seed plan: status date 03/12/2026, tasks
 * 1–10 done, 11 at 50 %, the approved baseline saved before task 16 was moved
 * five working days later (start no earlier than 30/11) and baseline 1 after.
 */
import type { Baseline } from '../../../../core/baseline';
import { createDefaultPlan } from '../../../../core/defaultPlan';
import { tasksInOrder, type Plan } from '../../../../core/model';
import { planTaskViews, schedulePlan } from '../../../../core/schedule';

export const STATUS = '2026-12-03';

/** The plan's current schedule saved as baseline `index` (as "Lưu kế hoạch gốc" does). */
export function baselineOf(plan: Plan, index: number, name: string, savedOn: string): Baseline {
  const views = planTaskViews(schedulePlan(plan));
  return { index, name, savedOn, tasks: tasksInOrder(plan).map((t) => ({ taskId: t.id, ...pick(views.get(t.id)!) })) };
}

function pick(v: { start: string; finish: string; duration: number }) {
  return { start: v.start, finish: v.finish, duration: v.duration };
}

export function reportScenario(): Plan {
  let n = 0;
  const seed = createDefaultPlan(() => `id-${++n}`);
  const approved = baselineOf(seed, 0, 'Kế hoạch được duyệt', '2026-04-01');
  const order = tasksInOrder(seed);
  const moved: Plan = { ...seed, tasks: seed.tasks.map((t) => (t.id === order[15]!.id ? { ...t, startNoEarlierThan: '2026-11-30' } : t)) };
  const afterMove = baselineOf(moved, 1, 'Sau khi dời công việc 16', '2026-11-20');
  const percent = new Map(order.map((t, i) => [t.id, i < 10 ? 100 : i === 10 ? 50 : 0]));
  return {
    ...moved,
    info: { ...moved.info, statusDate: STATUS },
    tasks: moved.tasks.map((t) => ({ ...t, percentComplete: percent.get(t.id)! })),
    baselines: [approved, afterMove],
  };
}

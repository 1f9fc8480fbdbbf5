/**
 * saveBaseline / deleteBaseline: MS Project's Set Baseline and Clear Baseline.
 * Saving copies the current schedule (the engine's dates, what the chart
 * shows) of every task, summaries included, into baseline `index`, replacing
 * what it held; the date saved is the user's today, given by the handler.
 * Baselines stay in index order; the field goes when the last one does.
 */
import { defaultBaselineName, MAX_BASELINE_NAME_LENGTH, MAX_BASELINES, type Baseline } from '../baseline';
import { tasksInOrder, type Plan } from '../model';
import { planTaskViews, schedulePlan } from '../schedule';
import type { EditContext, EditOf } from './schema';
import { checkDate, refuse } from './validate';

export function saveBaseline(plan: Plan, edit: EditOf<'saveBaseline'>, ctx: EditContext): Plan {
  const index = checkIndex(edit.index);
  const name = edit.name?.trim() || defaultBaselineName(index);
  if (name.length > MAX_BASELINE_NAME_LENGTH) refuse('name', 'baseline', { reason: 'name-too-long', max: MAX_BASELINE_NAME_LENGTH });
  if (ctx.today === undefined) refuse('index', 'baseline', { reason: 'no-date' });
  const savedOn = checkDate(ctx.today, 'index', 'date');
  const ps = schedulePlan(plan);
  if (!ps.result.ok) refuse('index', 'baseline', { reason: 'cycle' });
  const views = planTaskViews(ps);
  const tasks = tasksInOrder(plan).map((t) => {
    const v = views.get(t.id)!;
    return { taskId: t.id, start: v.start, finish: v.finish, duration: v.duration };
  });
  const saved: Baseline = { index, name, savedOn, tasks };
  const others = (plan.baselines ?? []).filter((b) => b.index !== index);
  return { ...plan, baselines: [...others, saved].sort((a, b) => a.index - b.index) };
}

export function deleteBaseline(plan: Plan, edit: EditOf<'deleteBaseline'>): Plan {
  const index = checkIndex(edit.index);
  const baselines = plan.baselines ?? [];
  if (!baselines.some((b) => b.index === index)) refuse('index', 'baseline', { reason: 'not-found' });
  const rest = baselines.filter((b) => b.index !== index);
  if (rest.length > 0) return { ...plan, baselines: rest };
  const { baselines: _gone, ...withoutBaselines } = plan;
  return withoutBaselines;
}

function checkIndex(index: number): number {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_BASELINES) {
    refuse('index', 'baseline', { reason: 'index-range', min: 0, max: MAX_BASELINES - 1 });
  }
  return index;
}

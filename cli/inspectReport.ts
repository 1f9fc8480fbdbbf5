/**
 * `tiendo inspect`: the plan and its computed schedule as one plain object
 * (dates YYYY-MM-DD; durations, floats and lags in working days; `links` are
 * each task's predecessors), and the same as readable text. With a status
 * date, `lateDays` and `plan.progress` are the app's and the progress
 * report's (core/progress/taskStatus.ts); without one, lateness against the
 * task's window and the plan's deadline.
 */
import { APPROVED_BASELINE_INDEX, baselineAt, baselineDates } from '../core/baseline';
import { formatViDate, type IsoDate } from '../core/dates';
import { PlanError } from '../core/errors';
import { tasksInOrder, type LinkType, type Plan, type Task, type TaskKind } from '../core/model';
import { planProgress, type ProgressCounts } from '../core/progress/taskStatus';
import { describeTask, schedulePlan } from '../core/schedule';
import { outlineOf, parentOf, wbsOf } from '../core/interchange/outlineFields';
import type { Language } from './args';

export interface InspectTask {
  id: string;
  stt: number;
  wbs: string;
  outline: string;
  parentId: string | null;
  name: string;
  kind: TaskKind;
  lead: string | null;
  coordinators: string[];
  window: { text: string; start: IsoDate | null; finish: IsoDate | null } | null;
  start: IsoDate;
  finish: IsoDate;
  duration: number;
  percent: number;
  critical: boolean;
  totalFloat: number;
  freeFloat: number;
  lateDays: number;
  links: { from: string; type: LinkType; lag: number }[];
  /** The task's dates in the approved baseline (kế hoạch gốc 0), only when it has an entry there. */
  baseline?: { start: IsoDate; finish: IsoDate };
}

export interface InspectReport {
  /** `baselines` (the saved ones, by index) only when the plan has any. */
  plan: {
    title: string; start: IsoDate; finish: IsoDate; deadline: IsoDate; statusDate: IsoDate | null; progress: ProgressCounts | null;
    baselines?: { index: number; name: string; savedOn: IsoDate }[];
  };
  tasks: InspectTask[];
}

export function inspectReport(plan: Plan): InspectReport {
  const ps = schedulePlan(plan);
  const { result, calendar, input } = ps;
  if (!result.ok) {
    const names = result.cycle.map((i) => `“${ps.order[i]?.name ?? ''}”`).join(' → ');
    throw new PlanError('cycle', { reason: 'inspect', loop: names });
  }
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const outline = outlineOf(ps.order);
  const progress = planProgress(plan, ps);
  const approved = baselineAt(plan.baselines, APPROVED_BASELINE_INDEX);
  const approvedDates = approved ? baselineDates(approved) : new Map<string, { start: IsoDate; finish: IsoDate }>();
  const tasks = ps.order.map((task, i): InspectTask => {
    const view = describeTask(result, i, calendar, input);
    const base = approvedDates.get(task.id);
    return {
      id: task.id,
      stt: i + 1,
      wbs: wbsOf(task),
      outline: outline.get(task.id)?.number ?? String(i + 1),
      parentId: parentOf(task),
      name: task.name,
      kind: task.kind,
      lead: task.leadUnitId === null ? null : (unitName.get(task.leadUnitId) ?? null),
      coordinators: task.coordinatingUnitIds.flatMap((id) => (unitName.has(id) ? [unitName.get(id)!] : [])),
      window: hasWindow(task) ? { text: task.windowText, start: task.windowStart, finish: task.windowEnd } : null,
      start: view.start,
      finish: view.finish,
      duration: task.kind === 'milestone' ? 0 : calendar.countWorkingDays(view.start, view.finish),
      percent: task.percentComplete,
      critical: view.critical,
      totalFloat: view.totalFloat,
      freeFloat: view.freeFloat,
      lateDays: progress === null ? Math.max(view.daysLateOwn, view.daysLatePlan) : (progress.byId.get(task.id)?.daysLate ?? 0),
      links: plan.links.filter((l) => l.successorId === task.id).map((l) => ({ from: l.predecessorId, type: l.type, lag: l.lag })),
      ...(base ? { baseline: { start: base.start, finish: base.finish } } : {}),
    };
  });
  const finish = tasks.reduce((max, t) => (t.finish > max ? t.finish : max), plan.info.startDate);
  const { title, startDate, endDate, statusDate } = plan.info;
  const baselines = (plan.baselines ?? []).map(({ index, name, savedOn }) => ({ index, name, savedOn }));
  return { plan: { title, start: startDate, finish, deadline: endDate, statusDate, progress: progress?.counts ?? null, ...(baselines.length > 0 ? { baselines } : {}) }, tasks };
}

function hasWindow(task: Task): boolean {
  return task.windowText !== '' || task.windowStart !== null || task.windowEnd !== null;
}

const TEXT = {
  vi: { baseline: 'gốc', plan: 'Kế hoạch', from: 'Từ', deadline: 'hạn', finish: 'dự kiến xong', status: 'ngày cập nhật', asOf: 'Đến', done: 'xong', inProgress: 'đang làm', days: 'ngày', critical: 'găng', late: 'chậm', none: '(chưa có công việc)' },
  en: { baseline: 'baseline', plan: 'Plan', from: 'From', deadline: 'deadline', finish: 'expected finish', status: 'status date', asOf: 'As of', done: 'done', inProgress: 'in progress', days: 'days', critical: 'critical', late: 'late', none: '(no tasks)' },
};

/** The report as lines for a terminal: one line per task, indented by outline depth. */
export function inspectText(report: InspectReport, lang: Language): string {
  const t = TEXT[lang];
  const p = report.plan;
  const lines = [
    `${t.plan}: ${p.title}`,
    `${t.from} ${formatViDate(p.start)} — ${t.finish} ${formatViDate(p.finish)} (${t.deadline} ${formatViDate(p.deadline)})` +
      (p.statusDate ? `, ${t.status} ${formatViDate(p.statusDate)}` : ''),
  ];
  if (p.progress && p.statusDate) {
    const c = p.progress;
    lines.push(`${t.asOf} ${formatViDate(p.statusDate)}: ${c.done} ${t.done}, ${c.inProgress} ${t.inProgress}, ${c.late} ${t.late}`);
  }
  lines.push('');
  if (report.tasks.length === 0) lines.push(t.none);
  for (const task of report.tasks) {
    const depth = task.outline.split('.').length - 1;
    const flags = [task.critical ? t.critical : '', task.lateDays > 0 ? `${t.late} ${task.lateDays} ${t.days}` : ''].filter(Boolean);
    lines.push(
      `${'  '.repeat(depth)}${task.wbs || task.outline}  ${task.name}  ${formatViDate(task.start)} – ${formatViDate(task.finish)}` +
        `  ${task.duration} ${t.days}  ${task.percent}%${flags.length ? `  [${flags.join(', ')}]` : ''}` +
        (task.baseline ? `  (${t.baseline} ${formatViDate(task.baseline.start)} – ${formatViDate(task.baseline.finish)})` : ''),
    );
  }
  return `${lines.join('\n')}\n`;
}

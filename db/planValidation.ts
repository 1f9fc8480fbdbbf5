/**
 * Validation of a whole plan, shared by reading (rows from a file) and
 * writing (data from the renderer): the zod schemas of core/model.ts, then
 * the references between rows that a schema of one object cannot see.
 * Problems are Vietnamese sentences naming the task as the user knows it (STT).
 */
import { z } from 'zod';
import { PlanError } from '../core/errors';
import { planSchema, type Plan } from '../core/model';
import { outlineProblems, type OutlineProblem } from '../core/outline';
import { entityLabel, fieldLabel } from './labels';

const vietnameseErrors = z.locales.vi().localeError;
const MAX_LISTED = 20;

export type ParseResult = { ok: true; plan: Plan } | { ok: false; problems: string[] };

export function parsePlan(input: unknown): ParseResult {
  const result = planSchema.safeParse(input, { error: vietnameseErrors });
  if (result.success) {
    // referenceProblems words its messages eagerly (≈80 ms at 10,000 tasks): ask it only when something is wrong.
    const problems = referencesSound(result.data) ? [] : referenceProblems(result.data);
    return problems.length === 0 ? { ok: true, plan: result.data } : { ok: false, problems };
  }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const where = entityLabel(input, issue.path);
      const field = fieldLabel(issue.path);
      return `${where}${field ? ` — ${field}` : ''}: ${issue.message}`;
    }),
  };
}

export function invalidDataError(intro: string, problems: string[]): PlanError {
  const listed = problems.slice(0, MAX_LISTED).map((p) => `• ${p}`);
  if (problems.length > MAX_LISTED) listed.push(`… và ${problems.length - MAX_LISTED} lỗi khác.`);
  return new PlanError('invalid-data', { reason: 'file', intro, list: listed.join('\n') }, { problems });
}

/** What a relational file needs beyond each object being valid on its own. */
export function referenceProblems(plan: Plan): string[] {
  const problems: string[] = [];
  const duplicates = <T>(values: T[], describe: (value: T) => string): void => {
    const seen = new Set<T>();
    for (const value of values) {
      if (seen.has(value)) problems.push(describe(value));
      seen.add(value);
    }
  };
  const taskLabel = (i: number) => entityLabel(plan, ['tasks', i]);

  // Without a working day no date can be scheduled: every edit would fail.
  if (plan.calendar.workWeek.length === 0) problems.push('Lịch làm việc: tuần làm việc phải có ít nhất một ngày.');
  duplicates(plan.calendar.workWeek, (d) => `Lịch làm việc: ngày ${d} trong tuần bị lặp.`);
  duplicates([...plan.calendar.holidays, ...plan.calendar.workdays].map((e) => e.date), (d) => `Lịch làm việc: ngày ${d} được khai báo nhiều lần.`);
  duplicates(plan.units.map((u) => u.id), (id) => `Mã đơn vị “${id}” bị lặp.`);
  duplicates(plan.units.map((u) => u.name), (name) => `Tên đơn vị “${name}” bị lặp.`);
  duplicates(plan.units.flatMap((u) => (u.recipientOrder === null ? [] : [u.recipientOrder])), (n) => `Thứ tự nơi nhận ${n} bị lặp.`);
  duplicates(plan.tasks.map((t) => t.id), (id) => `Mã công việc “${id}” bị lặp.`);
  duplicates(plan.tasks.map((t) => t.position), (p) => `Vị trí công việc ${p} bị lặp.`);
  duplicates(plan.links.map((l) => l.id), (id) => `Mã liên kết “${id}” bị lặp.`);

  const unitIds = new Set(plan.units.map((u) => u.id));
  plan.tasks.forEach((task, i) => {
    if (task.leadUnitId !== null && !unitIds.has(task.leadUnitId)) {
      problems.push(`${taskLabel(i)}: đơn vị chủ trì không tồn tại (“${task.leadUnitId}”).`);
    }
    for (const id of task.coordinatingUnitIds.filter((id) => !unitIds.has(id))) {
      problems.push(`${taskLabel(i)}: đơn vị phối hợp không tồn tại (“${id}”).`);
    }
    duplicates(task.coordinatingUnitIds, (id) => `${taskLabel(i)}: đơn vị phối hợp “${id}” bị lặp.`);
  });

  duplicates((plan.baselines ?? []).map((b) => b.index), (n) => `Kế hoạch gốc số ${n} bị lặp.`);
  for (const b of plan.baselines ?? []) {
    duplicates(b.tasks.map((t) => t.taskId), (id) => `Kế hoạch gốc số ${b.index}: công việc “${id}” có nhiều hơn một dòng.`);
  }

  const taskIndex = new Map(plan.tasks.map((t, i) => [t.id, i]));
  duplicates(plan.links.map((l) => `${l.predecessorId} → ${l.successorId}`), (pair) => `Liên kết ${pair} bị lặp.`);
  plan.links.forEach((link, i) => {
    // Labels are built only for a link with a problem: this runs on every read.
    const label = (): string => entityLabel(plan, ['links', i]);
    if (!taskIndex.has(link.predecessorId)) problems.push(`${label()}: công việc trước không tồn tại (“${link.predecessorId}”).`);
    if (!taskIndex.has(link.successorId)) problems.push(`${label()}: công việc sau không tồn tại (“${link.successorId}”).`);
    if (link.predecessorId === link.successorId) problems.push(`${label()}: công việc không thể liên kết với chính nó.`);
  });
  for (const problem of outlineProblems(plan.tasks)) problems.push(`${taskLabel(taskIndex.get(problem.taskId)!)}: ${outlineMessage(problem)}`);
  return problems;
}

function outlineMessage(problem: OutlineProblem): string {
  switch (problem.kind) {
    case 'missing-parent':
      return `công việc tổng hợp chứa nó không tồn tại (“${problem.parentId}”).`;
    case 'own-parent':
      return 'công việc không thể nằm trong chính nó.';
    case 'cycle':
      return 'các công việc tổng hợp chứa lẫn nhau thành vòng.';
    case 'not-contiguous':
      return 'công việc phải đứng ngay sau công việc tổng hợp chứa nó (cùng các công việc con khác).';
  }
}

/** A yes/no version of referenceProblems: the same rules, no messages (tests/unit/db/referencesSound.test.ts holds them together). */
export function referencesSound(plan: Plan): boolean {
  const unique = <T>(values: T[]) => new Set(values).size === values.length;
  const { calendar, units, tasks, links } = plan;
  if (calendar.workWeek.length === 0) return false;
  if (!unique(calendar.workWeek) || !unique([...calendar.holidays, ...calendar.workdays].map((e) => e.date))) return false;
  if (!unique(units.map((u) => u.id)) || !unique(units.map((u) => u.name))) return false;
  if (!unique(units.flatMap((u) => (u.recipientOrder === null ? [] : [u.recipientOrder])))) return false;
  for (const b of plan.baselines ?? []) if (!unique(b.tasks.map((t) => t.taskId))) return false;
  if (!unique((plan.baselines ?? []).map((b) => b.index))) return false;
  if (!unique(tasks.map((t) => t.id)) || !unique(tasks.map((t) => t.position)) || !unique(links.map((l) => l.id))) return false;
  const unitIds = new Set(units.map((u) => u.id));
  for (const t of tasks) {
    if (t.leadUnitId !== null && !unitIds.has(t.leadUnitId)) return false;
    if (!t.coordinatingUnitIds.every((id) => unitIds.has(id)) || !unique(t.coordinatingUnitIds)) return false;
  }
  const taskIds = new Set(tasks.map((t) => t.id));
  if (!unique(links.map((l) => `${l.predecessorId} → ${l.successorId}`))) return false;
  if (!links.every((l) => taskIds.has(l.predecessorId) && taskIds.has(l.successorId) && l.predecessorId !== l.successorId)) return false;
  return outlineProblems(tasks).length === 0;
}

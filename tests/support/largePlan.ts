/**
 * A large plan for the scroll test (tests/e2e/largePlan.test.ts) and the UI
 * benchmark (tests/bench/ui.bench.ts): `n` tasks, about two links each,
 * dated April–December 2026 on the 2026 calendar.
 *
 * Chains of 40 tasks joined FS; each task also starts with the task 40 rows
 * above it (SS: the same place in the chain before, so dates stay within
 * ~120 working days), and every 50th task also finishes with one 500 rows
 * above it (FF), an arrow far longer than the chart's drawn window.
 */
import { createDefaultPlan } from '../../core/defaultPlan';
import type { Link, LinkType, Plan, Task } from '../../core/model';
import { CALENDAR_2026 } from '../../core/seed/calendar2026';

const CHAIN = 40;

export function largePlan(n: number): Plan {
  const base = createDefaultPlan();
  const tasks: Task[] = [];
  const links: Link[] = [];
  const link = (from: number, to: number, type: LinkType, lag = 0) =>
    links.push({ id: `l${links.length + 1}`, predecessorId: `t${from + 1}`, successorId: `t${to + 1}`, type, lag });
  for (let i = 0; i < n; i++) {
    const template = base.tasks[i % base.tasks.length]!;
    tasks.push({
      ...template, id: `t${i + 1}`, position: i + 1, name: `Công việc ${i + 1}: ${template.name}`,
      leadUnitId: base.units[i % base.units.length]!.id, kind: 'task', duration: 1 + (i % 3),
      windowText: '', windowStart: null, windowEnd: null, parentId: null,
    });
    if (i % CHAIN !== 0) link(i - 1, i, 'FS');
    if (i >= CHAIN) link(i - CHAIN, i, 'SS');
    if (i >= 500 && i % 50 === 0) link(i - 500, i, 'FF');
  }
  return { ...base, tasks, links, calendar: CALENDAR_2026, info: { ...base.info, startDate: '2026-04-01', endDate: '2026-12-31' } };
}

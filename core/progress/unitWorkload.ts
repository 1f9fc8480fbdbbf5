/**
 * Unit workload (khối lượng theo đơn vị, issue 13 §4): for each unit and each
 * calendar month of the plan, how many tasks it leads (chủ trì) and how many
 * it coordinates (phối hợp) that are active in that month.
 *
 * A task is active in every month its scheduled dates touch (a milestone in
 * its own month). Summary tasks are not counted: their leaves already are, so
 * a section would count its work twice. The same definition drives the plan
 * filter (taskActiveInMonth), so a cell's figures and the rows it filters agree.
 */
import type { IsoDate } from '../dates';
import type { Plan } from '../model';
import { summaryIds } from '../outline';
import { planTaskViews, schedulePlan, type PlanSchedule } from '../schedule';

/** A calendar month as 'YYYY-MM'. */
export type MonthKey = string;

export interface UnitWorkloadRow {
  unitId: string;
  unitName: string;
  /** Tasks the unit leads that are active in months[i]. */
  lead: number[];
  /** Tasks the unit coordinates that are active in months[i]. */
  coordinate: number[];
  /** Distinct tasks the unit leads / coordinates over the whole plan. */
  leadTotal: number;
  coordinateTotal: number;
}

export interface UnitWorkload {
  /** Every month from the plan's start (or its earliest task) to its end (or its latest task), in order. */
  months: MonthKey[];
  /** One row per unit, in the order of plan.units; a unit with no task has zeros. */
  rows: UnitWorkloadRow[];
}

export function monthOf(date: IsoDate): MonthKey {
  return date.slice(0, 7);
}

/** True when a task scheduled start..finish (inclusive) touches `month`. */
export function taskActiveInMonth(start: IsoDate, finish: IsoDate, month: MonthKey): boolean {
  return monthOf(start) <= month && month <= monthOf(finish);
}

/** The months from `first` to `last` inclusive ('YYYY-MM'); empty when last < first. */
export function monthsBetween(first: MonthKey, last: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let key = first; key <= last; ) {
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** The workload of every unit of `plan`; `schedule` is the plan's own (computed when not given). */
export function unitWorkload(plan: Plan, schedule: PlanSchedule = schedulePlan(plan)): UnitWorkload {
  const views = planTaskViews(schedule); // empty when the links have a cycle: nothing is counted
  const summaries = summaryIds(schedule.order);
  const leaves = schedule.order.flatMap((task) => {
    const view = views.get(task.id);
    return view === undefined || summaries.has(task.id) ? [] : [{ task, first: monthOf(view.start), last: monthOf(view.finish) }];
  });

  let first = monthOf(plan.info.startDate);
  let last = monthOf(plan.info.endDate);
  for (const leaf of leaves) {
    if (leaf.first < first) first = leaf.first;
    if (leaf.last > last) last = leaf.last;
  }
  const months = monthsBetween(first, last);
  const column = new Map(months.map((m, i) => [m, i]));

  const rows: UnitWorkloadRow[] = plan.units.map((unit) => ({
    unitId: unit.id,
    unitName: unit.name,
    lead: months.map(() => 0),
    coordinate: months.map(() => 0),
    leadTotal: 0,
    coordinateTotal: 0,
  }));
  const rowOf = new Map(rows.map((row) => [row.unitId, row]));

  for (const { task, first: from, last: to } of leaves) {
    const a = column.get(from)!;
    const b = column.get(to)!;
    const lead = task.leadUnitId === null ? undefined : rowOf.get(task.leadUnitId);
    if (lead !== undefined) {
      lead.leadTotal += 1;
      for (let i = a; i <= b; i++) lead.lead[i]! += 1;
    }
    // A unit named twice among the coordinators still coordinates the task once.
    for (const unitId of new Set(task.coordinatingUnitIds)) {
      const row = rowOf.get(unitId);
      if (row === undefined) continue;
      row.coordinateTotal += 1;
      for (let i = a; i <= b; i++) row.coordinate[i]! += 1;
    }
  }
  return { months, rows };
}

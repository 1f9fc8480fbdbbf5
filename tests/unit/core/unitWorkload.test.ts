/**
 * Issue 13 §4: unit workload on the seed plan. The expected figures are read
 * by hand off DOMAIN.md's default schedule and the appendix's lead /
 * coordinating columns (task STT in the comments).
 */
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { newTask, type Plan } from '../../../core/model';
import { monthsBetween, taskActiveInMonth, unitWorkload, type UnitWorkload } from '../../../core/progress/unitWorkload';

const MONTHS = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];

function rowOf(workload: UnitWorkload, name: string) {
  const row = workload.rows.find((r) => r.unitName === name);
  if (row === undefined) throw new Error(`no unit ${name}`);
  return row;
}

describe('unitWorkload on the seed plan', () => {
  const plan = createDefaultPlan();
  const workload = unitWorkload(plan);

  it('spans April–December 2026 and lists every unit in plan order', () => {
    expect(workload.months).toEqual(MONTHS);
    expect(workload.rows.map((r) => r.unitId)).toEqual(plan.units.map((u) => u.id));
  });

  it('Phòng Quản lý Khoa học: leads 1, 2, 7, 9, 11, 13, 15; coordinates 3–6, 10, 12, 14, 16, 17', () => {
    const row = rowOf(workload, 'Phòng Quản lý Khoa học');
    // Apr: leads 1, 2; coordinates 3, 4. May: leads 7; coordinates 5, 6, 17 (from 18/05).
    // Jun–Aug: leads 9; coordinates 17. Sep: 9 / 10, 17. Oct: 11 / 17. Nov: 13 / 12, 14, 16, 17. Dec: 15 / 16, 17.
    expect(row.lead).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(row.coordinate).toEqual([2, 3, 1, 1, 1, 2, 1, 4, 2]);
    expect([row.leadTotal, row.coordinateTotal]).toEqual([7, 9]);
  });

  it('Văn phòng Sở: leads 3, 4, 5, 6, 17; coordinates 1, 2', () => {
    const row = rowOf(workload, 'Văn phòng Sở');
    expect(row.lead).toEqual([2, 3, 1, 1, 1, 1, 1, 1, 1]);
    expect(row.coordinate).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([row.leadTotal, row.coordinateTotal]).toEqual([5, 2]);
  });

  it('Đơn vị tư vấn: leads 8, 10, 12, 14, 16; coordinates 7, 9, 11, 13, 15, 17', () => {
    const row = rowOf(workload, 'Đơn vị tư vấn');
    // May: leads 8 (from 26/05); coordinates 7 (25/05), 17. Sep: leads 8, 10; coordinates 9, 17.
    // Nov: leads 12, 14, 16; coordinates 13, 17. Dec: leads 16; coordinates 15, 17.
    expect(row.lead).toEqual([0, 1, 1, 1, 1, 2, 0, 3, 1]);
    expect(row.coordinate).toEqual([0, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('a recipient with no task is listed with zeros', () => {
    const row = rowOf(workload, 'Sở Y tế');
    expect(row.lead).toEqual(MONTHS.map(() => 0));
    expect(row.coordinate).toEqual(MONTHS.map(() => 0));
    expect([row.leadTotal, row.coordinateTotal]).toEqual([0, 0]);
  });
});

describe('unitWorkload rules', () => {
  const unit = { id: 'u', name: 'Đơn vị A', recipientOrder: null };
  const other = { id: 'v', name: 'Đơn vị B', recipientOrder: null };
  function plan(tasks: Plan['tasks']): Plan {
    const seed = createDefaultPlan();
    return { ...seed, units: [unit, other], tasks, links: [] };
  }

  it('does not count summary tasks, counts a milestone in its month, and a unit coordinating twice once', () => {
    const p = plan([
      newTask({ id: 's', position: 1, leadUnitId: 'u', coordinatingUnitIds: ['v'] }),
      newTask({ id: 'a', position: 2, parentId: 's', leadUnitId: 'u', coordinatingUnitIds: ['v', 'v'], duration: 5, windowStart: '2026-04-28' }),
      newTask({ id: 'm', position: 3, kind: 'milestone', duration: 0, leadUnitId: 'v', windowStart: '2026-06-10' }),
    ]);
    const w = unitWorkload(p);
    // a: 28/04 (Tue) … 06/05 (30/04, 01/05 are holidays): April and May.
    expect(w.rows[0]!.lead.slice(0, 3)).toEqual([1, 1, 0]);
    expect(w.rows[1]!.coordinate.slice(0, 3)).toEqual([1, 1, 0]);
    expect(w.rows[1]!.lead.slice(0, 3)).toEqual([0, 0, 1]);
    expect([w.rows[0]!.leadTotal, w.rows[1]!.coordinateTotal]).toEqual([1, 1]);
  });

  it('extends the months past the plan end for a task scheduled after it', () => {
    const p = plan([newTask({ id: 'late', position: 1, leadUnitId: 'u', duration: 5, windowStart: '2027-01-20' })]);
    const w = unitWorkload(p);
    expect(w.months.at(-1)).toBe('2027-01');
    expect(w.rows[0]!.lead.at(-1)).toBe(1);
    expect(w.rows[0]!.lead.at(-2)).toBe(0);
  });

  it('month helpers', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-05', '2026-04')).toEqual([]);
    expect(taskActiveInMonth('2026-05-26', '2026-09-18', '2026-07')).toBe(true);
    expect(taskActiveInMonth('2026-05-26', '2026-09-18', '2026-10')).toBe(false);
  });
});

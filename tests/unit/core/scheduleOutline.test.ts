/** Summary tasks in the engine: roll-up, links to and from sections, criticality, a section's window. */
import { describe, expect, it } from 'vitest';
import { tasksInOrder, type Link, type Plan } from '../../../core/model';
import { descendantsOf, summaryIds } from '../../../core/outline';
import { planTaskViews, schedulePlan } from '../../../core/schedule';
import { defaultPlan, sectionedPlan, task, testId } from './export/plans';

const link = (from: string, to: string, type: Link['type'] = 'FS', lag = 0): Link => ({
  id: testId(),
  predecessorId: from,
  successorId: to,
  type,
  lag,
});
const views = (plan: Plan) => planTaskViews(schedulePlan(plan));
const leavesOf = (plan: Plan, id: string) => {
  const summaries = summaryIds(plan.tasks);
  return descendantsOf(plan.tasks, id).filter((d) => !summaries.has(d));
};

/** A small plan: section S [a (3 days), b (5 days)] in parallel, then x (2 days), y (4 days) at the top level. */
function smallPlan(links: Link[], over: { section?: Partial<Plan['tasks'][number]> } = {}): Plan {
  const base = defaultPlan();
  const tasks = [
    task({ id: 'S', position: 1, name: 'I. NHIỆM VỤ CHUNG', duration: 40, percentComplete: 0, ...over.section }),
    task({ id: 'a', position: 2, name: 'a', parentId: 'S', duration: 3, percentComplete: 100 }),
    task({ id: 'b', position: 3, name: 'b', parentId: 'S', duration: 5, percentComplete: 20 }),
    task({ id: 'x', position: 4, name: 'x', duration: 2 }),
    task({ id: 'y', position: 5, name: 'y', duration: 4 }),
  ];
  return { ...base, tasks, links };
}

describe('summary tasks', () => {
  it('roll up from their children on the default plan grouped in sections; the tasks keep the default plan’s dates', () => {
    const flatPlan = defaultPlan();
    const flat = views(flatPlan);
    const plan = sectionedPlan();
    const v = views(plan);
    const summaries = summaryIds(plan.tasks);
    expect([...summaries].sort()).toEqual(['sec-I', 'sec-II', 'sec-II-1']);
    // Each call makes new ids: compare the leaves with the flat plan's tasks in order.
    const leaves = tasksInOrder(plan).filter((t) => !summaries.has(t.id));
    const flatOrder = tasksInOrder(flatPlan);
    expect(leaves).toHaveLength(flatOrder.length);
    leaves.forEach((t, i) => {
      const a = v.get(t.id)!;
      const b = flat.get(flatOrder[i]!.id)!;
      expect([a.start, a.finish, a.critical, a.daysLateOwn]).toEqual([b.start, b.finish, b.critical, b.daysLateOwn]);
    });
    for (const s of summaries) {
      const kids = leavesOf(plan, s).map((id) => v.get(id)!);
      const sv = v.get(s)!;
      expect(sv.start).toBe(kids.map((k) => k.start).sort()[0]);
      expect(sv.finish).toBe(kids.map((k) => k.finish).sort().at(-1));
      expect(sv.totalFloat).toBe(Math.min(...kids.map((k) => k.totalFloat)));
      expect(sv.critical).toBe(kids.some((k) => k.critical));
    }
    // Section I holds tasks 1–4 of the default plan: 01/04 to the finish of task 4.
    expect(v.get('sec-I')!.start).toBe('2026-04-01');
    expect(v.get('sec-I')!.finish).toBe(v.get(leaves[3]!.id)!.finish);
    // Their own duration (1 day) is ignored.
    expect(v.get('sec-II')!.duration).toBeGreaterThan(1);
  });

  it('roll up the working-day duration and the duration-weighted percent complete', () => {
    const v = views(smallPlan([]));
    // a and b start together on 01/04/2026: the section spans b's 5 working days (not its own 40).
    expect(v.get('S')!.start).toBe('2026-04-01');
    expect(v.get('S')!.finish).toBe(v.get('b')!.finish);
    expect(v.get('S')!.duration).toBe(5);
    // (3 × 100 + 5 × 20) / 8 = 50.
    expect(v.get('S')!.percentComplete).toBe(50);
    expect(v.get('a')!.percentComplete).toBe(100);
  });

  it('a link into a summary delays every child; the driver names the link', () => {
    const plan = smallPlan([link('x', 'S')]);
    const v = views(plan);
    const afterX = v.get('x')!.finish;
    for (const id of ['a', 'b']) {
      expect(v.get(id)!.start > afterX).toBe(true);
      expect(v.get(id)!.driver).toEqual({ kind: 'link', linkIndex: 0, date: null });
    }
    expect(v.get('a')!.start).toBe('2026-04-03'); // x: 01–02/04
    expect(v.get('S')!.start).toBe('2026-04-03');
  });

  it('a link from a summary waits for its last child', () => {
    const v = views(smallPlan([link('S', 'y')]));
    // b finishes last (5 days from 01/04 = 07/04); y starts the next working day.
    expect(v.get('b')!.finish).toBe('2026-04-07');
    expect(v.get('y')!.start).toBe('2026-04-08');
  });

  it('a link between two summaries acts on every pair of their leaves; a link to its own subtask is left out', () => {
    const base = smallPlan([]);
    const plan: Plan = {
      ...base,
      tasks: [...base.tasks, task({ id: 'T', position: 6, name: 'II', duration: 9 }), task({ id: 'c', position: 7, name: 'c', parentId: 'T', duration: 1 })],
      links: [link('S', 'T'), link('S', 'a')],
    };
    const v = views(plan);
    expect(v.get('c')!.start).toBe('2026-04-08');
    expect(v.get('a')!.start).toBe('2026-04-01');
  });

  it('is critical when a child is', () => {
    // b (5 days) drives the plan's finish through y; a has float.
    const plan = smallPlan([link('b', 'y')]);
    const s = schedulePlan({ ...plan, info: { ...plan.info, endDate: '2026-04-13' } });
    const v = planTaskViews(s);
    expect(v.get('b')!.critical).toBe(true);
    expect(v.get('a')!.critical).toBe(false);
    expect(v.get('S')!.critical).toBe(true);
    expect(v.get('S')!.totalFloat).toBe(v.get('b')!.totalFloat);
    const free = views(smallPlan([]));
    expect(free.get('S')!.critical).toBe(free.get('b')!.critical);
  });

  it('a section’s window end is checked on its rolled-up finish; its window start bounds its children', () => {
    const late = views(smallPlan([], { section: { windowStart: null, windowEnd: '2026-04-03' } }));
    // b finishes Tue 07/04: two working days (06 and 07/04) after Fri 03/04.
    expect(late.get('S')!.daysLateOwn).toBe(2);
    expect(late.get('b')!.daysLateOwn).toBe(0); // b's own window is open
    expect(late.get('b')!.critical).toBe(true); // the section's deadline bounds b's late finish
    const onTime = views(smallPlan([], { section: { windowEnd: '2026-04-30' } }));
    expect(onTime.get('S')!.daysLateOwn).toBe(0);
    const held = views(smallPlan([], { section: { windowStart: '2026-05-04' } }));
    expect(held.get('a')!.start).toBe('2026-05-04');
    expect(held.get('b')!.start).toBe('2026-05-04');
    expect(held.get('a')!.driver).toEqual({ kind: 'window', linkIndex: -1, date: '2026-05-04' });
    expect(held.get('S')!.driver.kind).toBe('window');
  });

  it('ignore a summary’s own progress and manual dates', () => {
    const v = views(smallPlan([], { section: { manualStart: '2026-06-01', manualFinish: '2026-06-30', percentComplete: 90 } }));
    expect(v.get('S')!.start).toBe('2026-04-01');
    expect(v.get('S')!.percentComplete).toBe(50);
  });
});

/**
 * referencesSound is the quick yes/no that spares reads and edits the
 * wording of referenceProblems: it must agree with it on every rule, or a
 * broken file would open (or a good one be refused). One broken plan per rule.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import type { Plan } from '../../../core/model';
import { referenceProblems, referencesSound } from '../../../db/planValidation';

const good = createDefaultPlan();
const [t1, t2] = good.tasks;
const [u1, u2] = good.units;
const baseline = { index: 0, name: 'Kế hoạch được duyệt', savedOn: '2026-04-01', tasks: [{ taskId: t1!.id, start: '2026-04-01', finish: '2026-04-02', duration: 2 }] };
const broken: Record<string, Plan> = {
  'empty work week': { ...good, calendar: { ...good.calendar, workWeek: [] } },
  'repeated weekday': { ...good, calendar: { ...good.calendar, workWeek: [1, 1, 2] } },
  'a date declared twice': { ...good, calendar: { ...good.calendar, workdays: [{ date: good.calendar.holidays[0]!.date, name: 'x' }] } },
  'repeated unit id': { ...good, units: [...good.units, { ...u1!, name: 'Khác' }] },
  'repeated unit name': { ...good, units: good.units.map((u) => (u === u2 ? { ...u, name: u1!.name } : u)) },
  'repeated task id': { ...good, tasks: good.tasks.map((t) => (t === t2 ? { ...t, id: t1!.id } : t)) },
  'repeated position': { ...good, tasks: good.tasks.map((t) => (t === t2 ? { ...t, position: t1!.position } : t)) },
  'missing lead unit': { ...good, tasks: good.tasks.map((t) => (t === t1 ? { ...t, leadUnitId: 'khong-co' } : t)) },
  'missing coordinating unit': { ...good, tasks: good.tasks.map((t) => (t === t1 ? { ...t, coordinatingUnitIds: ['khong-co'] } : t)) },
  'repeated coordinating unit': { ...good, tasks: good.tasks.map((t) => (t === t1 ? { ...t, coordinatingUnitIds: [u1!.id, u1!.id] } : t)) },
  'link to a missing task': { ...good, links: [{ id: 'lx', predecessorId: t1!.id, successorId: 'khong-co', type: 'FS', lag: 0 }] },
  'link to itself': { ...good, links: [{ id: 'lx', predecessorId: t1!.id, successorId: t1!.id, type: 'FS', lag: 0 }] },
  'repeated link': { ...good, links: [...good.links, { ...good.links[0]!, id: 'lx' }] },
  'own parent': { ...good, tasks: good.tasks.map((t) => (t === t1 ? { ...t, parentId: t1!.id } : t)) },
  'repeated baseline': { ...good, baselines: [baseline, baseline] },
  'task twice in a baseline': { ...good, baselines: [{ ...baseline, tasks: [...baseline.tasks, ...baseline.tasks] }] },
};

describe('referencesSound agrees with referenceProblems', () => {
  it('on the default plan: sound, no problems', () => {
    expect(referencesSound(good)).toBe(true);
    expect(referenceProblems({ ...good, baselines: [baseline] })).toEqual([]);
  });
  for (const [rule, plan] of Object.entries(broken)) {
    it(`${rule}: not sound, and worded`, () => {
      expect(referenceProblems(plan).length).toBeGreaterThan(0);
      expect(referencesSound(plan)).toBe(false);
    });
  }
});

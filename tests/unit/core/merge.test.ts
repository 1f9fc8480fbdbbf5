import { describe, expect, it } from 'vitest';
import { mergePlans, resolveConflicts, type Conflict } from '../../../core/merge';
import type { Link, Plan, Task } from '../../../core/model';
import { parsePlan } from '../../../db/planValidation';
import { makeFixturePlan } from '../db/fixtures';

const clone = (plan: Plan): Plan => structuredClone(plan);
const task = (plan: Plan, id: string): Task => plan.tasks.find((t) => t.id === id)!;
const order = (plan: Plan) => [...plan.tasks].sort((a, b) => a.position - b.position).map((t) => t.id);
const newTask = (id: string, position: number, name: string): Task => ({
  ...makeFixturePlan().tasks[0]!,
  id,
  position,
  name,
  leadUnitId: null,
  coordinatingUnitIds: [],
  percentComplete: 0,
  actualStart: null,
});
const byId = (conflicts: Conflict[], id: string) => conflicts.find((c) => c.id === id);

function expectValid(plan: Plan): void {
  const parsed = parsePlan(plan);
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
}

describe('mergePlans', () => {
  it('merges edits of different tasks and of different fields of one task', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    task(mine, 't-1').name = 'Khảo sát (mine)';
    task(mine, 't-2').duration = 12;
    const theirs = clone(base);
    task(theirs, 't-1').notes = 'Ghi chú của đồng nghiệp';
    task(theirs, 't-3').name = 'Phê duyệt đề án';
    theirs.info.number = '99/KH-SKHCN';

    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(task(merged, 't-1')).toMatchObject({ name: 'Khảo sát (mine)', notes: 'Ghi chú của đồng nghiệp' });
    expect(task(merged, 't-2').duration).toBe(12);
    expect(task(merged, 't-3').name).toBe('Phê duyệt đề án');
    expect(merged.info.number).toBe('99/KH-SKHCN');
    expectValid(merged);
  });

  it('reports the same field changed differently, keeps mine, and lets the choice win', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    const theirs = clone(base);
    task(mine, 't-2').duration = 12;
    task(theirs, 't-2').duration = 15;
    task(mine, 't-1').windowText = 'Tháng 02/2026';
    task(mine, 't-1').windowStart = '2026-02-01';
    task(mine, 't-1').windowEnd = '2026-02-28';
    task(theirs, 't-1').windowText = 'Quý I/2026';
    task(theirs, 't-1').windowEnd = '2026-03-31';

    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts.map((c) => c.id).sort()).toEqual(['task:t-1:window', 'task:t-2:duration']);
    const duration = byId(conflicts, 'task:t-2:duration')!;
    expect(duration).toMatchObject({ kind: 'field', base: 10, mine: 12, theirs: 15, fieldLabel: 'Thời lượng' });
    expect(duration.label).toBe('Công việc STT 2 (“Xây dựng dự thảo”)');
    expect(byId(conflicts, 'task:t-1:window')!.display).toEqual({
      base: 'Tháng 01/2026 (05/01/2026 – 31/01/2026)',
      mine: 'Tháng 02/2026 (01/02/2026 – 28/02/2026)',
      theirs: 'Quý I/2026 (05/01/2026 – 31/03/2026)',
    });
    expect(task(merged, 't-2').duration).toBe(12);

    const resolved = resolveConflicts(merged, conflicts, { 'task:t-2:duration': 'theirs', 'task:t-1:window': 'theirs' });
    expect(resolved.conflicts).toEqual([]);
    expect(task(resolved.merged, 't-2').duration).toBe(15);
    // coupled fields travel together: text and dates from the same side
    expect(task(resolved.merged, 't-1')).toMatchObject({ windowText: 'Quý I/2026', windowStart: '2026-01-05', windowEnd: '2026-03-31' });
    expect(() => resolveConflicts(merged, conflicts, { 'task:t-2:duration': 'mine' })).toThrow(expect.objectContaining({ code: 'merge-choice-missing' }));
  });

  it('adds and deletes rows from both sides and slots new tasks where they were put', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    mine.tasks.push(newTask('t-m', 3, 'Việc mới của tôi')); // between t-2 (2) and t-3 (4)
    mine.links.push({ id: 'l-m', predecessorId: 't-2', successorId: 't-m', type: 'FS', lag: 0 });
    const theirs = clone(base);
    theirs.tasks = theirs.tasks.filter((t) => t.id !== 't-4');
    theirs.links = theirs.links.filter((l) => l.successorId !== 't-4');
    theirs.tasks.push(newTask('t-t', 9, 'Việc mới của đồng nghiệp'));
    theirs.units.push({ id: 'u-new', name: 'Sở Nội vụ', recipientOrder: null });
    theirs.calendar.holidays.push({ date: '2026-09-02', name: 'Quốc khánh' });

    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(order(merged)).toEqual(['t-1', 't-2', 't-m', 't-3', 't-t']);
    expect(merged.links.map((l) => l.id)).toEqual(['l-1', 'l-3', 'l-m']);
    expect(merged.units.map((u) => u.id)).toContain('u-new');
    expect(merged.calendar.holidays.map((h) => h.date)).toContain('2026-09-02');
    expectValid(merged);
  });

  it('keeps a task one side deleted and the other edited, as a conflict; choosing the deletion removes its links', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    mine.tasks = mine.tasks.filter((t) => t.id !== 't-2');
    mine.links = mine.links.filter((l) => l.predecessorId !== 't-2' && l.successorId !== 't-2');
    const theirs = clone(base);
    task(theirs, 't-2').name = 'Xây dựng dự thảo (sửa)';

    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ id: 'task:t-2:*', kind: 'deleted', mine: null, display: { mine: '(đã xoá)' } });
    expect(task(merged, 't-2').name).toBe('Xây dựng dự thảo (sửa)');
    // the links mine lost only through the deletion come back with the task
    expect(merged.links.map((l) => l.id).sort()).toEqual(['l-1', 'l-2', 'l-3']);

    const deleted = resolveConflicts(merged, conflicts, { 'task:t-2:*': 'mine' }).merged;
    expect(deleted.tasks.map((t) => t.id)).not.toContain('t-2');
    expect(deleted.links.map((l) => l.id)).toEqual(['l-2']);
    expectValid(deleted);
  });

  it('treats linking to a task as editing it: a deletion does not silently drop a new link', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    mine.links.push({ id: 'l-new', predecessorId: 't-3', successorId: 't-4', type: 'FS', lag: 1 });
    const theirs = clone(base);
    theirs.tasks = theirs.tasks.filter((t) => t.id !== 't-4');
    theirs.links = theirs.links.filter((l) => l.successorId !== 't-4');
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts.map((c) => c.id)).toEqual(['task:t-4:*']);
    expect(merged.links.map((l) => l.id)).toContain('l-new');
  });

  it('keeps a unit deleted by theirs but newly used by mine, restoring the references theirs dropped', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    task(mine, 't-4').leadUnitId = 'u-ubnd';
    const theirs = clone(base);
    theirs.units = theirs.units.filter((u) => u.id !== 'u-ubnd');
    task(theirs, 't-1').coordinatingUnitIds = ['u-stc'];
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts.map((c) => c.id)).toEqual(['unit:u-ubnd:*']);
    expect(task(merged, 't-1').coordinatingUnitIds).toEqual(['u-ubnd', 'u-stc']);
    const resolved = resolveConflicts(merged, conflicts, { 'unit:u-ubnd:*': 'theirs' }).merged;
    expect(resolved.units.map((u) => u.id)).not.toContain('u-ubnd');
    expect(task(resolved, 't-4').leadUnitId).toBeNull();
    expect(task(resolved, 't-1').coordinatingUnitIds).toEqual(['u-stc']);
    expectValid(resolved);
  });

  it('merges coordinating units as a set and the same unit added by both as one', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    const theirs = clone(base);
    mine.units.push({ id: 'u-m', name: 'Sở Nội vụ', recipientOrder: 3 });
    theirs.units.push({ id: 'u-t', name: 'Sở Nội vụ', recipientOrder: null });
    task(mine, 't-1').coordinatingUnitIds = ['u-ubnd', 'u-stc', 'u-m'];
    task(theirs, 't-1').coordinatingUnitIds = ['u-stc', 'u-t'];
    task(theirs, 't-2').leadUnitId = 'u-t';
    const { merged, conflicts, notes } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(notes).toEqual([]);
    expect(merged.units.filter((u) => u.name === 'Sở Nội vụ').map((u) => u.id)).toEqual(['u-m']);
    expect(task(merged, 't-1').coordinatingUnitIds).toEqual(['u-stc', 'u-m']);
    expect(task(merged, 't-2').leadUnitId).toBe('u-m');
    expectValid(merged);
  });

  it('renames and renumbers clashing units with a note instead of writing an invalid plan', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    const theirs = clone(base);
    mine.units.find((u) => u.id === 'u-ubnd')!.name = 'Sở Nội vụ';
    theirs.units.find((u) => u.id === 'u-stc')!.name = 'Sở Nội vụ';
    theirs.units.find((u) => u.id === 'u-ubnd')!.recipientOrder = 2; // mine keeps u-skhcn at 2
    const { merged, notes } = mergePlans(base, mine, theirs);
    expectValid(merged);
    expect(notes).toHaveLength(2);
    expect(merged.units.map((u) => u.name)).toEqual(['Sở Khoa học và Công nghệ', 'Sở Nội vụ', 'Sở Nội vụ (2)']);
  });

  it('refuses a dependency loop made of one link from each side, as a conflict', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    const theirs = clone(base);
    const mineLink: Link = { id: 'l-m', predecessorId: 't-4', successorId: 't-3', type: 'FS', lag: 0 };
    const theirsLink: Link = { id: 'l-t', predecessorId: 't-3', successorId: 't-4', type: 'SS', lag: 0 };
    mine.links.push(mineLink);
    theirs.links.push(theirsLink);
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'cycle', id: 'link:l-t:cycle', mine: [mineLink], theirs: [theirsLink] });
    expect(conflicts[0]!.display.theirs).toBe('STT 3 → STT 4 (SS)');
    expect(merged.links.map((l) => l.id)).toEqual(['l-1', 'l-3', 'l-2', 'l-m']);

    const theirsWins = resolveConflicts(merged, conflicts, { 'link:l-t:cycle': 'theirs' }).merged;
    expect(theirsWins.links.map((l) => l.id)).toEqual(['l-1', 'l-3', 'l-2', 'l-t']);
  });

  it('one link between two tasks even when both sides added it', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    const theirs = clone(base);
    mine.links.push({ id: 'l-m', predecessorId: 't-3', successorId: 't-4', type: 'FS', lag: 0 });
    theirs.links.push({ id: 'l-t', predecessorId: 't-3', successorId: 't-4', type: 'FS', lag: 2 });
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(merged.links.filter((l) => l.predecessorId === 't-3')).toHaveLength(1);
    expect(conflicts.map((c) => [c.id, c.mine, c.theirs])).toEqual([['link:l-m:lag', 0, 2]]);
    expect(resolveConflicts(merged, conflicts, { 'link:l-m:lag': 'theirs' }).merged.links.find((l) => l.id === 'l-m')!.lag).toBe(2);
  });

  it('merges the calendar by weekday and by date', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    const theirs = clone(base);
    mine.calendar.workWeek = [1, 2, 3, 4, 5, 6];
    theirs.calendar.holidays = theirs.calendar.holidays.filter((h) => h.date !== '2026-04-30');
    theirs.calendar.workdays.push({ date: '2026-10-10', name: 'Làm bù' });
    mine.calendar.holidays[0]!.name = 'Tết';
    theirs.calendar.holidays[0]!.name = 'Tết Dương lịch 2026';
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(merged.calendar.workWeek).toEqual([1, 2, 3, 4, 5, 6]);
    expect(merged.calendar.holidays.map((h) => h.date)).toEqual(['2026-01-01']);
    expect(merged.calendar.workdays.map((h) => h.date)).toEqual(['2026-08-22', '2026-10-10']);
    expect(conflicts.map((c) => [c.id, c.display.mine, c.display.theirs])).toEqual([
      ['calendar:2026-01-01:exception', 'Ngày nghỉ: Tết', 'Ngày nghỉ: Tết Dương lịch 2026'],
    ]);
    expect(conflicts[0]!.label).toBe('Lịch làm việc — ngày 01/01/2026');
  });

  it('follows the side that reordered; a different reorder on both sides is a conflict', () => {
    const base = makeFixturePlan();
    const mine = clone(base);
    const theirs = clone(base);
    for (const t of theirs.tasks) t.position = t.id === 't-4' ? 1 : t.position + 1; // t-4 moved first
    mine.tasks.push(newTask('t-m', 3, 'Mới')); // after t-2
    const first = mergePlans(base, mine, theirs);
    expect(first.conflicts).toEqual([]);
    expect(order(first.merged)).toEqual(['t-4', 't-1', 't-2', 't-m', 't-3']);

    const mineMoved = clone(base);
    task(mineMoved, 't-3').position = 1;
    task(mineMoved, 't-1').position = 4;
    const second = mergePlans(base, mineMoved, theirs);
    expect(second.conflicts.map((c) => [c.id, c.display.mine, c.display.theirs])).toEqual([
      ['order::tasks', 'STT 3, STT 2, STT 1, STT 4', 'STT 4, STT 1, STT 2, STT 3'],
    ]);
    expect(order(second.merged)).toEqual(['t-3', 't-2', 't-1', 't-4']);
    const chosen = resolveConflicts(second.merged, second.conflicts, { 'order::tasks': 'theirs' }).merged;
    expect(order(chosen)).toEqual(['t-4', 't-1', 't-2', 't-3']);
    expectValid(chosen);
  });

  it('changes nothing when only one side edited', () => {
    const base = makeFixturePlan();
    const edited = clone(base);
    task(edited, 't-1').percentComplete = 80;
    edited.links.pop();
    expect(mergePlans(base, edited, base).merged).toEqual(edited);
    expect(mergePlans(base, base, edited).merged).toEqual(edited);
    expect(mergePlans(base, edited, edited)).toEqual({ merged: edited, conflicts: [], notes: [] });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { PlanError } from '../../../core/errors';
import type { Plan } from '../../../core/model';
import { openPlanDatabase } from '../../../db/openPlanFile';
import { createPlanFile, readPlan, writePlan } from '../../../db/planStore';
import { makeFixturePlan, snapshot, tempDir } from './fixtures';

function roundTrip(plan: Plan): Plan {
  const file = createPlanFile(path.join(tempDir(), 'plan.tiendo'), plan);
  const db = openPlanDatabase(file);
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

function planError(fn: () => unknown): PlanError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    return error as PlanError;
  }
  throw new Error('expected a PlanError');
}

describe('create → open → readPlan', () => {
  it('round-trips the fixture exactly', () => {
    expect(roundTrip(makeFixturePlan())).toEqual(makeFixturePlan());
  });

  it('round-trips the default plan (17 tasks, units, links, 2026 calendar)', () => {
    const plan = createDefaultPlan();
    expect(plan.tasks).toHaveLength(17);
    expect(plan.units.some((u) => u.recipientOrder !== null)).toBe(true);
    expect(plan.links.length).toBeGreaterThan(0);
    expect(roundTrip(plan)).toEqual(plan);
  });

  it('returns tasks in position order, calendar exceptions by date', () => {
    const plan = makeFixturePlan();
    plan.tasks.reverse();
    plan.calendar.holidays.reverse();
    const read = roundTrip(plan);
    expect(read.tasks.map((t) => t.id)).toEqual(['t-1', 't-2', 't-3', 't-4']);
    expect(read.calendar.holidays.map((h) => h.date)).toEqual(['2026-01-01', '2026-04-30']);
  });
});

describe('writePlan', () => {
  function openFixture() {
    const dir = tempDir();
    const file = createPlanFile(path.join(dir, 'plan.tiendo'), makeFixturePlan());
    return { dir, file, db: openPlanDatabase(file) };
  }

  it('replaces the whole content', () => {
    const { db } = openFixture();
    const next = makeFixturePlan();
    next.tasks = next.tasks.slice(0, 2);
    next.links = [next.links[0]!];
    next.units.push({ id: 'u-new', name: 'Đơn vị mới', recipientOrder: 3 });
    next.info.statusDate = '2026-03-02';
    writePlan(db, next);
    expect(readPlan(db)).toEqual(next);
    db.close();
  });

  const broken: [string, (plan: Plan) => void, RegExp][] = [
    ['a link to a missing task', (p) => p.links.push({ id: 'l-x', predecessorId: 't-1', successorId: 'nope', type: 'FS', lag: 0 }), /Liên kết thứ 4.*công việc sau không tồn tại/],
    ['a bad date', (p) => { p.tasks[2]!.actualFinish = '2026-02-30'; }, /Công việc STT 3 \(“Phê duyệt”\) — Kết thúc thực tế: Ngày không hợp lệ/],
    ['an unknown unit', (p) => { p.tasks[0]!.leadUnitId = 'u-ghost'; }, /Công việc STT 1.*đơn vị chủ trì không tồn tại/],
    ['a duplicate position', (p) => { p.tasks[1]!.position = 1; }, /Vị trí công việc 1 bị lặp/],
    ['a duplicate unit name', (p) => { p.units[1]!.name = p.units[0]!.name; }, /Tên đơn vị .* bị lặp/],
    ['a date both holiday and workday', (p) => p.calendar.workdays.push({ date: '2026-01-01', name: 'x' }), /2026-01-01 được khai báo nhiều lần/],
    ['a self link', (p) => { p.links[0]!.successorId = 't-1'; }, /không thể liên kết với chính nó/],
    ['a wrong kind', (p) => { (p.tasks[0] as { kind: string }).kind = 'phase'; }, /Loại công việc: /],
  ];

  it.each(broken)('refuses %s and keeps the previous content', (_name, breakIt, message) => {
    const { dir, db } = openFixture();
    const plan = makeFixturePlan();
    breakIt(plan);
    const error = planError(() => writePlan(db, plan));
    expect(error.code).toBe('invalid-data');
    expect(error.message).toMatch(message);
    expect(readPlan(db)).toEqual(makeFixturePlan());
    db.close();
    expect(fs.readdirSync(dir)).toEqual(['plan.tiendo']);
  });

  it('refuses writing through a read-only connection', () => {
    const { file, db } = openFixture();
    db.close();
    const ro = openPlanDatabase(file, { readOnly: true });
    expect(planError(() => writePlan(ro, makeFixturePlan())).code).toBe('read-only');
    ro.close();
  });
});

describe('readPlan validates rows', () => {
  function tamper(sql: string): PlanError {
    const file = createPlanFile(path.join(tempDir(), 'plan.tiendo'), makeFixturePlan());
    const db = openPlanDatabase(file);
    db.pragma('foreign_keys = OFF'); // what another tool could do to the file
    db.exec(sql);
    db.pragma('foreign_keys = ON');
    try {
      return planError(() => readPlan(db));
    } finally {
      db.close();
    }
  }

  it('reports an impossible date with the task STT', () => {
    const error = tamper("UPDATE tasks SET window_end = '2026-02-30' WHERE id = 't-2'");
    expect(error.code).toBe('invalid-data');
    expect(error.message).toMatch(/Công việc STT 2 \(“Xây dựng dự thảo”\) — Hạn hoàn thành: Ngày không hợp lệ/);
  });

  it('reports links to missing tasks and unknown units', () => {
    const error = tamper("DELETE FROM tasks WHERE id = 't-4'; UPDATE tasks SET lead_unit_id = 'u-gone' WHERE id = 't-2'");
    expect(error.message).toMatch(/Liên kết thứ 3 .*công việc sau không tồn tại/);
    expect(error.message).toMatch(/Công việc STT 2 .*đơn vị chủ trì không tồn tại/);
    expect((error.details as { problems: string[] }).problems.length).toBeGreaterThanOrEqual(2);
  });

  it('reports a missing plan_info row', () => {
    expect(tamper('DELETE FROM plan_info').message).toMatch(/Thiếu thông tin chung/);
  });
});

describe('createPlanFile', () => {
  it('refuses to overwrite unless asked, leaving the existing file intact', () => {
    const dir = tempDir();
    const file = createPlanFile(path.join(dir, 'plan.tiendo'), makeFixturePlan());
    const before = snapshot(dir);
    const other = makeFixturePlan();
    other.info.title = 'Khác';
    expect(planError(() => createPlanFile(file, other)).code).toBe('already-exists');
    expect(snapshot(dir)).toEqual(before);
    createPlanFile(file, other, { overwrite: true });
    expect(fs.readdirSync(dir)).toEqual(['plan.tiendo']);
    expect(roundTripFile(file).info.title).toBe('Khác');
  });

  it('writes nothing for an invalid plan or a missing folder', () => {
    const dir = tempDir();
    const plan = makeFixturePlan();
    plan.info.startDate = '26/01/2026';
    expect(planError(() => createPlanFile(path.join(dir, 'x.tiendo'), plan)).code).toBe('invalid-data');
    expect(planError(() => createPlanFile(path.join(dir, 'no', 'x.tiendo'), makeFixturePlan())).code).toBe('not-found');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

function roundTripFile(file: string): Plan {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

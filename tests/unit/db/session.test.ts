import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import { PlanError } from '../../../core/errors';
import { createPlanFile } from '../../../db/planStore';
import { PlanSession, openPlanSession } from '../../../db/session';
import { createApiHandlers } from '../../../db/handlers';
import { createTestHost } from '../../support/testHost';
import { Database } from '../../../db/sqlite';
import { makeFixturePlan, snapshot, tempDir } from './fixtures';

function twoPlans() {
  const dir = tempDir();
  const first = createPlanFile(path.join(dir, 'mot.tiendo'), makeFixturePlan());
  const other = makeFixturePlan();
  other.info.title = 'Kế hoạch thứ hai';
  const second = createPlanFile(path.join(dir, 'hai.tiendo'), other);
  const bad = path.join(dir, 'hong.tiendo');
  fs.writeFileSync(bad, 'không phải SQLite');
  return { dir, first, second, bad };
}

describe('PlanSession', () => {
  it('describes the open plan', () => {
    const { first } = twoPlans();
    const session = openPlanSession(first);
    expect(session.getPlan()).toEqual({ path: first, fileName: 'mot.tiendo', readOnly: false, plan: makeFixturePlan(), revision: expect.any(String) });
    session.close();
    expect(session.isOpen).toBe(false);
    expect(() => session.getPlan()).toThrow(PlanError);
  });

  it('keeps the current plan when another file is refused', () => {
    const { dir, first, bad } = twoPlans();
    const session = openPlanSession(first);
    const before = snapshot(dir);
    expect(() => session.open(bad)).toThrow(expect.objectContaining({ code: 'not-a-plan' }));
    expect(() => session.open(path.join(dir, 'khong-co.tiendo'))).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(session.getPlan().path).toBe(first);
    expect(session.getPlan().plan).toEqual(makeFixturePlan());
    // Compared while the plan is still open: its lock file is part of both snapshots.
    expect(snapshot(dir)).toEqual(before);
    session.close();
  });

  it('keeps the current plan when the other file has invalid rows', () => {
    const { first, second } = twoPlans();
    const db = new Database(second);
    db.prepare("UPDATE tasks SET actual_start = '2026-13-01' WHERE id = 't-1'").run();
    db.close();
    const session = openPlanSession(first);
    expect(() => session.open(second)).toThrow(expect.objectContaining({ code: 'invalid-data' }));
    expect(session.getPlan().path).toBe(first);
    session.close();
  });

  it('switches to a good file and opens read-only on request', () => {
    const { first, second } = twoPlans();
    const session = openPlanSession(first);
    const opened = session.open(second, { readOnly: true });
    expect(opened.fileName).toBe('hai.tiendo');
    expect(opened.readOnly).toBe(true);
    expect(session.getPlan().plan.info.title).toBe('Kế hoạch thứ hai');
    session.close();
  });
});

describe('API handlers through dispatch', () => {
  it('openPlan refuses a bad file with its code and Vietnamese message; the good plan stays', async () => {
    const { first, second, bad } = twoPlans();
    const session = new PlanSession();
    const handlers = createApiHandlers(session, createTestHost());
    expect(await dispatch(handlers, 'getPlan', [])).toMatchObject({ ok: false, error: { code: 'no-plan' } });
    expect(await dispatch(handlers, 'openPlan', [first])).toMatchObject({ ok: true, value: { path: first, fileName: 'mot.tiendo' } });

    const refused = await dispatch(handlers, 'openPlan', [bad]);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'not-a-plan', params: { file: bad }, message: `Tệp “${bad}” không phải tệp kế hoạch Tiến Độ.` },
    });
    expect(await dispatch(handlers, 'getPlan', [])).toMatchObject({ ok: true, value: { path: first } });

    const switched = await dispatch(handlers, 'openPlan', [second]);
    expect(switched).toMatchObject({ ok: true, value: { fileName: 'hai.tiendo', plan: { info: { title: 'Kế hoạch thứ hai' } } } });
    session.close();
  });

  it('rejects wrong argument types before any handler runs', async () => {
    const session = new PlanSession();
    const handlers = createApiHandlers(session, createTestHost());
    for (const args of [[42], [], [''], ['a', 'b'], 'a', null]) {
      expect(await dispatch(handlers, 'openPlan', args)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    expect(await dispatch(handlers, 'getPlan', ['x'])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(session.isOpen).toBe(false);
  });
});

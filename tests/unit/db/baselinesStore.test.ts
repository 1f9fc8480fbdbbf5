/** Baselines in the plan file (migration 4, db/baselinesRepo.ts): real SQLite files, rows checked in the tables. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Baseline } from '../../../core/baseline';
import { PlanError } from '../../../core/errors';
import type { Plan } from '../../../core/model';
import { applyEditToDb, undoEdit } from '../../../db/editing/applyEditToFile';
import { CURRENT_SCHEMA_VERSION } from '../../../db/migrations';
import { openPlanDatabase } from '../../../db/openPlanFile';
import { createPlanFile, readPlan } from '../../../db/planStore';
import { openPlanSession, type PlanSession } from '../../../db/session';
import { Database } from '../../../db/sqlite';
import { makeFixturePlan, tempDir, writeOldPlanFile } from './fixtures';

const sessions: PlanSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

const approved: Baseline = {
  index: 0,
  name: 'Kế hoạch được duyệt',
  savedOn: '2026-01-02',
  tasks: [
    { taskId: 't-2', start: '2026-02-03', finish: '2026-02-20', duration: 14 },
    { taskId: 't-1', start: '2026-01-05', finish: '2026-01-09', duration: 5 },
    { taskId: 't-3', start: '2026-02-20', finish: '2026-02-20', duration: 0 },
  ],
};
const third: Baseline = {
  index: 3,
  name: 'Điều chỉnh lần 3',
  savedOn: '2026-03-15',
  tasks: [{ taskId: 't-1', start: '2026-01-06', finish: '2026-01-12', duration: 5 }],
};

function withBaselines(...baselines: Baseline[]): Plan {
  return { ...makeFixturePlan(), baselines };
}

function reopen(file: string): Plan {
  const db = openPlanDatabase(file);
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

describe('baselines in the file', () => {
  it('save → reopen gives the same baselines, task order kept, in rows of both tables', () => {
    const plan = withBaselines(approved, third);
    const file = createPlanFile(path.join(tempDir(), 'goc.tiendo'), plan);
    expect(reopen(file)).toStrictEqual(plan);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT baseline_index, name, saved_on FROM baselines ORDER BY 1').all()).toEqual([
        { baseline_index: 0, name: 'Kế hoạch được duyệt', saved_on: '2026-01-02' },
        { baseline_index: 3, name: 'Điều chỉnh lần 3', saved_on: '2026-03-15' },
      ]);
      expect(db.prepare('SELECT task_id FROM baseline_tasks WHERE baseline_index = 0 ORDER BY position').pluck().all()).toEqual([
        't-2', 't-1', 't-3',
      ]);
      expect(db.prepare('SELECT start, finish, duration FROM baseline_tasks WHERE baseline_index = 3').get()).toEqual({
        start: '2026-01-06', finish: '2026-01-12', duration: 5,
      });
      expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    } finally {
      db.close();
    }
  });

  it('a plan without baselines reads back without the field', () => {
    const file = createPlanFile(path.join(tempDir(), 'khong.tiendo'), makeFixturePlan());
    const read = reopen(file);
    expect('baselines' in read).toBe(false);
    expect(read).toStrictEqual(makeFixturePlan());
  });

  it('refuses two baselines with the same index, writing nothing', () => {
    const dir = tempDir();
    const error = (() => {
      try {
        createPlanFile(path.join(dir, 'lap.tiendo'), withBaselines(approved, { ...third, index: 0 }));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).message).toContain('Kế hoạch gốc số 0 bị lặp');
  });

  it('a file with a baseline date row of no baseline is refused with a Vietnamese reason', () => {
    const file = createPlanFile(path.join(tempDir(), 'mo-coi.tiendo'), withBaselines(third));
    const raw = new Database(file);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO baseline_tasks VALUES (7, 't-1', 1, '2026-01-05', '2026-01-09', 5)").run();
    raw.close();
    expect(() => reopen(file)).toThrow(/không thuộc kế hoạch gốc nào/);
  });
});

describe('migration 4 (baselines)', () => {
  /** A version-3 file whose history holds one rename of t-1. */
  function version3FileWithHistory(): string {
    const file = writeOldPlanFile(path.join(tempDir(), 'cu-v3.tiendo'), makeFixturePlan(), 3);
    const db = new Database(file, { fileMustExist: true });
    try {
      const before = db.prepare("SELECT * FROM tasks WHERE id = 't-1'").get() as Record<string, unknown>;
      const after = { ...before, name: 'Khảo sát (đổi tên ở phiên bản 3)' };
      db.prepare("UPDATE tasks SET name = ? WHERE id = 't-1'").run(after.name);
      db.prepare("INSERT INTO edit_history VALUES (1, '2026-11-01T08:00:00Z', 'Lan', 'MAY-LAN', 'Đổi tên', 'Rename', '{}', 0)").run();
      db.prepare("INSERT INTO edit_history_rows VALUES (1, 1, 'tasks', '[\"t-1\"]', ?, ?)").run(JSON.stringify(before), JSON.stringify(after));
    } finally {
      db.close();
    }
    return file;
  }

  it('opens a version-3 file with no baselines and keeps its history, which still undoes', () => {
    const session = openPlanSession(version3FileWithHistory(), { dataDir: tempDir() });
    sessions.push(session);
    expect(Number(session.db.pragma('user_version', { simple: true }))).toBe(CURRENT_SCHEMA_VERSION);
    expect(session.getPlan().plan.baselines).toBeUndefined();
    expect(session.db.prepare('SELECT count(*) FROM edit_history_rows').pluck().get()).toBe(1);
    const undone = undoEdit(session);
    expect(undone.plan.tasks.find((t) => t.id === 't-1')?.name).toBe(makeFixturePlan().tasks[0]!.name);
  });

  it('lets the history record baseline rows after migrating', () => {
    const file = version3FileWithHistory();
    const db = openPlanDatabase(file); // migrates in place
    try {
      db.prepare("INSERT INTO edit_history VALUES (2, '2026-11-02T08:00:00Z', 'Lan', 'MAY-LAN', 'Lưu', 'Save', '{}', 0)").run();
      const insert = db.prepare("INSERT INTO edit_history_rows VALUES (2, 1, ?, '[0]', NULL, '{}')");
      expect(() => insert.run('baselines')).not.toThrow();
      expect(() => db.prepare("INSERT INTO edit_history_rows VALUES (2, 2, 'nothing', '[0]', NULL, '{}')").run()).toThrow(/CHECK/);
      // The history still cascades from edit_history after the table was rebuilt.
      db.prepare('DELETE FROM edit_history').run();
      expect(db.prepare('SELECT count(*) FROM edit_history_rows').pluck().get()).toBe(0);
      expect(applyEditToDb(db, { op: 'renameUnit', unitId: 'u-stc', name: 'STC' }, { user: 'a', computer: 'b', at: new Date() }).changed).toBe(true);
    } finally {
      db.close();
    }
  });
});

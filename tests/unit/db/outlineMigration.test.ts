/** Migration 3 (the outline) on a file written by version 2: the working copy is migrated, old edits still undo. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { undoEdit } from '../../../db/editing/applyEditToFile';
import { CURRENT_SCHEMA_VERSION } from '../../../db/migrations';
import { openPlanSession, type PlanSession } from '../../../db/session';
import { Database } from '../../../db/sqlite';
import { makeFixturePlan, snapshot, tempDir, writeOldPlanFile } from './fixtures';

const sessions: PlanSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

/** A version-2 file whose history holds one rename of t-1, recorded with version 2's row images. */
function version2FileWithHistory(): string {
  const file = writeOldPlanFile(path.join(tempDir(), 'cu-v2.tiendo'), makeFixturePlan(), 2);
  const db = new Database(file, { fileMustExist: true });
  try {
    const before = db.prepare("SELECT * FROM tasks WHERE id = 't-1'").get() as Record<string, unknown>;
    expect(Object.keys(before)).not.toContain('parent_id');
    const after = { ...before, name: 'Khảo sát (đổi tên ở phiên bản cũ)' };
    db.prepare("UPDATE tasks SET name = ? WHERE id = 't-1'").run(after.name);
    db.prepare("INSERT INTO edit_history VALUES (1, '2026-11-01T08:00:00Z', 'Lan', 'MAY-LAN', 'Đổi tên', 'Rename', '{}', 0)").run();
    db.prepare("INSERT INTO edit_history_rows VALUES (1, 1, 'tasks', '[\"t-1\"]', ?, ?)").run(JSON.stringify(before), JSON.stringify(after));
  } finally {
    db.close();
  }
  return file;
}

describe('migration 3 (outline)', () => {
  it('opens a version-2 file with every task at the top level, leaving the original untouched', () => {
    const file = version2FileWithHistory();
    const before = snapshot(path.dirname(file));
    const session = openPlanSession(file, { dataDir: tempDir() });
    sessions.push(session);
    const { plan } = session.getPlan();
    expect(plan.tasks.every((t) => t.parentId === null && t.wbs === '')).toBe(true);
    expect(plan.tasks.find((t) => t.id === 't-1')?.name).toBe('Khảo sát (đổi tên ở phiên bản cũ)');
    expect(Number(session.db.pragma('user_version', { simple: true }))).toBe(CURRENT_SCHEMA_VERSION);
    session.close();
    expect(snapshot(path.dirname(file))).toEqual(before);
    expect(fs.readFileSync(file).readUInt32BE(60)).toBe(2);
  });

  it('undoes an edit recorded before the migration', () => {
    const file = version2FileWithHistory();
    const session = openPlanSession(file, { dataDir: tempDir() });
    sessions.push(session);
    const result = undoEdit(session);
    const t1 = result.plan.tasks.find((t) => t.id === 't-1')!;
    expect(t1).toMatchObject({ name: makeFixturePlan().tasks[0]!.name, parentId: null, wbs: '' });
  });
});

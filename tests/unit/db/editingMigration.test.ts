/** Migration 2 on a file written by the first version: migrated read-write, untouched read-only. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import type { Plan } from '../../../core/model';
import { insertCalendar } from '../../../db/calendarRepo';
import { applyEditToFile } from '../../../db/editing/applyEditToFile';
import { insertInfo } from '../../../db/infoRepo';
import { insertLinks } from '../../../db/linksRepo';
import { MIGRATIONS, CURRENT_SCHEMA_VERSION } from '../../../db/migrations';
import { openPlanDatabase } from '../../../db/openPlanFile';
import { createPlanFile, readPlan } from '../../../db/planStore';
import { openPlanSession, type PlanSession } from '../../../db/session';
import { TIENDO_APPLICATION_ID } from '../../../db/schema';
import { Database, configureWritable } from '../../../db/sqlite';
import { insertTasks } from '../../../db/tasksRepo';
import { insertUnits } from '../../../db/unitsRepo';
import { AUTHOR, scheduleBySTT, stt } from './editingFixtures';
import { tempDir } from './fixtures';

/** A plan file exactly as version 1 of the app wrote it. */
function writeVersion1File(plan: Plan, tamper?: string): string {
  const file = path.join(tempDir(), 'cu.tiendo');
  const db = new Database(file);
  configureWritable(db);
  db.transaction(() => {
    db.exec(MIGRATIONS[0]!.sql);
    db.pragma(`application_id = ${TIENDO_APPLICATION_ID}`);
    db.pragma('user_version = 1');
    insertInfo(db, plan.info);
    insertCalendar(db, plan.calendar);
    insertUnits(db, plan.units);
    insertTasks(db, plan.tasks);
    insertLinks(db, plan.links);
    if (tamper) db.exec(tamper);
  })();
  db.close();
  return file;
}

function userVersionOnDisk(file: string): number {
  // user_version is the big-endian 32-bit integer at offset 60 of the SQLite header.
  return fs.readFileSync(file).readUInt32BE(60);
}

/** DOMAIN.md "Default schedule of the seed plan", start and finish by STT. */
const DEFAULT_DATES: Record<number, [string, string]> = {
  1: ['04-01', '04-07'], 2: ['04-08', '04-14'], 3: ['04-15', '04-21'], 4: ['04-22', '04-29'], 5: ['05-04', '05-15'],
  6: ['05-18', '05-22'], 7: ['05-25', '05-25'], 8: ['05-26', '09-18'], 9: ['06-01', '09-18'], 10: ['09-21', '09-30'],
  11: ['10-01', '10-30'], 12: ['11-02', '11-13'], 13: ['11-16', '11-20'], 14: ['11-23', '11-30'], 15: ['12-01', '12-31'],
  16: ['11-23', '12-18'], 17: ['05-18', '12-31'],
};

function expectDefaultSchedule(schedule: Map<number, [string, string, number, number]>): void {
  expect(schedule.size).toBe(17);
  for (const [n, [start, finish]] of Object.entries(DEFAULT_DATES)) {
    expect(schedule.get(Number(n))?.slice(0, 2), `STT ${n}`).toEqual([`2026-${start}`, `2026-${finish}`]);
  }
  expect(schedule.get(16)?.slice(2)).toEqual([9, 0]); // the only task with float
}

const sessions: PlanSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

describe('migration 2', () => {
  it('is followed by the outline and baseline migrations', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
  });

  it('leaves a version-1 file byte for byte unchanged when opened read-only', () => {
    const plan = createDefaultPlan();
    const file = writeVersion1File(plan);
    const bytes = fs.readFileSync(file);
    const db = openPlanDatabase(file, { readOnly: true });
    try {
      expect(readPlan(db)).toEqual(plan); // served from a migrated in-memory copy
      expectDefaultSchedule(scheduleBySTT(db));
    } finally {
      db.close();
    }
    const session = openPlanSession(file, { readOnly: true, dataDir: tempDir() });
    sessions.push(session);
    expect(session.getPlan()).toMatchObject({ readOnly: true, plan });
    expect(() => applyEditToFile(session, { op: 'setStatusDate', date: '2026-06-01' }, AUTHOR)).toThrow(
      expect.objectContaining({ code: 'read-only' }),
    );
    session.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(userVersionOnDisk(file)).toBe(1);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['cu.tiendo']);
  });

  it('migrates a version-1 file opened read-write and fills task_schedule with the engine dates', () => {
    const plan = createDefaultPlan();
    const file = writeVersion1File(plan);
    let db = openPlanDatabase(file);
    try {
      expect(userVersionOnDisk(file)).toBe(CURRENT_SCHEMA_VERSION);
      expect(readPlan(db)).toEqual(plan);
      expectDefaultSchedule(scheduleBySTT(db));
    } finally {
      db.close();
    }
    db = openPlanDatabase(file); // the migrated file passes the opener's exact schema check
    db.close();
    // Through a session (which may edit a working copy of the file), edits reschedule as usual.
    const session = openPlanSession(file, { dataDir: tempDir() });
    sessions.push(session);
    applyEditToFile(session, { op: 'updateTask', taskId: stt(plan, 1).id, changes: { duration: 6 } }, AUTHOR);
    // One more day on the critical chain: the plan ends one working day late.
    expect(scheduleBySTT(session.db).get(1)).toEqual(['2026-04-01', '2026-04-08', -1, 1]);
  });

  it('refuses a version-1 file with invalid rows without migrating it', () => {
    const plan = createDefaultPlan();
    const file = writeVersion1File(plan, "UPDATE tasks SET actual_start = '2026-13-01' WHERE position = 2");
    const bytes = fs.readFileSync(file);
    expect(() => openPlanDatabase(file)).toThrow(expect.objectContaining({ code: 'invalid-data' }));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('fills task_schedule when a plan file is created', () => {
    const dir = tempDir();
    const plan = createDefaultPlan();
    const session = openPlanSession(createPlanFile(path.join(dir, 'moi.tiendo'), plan), { dataDir: tempDir() });
    sessions.push(session);
    expectDefaultSchedule(scheduleBySTT(session.db));
  });
});

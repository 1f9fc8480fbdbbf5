/** A small plan and temp-folder helpers for the db tests: real files, real rows. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { newTask, type Plan, type Task } from '../../../core/model';
import { insertCalendar } from '../../../db/calendarRepo';
import { insertInfo } from '../../../db/infoRepo';
import { insertLinks } from '../../../db/linksRepo';
import { MIGRATIONS } from '../../../db/migrations';
import { TIENDO_APPLICATION_ID } from '../../../db/schema';
import { Database, configureWritable } from '../../../db/sqlite';
import { insertTasks } from '../../../db/tasksRepo';
import { insertUnits } from '../../../db/unitsRepo';

const task = (over: Partial<Task> & Pick<Task, 'id' | 'position' | 'name'>): Task => newTask({ duration: 5, ...over });

export function makeFixturePlan(): Plan {
  return {
    info: {
      title: 'Kế hoạch thử nghiệm',
      number: '12/KH-SKHCN',
      placeAndDate: 'Hải Phòng, ngày 05 tháng 01 năm 2026',
      organisation: 'Sở Khoa học và Công nghệ',
      signer: 'Nguyễn Văn A',
      startDate: '2026-01-05',
      endDate: '2026-12-31',
      statusDate: null,
    },
    calendar: {
      workWeek: [1, 2, 3, 4, 5],
      holidays: [
        { date: '2026-01-01', name: 'Tết Dương lịch' },
        { date: '2026-04-30', name: 'Ngày Chiến thắng' },
      ],
      workdays: [{ date: '2026-08-22', name: 'Làm bù' }],
    },
    units: [
      { id: 'u-skhcn', name: 'Sở Khoa học và Công nghệ', recipientOrder: 2 },
      { id: 'u-stc', name: 'Sở Tài chính', recipientOrder: 1 },
      { id: 'u-ubnd', name: 'UBND thành phố', recipientOrder: null },
    ],
    tasks: [
      task({ id: 't-1', position: 1, name: 'Khảo sát hiện trạng', leadUnitId: 'u-skhcn', coordinatingUnitIds: ['u-ubnd', 'u-stc'],
        windowText: 'Tháng 01/2026', windowStart: '2026-01-05', windowEnd: '2026-01-31', deliverable: 'Báo cáo khảo sát',
        percentComplete: 37.5, actualStart: '2026-01-06' }),
      task({ id: 't-2', position: 2, name: 'Xây dựng dự thảo', leadUnitId: 'u-stc', duration: 10, notes: 'Ghi chú\nnhiều dòng',
        startNoEarlierThan: '2026-02-02', manualStart: '2026-02-03', manualFinish: '2026-02-20' }),
      task({ id: 't-3', position: 4, name: 'Phê duyệt', kind: 'milestone', duration: 0, actualFinish: '2026-03-01' }),
      task({ id: 't-4', position: 5, name: 'Theo dõi thực hiện', kind: 'effort', duration: 0, windowText: 'Theo tiến độ thực hiện' }),
    ],
    links: [
      { id: 'l-1', predecessorId: 't-1', successorId: 't-2', type: 'FS', lag: 0 },
      { id: 'l-3', predecessorId: 't-2', successorId: 't-3', type: 'FF', lag: -2 },
      { id: 'l-2', predecessorId: 't-1', successorId: 't-4', type: 'SS', lag: 3 },
    ],
  };
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-'));
  made.push(dir);
  return dir;
}

/** Every entry of a folder with its bytes (null for sub-folders): compare before/after to prove nothing changed. */
export function snapshot(dir: string): Map<string, Buffer | null> {
  return new Map(
    fs.readdirSync(dir).sort().map((name) => {
      const full = path.join(dir, name);
      return [name, fs.statSync(full).isDirectory() ? null : fs.readFileSync(full)];
    }),
  );
}

/** A plan file exactly as the app at schema `version` wrote it (its migrations' tables, nothing newer). */
export function writeOldPlanFile(file: string, plan: Plan, version: number, extraSql = ''): string {
  const db = new Database(file);
  configureWritable(db);
  db.transaction(() => {
    for (const migration of MIGRATIONS.slice(0, version)) db.exec(migration.sql);
    db.pragma(`application_id = ${TIENDO_APPLICATION_ID}`);
    db.pragma(`user_version = ${version}`);
    insertInfo(db, plan.info);
    insertCalendar(db, plan.calendar);
    insertUnits(db, plan.units);
    insertTasks(db, plan.tasks); // writes only the columns the old schema has
    insertLinks(db, plan.links);
    if (extraSql) db.exec(extraSql);
  })();
  db.close();
  return file;
}

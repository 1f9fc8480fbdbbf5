/**
 * The whole plan in and out of a database: readPlan validates every row
 * (nothing unchecked reaches the app), writePlan replaces all content in one
 * transaction, createPlanFile makes a new file appear complete or not at all.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PlanError } from '../core/errors';
import type { Plan } from '../core/model';
import { insertBaselines } from './baselinesRepo';
import { insertCalendar } from './calendarRepo';
import { refreshTaskSchedule } from './taskScheduleRepo';
import { insertInfo } from './infoRepo';
import { insertLinks } from './linksRepo';
import { migrate } from './migrations';
import { readPlanRows } from './planRows';
import { invalidDataError, parsePlan } from './planValidation';
import { SCHEMA_TABLES } from './schema';
import { Database, configureWritable, sqliteCode, type Db } from './sqlite';
import { insertTasks } from './tasksRepo';
import { insertUnits } from './unitsRepo';
import { fsyncFolder } from './fsyncFolder';

const READ_INTRO = 'Tệp kế hoạch chứa dữ liệu không hợp lệ:';
const WRITE_INTRO = 'Không thể lưu kế hoạch vì dữ liệu không hợp lệ:';

/** The plan stored in `db`. Throws PlanError 'invalid-data' listing every problem found. */
export function readPlan(db: Db): Plan {
  const read = db.transaction(() => readPlanRows(db));
  // A read transaction: all tables are seen at the same instant.
  const { candidate, problems } = read.deferred();
  if (problems.length > 0) throw invalidDataError(READ_INTRO, problems);
  const parsed = parsePlan(candidate);
  if (!parsed.ok) throw invalidDataError(READ_INTRO, parsed.problems);
  return parsed.plan;
}

/** Replaces the whole content of `db` with `plan` (the edit history starts afresh); on any failure nothing is written. */
export function writePlan(db: Db, plan: Plan): void {
  const parsed = parsePlan(plan); // data may come from the renderer: trust nothing
  if (!parsed.ok) throw invalidDataError(WRITE_INTRO, parsed.problems);
  const valid = parsed.plan;
  try {
    db.transaction(() => {
      for (const table of [...SCHEMA_TABLES].reverse()) db.prepare(`DELETE FROM ${table}`).run();
      insertInfo(db, valid.info);
      insertCalendar(db, valid.calendar);
      insertUnits(db, valid.units);
      insertTasks(db, valid.tasks);
      insertLinks(db, valid.links);
      insertBaselines(db, valid.baselines);
      refreshTaskSchedule(db, valid); // every file holds the engine's dates
    }).immediate();
  } catch (error) {
    throw toWriteError(error);
  }
}

function toWriteError(error: unknown): unknown {
  const code = sqliteCode(error) ?? '';
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return invalidDataError(WRITE_INTRO, [`Dữ liệu vi phạm ràng buộc của tệp (${(error as Error).message}).`]);
  }
  if (code.startsWith('SQLITE_READONLY') || /query_only/i.test((error as Error | null)?.message ?? '')) {
    return new PlanError('read-only', { reason: 'save' });
  }
  return error;
}

export interface CreatePlanFileOptions {
  overwrite?: boolean;
}

/**
 * Creates a plan file at `filePath` holding `plan`. The database is built in a
 * temporary file in the same folder and renamed into place, so the target
 * never exists half-written. Refuses an existing file unless `overwrite`.
 */
export function createPlanFile(filePath: string, plan: Plan, opts: CreatePlanFileOptions = {}): string {
  const target = path.resolve(filePath);
  const parsed = parsePlan(plan);
  if (!parsed.ok) throw invalidDataError(WRITE_INTRO, parsed.problems);
  const dir = path.dirname(target);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new PlanError('not-found', { reason: 'folder', path: dir });
  }
  if (!opts.overwrite && fs.existsSync(target)) throw alreadyExists(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    const db = new Database(temp);
    try {
      configureWritable(db);
      migrate(db);
      writePlan(db, parsed.plan);
    } finally {
      db.close();
    }
    publish(temp, target, opts.overwrite === true);
    fsyncFolder(dir);
    return target;
  } catch (error) {
    throw toCreateError(error, target);
  } finally {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-journal`, { force: true });
  }
}

/** A read-only folder, a full disk…: say so in Vietnamese rather than with an errno. */
function toCreateError(error: unknown, target: string): unknown {
  if (error instanceof PlanError) return error;
  const code = sqliteCode(error) ?? (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return error;
  return new PlanError('cannot-write', { reason: 'create', path: target, code }, { code });
}

function alreadyExists(target: string): PlanError {
  return new PlanError('already-exists', { path: target });
}

function publish(temp: string, target: string, overwrite: boolean): void {
  if (overwrite) return fs.renameSync(temp, target);
  try {
    // link() fails if the target exists, closing the gap between the check above and now.
    fs.linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(target);
    // Some file systems (FAT/exFAT USB drives, some network shares) have no hard links.
    if (fs.existsSync(target)) throw alreadyExists(target);
    fs.renameSync(temp, target);
  }
}

/**
 * Appends imported rows to the open plan file in ONE transaction, recorded
 * in the file's edit history as one batch ("Nhập 17 công việc từ bảng") so
 * that a single Undo removes the whole import. Built on the editing
 * feature's row-level machinery (db/editing): only the new rows are written,
 * never the whole plan, and the history of earlier edits is kept.
 */
import { randomUUID } from 'node:crypto';
import { PlanError } from '../../core/errors';
import { appendImportedRows, type ImportOutcome } from '../../core/import/toPlan';
import { appendInterchangePlan } from '../../core/interchange/preview';
import type { Plan } from '../../core/model';
import type { PlanTaskRow } from '../../core/planTable';
import { appendBatch, discardRedoBranch } from '../editing/historyRepo';
import { diffRows, planToRows } from '../editing/rows';
import { refreshTaskSchedule } from '../taskScheduleRepo';
import { writeRowChanges } from '../editing/writeRows';
import { readPlan } from '../planStore';
import { invalidDataError, parsePlan } from '../planValidation';
import { sqliteCode, type Db } from '../sqlite';

export interface ImportAuthor {
  user: string;
  computer: string;
  at: Date;
}

export function appendImportToDb(db: Db, rows: readonly PlanTaskRow[], who: ImportAuthor): ImportOutcome {
  return appendToDb(db, who, (before) => appendImportedRows(before, rows, randomUUID), {
    label: (n) => `Nhập ${n} công việc từ bảng`,
    labelEn: (n) => `Import ${n} tasks from a table`,
    op: 'importPlanTable',
  });
}

/** A plan from another planner (MS Project XML, .gan) appended with its links and outline, as one undoable batch. */
export function appendInterchangeToDb(db: Db, imported: Plan, sourceName: string, who: ImportAuthor): ImportOutcome {
  return appendToDb(
    db,
    who,
    (before) => {
      const { plan, addedUnits } = appendInterchangePlan(before, imported, randomUUID);
      return { plan, addedTasks: imported.tasks.length, addedUnits, flaggedTasks: 0 };
    },
    { label: (n) => `Nhập ${n} công việc từ ${sourceName}`, labelEn: (n) => `Import ${n} tasks from ${sourceName}`, op: 'importInterchange' },
  );
}

interface BatchLabel {
  label: (tasks: number) => string;
  labelEn: (tasks: number) => string;
  op: string;
}

function appendToDb(db: Db, who: ImportAuthor, append: (before: Plan) => ImportOutcome, batch: BatchLabel): ImportOutcome {
  if (db.readonly || Number(db.pragma('query_only', { simple: true })) === 1) {
    throw new PlanError('read-only', { reason: 'append' });
  }
  try {
    // IMMEDIATE: the write lock is taken before reading, so no other writer slips in between.
    return db
      .transaction(() => {
        const before = readPlan(db);
        const outcome = append(before);
        const parsed = parsePlan(outcome.plan);
        if (!parsed.ok) throw invalidDataError('Không thể thêm các công việc vì dữ liệu không hợp lệ:', parsed.problems);
        const recorded = writeRowChanges(db, diffRows(planToRows(before), planToRows(parsed.plan)));
        const stored = readPlan(db);
        refreshTaskSchedule(db, stored);
        discardRedoBranch(db);
        const n = outcome.addedTasks;
        appendBatch(
          db,
          {
            at: who.at.toISOString(),
            user: who.user,
            computer: who.computer,
            label: batch.label(n),
            labelEn: batch.labelEn(n),
            edit: JSON.stringify({ op: batch.op, tasks: n, units: outcome.addedUnits.length }),
          },
          recorded,
        );
        return { ...outcome, plan: stored };
      })
      .immediate();
  } catch (error) {
    throw toImportError(error);
  }
}

function toImportError(error: unknown): unknown {
  if (error instanceof PlanError) return error;
  const code = sqliteCode(error) ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new PlanError('busy', {}, { code });
  }
  if (code.startsWith('SQLITE_READONLY')) return new PlanError('read-only', { reason: 'append' });
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new PlanError('invalid-data', { reason: 'import-constraint', detail: (error as Error).message }, { code });
  }
  if (code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR')) {
    return new PlanError('cannot-write', { reason: 'append', code }, { code });
  }
  return error;
}

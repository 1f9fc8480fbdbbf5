/**
 * The disk side of merging: reading "theirs" (the original changed behind
 * our back, or a colleague's copy) through every check a file from outside
 * gets, finding the base, and writing a merged plan into the working copy
 * as one undoable history entry.
 *
 * Finding the base of a colleague's copy: plans have no lineage field in
 * the file, but every task, unit and link has a random UUID, so sharing any
 * id means the two files come from the same plan. The base is then, among
 * this document's snapshot (the original as opened/last saved) and the
 * copies saved for colleagues from this computer (data folder `sent/`),
 * the one closest to theirs: the version they most likely started from.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PlanError } from '../../core/errors';
import type { Plan } from '../../core/model';
import { appendBatch, discardRedoBranch } from '../editing/historyRepo';
import { diffRows, planToRows } from '../editing/rows';
import { refreshTaskSchedule } from '../taskScheduleRepo';
import { writeRowChanges } from '../editing/writeRows';
import { openPlanDatabase } from '../openPlanFile';
import { readPlan } from '../planStore';
import type { Db } from '../sqlite';
import { hasEditHistory } from './changes';
import type { DataFolder } from './dataFolder';
import { type Fingerprint } from './files';
import { readOutsideFile, writePrivateCopy, type OutsideFile } from './intake';
import { toOpenError } from '../openErrors';
import type { Identity } from './lock';

export interface CheckedPlan {
  plan: Plan;
  bytes: Buffer;
  fingerprint: Fingerprint;
}

/** `file`'s plan, checked like any file opened from outside, read from a private copy in `scratchDir`. */
export function readCheckedPlan(file: string, scratchDir: string): CheckedPlan {
  let read: OutsideFile;
  try {
    read = readOutsideFile(file);
  } catch (error) {
    throw toOpenError(error, file);
  }
  const copy = path.join(scratchDir, `incoming-${process.pid}-${randomUUID()}.tiendo`);
  let db: Db | null = null;
  try {
    writePrivateCopy(copy, read); // with its hot journal: read-only opening recovers it as open does
    db = openPlanDatabase(copy, { readOnly: true });
    // `bytes` as recovered: the base a Save-merge adopts is what the plan now reads as
    return { plan: readPlan(db), bytes: read.journal ? db.serialize() : read.bytes, fingerprint: read.fingerprint };
  } catch (error) {
    if (error instanceof PlanError) throw error.withPathShownAs(copy, file);
    throw error;
  } finally {
    db?.close();
    fs.rmSync(copy, { force: true });
    fs.rmSync(`${copy}-journal`, { force: true });
  }
}

/** A plan file of our own (snapshot, sent copy): still checked, since the data folder is just a folder. */
export function readPlanFile(file: string): Plan {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

const idsOf = (plan: Plan) => new Set([...plan.tasks, ...plan.units, ...plan.links].map((row) => row.id));

export function shareLineage(a: Plan, b: Plan): boolean {
  const ids = idsOf(a);
  return [...idsOf(b)].some((id) => ids.has(id));
}

/** How many rows differ: the distance used to pick the closest base. */
function distance(a: Plan, b: Plan): number {
  return diffRows(planToRows(a), planToRows(b)).length;
}

const MAX_SENT_COPIES = 50;

export function findBase(data: DataFolder, snapshot: Plan, mine: Plan, theirs: Plan, source: string): Plan {
  if (!shareLineage(mine, theirs)) {
    throw new PlanError('different-plan', { path: source });
  }
  const candidates = [snapshot, ...sentCopies(data).filter((plan) => shareLineage(plan, theirs))];
  let best = candidates[0]!;
  let bestDistance = distance(best, theirs);
  for (const candidate of candidates.slice(1)) {
    const d = distance(candidate, theirs);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Keeps a copy sent to a colleague as a possible base for merging their edits later. */
export function archiveSentCopy(data: DataFolder, bytes: Buffer, sha256: string): void {
  try {
    fs.mkdirSync(data.sentDir, { recursive: true });
    const file = path.join(data.sentDir, `${sha256}.tiendo`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, bytes);
  } catch {
    // only a merge convenience
  }
}

function sentCopies(data: DataFolder): Plan[] {
  let names: string[];
  try {
    names = fs.readdirSync(data.sentDir).filter((n) => /^[0-9a-f]{64}\.tiendo$/u.test(n));
  } catch {
    return [];
  }
  const newest = names
    .map((n) => ({ file: path.join(data.sentDir, n), at: fs.statSync(path.join(data.sentDir, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
    .slice(0, MAX_SENT_COPIES);
  return newest.flatMap(({ file }) => {
    try {
      return [readPlanFile(file)];
    } catch {
      return []; // a damaged archive entry is just not a candidate
    }
  });
}

/**
 * Writes `plan` into the working copy as a row diff in one transaction,
 * recorded in the file's history (so the merge can be undone like an edit).
 */
export function applyMergedPlan(db: Db, plan: Plan, me: Identity, label: { vi: string; en: string }): boolean {
  return db.transaction(() => {
    const before = readPlan(db);
    const changes = diffRows(planToRows(before), planToRows(plan));
    if (changes.length === 0) return false;
    const recorded = writeRowChanges(db, changes);
    const stored = readPlan(db); // the merged rows must read back as a valid plan, or nothing is written
    refreshTaskSchedule(db, stored);
    if (hasEditHistory(db)) {
      discardRedoBranch(db);
      appendBatch(db, { at: me.now().toISOString(), user: me.userName(), computer: me.computerName(), label: label.vi, labelEn: label.en, edit: JSON.stringify({ op: 'merge' }) }, recorded);
    }
    return true;
  }).immediate();
}

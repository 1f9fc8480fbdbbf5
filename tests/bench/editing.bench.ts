/**
 * Editing benchmark: applyEditToFile for a setTaskDates (a drag) on plan files
 * of 200 and 1,000 tasks, undo of the same, and where the time goes. Prints
 * medians; never fails (timings depend on the machine and its disk).
 */
import fs from 'node:fs';
import os, { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDefaultPlan } from '../../core/defaultPlan';
import { applyEdit } from '../../core/edits';
import type { Link, Plan, Task } from '../../core/model';
import { schedulePlan } from '../../core/schedule';
import { applyEditToFile, undoEdit } from '../../db/editing/applyEditToFile';
import { createPlanFile, readPlan } from '../../db/planStore';
import { openPlanSession } from '../../db/session';
import type { BenchOptions } from './options';

const AUTHOR = { user: 'Bench', computer: 'BENCH', at: new Date('2026-06-01T00:00:00Z') };

/** Chains of 50 tasks (FS, every fifth also SS on the chain before): a drag early in a chain moves ~50 tasks. */
export function benchPlan(n: number): Plan {
  const base = createDefaultPlan();
  const lead = base.units[0]!.id;
  const tasks: Task[] = [];
  const links: Link[] = [];
  for (let i = 0; i < n; i++) {
    const template = base.tasks[i % base.tasks.length]!;
    tasks.push({ ...template, id: `t${i}`, position: i + 1, name: `Công việc ${i + 1}`, leadUnitId: lead, coordinatingUnitIds: [],
      kind: 'task', duration: 1 + (i % 7), windowText: '', windowStart: null, windowEnd: null });
    if (i % 50 !== 0) links.push({ id: `l${i}`, predecessorId: `t${i - 1}`, successorId: `t${i}`, type: 'FS', lag: 0 });
    if (i % 5 === 0 && i >= 50) links.push({ id: `s${i}`, predecessorId: `t${i - 50}`, successorId: `t${i}`, type: 'SS', lag: 2 });
  }
  return { ...base, tasks, links, info: { ...base.info, endDate: '2027-12-31' } };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

export async function benchEditing({ quick }: BenchOptions): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-bench-'));
  try {
    console.log(`(files in ${dir}; ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(2)})`);
    for (const n of quick ? [200] : [200, 1_000]) {
      const plan = benchPlan(n);
      const file = createPlanFile(path.join(dir, `plan-${n}.tiendo`), plan);
      const session = openPlanSession(file, { dataDir: path.join(dir, `data-${n}`) });
      const runs = quick ? 5 : 25;
      const apply: number[] = [];
      const undo: number[] = [];
      for (let i = 0; i < runs; i++) {
        // A new date each run (never the one an undo just restored), so every run moves the task and its successors.
        const edit = { op: 'setTaskDates', taskId: 't1', start: `2026-05-${String(4 + i).padStart(2, '0')}` } as const;
        apply.push(time(() => applyEditToFile(session, edit, AUTHOR)));
        if (i % 5 === 4) undo.push(time(() => undoEdit(session)));
      }
      // Worst case for row writes: a task inserted at the top renumbers every task.
      const insertTop: number[] = [];
      for (let i = 0; i < 5; i++) {
        insertTop.push(time(() => applyEditToFile(session, { op: 'addTask', afterTaskId: null }, AUTHOR)));
        undoEdit(session);
      }
      // The parts, measured alone: reading and validating the plan, the pure edit, the engine.
      const read = median(Array.from({ length: 9 }, () => time(() => readPlan(session.db))));
      const stored = readPlan(session.db);
      const pure = median(Array.from({ length: 9 }, () => time(() => applyEdit(stored, { op: 'updateTask', taskId: 't1', changes: { notes: 'x' } }, { newId: () => 'x' }))));
      const engine = median(Array.from({ length: 9 }, () => time(() => schedulePlan({ ...stored, calendar: { ...stored.calendar } }))));
      const rows = session.db.prepare('SELECT count(*) FROM edit_history_rows').pluck().get();
      session.close();
      console.log(
        `${String(n).padStart(5)} tasks: applyEditToFile(setTaskDates) median ${median(apply).toFixed(1)} ms ` +
          `(min ${Math.min(...apply).toFixed(1)}, max ${Math.max(...apply).toFixed(1)}), undo median ${median(undo).toFixed(1)} ms, ` +
          `addTask at the top (renumbers all) median ${median(insertTop).toFixed(1)} ms; ` +
          `readPlan ${read.toFixed(1)} ms, applyEdit ${pure.toFixed(2)} ms, ` +
          `schedulePlan with a new calendar ${engine.toFixed(1)} ms; edit/readPlan ratio ${(median(apply) / read).toFixed(2)}; ` +
          `history rows ${String(rows)}`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

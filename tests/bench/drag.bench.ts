/**
 * Chart drag benchmark, in Chromium over the built renderer (`npm run
 * build:renderer` first) and the real db layer, like the e2e harness. Plans of
 * 200 and 1,000 tasks in one FS chain (units, the 2026 calendar): dragging the
 * first task moves every bar, the worst case for the chart.
 *
 * Measured inside the page with performance.now():
 * - a drag step: a mousemove one week further → the frame that shows the
 *   rescheduled plan is painted (a rAF, then a message after it). "frame" is
 *   that frame's own work (the frame start → painted), "input" adds the wait
 *   for the frame. "chart" is GanttChart's share (its performance.measure).
 * - the frame rate during a scripted drag of 60 moves, one per frame.
 * - a drop: mouseup → the edit saved in the file (through the bridge) → the
 *   next frame painted.
 * - for reference, a full redraw: the language switch re-renders the chart
 *   the way frappe-gantt's refresh() does.
 * Prints medians and PASS/MISS against the targets; never fails a build.
 */
import fs from 'node:fs';
import os, { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { addDays } from '../../core/dates';
import { createDefaultPlan } from '../../core/defaultPlan';
import type { Link, Plan, Task } from '../../core/model';
import { schedulePlan, viewOfPlanTask } from '../../core/schedule';
import { CALENDAR_2026 } from '../../core/seed/calendar2026';
import { createPlanFile } from '../../db/planStore';
import { launchApp, RENDERER_DIR } from '../e2e/harness';
import { failOnPageErrors, requireBuiltRenderer, type BenchOptions } from './options';

const TARGETS = { 200: 50, 1000: 100 } as Record<number, number>;
const MIN_FPS = 30;

/** `n` tasks in one FS chain, 1–2 working days each, led by the default plan's units, on the 2026 calendar. */
export function chainPlan(n: number): Plan {
  const base = createDefaultPlan();
  const tasks: Task[] = [];
  const links: Link[] = [];
  for (let i = 0; i < n; i++) {
    const template = base.tasks[i % base.tasks.length]!;
    tasks.push({
      ...template, id: `t${i + 1}`, position: i + 1, name: `Công việc ${i + 1}: ${template.name}`,
      leadUnitId: base.units[i % base.units.length]!.id, kind: 'task', duration: 1 + (i % 2),
      windowText: '', windowStart: null, windowEnd: null,
    });
    if (i > 0) links.push({ id: `l${i + 1}`, predecessorId: `t${i}`, successorId: `t${i + 1}`, type: 'FS', lag: 0 });
  }
  const plan: Plan = { ...base, tasks, links, calendar: CALENDAR_2026 };
  const finish = viewOfPlanTask(schedulePlan(plan), `t${n}`)!.finish;
  // Room for the drags: the plan ends two months after its last task.
  return { ...plan, info: { ...plan.info, endDate: addDays(finish, 60) } };
}

/** The e2e harness's app, timing the main-process side of each saved edit. */
async function launch(planPath: string, dataDir: string) {
  const saveTimes: number[] = [];
  const app = await launchApp({
    planPath, dataDir, announceSaves: true,
    onInvoke: (method, ms) => method === 'applyEdit' && saveTimes.push(ms),
  });
  await app.page.locator('.bar-wrapper').first().waitFor();
  return { page: app.page, errors: app.pageErrors, saveTimes, close: () => app.close() };
}

export interface DragFigures {
  stepFrame: number[];
  stepInput: number[];
  stepChart: number[];
  fps: number[];
  dropToPaint: number[];
  dropSaved: number[];
  dropChart: number[];
  fullRedraw: number[];
  fullChart: number[];
}

/** The scenario run in the page: tests/bench/dragScenario.js, called with its arguments. */
const DRAG_SCENARIO = fs.readFileSync(path.resolve(import.meta.dirname, 'dragScenario.js'), 'utf8');
function dragScenario(args: { barId: string; weeks: number; fullRedraw: boolean }): string {
  return `${DRAG_SCENARIO}\ndragScenario(${JSON.stringify(args)});`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.floor(s.length / 2)]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

export async function benchDrag({ quick }: BenchOptions): Promise<void> {
  requireBuiltRenderer(RENDERER_DIR, fs.existsSync(path.join(RENDERER_DIR, 'index.html')));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-drag-bench-'));
  console.log(`(Chromium headless, Week view; ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(2)})`);
  try {
    for (const n of quick ? [200] : [200, 1_000]) {
      const file = createPlanFile(path.join(dir, `chain-${n}.tiendo`), chainPlan(n));
      const app = await launch(file, path.join(dir, `data-${n}`));
      try {
        // Alternately two weeks later and back, so the plan stays in range; the first run warms up.
        const scenario = (run: number, fullRedraw = false) =>
          app.page.evaluate(dragScenario({ barId: 't1', weeks: run % 2 === 0 ? 2 : -2, fullRedraw })) as Promise<DragFigures>;
        await scenario(0);
        const page: DragFigures[] = [];
        for (let run = 1; run <= (quick ? 1 : 4); run++) page.push(await scenario(run, run === 1));
        // Diagnostic: the same with the task table's rows not laid out, to tell the chart's cost from the table's.
        const hide = await app.page.addStyleTag({ content: '.task-table tbody { display: none; }' });
        const noTable: DragFigures[] = [];
        for (let run = 1; run <= (quick ? 1 : 2); run++) noTable.push(await scenario(run));
        await hide.evaluate((el) => (el as HTMLElement).remove());
        const all = (runs: DragFigures[], key: keyof DragFigures) => median(runs.flatMap((r) => r[key]));
        const target = TARGETS[n]!;
        const step = all(page, 'stepFrame');
        const stepNoTable = all(noTable, 'stepFrame');
        const fps = all(page, 'fps');
        const fpsNoTable = all(noTable, 'fps');
        const full = all(page, 'fullRedraw');
        console.log(`${String(n).padStart(5)} tasks (dragging task 1 moves all ${n} bars):`);
        console.log(
          `  drag step → painted: ${ms(step)} a frame [input → painted ${ms(all(page, 'stepInput'))}; GanttChart update ${ms(all(page, 'stepChart'))}] ` +
            `— target < ${target} ms: ${verdict(step < target)}`,
        );
        console.log(`    without the table rows laid out: ${ms(stepNoTable)} a frame — ${verdict(stepNoTable < target)}`);
        console.log(`  dragging: ${fps.toFixed(1)} fps over 60 moves — target ≥ ${MIN_FPS}: ${verdict(fps >= MIN_FPS)}; without the table rows: ${fpsNoTable.toFixed(1)} fps — ${verdict(fpsNoTable >= MIN_FPS)}`);
        console.log(
          `  drop: the chart is already final (GanttChart update after the save ${ms(all(page, 'dropChart'))}); saved and shown ${ms(all(page, 'dropToPaint'))} after the drop ` +
            `[applyEdit round trip ${ms(all(page, 'dropSaved'))}, of which the main process ${ms(median(app.saveTimes))}]`,
        );
        console.log(`  full redraw for reference (frappe render, as refresh() does): ${ms(full)} [GanttChart ${ms(all(page, 'fullChart'))}]; a drag step is ${((step / full) * 100).toFixed(0)} % of it`);
        failOnPageErrors(app.errors);
      } finally {
        await app.close();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

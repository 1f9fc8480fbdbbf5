/**
 * Scheduling engine benchmark: layered random DAGs of 1,000 / 10,000 /
 * 100,000 tasks with ~2 links each. Prints medians and PASS/MISS against the
 * targets; it never fails a build (timings depend on the machine).
 */
import { availableParallelism, loadavg } from 'node:os';
import { createWorkCalendar } from '../../core/calendar';
import { fromEpochDay, toEpochDay } from '../../core/dates';
import { newTask, type LinkType, type Plan } from '../../core/model';
import { schedule, schedulePlan, type ScheduleInput, type ScheduleLink, type ScheduleTask } from '../../core/schedule';
import { CALENDAR_2026 } from '../../core/seed/calendar2026';
import type { BenchOptions } from './options';

/** Small deterministic PRNG (mulberry32) so every run schedules the same plans. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TYPES: LinkType[] = ['FS', 'FS', 'FS', 'FS', 'FS', 'FS', 'FS', 'SS', 'FF', 'SF'];

/** Layers of 100 tasks; each task after the first layer has 2 predecessors in the 3 layers before it. */
export function layeredPlan(n: number, seed = 1): ScheduleInput {
  const rand = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const width = 100;
  const day0 = toEpochDay('2026-01-01');
  const tasks: ScheduleTask[] = [];
  const links: ScheduleLink[] = [];
  for (let i = 0; i < n; i++) {
    const layer = Math.floor(i / width);
    const r = rand();
    const windowStart = r < 0.1 ? fromEpochDay(day0 + layer * 11 + int(0, 30)) : null;
    tasks.push({
      kind: r > 0.99 ? 'effort' : r > 0.95 ? 'milestone' : 'task',
      duration: r > 0.95 ? 0 : int(1, 15),
      windowStart,
      windowEnd: windowStart === null ? null : fromEpochDay(toEpochDay(windowStart) + 60),
      startNoEarlierThan: r > 0.9 && r < 0.92 ? fromEpochDay(day0 + layer * 11) : null,
      manualStart: null,
      manualFinish: null,
      percentComplete: 0,
      actualStart: null,
      actualFinish: null,
    });
    if (layer === 0) continue;
    for (let k = 0; k < 2; k++) {
      const predLayer = Math.max(0, layer - int(1, 3));
      links.push({ from: predLayer * width + int(0, width - 1), to: i, type: TYPES[int(0, 9)]!, lag: int(-3, 5) });
    }
  }
  return { tasks, links, projectStart: '2026-01-01', projectDeadline: '2099-12-31', statusDate: null };
}

/** The same plan as the app holds it: tasks and links with UUID-like ids, links by id. */
export function planOfInput(input: ScheduleInput): Plan {
  const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(8, '0')}-4a7b-9c1d-0e2f3a4b5c6d`;
  return {
    info: { title: '', number: '', placeAndDate: '', organisation: '', signer: '', startDate: input.projectStart, endDate: input.projectDeadline, statusDate: input.statusDate },
    calendar: CALENDAR_2026,
    units: [],
    tasks: input.tasks.map((t, i) => newTask({ ...t, id: id('t', i), position: i + 1 })),
    links: input.links.map((l, k) => ({ id: id('l', k), predecessorId: id('t', l.from), successorId: id('t', l.to), type: l.type, lag: l.lag })),
  };
}

/**
 * Median wall and CPU time of `run` after a warm-up by time (V8 needs a few
 * dozen calls to optimise); `setup` makes each call's argument, untimed.
 */
function measure<T>(setup: () => T, run: (arg: T) => void, runs: number, warmMs: number): { ms: number; cpuMs: number } {
  const warmUntil = performance.now() + warmMs;
  for (let w = 0; w < 10 || performance.now() < warmUntil; w++) run(setup());
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    const arg = setup();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    run(arg);
    times.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpuTimes) };
}

/** What an edit of one task's fields gives: a new tasks array, the same links and ids. */
function afterTaskEdit(plan: Plan, k: number): Plan {
  const i = k % plan.tasks.length;
  return { ...plan, tasks: plan.tasks.map((t, j) => (j === i ? { ...t, duration: t.duration + 1 } : t)) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchSchedule({ quick }: BenchOptions): Promise<void> {
  const calendar = createWorkCalendar(CALENDAR_2026);
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const targets: Record<number, number | undefined> = { 10_000: 10, 100_000: 150 };
  const medians: Record<number, number> = {};
  // CPU time of this process: on a busy machine wall time also counts time spent waiting for a core.
  const cpuMedians: Record<number, number> = {};
  for (const n of sizes) {
    const input = layeredPlan(n);
    const runs = quick ? 5 : n >= 100_000 ? 11 : 21;
    const warmMs = quick ? 100 : 1_000;
    if (!schedule(input, calendar).ok) throw new Error('benchmark plan has a cycle');
    const { ms, cpuMs } = measure(() => input, (i) => schedule(i, calendar), runs, warmMs);
    medians[n] = ms;
    cpuMedians[n] = cpuMs;
    const target = targets[n];
    const verdict = target === undefined ? '' : `  (target < ${target} ms: ${ms < target ? 'PASS' : 'MISS'})`;
    const size = `${String(n).padStart(7)} tasks, ${input.links.length} links`;
    console.log(`schedule ${size}: median ${ms.toFixed(2)} ms (CPU ${cpuMs.toFixed(2)} ms) over ${runs} runs${verdict}`);

    // The whole path the app takes: plan model → ids, link lookups → engine. After an edit of
    // a task (dates, duration, progress, a drag frame) the links and ids are those of the plan before.
    const plan = planOfInput(input);
    let k = 0;
    const edited = measure(() => afterTaskEdit(plan, k++), (p) => schedulePlan(p, calendar), runs, warmMs);
    const ratio = edited.cpuMs / cpuMs;
    const planVerdict = n >= 100_000 ? `  (target ≤ 2× the engine: ${ratio <= 2 ? 'PASS' : 'MISS'})` : '';
    console.log(
      `schedulePlan after a task edit ${size}: median ${edited.ms.toFixed(2)} ms (CPU ${edited.cpuMs.toFixed(2)} ms), ${ratio.toFixed(2)}× the engine${planVerdict}`,
    );
    // A plan just opened or received over IPC: every id a fresh string, so every lookup hashes.
    const json = JSON.stringify(plan);
    const cold = measure(() => JSON.parse(json) as Plan, (p) => schedulePlan(p, calendar), quick ? 3 : 5, 0);
    console.log(
      `schedulePlan of a fresh plan ${size}: median ${cold.ms.toFixed(2)} ms (CPU ${cold.cpuMs.toFixed(2)} ms), ${(cold.cpuMs / cpuMs).toFixed(2)}× the engine`,
    );
  }
  if (!quick) {
    const ratio = medians[100_000]! / medians[10_000]!;
    const cpuRatio = cpuMedians[100_000]! / cpuMedians[10_000]!;
    const verdict = ratio <= 12 ? 'PASS' : 'MISS';
    console.log(`schedule ratio 100k/10k: ${ratio.toFixed(1)} (CPU ${cpuRatio.toFixed(1)})  (target ≤ 12: ${verdict})`);
  }
  // Other work on the machine skews timings: show how busy it was.
  console.log(`schedule load average (1 min) ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
}

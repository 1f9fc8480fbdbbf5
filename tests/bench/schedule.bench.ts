/**
 * Scheduling engine benchmark: layered random DAGs of 1,000 / 10,000 /
 * 100,000 tasks with ~2 links each. Prints medians and PASS/MISS against the
 * targets; it never fails a build (timings depend on the machine).
 */
import { availableParallelism, loadavg } from 'node:os';
import { createWorkCalendar } from '../../core/calendar';
import { fromEpochDay, toEpochDay } from '../../core/dates';
import type { LinkType } from '../../core/model';
import { schedule, type ScheduleInput, type ScheduleLink, type ScheduleTask } from '../../core/schedule';
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
    // Warm-up by time: V8 needs a few dozen calls before the passes run optimized code.
    const warmUntil = performance.now() + (quick ? 100 : 1_000);
    for (let w = 0; w < 10 || performance.now() < warmUntil; w++) schedule(input, calendar);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let r = 0; r < runs; r++) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const result = schedule(input, calendar);
      times.push(performance.now() - t0);
      const cpu = process.cpuUsage(cpu0);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      if (!result.ok) throw new Error('benchmark plan has a cycle');
    }
    const ms = (medians[n] = median(times));
    const cpuMs = (cpuMedians[n] = median(cpuTimes));
    const target = targets[n];
    const verdict = target === undefined ? '' : `  (target < ${target} ms: ${ms < target ? 'PASS' : 'MISS'})`;
    const size = `${String(n).padStart(7)} tasks, ${input.links.length} links`;
    console.log(`schedule ${size}: median ${ms.toFixed(2)} ms (CPU ${cpuMs.toFixed(2)} ms) over ${runs} runs${verdict}`);
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

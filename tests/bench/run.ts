/**
 * `npm run bench`: runs every benchmark module in tests/bench/ in turn.
 * `npm run bench -- --quick`: every section at small sizes with few runs (CI
 * runs it so a broken benchmark fails the build; its figures mean little).
 * A benchmark never fails on a slow figure, only when it cannot run: then
 * the command exits non-zero after the other sections have run.
 * `--only=ui,drag` runs only those sections; `--sizes=10000` sets the UI benchmark's plan sizes.
 * To add one, import its entry point and append it to `benches`.
 */
import type { BenchOptions } from './options';
import { benchSchedule } from './schedule.bench';
import { benchEditing } from './editing.bench';
import { benchDrag } from './drag.bench';
import { benchTimelineExport } from './timelineExport.bench';
import { benchUi } from './ui.bench';

const benches: Array<[name: string, run: (options: BenchOptions) => Promise<void>]> = [
  ['schedule', benchSchedule],
  ['editing', benchEditing],
  ['drag', benchDrag],
  ['ui', benchUi],
  ['timelineExport', benchTimelineExport],
];

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(',');
const sizes = flag('sizes')?.map(Number);
const only = flag('only');
const options: BenchOptions = { quick: process.argv.includes('--quick'), ...(sizes ? { sizes } : {}) };
const failed: string[] = [];
for (const [name, run] of benches) {
  if (only && !only.includes(name)) continue;
  console.log(`— ${name}${options.quick ? ' (quick)' : ''} —`);
  try {
    await run(options);
  } catch (error) {
    failed.push(name);
    console.error(`${name} benchmark failed:`, error);
  }
}
if (failed.length > 0) {
  console.error(`Benchmarks that could not run: ${failed.join(', ')}`);
  process.exitCode = 1;
}

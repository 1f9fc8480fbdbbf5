/**
 * `npm run bench`: runs every benchmark module in tests/bench/ in turn.
 * To add one, import its entry point and append it to `benches`.
 */
import { benchSchedule } from './schedule.bench';

const benches: Array<[name: string, run: () => Promise<void>]> = [['schedule', benchSchedule]];

for (const [name, run] of benches) {
  console.log(`— ${name} —`);
  await run();
}
